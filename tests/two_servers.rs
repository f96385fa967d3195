//! Two `arvio serve` processes on one PostgreSQL database lose no write: an assessment made
//! through one server is read through the other, and writes from the same revision sent to
//! both at the same moment end with exactly one stored and the other refused, every round:
//!
//! - the worker's part through the API (`PUT /api/v1/assessments/{id}/answers?part=worker`
//!   with the same `If-Match`): one `200`, one `412`; both servers then show the winner's
//!   answers and the revision counts every round;
//! - the family's part through its page (`POST /fi/r/{token}` with the same `_rev`): one
//!   `303`, one `409`; both servers then show the winner's draft.
//!
//! And a key revoked with `arvio keys revoke` is refused (`401`) by both.
//!
//! Needs `ARVIO_POSTGRES` (passes with a note without it, unless `ARVIO_REQUIRE_POSTGRES=1`);
//! makes a database of its own and drops it. No duration is asserted: every wait has a
//! generous deadline so that a hang fails the test instead of hanging it.

mod pg;

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Barrier, mpsc};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_arvio");

/// Rounds of simultaneous writes, for each part.
const ROUNDS: usize = 25;

/// A client-side bound on every read and wait.
const DEADLINE: Duration = Duration::from_secs(60);

/// The form of the assessment.
const FORM: &str = "family-self-assessment";
/// A worker question of [`FORM`] (short text, section `record`, audience worker).
const WORKER_Q: &str = "assessor_name";
/// A family question of [`FORM`] (long text, section `routines`, audience family).
const FAMILY_Q: &str = "routines_change";

/// A running `arvio serve`; killed when dropped (stopped with SIGTERM by [`Server::stop`]).
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Server {
    /// Starts `arvio serve` on `data` and a free port, without a rate limit.
    fn spawn(data: &str) -> (Server, mpsc::Receiver<Option<String>>) {
        let mut child = Command::new(BIN)
            .args([
                "serve",
                "--addr",
                "127.0.0.1:0",
                "--rate-limit",
                "0",
                "--data",
            ])
            .arg(data)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stderr).lines();
            let _ = tx.send(lines.next().and_then(Result::ok));
            // Keep draining, so that log lines never block the server.
            for _ in lines.map_while(Result::ok) {}
        });
        let addr = SocketAddr::from(([127, 0, 0, 1], 0));
        (Server { child, addr }, rx)
    }

    /// Waits for the listening line (`arvio serve: listening on http://ADDR/`) and takes its
    /// address.
    fn ready(mut self, rx: &mpsc::Receiver<Option<String>>) -> Server {
        let line = rx
            .recv_timeout(DEADLINE)
            .expect("no line from the server")
            .expect("the server closed its stderr without a line");
        let addr = line
            .strip_prefix("arvio serve: listening on http://")
            .and_then(|a| a.strip_suffix('/'))
            .unwrap_or_else(|| panic!("not the listening line: {line}"));
        self.addr = addr.parse().unwrap();
        self
    }

    /// Stops the server with SIGTERM and waits for it to exit.
    fn stop(mut self) -> ExitStatus {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success(), "kill -TERM failed");
        let end = Instant::now() + DEADLINE;
        while Instant::now() < end {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the server did not stop on SIGTERM");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// An HTTP response.
#[derive(Debug)]
struct Reply {
    status: u16,
    /// Header names in lower case.
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{} is not JSON ({e}): {}", self.status, self.text()))
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One HTTP/1.1 request on a new connection (`Connection: close`).
fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(DEADLINE)).unwrap();
    s.set_write_timeout(Some(DEADLINE)).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (n, v) in headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    parse_reply(&raw)
}

fn parse_reply(raw: &[u8]) -> Reply {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response head");
    let head = std::str::from_utf8(&raw[..end]).unwrap();
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap();
    let status: u16 = status_line
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("bad status line {status_line:?}"));
    let headers: Vec<(String, String)> = lines
        .map(|l| {
            let (n, v) = l.split_once(':').expect("a header line");
            (n.trim().to_ascii_lowercase(), v.trim().to_string())
        })
        .collect();
    let rest = &raw[end + 4..];
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
    let body = if chunked {
        dechunk(rest)
    } else {
        rest.to_vec()
    };
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let nl = rest
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("a chunk size line");
        let size = std::str::from_utf8(&rest[..nl]).unwrap();
        let size = size.split(';').next().unwrap().trim();
        let size = usize::from_str_radix(size, 16).unwrap();
        rest = &rest[nl + 2..];
        if size == 0 {
            return body;
        }
        body.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
}

