//! Connection handling: the server's own accept loop over hyper, so that every connection is
//! bounded in number and in time, whatever a client does (see [`Limits`]).
//!
//! - **Connection limit.** A semaphore holds `max_connections` permits; the loop takes one
//!   *before* it accepts, so excess clients wait in the kernel's listen queue and hold no file
//!   descriptor of the server. A failed accept (`EMFILE`, `ENFILE`, `ECONNABORTED`, …) never
//!   ends the server: it is logged (at most once a second, the error only) and the loop
//!   sleeps briefly and goes on.
//! - **Header timeout.** hyper's `header_read_timeout`. Read in hyper 1.x
//!   (`src/proto/h1/conn.rs`, `Conn::poll_read_head`): the timer is started the first time a
//!   connection is polled for a request head, which is at once when the connection is
//!   served, before any byte has arrived, and again after every response on a kept-alive
//!   connection (`State::idle` sets `notify_read`, so the next read starts it at once). Its
//!   deadline is fixed when it starts (bytes arriving do not extend it) and it is cleared
//!   when a whole head has been parsed. So it closes a connection that sends nothing, one
//!   that sends half the headers (however slowly), and a kept-alive connection that sends no
//!   next request, each `header_timeout` after the connection opened or after the previous
//!   response.
//! - **Idle timeout.** A watchdog per connection: when no request is being handled and no
//!   byte has been read or written for `idle_timeout`, the connection is asked to shut down
//!   gracefully (hyper closes an idle one at once); if nothing moves for another
//!   `idle_timeout` after that (a client that stopped reading a response), it is dropped.
//! - **Body timeout.** A request's body must be complete `body_timeout` after its headers;
//!   otherwise reading it fails, and the answer is a `408` page with `Connection: close`.
//! - **Shutdown.** When the shutdown future completes the listener is closed, every
//!   connection is asked to shut down gracefully (requests under way finish, idle connections
//!   close), and after at most `shutdown_grace` the connections left are dropped.
//!
//! Every request carries its peer's address as an [`axum::extract::ConnectInfo`] extension.

use super::{LANGUAGES, Limits, message_page, security_headers};
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use axum::response::IntoResponse;
use hyper::body::{Frame, Incoming, SizeHint};
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;

/// How long the accept loop waits after a failed accept before trying again.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(75);

/// How often at most a failed accept is logged.
const ACCEPT_LOG_EVERY: Duration = Duration::from_secs(1);

