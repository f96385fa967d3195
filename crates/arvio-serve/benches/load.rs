//! Load benchmark of a running `arvio serve`: the family pages and the case systems' API
//! (`/api/v1`), on one or more servers (a SQLite store, a PostgreSQL store), with every
//! acknowledged write read back and compared after each run.
//!
//! `scripts/bench-load.sh` builds the server, starts it on each store and runs this; by hand:
//!
//! ```text
//! cargo bench -p arvio-serve --bench load -- \
//!     --target sqlite=http://127.0.0.1:8080 --key-file sqlite=key.txt \
//!     [--duration 5] [--warmup 1] [--concurrency 1,16,64] [--scenarios send-anon,send] \
//!     [--threads 1] [--markdown out.md]
//! ```
//!
//! Without `--target` it prints this usage and exits 0 (so `cargo bench` alone does nothing).
//!
//! Scenarios, each for a fixed time at each concurrency; every virtual user has its own
//! keep-alive HTTP/1.1 connection (`TCP_NODELAY`) and sends its next request as soon as the
//! previous one is answered:
//!
//! - `send-anon`: `POST /fi/family-self-assessment`, the family's part complete and valid,
//!   `_rev=0&_action=submit` → `303` (a new sent response without an assessment: no audit).
//! - `send-draft`: the same body posted to a blank anonymous draft's link (saved before the
//!   run), `_action=submit&_rev=1` → `303`: the path of `send` (a link found, its row
//!   rewritten with every answer, a receipt) without an assessment's audit line and parts.
//! - `api-create`: `POST /api/v1/assessments` → `201`.
//! - `family-get`: `GET` of an assessment's family link → `200` (one assessment per user).
//! - `draft-save`: `POST` of the family's part to its link, `_action=draft&_rev=R` → `303`
//!   (one assessment per user; `R` is the family's revision, one more after each save).
//! - `send`: `POST` of the family's part to a fresh assessment's link,
//!   `_action=submit&_rev=R` → `303` (assessments made before the run; one send each).
//! - `api-read`: `GET /api/v1/assessments/{id}` → `200` (the assessments `send` sent, else
//!   fresh ones).
//!
//! Any other status, and any transport error or a request not answered in 30 s, is an error.
//! Each user first runs `--warmup` seconds that are not measured; requests/s are the expected
//! answers of the measured part over its time (from the end of the warm-up to the last
//! answer: a user sends no request after the end, but the ones under way are awaited, so
//! every write is acknowledged or failed). p50 and p99 are over the measured requests.
//!
//! The family's part is the one `scripts/bench-serve.sh` sends: the answers of
//! `examples/responses/family-self-assessment-fi.json` whose audience is the family's or the
//! child's, urlencoded as a browser posts them; the free text `other_thoughts` gets a marker
//! unique to each write appended, so that the read-back can tell the writes apart.
//!
//! Read-back, after each write scenario (warm-up included), 16 connections, not timed:
//! `send-anon`: `GET /fi/r/TOKEN` of each `303` is `200`, a summary (no form), with the
//! write's marker; `api-create`: `GET` of each made assessment is `200`, its family part not
//! started; `draft-save`: each user's assessment has its family part `draft`, at the revision
//! of every acknowledged save, with the answers of the last one; `send`: each acknowledged
//! assessment's family part is `sent` with the answers sent. Missing: not there, or not in
//! the state written (revisions short count each save lost); mismatched: there, with other
//! answers.
#![allow(missing_docs)]

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::client::conn::http1::{self, SendRequest};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request};
use hyper_util::rt::TokioIo;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::net::{SocketAddr, ToSocketAddrs};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;

const FORM: &str = "family-self-assessment";
const LANG: &str = "fi";
/// The free-text answer that carries each write's marker.
const MARKED: &str = "other_thoughts";
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
const SETUP_CONNECTIONS: usize = 16;
const FORM_TYPE: &str = "application/x-www-form-urlencoded";
const JSON_TYPE: &str = "application/json";

const USAGE: &str = "usage: load --target NAME=http://HOST:PORT [--key-file NAME=PATH] ...
  [--duration SECONDS (5)] [--warmup SECONDS (1)] [--concurrency 1,16,64]
  [--scenarios send-anon,send-draft,api-create,family-get,draft-save,send,api-read]
  [--threads N (1: the client's runtime threads)] [--markdown FILE]
A target without a key file runs send-anon only. The goals are checked for targets named
sqlite and postgres.";

// --- arguments --------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scenario {
    SendAnon,
    /// A send of an anonymous draft saved blank beforehand: the same path as `send` (a link
    /// found, its row rewritten with every answer, a receipt) without an assessment's audit
    /// line and parts: the peer that isolates what those cost.
    SendDraft,
    ApiCreate,
    FamilyGet,
    DraftSave,
    Send,
    ApiRead,
}

impl Scenario {
    const ALL: [Scenario; 7] = [
        Scenario::SendAnon,
        Scenario::SendDraft,
        Scenario::ApiCreate,
        Scenario::FamilyGet,
        Scenario::DraftSave,
        Scenario::Send,
        Scenario::ApiRead,
    ];

    fn name(self) -> &'static str {
        match self {
            Scenario::SendAnon => "send-anon",
            Scenario::SendDraft => "send-draft",
            Scenario::ApiCreate => "api-create",
            Scenario::FamilyGet => "family-get",
            Scenario::DraftSave => "draft-save",
            Scenario::Send => "send",
            Scenario::ApiRead => "api-read",
        }
    }

    fn parse(s: &str) -> Option<Scenario> {
        Scenario::ALL.into_iter().find(|sc| sc.name() == s)
    }

    fn writes(self) -> bool {
        !matches!(self, Scenario::FamilyGet | Scenario::ApiRead)
    }

    fn expected(self) -> u16 {
        match self {
            Scenario::SendAnon | Scenario::SendDraft | Scenario::DraftSave | Scenario::Send => 303,
            Scenario::ApiCreate => 201,
            Scenario::FamilyGet | Scenario::ApiRead => 200,
        }
    }
}

