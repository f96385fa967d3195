//! What the end-to-end tests of the `arvio` command share: running the built binary from the
//! repository root, reading its output, and temporary files.

#![allow(dead_code)] // each test binary uses its own part of these

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixed "today" of the tests' date bounds and deadlines.
pub const TODAY: &str = "--today=2026-11-23";

/// The repository root (the working directory of every run).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `arvio ARGS` from the repository root.
pub fn arvio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_arvio"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("runs")
}

/// The exit code.
pub fn code(o: &Output) -> i32 {
    o.status.code().expect("exited")
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh temporary directory for one test (`group` names the test file, `tag` the test).
pub fn tmp_dir(group: &str, tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arvio-{group}-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `text` to `path`, creating its directory.
pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}