/// The API client of one key.
struct Api<'a> {
    auth: &'a str,
}

impl Api<'_> {
    fn get(&self, addr: SocketAddr, path: &str) -> Reply {
        request(addr, "GET", path, &[("Authorization", self.auth)], b"")
    }
    fn send(
        &self,
        addr: SocketAddr,
        method: &str,
        path: &str,
        if_match: Option<&str>,
        body: &Value,
    ) -> Reply {
        let mut headers = vec![
            ("Authorization", self.auth),
            ("Content-Type", "application/json"),
        ];
        if let Some(m) = if_match {
            headers.push(("If-Match", m));
        }
        request(addr, method, path, &headers, body.to_string().as_bytes())
    }
}

/// Runs `f(0)` and `f(1)` on two threads that start their request at the same moment.
fn at_once<T: Send + 'static>(f: impl Fn(usize) -> T + Send + Sync + 'static) -> [T; 2] {
    let f = Arc::new(f);
    let barrier = Arc::new(Barrier::new(2));
    let threads: Vec<_> = (0..2)
        .map(|i| {
            let (f, barrier) = (Arc::clone(&f), Arc::clone(&barrier));
            std::thread::spawn(move || {
                barrier.wait();
                f(i)
            })
        })
        .collect();
    let mut out = threads.into_iter().map(|t| t.join().unwrap());
    [out.next().unwrap(), out.next().unwrap()]
}

/// The value of the family page's hidden `_rev` field.
fn page_rev(page: &str) -> u64 {
    let at = page
        .find("name=\"_rev\" value=\"")
        .unwrap_or_else(|| panic!("no _rev on the page"));
    let rest = &page[at + "name=\"_rev\" value=\"".len()..];
    rest[..rest.find('"').unwrap()].parse().unwrap()
}

/// Index (0 or 1) of the write that won, checking the other was refused with `lost`.
fn winner(statuses: [u16; 2], won: u16, lost: u16, round: usize) -> usize {
    match statuses {
        [a, b] if a == won && b == lost => 0,
        [a, b] if a == lost && b == won => 1,
        other => panic!("round {round}: statuses {other:?}, expected one {won} and one {lost}"),
    }
}