/// Serves `app` on `listener` until `shutdown` completes, then shuts down within
/// `limits.shutdown_grace` (see the module docs).
pub(crate) async fn serve_connections(
    listener: TcpListener,
    app: Router,
    limits: &Limits,
    shutdown: impl Future<Output = ()>,
) {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true);
    let timeouts = Timeouts {
        body: limits.body_timeout,
        idle: limits.idle_timeout,
    };
    let permits = Arc::new(Semaphore::new(
        limits.max_connections.clamp(1, Semaphore::MAX_PERMITS),
    ));
    let (stop, _) = watch::channel(());
    let mut tasks = JoinSet::new();
    let mut accept_log = AcceptLog::default();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // Finished connections: their permits are back already; forget their tasks.
        while tasks.try_join_next().is_some() {}
        let permit = tokio::select! {
            () = &mut shutdown => break,
            p = Arc::clone(&permits).acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break, // never closed
            },
        };
        let (stream, peer) = tokio::select! {
            () = &mut shutdown => break,
            r = listener.accept() => match r {
                Ok(c) => c,
                Err(e) => {
                    drop(permit);
                    if accept_log.should_log(Instant::now()) {
                        // The error only (e.g. "Too many open files"): no address.
                        eprintln!("arvio serve: cannot accept a connection: {e}; going on");
                    }
                    tokio::select! {
                        () = &mut shutdown => break,
                        () = tokio::time::sleep(ACCEPT_BACKOFF) => continue,
                    }
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let conn = serve_one(
            stream,
            peer,
            app.clone(),
            http.clone(),
            timeouts,
            stop.subscribe(),
        );
        tasks.spawn(async move {
            conn.await;
            drop(permit);
        });
    }
    // Stop accepting: clients still in the listen queue are refused.
    drop(listener);
    stop.send_replace(());
    let all_done = async { while tasks.join_next().await.is_some() {} };
    let _ = tokio::time::timeout(limits.shutdown_grace, all_done).await;
    // Whatever is left (a stalled client) is dropped.
    tasks.shutdown().await;
}

/// The per-connection timeouts hyper does not keep itself.
#[derive(Debug, Clone, Copy)]
struct Timeouts {
    body: Duration,
    idle: Duration,
}

/// Serves one connection until it closes, its idle watchdog drops it, or (after a graceful
/// shutdown was asked) its task is dropped.
async fn serve_one(
    stream: TcpStream,
    peer: SocketAddr,
    app: Router,
    http: http1::Builder,
    timeouts: Timeouts,
    mut stop: watch::Receiver<()>,
) {
    let activity = Arc::new(Activity::new());
    let io = TokioIo::new(Tracked {
        inner: stream,
        activity: Arc::clone(&activity),
    });
    let service = {
        let activity = Arc::clone(&activity);
        hyper::service::service_fn(move |req| {
            handle(req, peer, app.clone(), timeouts.body, Arc::clone(&activity))
        })
    };
    let conn = http.serve_connection(io, service);
    let mut conn = std::pin::pin!(conn);
    let mut stopping = false;
    let mut idled = false;
    loop {
        let wake = activity.idle_deadline(timeouts.idle);
        tokio::select! {
            // Errors (a header timeout, a client gone) end the connection; not logged.
            _ = conn.as_mut() => return,
            _ = stop.changed(), if !stopping => {
                stopping = true;
                conn.as_mut().graceful_shutdown();
            }
            () = tokio::time::sleep_until(wake) => {
                if activity.idle_for(timeouts.idle) {
                    if idled {
                        return; // nothing moved since the graceful shutdown: drop it
                    }
                    idled = true;
                    activity.touch();
                    conn.as_mut().graceful_shutdown();
                }
            }
        }
    }
}

/// One request: adds the peer's address, bounds the body's time, and turns a body that
/// timed out into a `408` page that closes the connection.
async fn handle(
    req: Request<Incoming>,
    peer: SocketAddr,
    app: Router,
    body_timeout: Duration,
    activity: Arc<Activity>,
) -> Result<Response<Body>, Infallible> {
    let _busy = activity.busy();
    let (mut parts, body) = req.into_parts();
    parts.extensions.insert(ConnectInfo(peer));
    let lang = lang_of(parts.uri.path());
    let timed_out = Arc::new(AtomicBool::new(false));
    let body = Body::new(TimeoutBody::new(
        body,
        Instant::now() + body_timeout,
        Arc::clone(&timed_out),
    ));
    let res = match app.oneshot(Request::from_parts(parts, body)).await {
        Ok(res) => res,
        Err(never) => match never {},
    };
    if !timed_out.load(Ordering::Relaxed) {
        return Ok(res);
    }
    let page = message_page(
        StatusCode::REQUEST_TIMEOUT,
        lang,
        "bad-request",
        "bad-request-text",
        None,
    );
    let mut res = security_headers(page.into_response()).await;
    res.headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    Ok(res)
}

/// The language of a page's path (`/sv/...` is Swedish), Finnish otherwise.
pub(crate) fn lang_of(path: &str) -> &'static str {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    LANGUAGES
        .iter()
        .copied()
        .find(|l| *l == first)
        .unwrap_or("fi")
}

/// When a connection last moved a byte, and how many of its requests are being handled.
#[derive(Debug)]
struct Activity {
    start: Instant,
    /// Nanoseconds from `start` to the last byte read or written (or request finished).
    last: AtomicU64,
    /// Requests being handled (the handler has not answered yet).
    in_flight: AtomicUsize,
}

impl Activity {
    fn new() -> Activity {
        Activity {
            start: Instant::now(),
            last: AtomicU64::new(0),
            in_flight: AtomicUsize::new(0),
        }
    }

    fn touch(&self) {
        let since = u64::try_from(self.start.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.last.fetch_max(since, Ordering::Relaxed);
    }

    fn last(&self) -> Instant {
        self.start + Duration::from_nanos(self.last.load(Ordering::Relaxed))
    }

    /// Whether no request is being handled and nothing moved for `idle`.
    fn idle_for(&self, idle: Duration) -> bool {
        self.in_flight.load(Ordering::Relaxed) == 0 && self.last().elapsed() >= idle
    }

    /// When to look again whether the connection is idle.
    fn idle_deadline(&self, idle: Duration) -> Instant {
        if self.in_flight.load(Ordering::Relaxed) > 0 {
            Instant::now() + idle
        } else {
            self.last() + idle
        }
    }

    /// Marks a request as being handled until the guard is dropped.
    fn busy(self: &Arc<Self>) -> Busy {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        Busy(Arc::clone(self))
    }
}

/// A request being handled (see [`Activity::busy`]).
struct Busy(Arc<Activity>);

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.touch();
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A TCP stream that records in its [`Activity`] every byte read or written.
struct Tracked {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Tracked {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let r = Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.activity.touch();
        }
        r
    }
}

