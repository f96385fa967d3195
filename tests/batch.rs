//! `arvio batch` end to end: a directory of good and bad responses, the exact report, which
//! outputs exist, the same results whatever the number of jobs, the same output as `arvio
//! summary`, exit codes, and no answer content on stderr or in the report.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};

mod common;
use common::*;

const FORM: &str = "family-self-assessment";
/// A free-text answer that must never reach stderr or the report.
const SECRET: &str = "Salainen-vastaus-QX7Z";

fn example(lang: &str) -> Value {
    let p = root().join(format!("examples/responses/{FORM}-{lang}.json"));
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn write_json(path: &Path, v: &Value) {
    write(path, &serde_json::to_string_pretty(v).unwrap());
}

/// A directory with two valid responses, an invalid one, two unreadable entries, a text file
/// named `.json`, JSON that is not a response and a file that is not `*.json`.
fn mixed_dir(tag: &str) -> PathBuf {
    let dir = tmp_dir("batch", tag).join("in");
    let mut a = example("fi");
    a["answers"]["routines_change"] = json!(SECRET);
    write_json(&dir.join("a.json"), &a);
    write_json(&dir.join("b.json"), &example("sv"));
    let mut bad = example("fi");
    bad["answers"]["routines_meals"] = json!("often");
    bad["answers"]["no_such_question"] = json!(1);
    bad["answers"]["coping_change"] = json!(SECRET);
    write_json(&dir.join("c-invalid.json"), &bad);
    write(&dir.join("notes.json"), &format!("{SECRET} is not JSON\n"));
    write(
        &dir.join("other.json"),
        &format!("{{\"note\": \"{SECRET}\"}}\n"),
    );
    write(&dir.join("readme.txt"), "ignored\n");
    std::os::unix::fs::symlink(dir.join("missing-target"), dir.join("x.json")).unwrap();
    std::fs::create_dir(dir.join("y.json")).unwrap();
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `arvio batch FORM DIR --to TO -o OUT` with today fixed and more arguments.
fn batch(dir: &Path, to: &str, out: &Path, more: &[&str]) -> std::process::Output {
    let mut args = vec!["batch", FORM, s(dir), "--to", to, "-o", s(out), TODAY];
    args.extend_from_slice(more);
    arvio(&args)
}

fn report(out: &Path) -> Vec<Value> {
    std::fs::read_to_string(out.join("report.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The scores `arvio score --json` gives for a file.
fn scores_of(path: &Path) -> Value {
    let o = arvio(&["score", FORM, s(path), TODAY, "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    v["scores"].clone()
}

/// The names in a directory, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn bad(file: &str, kind: &str) -> Value {
    json!({"file": file, "valid": false, "errors": {kind: 1}, "scores": null, "output": null})
}

#[test]
fn mixed_directory_exact_report_outputs_and_stderr() {
    let dir = mixed_dir("mixed");
    let out = dir.with_file_name("out");
    let o = batch(&dir, "text", &out, &["--jobs", "2"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");

    let lines = report(&out);
    let expected = vec![
        json!({"file": "a.json", "valid": true, "errors": {},
               "scores": scores_of(&dir.join("a.json")), "output": "a.txt"}),
        json!({"file": "b.json", "valid": true, "errors": {},
               "scores": scores_of(&dir.join("b.json")), "output": "b.txt"}),
        json!({"file": "c-invalid.json", "valid": false,
               "errors": {"wrong-type": 1, "unknown-question": 1},
               "scores": scores_of(&dir.join("c-invalid.json")), "output": "c-invalid.txt"}),
        bad("notes.json", "not-json"),
        bad("other.json", "not-a-response"),
        bad("x.json", "unreadable"),
        bad("y.json", "unreadable"),
        json!({"summary": {"files": 7, "valid": 2, "invalid": 1, "unreadable": 2,
                           "not_json": 1, "not_a_response": 1, "outputs": 3}}),
    ];
    assert_eq!(lines, expected);
    assert_eq!(lines[0]["scores"].as_array().unwrap().len(), 9);

    // Outputs for the responses (the invalid one too, as `arvio summary` writes it), none
    // for the rest, no temporary file left.
    assert_eq!(
        listing(&out),
        ["a.txt", "b.txt", "c-invalid.txt", "report.jsonl"]
    );

    // Plain progress lines (stderr is not a terminal here), then the summary line; no content.
    let err = stderr(&o);
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        [
            "[1/7] a.json: valid",
            "[2/7] b.json: valid",
            "[3/7] c-invalid.json: invalid (2 errors)",
            "[4/7] notes.json: not JSON",
            "[5/7] other.json: not a response",
            "[6/7] x.json: unreadable",
            "[7/7] y.json: unreadable",
            &format!(
                "arvio: 7 file(s): 2 valid, 1 invalid, 2 unreadable, 1 not JSON, 1 not a \
                 response; 3 output(s) and report.jsonl in {}",
                out.display()
            ),
        ]
    );
    let report_text = std::fs::read_to_string(out.join("report.jsonl")).unwrap();
    for (what, text) in [("stderr", &err), ("report", &report_text)] {
        assert!(!text.contains(SECRET), "{what} holds answer content");
        assert!(!text.contains("often"), "{what} holds answer content");
    }
    // The output itself is the summary, with the answer.
    let a = std::fs::read_to_string(out.join("a.txt")).unwrap();
    assert!(a.contains(SECRET));
}

#[test]
fn outputs_are_those_of_arvio_summary() {
    let dir = mixed_dir("same");
    for (to, ext, copy) in [("text", "txt", "family"), ("html", "html", "worker")] {
        let out = dir.with_file_name(format!("out-{to}"));
        let o = batch(&dir, to, &out, &["--copy", copy, "--lang", "sv"]);
        assert_eq!(code(&o), 1, "{}", stderr(&o));
        for name in ["a", "c-invalid"] {
            let input = dir.join(format!("{name}.json"));
            let one = arvio(&[
                "summary",
                FORM,
                s(&input),
                "--to",
                to,
                "--copy",
                copy,
                "--lang",
                "sv",
                TODAY,
            ]);
            let written = std::fs::read(out.join(format!("{name}.{ext}"))).unwrap();
            assert!(
                one.stdout == written,
                "{to} {name}: differs from arvio summary"
            );
        }
    }
}

#[test]
fn one_job_and_two_jobs_give_the_same_results() {
    let dir = mixed_dir("jobs");
    for to in ["text", "html", "json", "pdf"] {
        let one = dir.with_file_name(format!("one-{to}"));
        let two = dir.with_file_name(format!("two-{to}"));
        assert_eq!(code(&batch(&dir, to, &one, &["--jobs", "1"])), 1);
        assert_eq!(code(&batch(&dir, to, &two, &["--jobs", "2"])), 1);
        assert_eq!(listing(&one), listing(&two));
        assert_eq!(listing(&one).len(), 4, "{to}: {:?}", listing(&one));
        for name in listing(&one) {
            let (a, b) = (one.join(&name), two.join(&name));
            if to == "pdf" && name.ends_with(".pdf") {
                // The PDF carries its creation time; its text is the same.
                assert_eq!(pdftotext(&a), pdftotext(&b), "{name}");
            } else {
                assert!(
                    std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap(),
                    "{to}: {name} differs between --jobs 1 and 2"
                );
            }
        }
    }
}

fn pdftotext(pdf: &Path) -> String {
    let o = std::process::Command::new("pdftotext")
        .args([s(pdf), "-"])
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(o.status.success());
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn pdf_summaries_read_back() {
    let dir = mixed_dir("pdf");
    let out = dir.with_file_name("out");
    assert_eq!(code(&batch(&dir, "pdf", &out, &["--lang", "en"])), 1);
    let text = pdftotext(&out.join("a.pdf"));
    assert!(text.contains("Worker's copy"), "{text}");
    assert!(
        std::fs::read(out.join("a.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );
    assert!(!out.join("notes.pdf").exists());
}

#[test]
fn json_summaries_follow_the_copy() {
    let dir = mixed_dir("json");
    let out = dir.with_file_name("out");
    assert_eq!(code(&batch(&dir, "json", &out, &["--copy", "family"])), 1);
    let v: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("a.json")).unwrap()).unwrap();
    assert_eq!(v["copy"], "family");
    assert_eq!(v["valid"], true);
    assert_eq!(v["answers"]["routines_change"], SECRET);
    // The report's scores are the output's.
    assert_eq!(report(&out)[0]["scores"], v["scores"]);
}

#[test]
fn a_directory_of_valid_responses_exits_0() {
    let dir = tmp_dir("batch", "valid").join("in");
    for lang in ["fi", "sv", "en"] {
        write_json(&dir.join(format!("{lang}.json")), &example(lang));
    }
    let out = dir.with_file_name("out");
    let o = batch(&dir, "html", &out, &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        listing(&out),
        ["en.html", "fi.html", "report.jsonl", "sv.html"]
    );
    assert_eq!(
        report(&out).last().unwrap(),
        &json!({"summary": {"files": 3, "valid": 3, "invalid": 0, "unreadable": 0,
                            "not_json": 0, "not_a_response": 0, "outputs": 3}})
    );
    // An empty directory is a batch of none.
    let empty = tmp_dir("batch", "empty");
    let o = batch(&empty, "text", &empty.join("out"), &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(report(&empty.join("out")).len(), 1);
}

#[test]
fn usage_errors_exit_2() {
    let dir = mixed_dir("usage");
    let base = dir.parent().unwrap().to_path_buf();
    let out = base.join("out");
    // Unknown form.
    let o = arvio(&["batch", "no-such-form", s(&dir), "-o", s(&out)]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    // DIR missing, DIR not a directory.
    let o = batch(&base.join("missing"), "text", &out, &[]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    let o = batch(&dir.join("readme.txt"), "text", &out, &[]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        format!(
            "arvio: {}: not a directory\n",
            dir.join("readme.txt").display()
        )
    );
    // OUTDIR cannot be created (under a file).
    let o = batch(&dir, "text", &dir.join("readme.txt").join("out"), &[]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    // JSON summaries into the responses' own directory would replace them.
    let o = batch(&dir, "json", &dir, &[]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    // No jobs, an unknown format, no OUTDIR.
    let o = batch(&dir, "text", &out, &["--jobs", "0"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    let o = batch(&dir, "docx", &out, &[]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    let o = arvio(&["batch", FORM, s(&dir)]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    // Nothing was written by any of them.
    assert!(!out.exists());
    assert!(!dir.join("report.jsonl").exists());
}
