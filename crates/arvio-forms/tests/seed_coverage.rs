//! `docs/seed-coverage.md` is checked, not trusted: for each seed (the practice-model
//! descriptions the forms come from, `../shared/seeds/` in the project's workspace) it lists
//! every item the seed describes, where arvio has it (`form#id`, a section or question id of the
//! newest built-in form) or why it is left out. This test recomputes each seed's figure from its
//! rows, checks that it is the figure on the seed's heading and at least 90 %, and that every
//! cited id exists.

use arvio_core::model::{Form, Question, QuestionKind};
use arvio_forms::builtin;
use std::collections::BTreeSet;
use std::path::Path;

/// The seeds, by file name, in order.
const SEEDS: [&str; 5] = [
    "000_70569d6c62e4f110.txt",
    "001_f709c5479db827eb.txt",
    "002_397534e25b390345.txt",
    "003_49841c1cb6214380.txt",
    "004_d8f52047a943cc31.txt",
];

fn ids(form: &Form) -> BTreeSet<String> {
    fn walk(q: &Question, out: &mut BTreeSet<String>) {
        out.insert(q.id.clone());
        if let QuestionKind::Group { questions, .. } = &q.kind {
            questions.iter().for_each(|q| walk(q, out));
        }
    }
    let mut out = BTreeSet::new();
    for s in &form.sections {
        out.insert(s.id.clone());
        s.questions.iter().for_each(|q| walk(q, &mut out));
    }
    out
}

/// One seed's part of the document: its heading's figure and its table rows.
struct Seed {
    name: String,
    stated: u32,
    rows: Vec<(String, String, String)>,
}

fn parse(text: &str) -> Vec<Seed> {
    let mut seeds: Vec<Seed> = Vec::new();
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            let name = h.split(':').next().unwrap().trim().to_string();
            let stated = h
                .trim_end()
                .strip_suffix('%')
                .and_then(|h| h.trim_end().rsplit(' ').next())
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("no figure in per cent at the end of: {line}"));
            seeds.push(Seed {
                name,
                stated,
                rows: Vec::new(),
            });
        } else if line.starts_with("| ") && !line.starts_with("| #") && !seeds.is_empty() {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 4, "a row has 4 cells: {line}");
            if cells[0].parse::<u32>().is_ok() {
                let seed = seeds
                    .last_mut()
                    .expect("a row before the first seed heading");
                seed.rows
                    .push((cells[1].into(), cells[2].into(), cells[3].into()));
            }
        }
    }
    seeds
}

#[test]
fn every_seed_is_covered_to_at_least_90_per_cent_and_every_cited_id_exists() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/seed-coverage.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let seeds = parse(&text);
    assert_eq!(
        seeds.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        SEEDS
    );
    let forms: Vec<(String, BTreeSet<String>)> = arvio_forms::builtin_ids()
        .map(|id| (id.to_string(), ids(&builtin(id).unwrap())))
        .collect();
    for seed in &seeds {
        let mut counted = 0;
        for (item, place, status) in &seed.rows {
            let refs: Vec<&str> = place
                .split('`')
                .skip(1)
                .step_by(2)
                .filter(|r| r.contains('#'))
                .collect();
            for r in &refs {
                let (form, id) = r.split_once('#').unwrap();
                let known = forms
                    .iter()
                    .find(|(f, _)| f == form)
                    .unwrap_or_else(|| panic!("{}: unknown form `{form}`", seed.name));
                assert!(
                    known.1.contains(id),
                    "{}: `{r}` ({item}) names no section or question",
                    seed.name
                );
            }
            if status == "present" {
                assert!(
                    !refs.is_empty(),
                    "{}: `{item}` is present where?",
                    seed.name
                );
                counted += 1;
            } else if let Some(why) = status.strip_prefix("justified: ") {
                assert!(why.len() > 10, "{}: `{item}`: say why", seed.name);
                counted += 1;
            } else {
                assert_eq!(status, "missing", "{}: `{item}`", seed.name);
            }
        }
        assert!(seed.rows.len() >= 8, "{}: too few items", seed.name);
        let figure = u32::try_from(counted * 100 / seed.rows.len()).unwrap();
        assert_eq!(figure, seed.stated, "{}: the heading's figure", seed.name);
        assert!(figure >= 90, "{}: {figure} %", seed.name);
        // The overview table at the top says the same.
        let overview = format!("| {} | ", seed.name);
        let line = text
            .lines()
            .find(|l| l.starts_with(&overview))
            .unwrap_or_else(|| panic!("{}: not in the overview table", seed.name));
        assert!(line.ends_with(&format!(" | {figure} % |")), "{line}");
    }
}