struct Target {
    name: String,
    addr: SocketAddr,
    host: HeaderValue,
    auth: Option<HeaderValue>,
}

struct Args {
    targets: Vec<Target>,
    duration: Duration,
    warmup: Duration,
    concurrency: Vec<usize>,
    scenarios: Vec<Scenario>,
    threads: usize,
    markdown: Option<String>,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut targets: Vec<(String, String)> = Vec::new();
    let mut keys: BTreeMap<String, String> = BTreeMap::new();
    let mut a = Args {
        targets: Vec::new(),
        duration: Duration::from_secs(5),
        warmup: Duration::from_secs(1),
        concurrency: vec![1, 16, 64],
        scenarios: Scenario::ALL.to_vec(),
        threads: 1,
        markdown: None,
    };
    let mut it = std::env::args().skip(1);
    let secs = |v: String, what: &str| -> Result<Duration, String> {
        v.parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s >= 0.0 && *s < 86_400.0)
            .map(Duration::from_secs_f64)
            .ok_or_else(|| format!("{what}: not a number of seconds: {v}"))
    };
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            // `cargo bench` passes `--bench`; the filters of other harnesses mean nothing here.
            "--bench" => {}
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "--target" => {
                let v = value("--target")?;
                let (name, url) = v
                    .split_once('=')
                    .ok_or_else(|| format!("--target NAME=URL: {v}"))?;
                targets.push((name.to_string(), url.to_string()));
            }
            "--key-file" => {
                let v = value("--key-file")?;
                let (name, path) = v
                    .split_once('=')
                    .ok_or_else(|| format!("--key-file NAME=PATH: {v}"))?;
                let key =
                    std::fs::read_to_string(path).map_err(|e| format!("--key-file {path}: {e}"))?;
                keys.insert(name.to_string(), key.trim().to_string());
            }
            "--duration" => a.duration = secs(value("--duration")?, "--duration")?,
            "--warmup" => a.warmup = secs(value("--warmup")?, "--warmup")?,
            "--concurrency" => {
                let v = value("--concurrency")?;
                a.concurrency = v
                    .split(',')
                    .map(|c| {
                        c.trim()
                            .parse::<usize>()
                            .ok()
                            .filter(|&c| c > 0 && c <= 1024)
                    })
                    .collect::<Option<_>>()
                    .ok_or_else(|| format!("--concurrency: 1 to 1024, comma separated: {v}"))?;
            }
            "--scenarios" => {
                let v = value("--scenarios")?;
                a.scenarios = v
                    .split(',')
                    .map(|s| {
                        Scenario::parse(s.trim()).ok_or_else(|| format!("unknown scenario {s}"))
                    })
                    .collect::<Result<_, _>>()?;
            }
            "--threads" => {
                let v = value("--threads")?;
                a.threads = v
                    .parse()
                    .ok()
                    .filter(|&t| t > 0 && t <= 64)
                    .ok_or_else(|| format!("--threads: 1 to 64: {v}"))?;
            }
            "--markdown" => a.markdown = Some(value("--markdown")?),
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            // A filter (`cargo bench -- NAME`): not used.
            _ => {}
        }
    }
    if targets.is_empty() {
        println!("{USAGE}");
        return Ok(None);
    }
    for (name, url) in targets {
        let hostport = url
            .strip_prefix("http://")
            .map(|rest| rest.trim_end_matches('/'))
            .filter(|hp| !hp.contains('/'))
            .ok_or_else(|| format!("--target {name}: only http://HOST:PORT: {url}"))?;
        let addr = hostport
            .to_socket_addrs()
            .map_err(|e| format!("--target {name}: {hostport}: {e}"))?
            .next()
            .ok_or_else(|| format!("--target {name}: {hostport}: no address"))?;
        let auth = match keys.remove(&name) {
            Some(k) => Some(
                HeaderValue::from_str(&format!("Bearer {k}"))
                    .map_err(|_| format!("--key-file {name}: not a header value"))?,
            ),
            None => None,
        };
        a.targets.push(Target {
            host: HeaderValue::from_str(hostport)
                .map_err(|_| format!("--target {name}: {hostport}"))?,
            name,
            addr,
            auth,
        });
    }
    if let Some(name) = keys.keys().next() {
        return Err(format!("--key-file {name}: no --target of that name"));
    }
    Ok(Some(a))
}

// --- the family's part ------------------------------------------------------------------------

/// The family's part of the example response: the body to post (all but the marked answer,
/// urlencoded) and the answers a read-back must find.
struct FamilyPart {
    /// `name=value&...` of every field but the marked one.
    fields: String,
    /// The marked answer's text before its marker.
    marked: String,
    /// The answers as the example has them (the marked one without its marker).
    answers: Map<String, Value>,
}

