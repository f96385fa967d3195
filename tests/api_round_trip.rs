//! The README's round trip of a case system through the API (`examples/api_round_trip.sh`,
//! curl) runs against a real `arvio serve` with a key from `arvio keys create`, on SQLite and,
//! when `ARVIO_POSTGRES` names a server, on PostgreSQL; and the README shows that very file.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_arvio");

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `arvio serve` over `data` on a free port; its address.
fn serve(data: &str) -> (Server, String) {
    let mut child = Command::new(BIN)
        .args(["serve", "--addr", "127.0.0.1:0", "--data", data])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let line = lines.next().unwrap().unwrap();
    std::thread::spawn(move || for _ in lines.map_while(Result::ok) {});
    let addr = line
        .strip_prefix("arvio serve: listening on ")
        .and_then(|a| a.strip_suffix('/'))
        .unwrap_or_else(|| panic!("not the listening line: {line}"))
        .to_string();
    (Server(child), addr)
}

/// Runs the example against a server over `data`; its standard output.
fn round_trip(data: &str, dir: &Path) -> String {
    let key = Command::new(BIN)
        .args(["keys", "create", "case-system", "--data", data])
        .output()
        .unwrap();
    assert!(
        key.status.success(),
        "{}",
        String::from_utf8_lossy(&key.stderr)
    );
    let key = String::from_utf8(key.stdout).unwrap();
    let (_server, addr) = serve(data);
    let out = Command::new("bash")
        .arg(root().join("examples/api_round_trip.sh"))
        .current_dir(dir)
        .env("ARVIO", &addr)
        .env("KEY", key.trim())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the round trip failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn check(out: &str) {
    let lines: Vec<&str> = out.lines().collect();
    let created: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(created["revision"], 1);
    assert!(
        created["family_url"]
            .as_str()
            .unwrap()
            .starts_with("/fi/r/")
    );
    assert_eq!(
        lines[1..].join("\n"),
        "family saved: 303\n\
         revision 2 family draft answers {'children_count': 2, 'routines_change': 'Aamut rauhallisemmiksi'}\n\
         {\"revision\":3}\n\
         summary: %PDF-\n\
         revoked: 204\n\
         family link: 410\n\
         erased: 204\n\
         created wrote read wrote printed revoked deleted"
    );
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arvio-round-trip-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_readme_round_trip_runs_on_sqlite() {
    let dir = temp_dir("sqlite");
    let data = dir.join("arvio.sqlite3");
    check(&round_trip(data.to_str().unwrap(), &dir));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_readme_round_trip_runs_on_postgres() {
    let url = std::env::var("ARVIO_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty());
    let Some(url) = url else {
        assert_ne!(
            std::env::var("ARVIO_REQUIRE_POSTGRES").as_deref(),
            Ok("1"),
            "ARVIO_REQUIRE_POSTGRES=1 but ARVIO_POSTGRES names no server"
        );
        eprintln!("skipped: ARVIO_POSTGRES is not set");
        return;
    };
    // Tables in a schema of their own, through the URL's options (the CLI takes an address).
    let schema = format!("round_trip_{}", std::process::id());
    let sep = if url.contains('?') { '&' } else { '?' };
    let data = format!("{url}{sep}options=-csearch_path%3D{schema}");
    let psql = |sql: &str| {
        let ok = Command::new("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", &url, "-c", sql])
            .status()
            .unwrap()
            .success();
        assert!(ok, "psql: {sql}");
    };
    psql(&format!("CREATE SCHEMA {schema}"));
    let dir = temp_dir("postgres");
    let out = round_trip(&data, &dir);
    psql(&format!("DROP SCHEMA {schema} CASCADE"));
    check(&out);
    let _ = std::fs::remove_dir_all(&dir);
}

/// README.md shows the example as it is: the block after "A case system's round trip" is
/// the file without its header comment.
#[test]
fn the_readme_shows_the_example() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let script = std::fs::read_to_string(root().join("examples/api_round_trip.sh")).unwrap();
    let body: String = script
        .lines()
        .skip_while(|l| l.starts_with('#') || l.starts_with("set "))
        .skip_while(|l| !l.starts_with("auth="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        readme.contains(&format!("```sh\n{body}```")),
        "README.md's round trip differs from examples/api_round_trip.sh"
    );
}
