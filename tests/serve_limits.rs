//! `arvio serve` under misbehaving clients, through the real binary: half-sent requests do
//! not starve other clients nor keep the server from stopping, idle and slow connections are
//! closed, and the limit flags refuse bad values.
//!
//! No test asserts a duration: every wait has a generous deadline so that the old behaviour
//! (a hang) fails the test instead of hanging it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_arvio");

/// A half-sent request: headers without the blank line that ends them.
const HALF_REQUEST: &[u8] = b"GET / HTTP/1.1\r\nHost: x\r\n";

/// A client-side bound on every read, so that a server that never answers fails the test.
const READ_DEADLINE: Duration = Duration::from_secs(60);

fn free_addr() -> SocketAddr {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "arvio-serve-limits-{name}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A running `arvio serve`; killed (and its data removed) when dropped.
struct Server {
    child: Child,
    addr: SocketAddr,
    dir: PathBuf,
    /// The lines written to stderr after the listening line.
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts `arvio serve` on a free port with `args`, with at most `open_files` open files
    /// (the usual 1,024 unless said otherwise), and waits for its listening line.
    fn start(name: &str, open_files: u32, args: &[&str]) -> Server {
        let addr = free_addr();
        let dir = temp_dir(name);
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(format!("ulimit -n {open_files} && exec \"$0\" \"$@\""))
            .arg(BIN)
            .arg("serve")
            .arg("--addr")
            .arg(addr.to_string())
            .arg("--data")
            .arg(&dir)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let log = Arc::new(Mutex::new(Vec::new()));
        let kept = Arc::clone(&log);
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stderr).lines();
            let _ = tx.send(lines.next());
            // Keep draining, so that log lines never block the server.
            for line in lines.map_while(Result::ok) {
                kept.lock().unwrap().push(line);
            }
        });
        let mut server = Server {
            child,
            addr,
            dir,
            log,
        };
        let first = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("no line from the server in 30 s");
        let first = first.expect("the server closed its stderr").unwrap();
        assert_eq!(first, format!("arvio serve: listening on http://{addr}/"));
        assert!(server.alive());
        server
    }

    fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    fn pid(&self) -> String {
        self.child.id().to_string()
    }

    /// Waits for the process to exit, at most `deadline`.
    fn wait(&mut self, deadline: Duration) -> Option<ExitStatus> {
        let end = Instant::now() + deadline;
        while Instant::now() < end {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn connect(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect_timeout(&addr, Duration::from_secs(30)).unwrap();
    s.set_read_timeout(Some(READ_DEADLINE)).unwrap();
    s.set_write_timeout(Some(READ_DEADLINE)).unwrap();
    s
}

/// Reads one response whose body has a `content-length`; returns (head, body).
fn read_response(s: &mut TcpStream) -> (String, String) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        let n = s.read(&mut byte).expect("no response in time");
        assert_eq!(n, 1, "the connection closed mid-head");
        head.push(byte[0]);
    }
    let head = String::from_utf8(head).unwrap();
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length: "))
        .expect("a content-length")
        .trim()
        .parse()
        .unwrap();
    let mut body = vec![0u8; len];
    s.read_exact(&mut body).unwrap();
    (head, String::from_utf8(body).unwrap())
}

/// This process's soft limit on open files.
fn open_files_limit() -> u64 {
    std::fs::read_to_string("/proc/self/limits")
        .ok()
        .and_then(|l| {
            l.lines()
                .find(|l| l.starts_with("Max open files"))
                .and_then(|l| l.split_whitespace().nth(3).map(str::to_string))
        })
        .and_then(|v| v.parse().ok())
        .unwrap_or(u64::MAX)
}

/// Makes sure this process may hold `n` open files, raising its soft limit with `prlimit`
/// (util-linux) if needed.
fn allow_open_files(n: u64) {
    if open_files_limit() >= n {
        return;
    }
    let _ = Command::new("prlimit")
        .arg("--pid")
        .arg(std::process::id().to_string())
        .arg(format!("--nofile={n}:"))
        .status();
    assert!(
        open_files_limit() >= n,
        "this test needs {n} open files; raise `ulimit -n`"
    );
}

/// `n` connections to `addr`, each with half a request sent, held open.
fn half_sent(addr: SocketAddr, n: usize) -> Vec<TcpStream> {
    (0..n)
        .map(|_| {
            let mut s = connect(addr);
            s.write_all(HALF_REQUEST).unwrap();
            s
        })
        .collect()
}

/// A normal request for the index page from the same address gets its page.
fn assert_index_answered(addr: SocketAddr) {
    let mut s = connect(addr);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let (head, body) = read_response(&mut s);
    assert!(head.starts_with("HTTP/1.1 200 "), "{head}");
    assert!(body.contains("<h1>Lomakkeet</h1>"), "{body}");
}