impl FamilyPart {
    fn load() -> Result<FamilyPart, String> {
        use arvio_core::model::{Part, QuestionKind};
        let form = arvio_forms::builtin(FORM).ok_or_else(|| format!("no built-in form {FORM}"))?;
        let path = format!(
            "{}/../../examples/responses/{FORM}-{LANG}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        let example: Value = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
        let all = example
            .get("answers")
            .and_then(Value::as_object)
            .ok_or_else(|| format!("{path}: no answers"))?;
        let family = |a| Part::Family.covers(a);
        let text_of = |v: &Value| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let mut fields = form_urlencoded::Serializer::new(String::new());
        let mut answers = Map::new();
        let mut marked = None;
        for (id, value) in all {
            let Some(q) = form.question(id).filter(|q| family(q.audience)) else {
                continue;
            };
            if id == MARKED {
                marked = Some(text_of(value));
                answers.insert(id.clone(), value.clone());
                continue;
            }
            let items = match value {
                Value::Array(items) => items.as_slice(),
                one => std::slice::from_ref(one),
            };
            let mut kept = value.clone();
            for (i, item) in items.iter().enumerate() {
                if let Value::Object(row) = item {
                    let QuestionKind::Group { questions, .. } = &q.kind else {
                        return Err(format!("{path}: {id}: a row of no group"));
                    };
                    for (sub, v) in row {
                        if questions
                            .iter()
                            .any(|sq| sq.id == *sub && family(sq.audience))
                        {
                            fields.append_pair(&format!("{id}[{i}].{sub}"), &text_of(v));
                        } else if let Some(Value::Object(r)) =
                            kept.as_array_mut().and_then(|rows| rows.get_mut(i))
                        {
                            r.remove(sub);
                        }
                    }
                } else {
                    fields.append_pair(id, &text_of(item));
                }
            }
            answers.insert(id.clone(), kept);
        }
        Ok(FamilyPart {
            fields: fields.finish(),
            marked: marked.ok_or_else(|| format!("{path}: no answer to {MARKED}"))?,
            answers,
        })
    }

    fn marked_text(&self, marker: &str) -> String {
        format!("{} {marker}", self.marked)
    }

    /// The body of a post: `_rev`, `_action`, the fields and the marked answer.
    fn body(&self, rev: u64, action: &str, marker: &str) -> Bytes {
        let mut s = form_urlencoded::Serializer::new(String::new());
        s.append_pair("_rev", &rev.to_string())
            .append_pair("_action", action);
        let mut body = s.finish();
        body.push('&');
        body.push_str(&self.fields);
        body.push('&');
        body.push_str(
            &form_urlencoded::Serializer::new(String::new())
                .append_pair(MARKED, &self.marked_text(marker))
                .finish(),
        );
        Bytes::from(body)
    }

    /// The first answer of `got` that differs from what a post with `marker` sent, by its
    /// question id; `None` when they are the same.
    fn differs(&self, marker: &str, got: &Map<String, Value>) -> Option<String> {
        for (id, want) in &self.answers {
            let want = if id == MARKED {
                Value::String(self.marked_text(marker))
            } else {
                want.clone()
            };
            match got.get(id) {
                Some(v) if same(v, &want) => {}
                _ => return Some(id.clone()),
            }
        }
        got.iter()
            .find(|(id, v)| !v.is_null() && !self.answers.contains_key(*id))
            .map(|(id, _)| format!("{id} (not sent)"))
    }
}

/// JSON equality with numbers compared by value (`3` and `3.0` are the same).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

// --- HTTP -------------------------------------------------------------------------------------

struct Reply {
    status: u16,
    location: Option<String>,
    body: Bytes,
}

/// One keep-alive HTTP/1.1 connection.
struct Conn {
    tx: SendRequest<Full<Bytes>>,
}

impl Conn {
    async fn open(addr: SocketAddr) -> Result<Conn, String> {
        let stream = TcpStream::connect(addr)
            .await
            .map_err(|e| format!("connect: {}", e.kind()))?;
        stream
            .set_nodelay(true)
            .map_err(|e| format!("nodelay: {}", e.kind()))?;
        let (tx, conn) = http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| format!("handshake: {e}"))?;
        tokio::spawn(async move {
            let _ = conn.await;
        });
        Ok(Conn { tx })
    }
}

/// A virtual user's connection to a target, opened (again) when needed.
struct Client<'a> {
    target: &'a Target,
    conn: Option<Conn>,
}

impl<'a> Client<'a> {
    fn new(target: &'a Target) -> Client<'a> {
        Client { target, conn: None }
    }

    async fn request(
        &mut self,
        method: Method,
        path: &str,
        content_type: Option<&'static str>,
        api: bool,
        body: Bytes,
    ) -> Result<Reply, String> {
        let r = tokio::time::timeout(
            REQUEST_TIMEOUT,
            self.try_request(method, path, content_type, api, body),
        )
        .await
        .unwrap_or_else(|_| Err("timeout".to_string()));
        if r.is_err() {
            // The connection's state is unknown: the next request opens a new one.
            self.conn = None;
        }
        r
    }

    async fn try_request(
        &mut self,
        method: Method,
        path: &str,
        content_type: Option<&'static str>,
        api: bool,
        body: Bytes,
    ) -> Result<Reply, String> {
        if self.conn.as_ref().is_none_or(|c| c.tx.is_closed()) {
            self.conn = Some(Conn::open(self.target.addr).await?);
        }
        let Some(conn) = self.conn.as_mut() else {
            return Err("no connection".to_string());
        };
        let mut req = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, self.target.host.clone());
        if let Some(ct) = content_type {
            req = req.header(header::CONTENT_TYPE, ct);
        }
        if api && let Some(auth) = &self.target.auth {
            req = req.header(header::AUTHORIZATION, auth.clone());
        }
        let req = req
            .body(Full::new(body))
            .map_err(|e| format!("request: {e}"))?;
        conn.tx.ready().await.map_err(|e| format!("ready: {e}"))?;
        let res = conn
            .tx
            .send_request(req)
            .await
            .map_err(|e| format!("send: {e}"))?;
        let status = res.status().as_u16();
        let location = res
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = res
            .into_body()
            .collect()
            .await
            .map_err(|e| format!("body: {e}"))?
            .to_bytes();
        Ok(Reply {
            status,
            location,
            body,
        })
    }

    async fn get(&mut self, path: &str, api: bool) -> Result<Reply, String> {
        self.request(Method::GET, path, None, api, Bytes::new())
            .await
    }

