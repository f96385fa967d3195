//! Input caps of the `arvio` command: no input is read past
//! `arvio_core::limits::MAX_FILE_BYTES` (16 MiB), so an endless or huge file ends with exit 2
//! and a message naming the file and the cap, never with memory running out; a form beyond a
//! size bound fails `arvio lint` with the bound's place.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const CAP: u64 = 16 * 1024 * 1024;
const TOO_LARGE: &str = "larger than 16 MiB; arvio reads at most 16 MiB from one input";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn arvio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_arvio"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("runs")
}

fn tmp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arvio-limits-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A sparse file of `len` zero bytes (takes no disk space).
fn sparse(path: &Path, len: u64) {
    std::fs::File::create(path).unwrap().set_len(len).unwrap();
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn the_cap_is_the_core_constant() {
    assert_eq!(arvio_core::limits::MAX_FILE_BYTES, CAP);
}

#[test]
fn an_endless_response_ends_at_the_cap_with_exit_2() {
    // /dev/zero never ends: only the cap makes this finish.
    let o = arvio(&["validate", "family-self-assessment", "/dev/zero"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o), format!("arvio: /dev/zero: {TOO_LARGE}\n"));
}

#[test]
fn a_response_one_byte_over_the_cap_is_refused_and_one_at_it_is_read() {
    let dir = tmp_dir("response");
    let over = dir.join("over.json");
    sparse(&over, CAP + 1);
    let o = arvio(&["validate", "family-self-assessment", over.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!("arvio: {}: {TOO_LARGE}\n", over.display())
    );
    // At the cap the file is read (and its zero bytes are not JSON).
    let at = dir.join("at.json");
    sparse(&at, CAP);
    let o = arvio(&["score", "family-self-assessment", at.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!(
            "arvio: {}: line 1, column 1: malformed JSON\n",
            at.display()
        )
    );
}

#[test]
fn forms_fhir_input_and_locale_files_are_capped_too() {
    let o = arvio(&["lint", "/dev/zero"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!("arvio: /dev/zero:1:1: cannot read: {TOO_LARGE}\n")
    );
    let o = arvio(&["fhir", "import", "family-self-assessment", "/dev/zero"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o), format!("arvio: /dev/zero: {TOO_LARGE}\n"));

    let dir = tmp_dir("locales");
    std::fs::create_dir_all(dir.join("en")).unwrap();
    let big = dir.join("en/big.ftl");
    sparse(&big, CAP + 1);
    let o = arvio(&[
        "render",
        "family-self-assessment",
        "--locales",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!("arvio: cannot read {}: {TOO_LARGE}\n", big.display())
    );
}

#[test]
fn lint_refuses_a_group_of_fifty_million_rows_at_its_place() {
    let dir = tmp_dir("lint");
    let form = dir.join("huge-rows.toml");
    std::fs::write(
        &form,
        "id = \"huge-rows\"\nversion = \"1.0.0\"\ntitle = \"t\"\n\n[[sections]]\nid = \"main\"\ntitle = \"t\"\n\n\
         [[sections.questions]]\nid = \"people\"\nkind = \"group\"\nlabel = \"l\"\nmin_rows = 50000000\n\n\
         [[sections.questions.questions]]\nid = \"name\"\nkind = \"short_text\"\nlabel = \"l\"\n",
    )
    .unwrap();
    let o = arvio(&["lint", form.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        out.lines().next(),
        Some(
            format!(
                "{}:13:12: `min_rows` is 50000000, more than 100 (arvio_core::limits::MAX_ROWS)",
                form.display()
            )
            .as_str()
        ),
        "{out}"
    );
}
