//! The per-client rate limit: a GCRA quota (governor) keyed by the client's IP address.
//!
//! The key is the address of [`ConnectInfo`] in the request's extensions (the server's accept
//! loop puts it there); a request without one (an in-process test) is not limited. An IPv6
//! client is keyed by its `/64` network, since one subscriber gets a whole `/64` and could
//! otherwise take a fresh address for every request; an IPv4-mapped IPv6 address counts as
//! its IPv4 address. `/healthz`, `/metrics` and the API (`/api/v1/`, whose callers are
//! authenticated by key) are never limited.
//!
//! A refused request gets `429 Too Many Requests`, a `Retry-After` in whole seconds and a page
//! in the language of its path. The limiter's memory stays bounded: every
//! [`HOUSEKEEPING_EVERY`] checks, keys whose state is indistinguishable from a fresh one are
//! dropped and the map is shrunk.

use crate::ops::{HEALTH_PATH, METRICS_PATH};
use crate::{AppState, message_page};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, Quota};
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

/// Checks between two clean-ups of the limiter's per-client state.
const HOUSEKEEPING_EVERY: u32 = 1_000;

/// The smallest burst allowed (when the rate allows that many a minute).
const MIN_BURST: u32 = 10;

/// A keyed rate limiter with its housekeeping counter.
pub(crate) struct RateLimit {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    checks: AtomicU32,
}

impl std::fmt::Debug for RateLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimit").finish_non_exhaustive()
    }
}

/// The burst for `per_minute` requests a minute: a fifth of it, at least [`MIN_BURST`] (but
/// never more than `per_minute`).
fn burst(per_minute: NonZeroU32) -> NonZeroU32 {
    let b = (per_minute.get() / 5).max(MIN_BURST.min(per_minute.get()));
    NonZeroU32::new(b).unwrap_or(NonZeroU32::MIN)
}

impl RateLimit {
    /// `per_minute` requests a minute per client with a burst of a fifth of that (at least
    /// ten); `None` for `0` (no limit).
    pub(crate) fn new(per_minute: u32) -> Option<RateLimit> {
        let per_minute = NonZeroU32::new(per_minute)?;
        let quota = Quota::per_minute(per_minute).allow_burst(burst(per_minute));
        Some(RateLimit {
            limiter: DefaultKeyedRateLimiter::keyed(quota),
            checks: AtomicU32::new(0),
        })
    }

    /// `Ok` when `ip` may be served now, else how many whole seconds to wait (at least 1).
    fn check(&self, ip: IpAddr) -> Result<(), u64> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % HOUSEKEEPING_EVERY
            == HOUSEKEEPING_EVERY - 1
        {
            self.limiter.retain_recent();
            self.limiter.shrink_to_fit();
        }
        self.limiter.check_key(&key(ip)).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.limiter.clock().now());
            (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
        })
    }

    /// How many clients the limiter holds state for (may be an estimate).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.limiter.len()
    }
}

/// The limiter key of a client address (see the module's documentation).
fn key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

impl AppState {
    /// Limits each client (IP address; an IPv6 client by its `/64`) to `per_minute` requests
    /// a minute, with a burst of a fifth of that (at least ten); more get a `429` page with
    /// `Retry-After`. `0` turns the limit off, as does never calling this (the default of
    /// [`AppState::open`] and [`AppState::in_memory`]). A request is keyed by the
    /// [`ConnectInfo<SocketAddr>`](axum::extract::ConnectInfo) in its extensions; one without
    /// it is not limited. `/healthz`, `/metrics` and the API (`/api/v1/`) are never limited.
    pub fn with_rate_limit(mut self, per_minute: u32) -> AppState {
        self.rate = RateLimit::new(per_minute).map(Arc::new);
        self
    }
}

/// Middleware: refuses a client over its rate with a `429` page.
pub(crate) async fn limit(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let Some(rate) = state.rate.as_deref() else {
        return next.run(req).await;
    };
    let path = req.uri().path();
    // The API's callers are authenticated by key, and a case system calls from one address.
    if path == HEALTH_PATH || path == METRICS_PATH || path.starts_with("/api/v1/") {
        return next.run(req).await;
    }
    let Some(ConnectInfo(addr)) = req.extensions().get::<ConnectInfo<SocketAddr>>().copied() else {
        return next.run(req).await;
    };
    match rate.check(addr.ip()) {
        Ok(()) => next.run(req).await,
        Err(seconds) => {
            state.inner.metrics.rate_limited();
            let mut res = message_page(
                StatusCode::TOO_MANY_REQUESTS,
                crate::net::lang_of(path),
                "too-many",
                "too-many-text",
                None,
            )
            .into_response();
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            res
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bursts_are_a_fifth_at_least_ten() {
        let b = |n| burst(NonZeroU32::new(n).unwrap()).get();
        assert_eq!(b(300), 60);
        assert_eq!(b(60), 12);
        assert_eq!(b(20), 10);
        assert_eq!(b(5), 5);
        assert!(RateLimit::new(0).is_none());
    }

    #[test]
    fn ipv6_clients_are_keyed_by_their_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(key(a), key(b));
        assert_ne!(key(a), key(c));
        let mapped: IpAddr = "::ffff:10.0.0.1".parse().unwrap();
        assert_eq!(key(mapped), "10.0.0.1".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn housekeeping_drops_clients_at_rest() {
        // A client that used one request of its burst is back to a fresh state after one
        // replenish interval (1 ms here): housekeeping forgets it. No timing assertion: the
        // count after housekeeping only has to be smaller than the count before.
        let quota = Quota::with_period(std::time::Duration::from_nanos(1))
            .unwrap()
            .allow_burst(NonZeroU32::new(10).unwrap());
        let rate = RateLimit {
            limiter: DefaultKeyedRateLimiter::keyed(quota),
            checks: AtomicU32::new(0),
        };
        for i in 0..HOUSEKEEPING_EVERY - 1 {
            let ip = IpAddr::from([10, 1, (i >> 8) as u8, i as u8]);
            assert!(rate.check(ip).is_ok());
        }
        assert_eq!(rate.len(), (HOUSEKEEPING_EVERY - 1) as usize);
        std::thread::sleep(std::time::Duration::from_millis(5));
        // The 1000th check cleans up first, then adds its own key.
        assert!(rate.check(IpAddr::from([10, 2, 0, 0])).is_ok());
        assert_eq!(rate.len(), 1);
    }
}