    /// `POST /api/v1/assessments`: the new assessment, or why not.
    async fn create(&mut self) -> Result<Assessment, String> {
        let r = self
            .request(
                Method::POST,
                "/api/v1/assessments",
                Some(JSON_TYPE),
                true,
                Bytes::from(json!({"form": FORM, "language": LANG}).to_string()),
            )
            .await?;
        if r.status != 201 {
            return Err(format!("status {}", r.status));
        }
        Assessment::from_created(&r.body).ok_or_else(|| "201 without id and family_url".into())
    }

    /// A blank anonymous draft (`POST /fi/FORM`, `_action=draft`): its link as an
    /// [`Assessment`] whose id is the token.
    async fn create_draft(&mut self) -> Result<Assessment, String> {
        let r = self
            .request(
                Method::POST,
                &format!("/{LANG}/{FORM}"),
                Some(FORM_TYPE),
                false,
                Bytes::from_static(b"_rev=0&_action=draft"),
            )
            .await?;
        if r.status != 303 {
            return Err(format!("status {}", r.status));
        }
        let link = r.location.ok_or("303 without a link")?;
        let token = link.rsplit_once("/r/").ok_or("303 without /r/ link")?.1;
        Ok(Assessment {
            id: token.to_string(),
            family_url: format!("/{LANG}/r/{token}"),
        })
    }

    /// `GET /api/v1/assessments/{id}` as JSON.
    async fn read(&mut self, id: &str) -> Result<(u16, Value), String> {
        let r = self.get(&format!("/api/v1/assessments/{id}"), true).await?;
        if r.status != 200 {
            return Ok((r.status, Value::Null));
        }
        let v = serde_json::from_slice(&r.body).map_err(|_| "200 not JSON".to_string())?;
        Ok((200, v))
    }
}

#[derive(Clone)]
struct Assessment {
    id: String,
    family_url: String,
}

impl Assessment {
    fn from_created(body: &[u8]) -> Option<Assessment> {
        let v: Value = serde_json::from_slice(body).ok()?;
        let id = match v.get("id")? {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return None,
        };
        let family_url = v.get("family_url")?.as_str()?;
        // The link's path, whether the server gives it relative or absolute.
        let path = match family_url.find("://") {
            Some(i) => &family_url[family_url[i + 3..].find('/')? + i + 3..],
            None => family_url,
        };
        Some(Assessment {
            id,
            family_url: path.to_string(),
        })
    }
}

/// Makes `n` assessments on `SETUP_CONNECTIONS` connections (not timed).
/// With `drafts`, blank anonymous drafts instead.
async fn create_many(target: &Target, n: usize, drafts: bool) -> Result<Vec<Assessment>, String> {
    let next = Arc::new(AtomicUsize::new(0));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..SETUP_CONNECTIONS.min(n.max(1)) {
        let next = next.clone();
        let target = Target {
            name: target.name.clone(),
            addr: target.addr,
            host: target.host.clone(),
            auth: target.auth.clone(),
        };
        tasks.spawn(async move {
            let mut c = Client::new(&target);
            let mut out = Vec::new();
            while next.fetch_add(1, Ordering::Relaxed) < n {
                let made = if drafts {
                    c.create_draft().await
                } else {
                    c.create().await
                };
                out.push(made.map_err(|e| format!("create: {e}"))?);
            }
            Ok::<_, String>(out)
        });
    }
    let mut all = Vec::with_capacity(n);
    while let Some(r) = tasks.join_next().await {
        all.extend(r.map_err(|e| e.to_string())??);
    }
    Ok(all)
}

// --- a run ------------------------------------------------------------------------------------

/// What a user acknowledged, for the read-back.
enum Write {
    /// A `send-anon`'s token and marker.
    Anon { token: String, marker: String },
    /// An assessment `api-create` made.
    Created { id: String },
    /// A user's draft assessment: saves acknowledged, the family's revision before the
    /// first, the last save's marker.
    Drafts {
        id: String,
        first_rev: u64,
        saves: u64,
        marker: String,
    },
    /// An assessment `send` sent, with its marker.
    Sent { id: String, marker: String },
}

#[derive(Default)]
struct UserResult {
    latencies_us: Vec<u32>,
    ok: u64,
    errors: BTreeMap<String, u64>,
    writes: Vec<Write>,
    created_in_run: u64,
    last: Option<Instant>,
}

impl UserResult {
    fn error(&mut self, what: String) {
        *self.errors.entry(what).or_default() += 1;
    }
}

/// What every user of a run shares.
struct Shared {
    part: FamilyPart,
    /// Assessments for `send`, taken in turn; for `family-get`, `draft-save` and `api-read`,
    /// user `u`'s is `pool[u % len]`.
    pool: Vec<Assessment>,
    next: AtomicUsize,
    /// The family's revision of a new assessment.
    first_rev: u64,
    measure_from: Instant,
    end: Instant,
    label: String,
}