/// 1,100 half-sent requests against a server allowed 1,024 open files: a normal request
/// from the same address is still answered (once the header timeout has closed the
/// half-sent ones ahead of it), and the server is still running.
#[test]
fn half_sent_requests_do_not_starve_a_normal_one() {
    allow_open_files(1_400);
    let mut server = Server::start("starve", 1024, &["--header-timeout", "2"]);
    let addr = server.addr;
    let half = half_sent(addr, 1_100);
    assert_index_answered(addr);
    assert!(server.alive());
    drop(half);
}

/// A connection limit above the open-file limit (128 here): 300 half-sent requests make
/// accepting fail with `EMFILE` until the header timeout frees descriptors, which neither
/// stops the server nor keeps a normal request from being answered. The failure is logged,
/// without an address.
#[test]
fn running_out_of_file_descriptors_does_not_stop_the_server() {
    let mut server = Server::start(
        "emfile",
        128,
        &["--header-timeout", "3", "--max-connections", "5000"],
    );
    let addr = server.addr;
    let half = half_sent(addr, 300);
    assert_index_answered(addr);
    assert!(server.alive());
    drop(half);
    let log = server.log.lock().unwrap().clone();
    let emfile =
        "arvio serve: cannot accept a connection: Too many open files (os error 24); going on";
    assert!(log.iter().any(|l| l == emfile), "{log:?}");
    assert!(log.iter().all(|l| !l.contains("127.0.0.1")), "{log:?}");
}

/// SIGTERM with a half-sent request open: the server exits with 0 after the shutdown grace
/// period, long before the default header timeout (20 s) would close the request.
#[test]
fn sigterm_stops_the_server_despite_a_half_sent_request() {
    let mut server = Server::start("sigterm", 1024, &["--shutdown-grace", "1"]);
    let mut half = connect(server.addr);
    half.write_all(HALF_REQUEST).unwrap();
    // A full round trip after it: the half-sent request has been accepted by now.
    let mut s = connect(server.addr);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let (head, _) = read_response(&mut s);
    assert!(head.starts_with("HTTP/1.1 200 "), "{head}");
    let kill = Command::new("kill")
        .args(["-TERM", &server.pid()])
        .status()
        .unwrap();
    assert!(kill.success());
    let status = server
        .wait(Duration::from_secs(15))
        .expect("the server did not exit within 15 s of SIGTERM");
    assert_eq!(status.code(), Some(0), "{status}");
    drop(half);
}

/// A kept-alive connection is closed by the server once idle for `--idle-timeout`.
#[test]
fn an_idle_kept_alive_connection_is_closed() {
    let server = Server::start("idle", 1024, &["--idle-timeout", "1"]);
    let mut s = connect(server.addr);
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let (head, _) = read_response(&mut s);
    assert!(head.starts_with("HTTP/1.1 200 "), "{head}");
    assert!(!head.contains("connection: close"), "{head}");
    let mut buf = [0u8; 16];
    let n = s
        .read(&mut buf)
        .expect("the server did not close the idle connection");
    assert_eq!(n, 0);
}

/// A body that stops short of its `Content-Length` gets `408` after `--body-timeout`, and
/// the connection is closed.
#[test]
fn a_body_sent_too_slowly_gets_408_and_a_closed_connection() {
    let server = Server::start("body", 1024, &["--body-timeout", "1"]);
    let mut s = connect(server.addr);
    s.write_all(
        b"POST /sv/family-self-assessment HTTP/1.1\r\nHost: x\r\n\
          Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n\
          _rev=0&_ac",
    )
    .unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out)
        .expect("no answer (or no close) after the body timeout");
    let out = String::from_utf8(out).unwrap();
    assert!(out.starts_with("HTTP/1.1 408 "), "{out}");
    assert!(out.contains("\r\nconnection: close\r\n"), "{out}");
    assert!(out.contains("<html lang=\"sv\">"), "{out}");
    assert!(
        out.contains("content-security-policy: default-src 'none'"),
        "{out}"
    );
}

/// Runs `arvio serve ARGS` expecting clap to refuse them: exit 2 and a message naming
/// `flag`. (A server that started by mistake is killed after 30 s, failing the test.)
fn refused(args: &[&str], flag: &str) {
    let dir = temp_dir("flags");
    let mut child = Command::new(BIN)
        .arg("serve")
        .args(["--addr", &free_addr().to_string()])
        .arg("--data")
        .arg(&dir)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let end = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > end {
            let _ = child.kill();
            let _ = child.wait();
            let _ = std::fs::remove_dir_all(&dir);
            panic!("`arvio serve {args:?}` was not refused");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(status.code(), Some(2), "{args:?}: {err}");
    // Not "unexpected argument": the flag exists and its value is what is refused.
    let value = args.last().unwrap();
    assert!(
        err.contains(&format!("invalid value '{value}' for '{flag} <")),
        "{args:?}: {err}"
    );
}

#[test]
fn bad_limit_values_are_refused_naming_the_flag() {
    refused(&["--rate-limit", "-1"], "--rate-limit");
    refused(&["--header-timeout", "abc"], "--header-timeout");
    refused(&["--body-timeout", "-1"], "--body-timeout");
    refused(&["--shutdown-grace", "NaN"], "--shutdown-grace");
    refused(&["--max-connections", "0"], "--max-connections");
}