impl AsyncWrite for Tracked {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let r = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        r
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let r = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        r
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Reading a request body took longer than the body timeout.
#[derive(Debug, thiserror::Error)]
#[error("the request body was not complete in time")]
struct BodyTimedOut;

/// A request body that fails once its deadline has passed and it is still not complete
/// (data already received is still given out first), noting that in `timed_out`.
struct TimeoutBody<B> {
    inner: B,
    deadline: Instant,
    sleep: Option<Pin<Box<Sleep>>>,
    timed_out: Arc<AtomicBool>,
}

impl<B> TimeoutBody<B> {
    fn new(inner: B, deadline: Instant, timed_out: Arc<AtomicBool>) -> Self {
        TimeoutBody {
            inner,
            deadline,
            sleep: None,
            timed_out,
        }
    }
}

impl<B> hyper::body::Body for TimeoutBody<B>
where
    B: hyper::body::Body<Data = Bytes> + Unpin,
    B::Error: Into<axum::BoxError>,
{
    type Data = Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if let Poll::Ready(frame) = Pin::new(&mut self.inner).poll_frame(cx) {
            return Poll::Ready(frame.map(|f| f.map_err(Into::into)));
        }
        let deadline = self.deadline;
        let sleep = self
            .sleep
            .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline)));
        match sleep.as_mut().poll(cx) {
            Poll::Ready(()) => {
                self.timed_out.store(true, Ordering::Relaxed);
                Poll::Ready(Some(Err(BodyTimedOut.into())))
            }
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Rate limit for the log line of a failed accept.
#[derive(Debug, Default)]
struct AcceptLog {
    last: Option<Instant>,
}

impl AcceptLog {
    /// Whether to log a failed accept at `now`: the first, then at most one a second.
    fn should_log(&mut self, now: Instant) -> bool {
        match self.last {
            Some(last) if now.saturating_duration_since(last) < ACCEPT_LOG_EVERY => false,
            _ => {
                self.last = Some(now);
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AppState;
    use std::io::{Read, Write};

    #[test]
    fn the_language_is_the_first_path_segment_if_served() {
        assert_eq!(lang_of("/sv/family-self-assessment"), "sv");
        assert_eq!(lang_of("/en/r/AAAA"), "en");
        assert_eq!(lang_of("/de/x"), "fi");
        assert_eq!(lang_of("/"), "fi");
        assert_eq!(lang_of("/svx"), "fi");
    }

    #[test]
    fn a_failed_accept_is_logged_at_most_once_a_second() {
        let mut log = AcceptLog::default();
        let t = Instant::now();
        assert!(log.should_log(t));
        assert!(!log.should_log(t + Duration::from_millis(999)));
        assert!(log.should_log(t + Duration::from_millis(1000)));
        assert!(!log.should_log(t + Duration::from_millis(1500)));
        assert!(log.should_log(t + Duration::from_millis(2001)));
    }

    /// A body that never sends anything.
    struct Stalled;

    impl hyper::body::Body for Stalled {
        type Data = Bytes;
        type Error = Infallible;
        fn poll_frame(
            self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
            Poll::Pending
        }
    }

    #[tokio::test]
    async fn a_stalled_body_fails_after_its_deadline_and_says_so() {
        let flag = Arc::new(AtomicBool::new(false));
        let body = TimeoutBody::new(
            Stalled,
            Instant::now() + Duration::from_millis(20),
            Arc::clone(&flag),
        );
        let err = axum::body::to_bytes(Body::new(body), 1024)
            .await
            .unwrap_err();
        assert!(flag.load(Ordering::Relaxed));
        assert!(err.to_string().contains("not complete in time"), "{err}");
    }

    #[tokio::test]
    async fn a_complete_body_is_given_out_even_after_the_deadline() {
        let flag = Arc::new(AtomicBool::new(false));
        let body = TimeoutBody::new(
            Body::from("a=1"),
            Instant::now() - Duration::from_secs(1),
            Arc::clone(&flag),
        );
        let bytes = axum::body::to_bytes(Body::new(body), 1024).await.unwrap();
        assert_eq!(&bytes[..], b"a=1");
        assert!(!flag.load(Ordering::Relaxed));
    }

    /// Starts `serve_connections` over an in-memory store; the sender stops it.
    async fn start(
        limits: Limits,
    ) -> (
        SocketAddr,
        tokio::sync::oneshot::Sender<()>,
        tokio::task::JoinHandle<()>,
    ) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = crate::router(AppState::in_memory().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            serve_connections(listener, app, &limits, async {
                let _ = stopped.await;
            })
            .await;
        });
        (addr, stop, server)
    }

    fn get(s: &mut std::net::TcpStream, path: &str) {
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    }

    /// Reads one response with a body of known length; returns its head.
    fn read_response(s: &mut std::net::TcpStream) -> String {
        let mut buf = Vec::new();
        let mut byte = [0u8; 1];
        while !buf.ends_with(b"\r\n\r\n") {
            assert_eq!(s.read(&mut byte).unwrap(), 1, "closed mid-head");
            buf.push(byte[0]);
        }
        let head = String::from_utf8(buf).unwrap();
        let len: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length: "))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        let mut body = vec![0u8; len];
        s.read_exact(&mut body).unwrap();
        head
    }

    /// With one connection allowed, a second client is served only after the first has
    /// closed, although it sent its request before the first sent its second one.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn excess_clients_wait_until_a_connection_closes() {
        let limits = Limits {
            max_connections: 1,
            ..Limits::default()
        };
        let (addr, stop, server) = start(limits).await;
        let order = tokio::task::spawn_blocking(move || {
            let mut a = std::net::TcpStream::connect(addr).unwrap();
            get(&mut a, "/");
            assert!(read_response(&mut a).starts_with("HTTP/1.1 200 "));
            // `a` holds the only permit now.
            let mut b = std::net::TcpStream::connect(addr).unwrap();
            get(&mut b, "/");
            b.set_nonblocking(true).unwrap();
            get(&mut a, "/nothing-here");
            assert!(read_response(&mut a).starts_with("HTTP/1.1 404 "));
            let mut byte = [0u8; 1];
            let b_before = match b.read(&mut byte) {
                Ok(_) => "answered",
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => "waiting",
                Err(e) => panic!("{e}"),
            };
            drop(a);
            b.set_nonblocking(false).unwrap();
            b.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
            let b_after = read_response(&mut b);
            (b_before, b_after)
        })
        .await
        .unwrap();
        assert_eq!(order.0, "waiting");
        assert!(order.1.starts_with("HTTP/1.1 200 "), "{}", order.1);
        stop.send(()).unwrap();
        server.await.unwrap();
    }

    /// A request under way when the shutdown starts is finished (its body still read, its
    /// answer sent), then its connection is closed.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn shutdown_finishes_a_request_under_way() {
        let (addr, stop, server) = start(Limits::default()).await;
        let body = "_rev=0&_action=draft&children_count=4";
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        write!(
            s,
            "POST /fi/family-self-assessment HTTP/1.1\r\nHost: x\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{}",
            body.len(),
            &body[..10]
        )
        .unwrap();
        // A round trip on another connection: the first one is being served by now.
        let (mut s, head) = tokio::task::spawn_blocking(move || {
            let mut t = std::net::TcpStream::connect(addr).unwrap();
            get(&mut t, "/");
            let head = read_response(&mut t);
            (s, head)
        })
        .await
        .unwrap();
        assert!(head.starts_with("HTTP/1.1 200 "), "{head}");
        stop.send(()).unwrap();
        // Once new connections are refused, the shutdown is under way.
        let refused = tokio::task::spawn_blocking(move || {
            for _ in 0..3000 {
                if std::net::TcpStream::connect(addr).is_err() {
                    return true;
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            false
        })
        .await
        .unwrap();
        assert!(refused, "the listener was not closed");
        let out = tokio::task::spawn_blocking(move || {
            s.write_all(&body.as_bytes()[10..]).unwrap();
            let mut out = String::new();
            s.read_to_string(&mut out).unwrap();
            out
        })
        .await
        .unwrap();
        assert!(out.starts_with("HTTP/1.1 303 "), "{out}");
        assert!(out.contains("\r\nlocation: /fi/r/"), "{out}");
        tokio::time::timeout(Duration::from_secs(30), server)
            .await
            .expect("the server did not stop")
            .unwrap();
    }

    /// A half-sent request does not hold up the shutdown beyond the grace period (the header
    /// timeout here is a minute).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn shutdown_drops_a_stalled_client_after_the_grace_period() {
        let limits = Limits {
            header_timeout: Duration::from_secs(60),
            idle_timeout: Duration::from_secs(60),
            shutdown_grace: Duration::from_millis(200),
            ..Limits::default()
        };
        let (addr, stop, server) = start(limits).await;
        let mut half = std::net::TcpStream::connect(addr).unwrap();
        half.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
        // A full round trip on another connection: the half-sent one was accepted before.
        tokio::task::spawn_blocking(move || {
            let mut s = std::net::TcpStream::connect(addr).unwrap();
            get(&mut s, "/");
            assert!(read_response(&mut s).starts_with("HTTP/1.1 200 "));
        })
        .await
        .unwrap();
        stop.send(()).unwrap();
        tokio::time::timeout(Duration::from_secs(30), server)
            .await
            .expect("the server did not stop within the grace period")
            .unwrap();
        // The stalled client was dropped: its read ends.
        half.set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let mut buf = [0u8; 64];
        let n = half.read(&mut buf).unwrap_or(0);
        assert_eq!(n, 0);
    }
}