async fn user(target: &Target, scenario: Scenario, u: usize, shared: Arc<Shared>) -> UserResult {
    let mut c = Client::new(target);
    let mut res = UserResult::default();
    let mine = (!shared.pool.is_empty()).then(|| shared.pool[u % shared.pool.len()].clone());
    let mut draft_rev = shared.first_rev;
    let mut draft_marker = String::new();
    let mut n: u64 = 0;
    let expected = scenario.expected();
    let new_path = format!("/{LANG}/{FORM}");
    loop {
        let start = Instant::now();
        if start >= shared.end {
            break;
        }
        n += 1;
        let marker = format!("bench-{}-u{u}-n{n}", shared.label);
        // The request, made before the clock starts.
        let (method, path, ctype, api, body) = match scenario {
            Scenario::SendAnon => (
                Method::POST,
                new_path.clone(),
                Some(FORM_TYPE),
                false,
                shared.part.body(0, "submit", &marker),
            ),
            Scenario::ApiCreate => (
                Method::POST,
                "/api/v1/assessments".to_string(),
                Some(JSON_TYPE),
                true,
                Bytes::from(json!({"form": FORM, "language": LANG}).to_string()),
            ),
            Scenario::FamilyGet => {
                let Some(a) = &mine else { break };
                (Method::GET, a.family_url.clone(), None, false, Bytes::new())
            }
            Scenario::DraftSave => {
                let Some(a) = &mine else { break };
                (
                    Method::POST,
                    a.family_url.clone(),
                    Some(FORM_TYPE),
                    false,
                    shared.part.body(draft_rev, "draft", &marker),
                )
            }
            Scenario::SendDraft | Scenario::Send => {
                let drafts = scenario == Scenario::SendDraft;
                let i = shared.next.fetch_add(1, Ordering::Relaxed);
                let a = match shared.pool.get(i) {
                    Some(a) => a.clone(),
                    // The pool ran out: one more, made outside the timed request.
                    None => match if drafts {
                        c.create_draft().await
                    } else {
                        c.create().await
                    } {
                        Ok(a) => {
                            res.created_in_run += 1;
                            a
                        }
                        Err(e) => {
                            res.error(format!("create: {e}"));
                            continue;
                        }
                    },
                };
                res.writes.push(if drafts {
                    Write::Anon {
                        token: a.id.clone(),
                        marker: String::new(),
                    }
                } else {
                    Write::Sent {
                        id: a.id.clone(),
                        marker: String::new(),
                    }
                });
                (
                    Method::POST,
                    a.family_url,
                    Some(FORM_TYPE),
                    false,
                    shared.part.body(shared.first_rev, "submit", &marker),
                )
            }
            Scenario::ApiRead => {
                let Some(a) = &mine else { break };
                let i = (u + n as usize * 7) % shared.pool.len();
                let id = if shared.pool.len() > 1 {
                    &shared.pool[i].id
                } else {
                    &a.id
                };
                (
                    Method::GET,
                    format!("/api/v1/assessments/{id}"),
                    None,
                    true,
                    Bytes::new(),
                )
            }
        };
        let t0 = Instant::now();
        let r = c.request(method, &path, ctype, api, body).await;
        let done = Instant::now();
        res.last = Some(done);
        let measured = t0 >= shared.measure_from;
        let r = match r {
            Ok(r) if r.status == expected => r,
            Ok(r) => {
                if measured {
                    res.error(format!("status {}", r.status));
                }
                if matches!(scenario, Scenario::Send | Scenario::SendDraft) {
                    res.writes.pop();
                }
                continue;
            }
            Err(e) => {
                if measured {
                    res.error(e);
                }
                if matches!(scenario, Scenario::Send | Scenario::SendDraft) {
                    res.writes.pop();
                }
                continue;
            }
        };
        if measured {
            res.ok += 1;
            let us = done.duration_since(t0).as_micros();
            res.latencies_us.push(u32::try_from(us).unwrap_or(u32::MAX));
        }
        match scenario {
            Scenario::SendAnon => {
                let token = r
                    .location
                    .as_deref()
                    .and_then(|l| l.rsplit_once("/r/"))
                    .map(|(_, t)| t.split(['?', '#']).next().unwrap_or(t).to_string());
                match token {
                    Some(token) => res.writes.push(Write::Anon { token, marker }),
                    None => res.error("303 without /r/ link".into()),
                }
            }
            Scenario::ApiCreate => match Assessment::from_created(&r.body) {
                Some(a) => res.writes.push(Write::Created { id: a.id }),
                None => res.error("201 without id and family_url".into()),
            },
            Scenario::DraftSave => {
                draft_rev += 1;
                draft_marker = marker;
            }
            Scenario::Send | Scenario::SendDraft => {
                if let Some(Write::Sent { marker: m, .. } | Write::Anon { marker: m, .. }) =
                    res.writes.last_mut()
                {
                    *m = marker;
                }
            }
            Scenario::FamilyGet | Scenario::ApiRead => {}
        }
    }
    if scenario == Scenario::DraftSave
        && let Some(a) = mine
    {
        res.writes.push(Write::Drafts {
            id: a.id,
            first_rev: shared.first_rev,
            saves: draft_rev - shared.first_rev,
            marker: draft_marker,
        });
    }
    res
}

/// The figures of one scenario at one concurrency on one target.
struct Outcome {
    target: String,
    scenario: Scenario,
    concurrency: usize,
    per_second: f64,
    p50_us: u32,
    p99_us: u32,
    ok: u64,
    errors: BTreeMap<String, u64>,
    acked: u64,
    missing: u64,
    mismatched: u64,
    unchecked: u64,
    created_in_run: u64,
    note: String,
}

impl Outcome {
    fn error_count(&self) -> u64 {
        self.errors.values().sum()
    }
}

fn percentile(sorted: &[u32], p: f64) -> u32 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

struct Setup {
    pool: Vec<Assessment>,
    first_rev: u64,
}