#[test]
fn two_servers_on_one_database_lose_no_write() {
    let Some(db) = pg::Database::fresh("two") else {
        eprintln!("two_servers: skipped, ARVIO_POSTGRES names no server");
        return;
    };
    let made = Command::new(BIN)
        .args(["keys", "create", "two-servers", "--data", &db.url])
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "keys create: {}",
        String::from_utf8_lossy(&made.stderr)
    );
    let key = String::from_utf8(made.stdout).unwrap().trim().to_string();
    let auth = format!("Bearer {key}");
    let api = Api { auth: &auth };

    // Both start at once, on the same database.
    let (a, ra) = Server::spawn(&db.url);
    let (b, rb) = Server::spawn(&db.url);
    let a = a.ready(&ra);
    let b = b.ready(&rb);
    let addrs = [a.addr, b.addr];
    assert_ne!(addrs[0], addrs[1]);

    // Made through A, read through B.
    let made = api.send(
        addrs[0],
        "POST",
        "/api/v1/assessments",
        None,
        &json!({"form": FORM, "language": "fi"}),
    );
    assert_eq!(made.status, 201, "{}", made.text());
    assert_eq!(made.header("etag"), Some("\"1\""));
    let made = made.json();
    assert_eq!(made["revision"], 1, "{made}");
    let id = made["id"].as_str().expect("an id").to_string();
    let family_url = made["family_url"]
        .as_str()
        .expect("a family_url")
        .to_string();
    assert!(family_url.starts_with("/fi/r/"), "{family_url}");
    let path = format!("/api/v1/assessments/{id}");
    let read = api.get(addrs[1], &path);
    assert_eq!(read.status, 200, "{}", read.text());
    assert_eq!(read.header("etag"), Some("\"1\""));
    let read = read.json();
    assert_eq!(read["id"], id.as_str());
    assert_eq!(read["revision"], 1);

    // The worker's part: the same If-Match to both servers at once.
    let answers_path = format!("{path}/answers?part=worker");
    let mut revision = 1u64;
    let mut last = String::new();
    for round in 0..ROUNDS {
        let (auth, p) = (auth.clone(), answers_path.clone());
        let replies = at_once(move |i| {
            let api = Api { auth: &auth };
            let etag = format!("\"{revision}\"");
            let body = json!({"answers": {WORKER_Q: format!("server {i} round {round}")}});
            api.send(addrs[i], "PUT", &p, Some(&etag), &body)
        });
        let w = winner([replies[0].status, replies[1].status], 200, 412, round);
        let (won, lost) = (&replies[w], &replies[1 - w]);
        assert_eq!(won.json()["revision"], revision + 1, "round {round}");
        assert!(
            lost.header("content-type")
                .is_some_and(|t| t.starts_with("application/problem+json")),
            "round {round}: {:?}",
            lost.header("content-type")
        );
        revision += 1;
        last = format!("server {w} round {round}");
        for addr in addrs {
            let now = api.get(addr, &path);
            assert_eq!(now.status, 200, "round {round}: {}", now.text());
            assert_eq!(now.header("etag"), Some(format!("\"{revision}\"").as_str()));
            let now = now.json();
            assert_eq!(now["revision"], revision, "round {round}");
            assert_eq!(now["answers"][WORKER_Q], last.as_str(), "round {round}");
        }
    }
    assert_eq!(revision, 1 + ROUNDS as u64);

    // The family's part: the same _rev posted to both servers' page at once.
    let page = request(addrs[0], "GET", &family_url, &[], b"");
    assert_eq!(page.status, 200, "{}", page.text());
    let first = page_rev(&page.text());
    for round in 0..ROUNDS {
        let rev = first + round as u64;
        let url = family_url.clone();
        let replies = at_once(move |i| {
            let body = format!("_rev={rev}&_action=draft&{FAMILY_Q}=server-{i}-round-{round}");
            request(
                addrs[i],
                "POST",
                &url,
                &[("Content-Type", "application/x-www-form-urlencoded")],
                body.as_bytes(),
            )
        });
        let w = winner([replies[0].status, replies[1].status], 303, 409, round);
        assert_eq!(
            replies[w].header("location"),
            Some(family_url.as_str()),
            "round {round}"
        );
        let (mine, theirs) = (
            format!("server-{w}-round-{round}"),
            format!("server-{}-round-{round}", 1 - w),
        );
        for addr in addrs {
            let page = request(addr, "GET", &family_url, &[], b"");
            assert_eq!(page.status, 200, "round {round}");
            let text = page.text();
            assert_eq!(page_rev(&text), rev + 1, "round {round}");
            assert!(
                text.contains(&mine),
                "round {round}: the winner's draft is not shown"
            );
            assert!(
                !text.contains(&theirs),
                "round {round}: the loser's draft is shown"
            );
        }
    }

    // The family's writes left the worker's answers alone, and the assessment's revision
    // counts every write to either part.
    for addr in addrs {
        let now = api.get(addr, &path);
        assert_eq!(now.status, 200, "{}", now.text());
        let now = now.json();
        assert_eq!(now["answers"][WORKER_Q], last.as_str());
        assert_eq!(
            now["revision"],
            1 + 2 * ROUNDS as u64,
            "{}",
            now["revision"]
        );
    }

    // A key revoked from the command line is refused by both servers from then on.
    let revoked = Command::new(BIN)
        .args(["keys", "revoke", "two-servers", "--data", &db.url])
        .output()
        .unwrap();
    assert!(revoked.status.success(), "keys revoke");
    for addr in addrs {
        assert_eq!(api.get(addr, &path).status, 401);
    }

    for server in [a, b] {
        let status = server.stop();
        assert!(status.success(), "the server exited with {status}");
    }
    drop(db);
}