async fn setup(
    target: &Target,
    scenario: Scenario,
    concurrency: usize,
    send_rate: f64,
    sent: &[Assessment],
    secs: f64,
) -> Result<Setup, String> {
    let n = match scenario {
        Scenario::SendAnon | Scenario::ApiCreate => 0,
        Scenario::FamilyGet | Scenario::DraftSave => concurrency,
        // Enough for the rate seen (half as many again), the rest made in the run.
        Scenario::Send | Scenario::SendDraft => {
            (send_rate * secs * 1.5) as usize + 4 * concurrency + 64
        }
        Scenario::ApiRead if !sent.is_empty() => {
            return Ok(Setup {
                pool: sent.iter().take(4096).cloned().collect(),
                first_rev: 0,
            });
        }
        Scenario::ApiRead => concurrency,
    };
    if n == 0 {
        return Ok(Setup {
            pool: Vec::new(),
            first_rev: 0,
        });
    }
    if scenario == Scenario::SendDraft {
        // A new anonymous draft is at revision 1.
        let pool = create_many(target, n, true).await?;
        return Ok(Setup { pool, first_rev: 1 });
    }
    let pool = create_many(target, n, false).await?;
    // The family's revision of a new assessment, as the API tells it.
    let mut c = Client::new(target);
    let (status, v) = c.read(&pool[0].id).await?;
    if status != 200 {
        return Err(format!("GET of a new assessment: status {status}"));
    }
    let first_rev = v
        .pointer("/parts/family/revision")
        .and_then(Value::as_u64)
        .ok_or("a new assessment without parts.family.revision")?;
    Ok(Setup { pool, first_rev })
}

async fn run(
    target: &Target,
    scenario: Scenario,
    concurrency: usize,
    args: &Args,
    send_rate: f64,
    sent: &mut Vec<Assessment>,
) -> Outcome {
    let mut out = Outcome {
        target: target.name.clone(),
        scenario,
        concurrency,
        per_second: 0.0,
        p50_us: 0,
        p99_us: 0,
        ok: 0,
        errors: BTreeMap::new(),
        acked: 0,
        missing: 0,
        mismatched: 0,
        unchecked: 0,
        created_in_run: 0,
        note: String::new(),
    };
    if !matches!(scenario, Scenario::SendAnon | Scenario::SendDraft) && target.auth.is_none() {
        out.note = "skipped: no API key".into();
        return out;
    }
    let secs = (args.warmup + args.duration).as_secs_f64();
    let Setup { pool, first_rev } =
        match setup(target, scenario, concurrency, send_rate, sent, secs).await {
            Ok(s) => s,
            Err(e) => {
                out.note = format!("setup failed: {e}");
                return out;
            }
        };
    let part = match FamilyPart::load() {
        Ok(p) => p,
        Err(e) => {
            out.note = e;
            return out;
        }
    };
    let now = Instant::now();
    let shared = Arc::new(Shared {
        part,
        pool,
        next: AtomicUsize::new(0),
        first_rev,
        measure_from: now + args.warmup,
        end: now + args.warmup + args.duration,
        label: format!("{}-c{concurrency}-{}", scenario.name(), target.name),
    });
    let mut tasks = tokio::task::JoinSet::new();
    for u in 0..concurrency {
        let shared = shared.clone();
        let target = Target {
            name: target.name.clone(),
            addr: target.addr,
            host: target.host.clone(),
            auth: target.auth.clone(),
        };
        tasks.spawn(async move { user(&target, scenario, u, shared).await });
    }
    let mut latencies = Vec::new();
    let mut writes = Vec::new();
    let mut last = shared.measure_from;
    while let Some(r) = tasks.join_next().await {
        let Ok(r) = r else {
            *out.errors.entry("user task failed".into()).or_default() += 1;
            continue;
        };
        latencies.extend(r.latencies_us);
        out.ok += r.ok;
        for (k, v) in r.errors {
            *out.errors.entry(k).or_default() += v;
        }
        writes.extend(r.writes);
        out.created_in_run += r.created_in_run;
        if let Some(l) = r.last {
            last = last.max(l);
        }
    }
    let elapsed = last.duration_since(shared.measure_from).as_secs_f64();
    latencies.sort_unstable();
    out.p50_us = percentile(&latencies, 50.0);
    out.p99_us = percentile(&latencies, 99.0);
    out.per_second = if elapsed > 0.0 {
        out.ok as f64 / elapsed
    } else {
        0.0
    };
    if scenario.writes() {
        if scenario == Scenario::Send {
            sent.clear();
            let ids: std::collections::HashSet<&str> = writes
                .iter()
                .filter_map(|w| match w {
                    Write::Sent { id, .. } => Some(id.as_str()),
                    _ => None,
                })
                .collect();
            sent.extend(
                shared
                    .pool
                    .iter()
                    .filter(|a| ids.contains(a.id.as_str()))
                    .cloned(),
            );
        }
        read_back(target, &shared.part, writes, &mut out).await;
    }
    out
}

// --- read-back --------------------------------------------------------------------------------

enum Check {
    Ok,
    /// Not there or not in the state written; the number of writes lost.
    Missing(u64),
    Mismatched,
}

async fn check(c: &mut Client<'_>, part: &FamilyPart, w: &Write) -> Result<Check, String> {
    let family = |v: &Value, key: &str| v.pointer(&format!("/parts/family/{key}")).cloned();
    let answers = |v: &Value| v.get("answers").and_then(Value::as_object).cloned();
    Ok(match w {
        Write::Anon { token, marker } => {
            let r = c.get(&format!("/{LANG}/r/{token}"), false).await?;
            let page = String::from_utf8_lossy(&r.body);
            if r.status != 200 || page.contains("name=\"_action\"") {
                Check::Missing(1)
            } else if !page.contains(marker.as_str()) {
                Check::Mismatched
            } else {
                Check::Ok
            }
        }
        Write::Created { id } => {
            let (status, v) = c.read(id).await?;
            if status != 200 {
                Check::Missing(1)
            } else if v.get("form").and_then(Value::as_str) != Some(FORM)
                || family(&v, "status").as_ref().and_then(Value::as_str) != Some("not_started")
            {
                Check::Mismatched
            } else {
                Check::Ok
            }
        }
        Write::Drafts {
            id,
            first_rev,
            saves,
            marker,
        } => {
            if *saves == 0 {
                return Ok(Check::Ok);
            }
            let (status, v) = c.read(id).await?;
            let rev = family(&v, "revision").and_then(|r| r.as_u64());
            if status != 200
                || family(&v, "status").as_ref().and_then(Value::as_str) != Some("draft")
            {
                Check::Missing(*saves)
            } else if rev != Some(first_rev + saves) {
                Check::Missing(
                    (first_rev + saves)
                        .saturating_sub(rev.unwrap_or(*first_rev))
                        .max(1),
                )
            } else if answers(&v).is_none_or(|a| part.differs(marker, &a).is_some()) {
                Check::Mismatched
            } else {
                Check::Ok
            }
        }
        Write::Sent { id, marker } => {
            let (status, v) = c.read(id).await?;
            if status != 200
                || family(&v, "status").as_ref().and_then(Value::as_str) != Some("sent")
            {
                Check::Missing(1)
            } else if answers(&v).is_none_or(|a| part.differs(marker, &a).is_some()) {
                Check::Mismatched
            } else {
                Check::Ok
            }
        }
    })
}

/// Reads back every acknowledged write on `SETUP_CONNECTIONS` connections; a read that fails
/// three times leaves its write unchecked.
async fn read_back(target: &Target, part: &FamilyPart, writes: Vec<Write>, out: &mut Outcome) {
    out.acked = writes
        .iter()
        .map(|w| match w {
            Write::Drafts { saves, .. } => *saves,
            _ => 1,
        })
        .sum();
    let writes = Arc::new(writes);
    let next = Arc::new(AtomicUsize::new(0));
    let first_difference = Arc::new(std::sync::Mutex::new(None::<String>));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..SETUP_CONNECTIONS {
        let (writes, next, first_difference) =
            (writes.clone(), next.clone(), first_difference.clone());
        let target = Target {
            name: target.name.clone(),
            addr: target.addr,
            host: target.host.clone(),
            auth: target.auth.clone(),
        };
        let part = FamilyPart {
            fields: part.fields.clone(),
            marked: part.marked.clone(),
            answers: part.answers.clone(),
        };
        tasks.spawn(async move {
            let mut c = Client::new(&target);
            let (mut missing, mut mismatched, mut unchecked) = (0u64, 0u64, 0u64);
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(w) = writes.get(i) else { break };
                let mut result = Err(String::new());
                for _ in 0..3 {
                    result = check(&mut c, &part, w).await;
                    if result.is_ok() {
                        break;
                    }
                }
                match result {
                    Ok(Check::Ok) => {}
                    Ok(Check::Missing(n)) => missing += n,
                    Ok(Check::Mismatched) => {
                        mismatched += 1;
                        let lock = || first_difference.lock().unwrap_or_else(|p| p.into_inner());
                        if lock().is_none() {
                            let d = describe(&mut c, &part, w).await;
                            lock().get_or_insert(d);
                        }
                    }
                    Err(_) => unchecked += 1,
                }
            }
            (missing, mismatched, unchecked)
        });
    }
    while let Some(r) = tasks.join_next().await {
        let (m, x, u) = r.unwrap_or((0, 0, 1));
        out.missing += m;
        out.mismatched += x;
        out.unchecked += u;
    }
    if let Some(d) = first_difference
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take()
    {
        eprintln!("  first mismatch: {d}");
    }
}

/// Which answer of a mismatched write differs (by question id), for the log.
async fn describe(c: &mut Client<'_>, part: &FamilyPart, w: &Write) -> String {
    let (id, marker) = match w {
        Write::Drafts { id, marker, .. } | Write::Sent { id, marker } => (id, marker),
        Write::Anon { token, .. } => return format!("send-anon {token}: marker not on the page"),
        Write::Created { id } => return format!("assessment {id}: not a new one"),
    };
    match c.read(id).await {
        Ok((_, v)) => match v.get("answers").and_then(Value::as_object) {
            Some(a) => format!(
                "assessment {id}: answer {}",
                part.differs(marker, a)
                    .unwrap_or_else(|| "none (differs no more)".into())
            ),
            None => format!("assessment {id}: no answers"),
        },
        Err(e) => format!("assessment {id}: {e}"),
    }
}

// --- report -----------------------------------------------------------------------------------

fn ms(us: u32) -> String {
    format!("{:.1} ms", f64::from(us) / 1000.0)
}

fn table(outcomes: &[Outcome]) -> String {
    let mut s = String::from(
        "| store | scenario | users | requests/s | p50 | p99 | errors | acknowledged writes | read back: missing / mismatched |\n\
         |---|---|--:|--:|--:|--:|--:|--:|--:|\n",
    );
    for o in outcomes {
        if !o.note.is_empty() {
            let _ = writeln!(
                s,
                "| {} | {} | {} | – | – | – | – | – | {} |",
                o.target,
                o.scenario.name(),
                o.concurrency,
                o.note
            );
            continue;
        }
        let errors = if o.errors.is_empty() {
            "0".to_string()
        } else {
            let detail: Vec<String> = o.errors.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            format!("{} ({})", o.error_count(), detail.join(", "))
        };
        let (acked, back) = if o.scenario.writes() {
            let mut back = format!("{} / {}", o.missing, o.mismatched);
            if o.unchecked > 0 {
                let _ = write!(back, " ({} unchecked)", o.unchecked);
            }
            (o.acked.to_string(), back)
        } else {
            ("–".to_string(), "–".to_string())
        };
        let _ = writeln!(
            s,
            "| {} | {} | {} | {:.0} | {} | {} | {} | {} | {} |",
            o.target,
            o.scenario.name(),
            o.concurrency,
            o.per_second,
            ms(o.p50_us),
            ms(o.p99_us),
            errors,
            acked,
            back
        );
    }
    s
}

fn find<'a>(outcomes: &'a [Outcome], t: &str, sc: Scenario, c: usize) -> Option<&'a Outcome> {
    outcomes
        .iter()
        .find(|o| o.target == t && o.scenario == sc && o.concurrency == c && o.note.is_empty())
}

fn goals(outcomes: &[Outcome]) -> String {
    let mut s = String::new();
    let verdict = |ok: bool| if ok { "met" } else { "**missed**" };
    let send = find(outcomes, "sqlite", Scenario::Send, 16);
    let anon = find(outcomes, "sqlite", Scenario::SendAnon, 16);
    match (send, anon) {
        (Some(send), Some(anon)) => {
            let ratio = send.per_second / anon.per_second.max(f64::MIN_POSITIVE);
            let _ = writeln!(
                s,
                "- SQLite, 16 users: send with audit and parts {:.0}/s against send-anon {:.0}/s, \
                 {ratio:.2}× (goal ≥ 0.80×): {}.",
                send.per_second,
                anon.per_second,
                verdict(ratio >= 0.8)
            );
            let _ = writeln!(
                s,
                "- SQLite, 16 users: send {:.0}/s (goal ≥ 1,900/s): {}; p99 {} (goal < 50 ms): {}.",
                send.per_second,
                verdict(send.per_second >= 1900.0),
                ms(send.p99_us),
                verdict(send.p99_us < 50_000)
            );
        }
        _ => s.push_str("- SQLite, 16 users: send or send-anon not measured.\n"),
    }
    if let (Some(send), Some(draft)) = (send, find(outcomes, "sqlite", Scenario::SendDraft, 16)) {
        let ratio = send.per_second / draft.per_second.max(f64::MIN_POSITIVE);
        let _ = writeln!(
            s,
            "- SQLite, 16 users: send with audit and parts {:.0}/s against send-draft (the same \
             path without them) {:.0}/s, {ratio:.2}× (goal ≥ 0.80×): {}.",
            send.per_second,
            draft.per_second,
            verdict(ratio >= 0.8)
        );
    }
    let mut conc: Vec<usize> = outcomes.iter().map(|o| o.concurrency).collect();
    conc.dedup();
    conc.sort_unstable();
    conc.dedup();
    for c in conc {
        if let (Some(pg), Some(lite)) = (
            find(outcomes, "postgres", Scenario::Send, c),
            find(outcomes, "sqlite", Scenario::Send, c),
        ) {
            let ratio = pg.per_second / lite.per_second.max(f64::MIN_POSITIVE);
            let _ = writeln!(
                s,
                "- PostgreSQL, {c} user{}: send {:.0}/s against SQLite's {:.0}/s, {ratio:.2}× \
                 (goal ≥ 0.50×){}.",
                if c == 1 { "" } else { "s" },
                pg.per_second,
                lite.per_second,
                if c == 16 {
                    format!(": {}", verdict(ratio >= 0.5))
                } else {
                    String::new()
                }
            );
        }
    }
    let lost: u64 = outcomes.iter().map(|o| o.missing + o.mismatched).sum();
    let unchecked: u64 = outcomes.iter().map(|o| o.unchecked).sum();
    let acked: u64 = outcomes.iter().map(|o| o.acked).sum();
    let errors: u64 = outcomes.iter().map(Outcome::error_count).sum();
    let _ = writeln!(
        s,
        "- Lost writes: {lost} missing or mismatched of {acked} acknowledged writes read back \
         ({unchecked} unchecked) (goal 0): {}. Errors in all runs: {errors}.",
        verdict(lost == 0 && unchecked == 0)
    );
    s
}

// --- main -------------------------------------------------------------------------------------

fn main() {
    let args = match parse_args() {
        Ok(Some(a)) => a,
        Ok(None) => return,
        Err(e) => {
            eprintln!("load: {e}\n{USAGE}");
            std::process::exit(2);
        }
    };
    if let Err(e) = FamilyPart::load() {
        eprintln!("load: {e}");
        std::process::exit(2);
    }
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(args.threads)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("load: tokio runtime: {e}");
            std::process::exit(2);
        }
    };
    let outcomes = rt.block_on(async {
        let mut outcomes: Vec<Outcome> = Vec::new();
        for &c in &args.concurrency {
            for target in &args.targets {
                let mut sent = Vec::new();
                for &scenario in &args.scenarios {
                    let send_rate = find(&outcomes, &target.name, Scenario::SendAnon, c)
                        .map_or(5000.0, |o| o.per_second.max(1000.0));
                    let o = run(target, scenario, c, &args, send_rate, &mut sent).await;
                    eprintln!(
                        "{} {} c={}: {:.0}/s p50 {} p99 {} errors {} acked {} missing {} \
                         mismatched {} unchecked {}{}{}",
                        o.target,
                        o.scenario.name(),
                        c,
                        o.per_second,
                        ms(o.p50_us),
                        ms(o.p99_us),
                        o.error_count(),
                        o.acked,
                        o.missing,
                        o.mismatched,
                        o.unchecked,
                        if o.created_in_run > 0 {
                            format!(" (made {} assessments in the run)", o.created_in_run)
                        } else {
                            String::new()
                        },
                        if o.note.is_empty() {
                            String::new()
                        } else {
                            format!(" ({})", o.note)
                        }
                    );
                    outcomes.push(o);
                }
            }
        }
        outcomes
    });
    let mut md = table(&outcomes);
    md.push('\n');
    md.push_str(&goals(&outcomes));
    print!("{md}");
    if let Some(path) = &args.markdown
        && let Err(e) = std::fs::write(path, &md)
    {
        eprintln!("load: {path}: {e}");
        std::process::exit(2);
    }
    let lost: u64 = outcomes.iter().map(|o| o.missing + o.mismatched).sum();
    if lost > 0 {
        std::process::exit(1);
    }
}
