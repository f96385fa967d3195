//! `arvio serve`: its flags, one for every server limit ([`arvio_serve::Limits`]), and the
//! [`arvio_serve::ServeConfig`] they make. Durations are seconds, fractions allowed (`0.5`).

use std::time::Duration;

/// Arguments of `arvio serve`. Every default is [`arvio_serve::Limits::default`]'s (a test
/// keeps them equal).
#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: std::net::SocketAddr,
    /// Where drafts, responses, assessments, keys and the audit log are kept: a SQLite file
    /// (created if missing; a directory means `arvio.sqlite3` in it), or a PostgreSQL
    /// database, `postgres://user@host:port/database`, for more than one server.
    #[arg(long, default_value = "arvio.sqlite3", value_parser = data_source)]
    data: arvio_serve::DataSource,
    /// Seconds a client has to send a request's headers, counted from connecting or from the
    /// previous response; then the connection is closed.
    #[arg(long, value_name = "SECS", default_value = "20", value_parser = positive_secs,
          allow_negative_numbers = true)]
    header_timeout: Duration,
    /// Seconds a client has to send a request's body after its headers; then it gets 408 and
    /// the connection is closed.
    #[arg(long, value_name = "SECS", default_value = "20", value_parser = positive_secs,
          allow_negative_numbers = true)]
    body_timeout: Duration,
    /// Seconds a kept-alive connection may stay idle (no request, nothing sent or read)
    /// before it is closed.
    #[arg(long, value_name = "SECS", default_value = "20", value_parser = positive_secs,
          allow_negative_numbers = true)]
    idle_timeout: Duration,
    /// Connections served at once; more wait in the listen queue. Keep it well below the
    /// open-file limit (`ulimit -n`).
    #[arg(long, value_name = "N", default_value = "256",
          value_parser = clap::value_parser!(u64).range(1..=1_000_000),
          allow_negative_numbers = true)]
    max_connections: u64,
    /// Seconds requests under way get to finish on Ctrl-C or SIGTERM; then the server
    /// stops, whatever a stalled client is doing (0 stops at once).
    #[arg(long, value_name = "SECS", default_value = "5", value_parser = secs,
          allow_negative_numbers = true)]
    shutdown_grace: Duration,
    /// Requests per minute from one client address before it gets 429 (0 turns the limit off).
    #[arg(
        long,
        value_name = "N",
        default_value = "300",
        allow_negative_numbers = true
    )]
    rate_limit: u32,
    /// Seconds a write waits for the database's lock before the page answers a retryable
    /// 503 (fractions allowed, e.g. 0.5).
    #[arg(long, value_name = "SECS", default_value = "5", value_parser = secs,
          allow_negative_numbers = true)]
    busy_timeout: Duration,
    /// Largest stored response per link, in bytes of its JSON; a larger one gets 413.
    #[arg(long, value_name = "N", default_value = "524288",
          value_parser = clap::value_parser!(u64).range(1..=u64::from(u32::MAX)),
          allow_negative_numbers = true)]
    link_bytes: u64,
    /// Unsent drafts not saved for this many days are deleted (0 keeps them forever).
    #[arg(
        long,
        value_name = "N",
        default_value = "90",
        allow_negative_numbers = true
    )]
    draft_days: u32,
    /// Days an assessment's family link works when the case system names none.
    #[arg(long, value_name = "N", default_value = "30",
          value_parser = clap::value_parser!(u32).range(1..=3650),
          allow_negative_numbers = true)]
    link_days: u32,
}

/// `--data`: a PostgreSQL address or a SQLite file.
pub(crate) fn data_source(s: &str) -> Result<arvio_serve::DataSource, String> {
    if s.is_empty() {
        return Err("give a SQLite file or a postgres:// address".to_string());
    }
    Ok(arvio_serve::DataSource::parse(s))
}

impl ServeArgs {
    /// The server's configuration.
    pub fn config(&self) -> arvio_serve::ServeConfig {
        arvio_serve::ServeConfig {
            addr: self.addr,
            data: self.data.clone(),
            limits: arvio_serve::Limits {
                header_timeout: self.header_timeout,
                body_timeout: self.body_timeout,
                idle_timeout: self.idle_timeout,
                max_connections: usize::try_from(self.max_connections).unwrap_or(usize::MAX),
                shutdown_grace: self.shutdown_grace,
                requests_per_minute: self.rate_limit,
                busy_timeout: self.busy_timeout,
                link_bytes: usize::try_from(self.link_bytes).unwrap_or(usize::MAX),
                draft_days: self.draft_days,
                link_days: self.link_days,
            },
        }
    }
}

/// Seconds, fractions allowed: `0`, `2`, `0.5`; not negative, not NaN or infinite.
fn secs(s: &str) -> Result<Duration, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| "expected seconds, e.g. 20 or 0.5".to_string())?;
    if !v.is_finite() || v < 0.0 {
        return Err("expected seconds, 0 or more".to_string());
    }
    Duration::try_from_secs_f64(v).map_err(|_| "too many seconds".to_string())
}

/// As [`secs`], more than zero (a zero timeout would close every connection at once).
fn positive_secs(s: &str) -> Result<Duration, String> {
    match secs(s)? {
        Duration::ZERO => Err("expected seconds, more than 0".to_string()),
        d => Ok(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser, Debug)]
    struct Cli {
        #[command(flatten)]
        serve: ServeArgs,
    }

    fn parse(args: &[&str]) -> Result<arvio_serve::ServeConfig, clap::Error> {
        Cli::try_parse_from(std::iter::once("serve").chain(args.iter().copied()))
            .map(|c| c.serve.config())
    }

    #[test]
    fn the_flags_default_to_the_libraries_defaults() {
        assert_eq!(parse(&[]).unwrap(), arvio_serve::ServeConfig::default());
    }

    #[test]
    fn every_flag_sets_its_limit() {
        let c = parse(&[
            "--addr=127.0.0.1:9000",
            "--data=/tmp/x.sqlite3",
            "--header-timeout=0.5",
            "--body-timeout=2",
            "--idle-timeout=3.25",
            "--max-connections=7",
            "--shutdown-grace=0",
            "--rate-limit=0",
            "--busy-timeout=0.1",
            "--link-bytes=1000",
            "--draft-days=0",
            "--link-days=7",
        ])
        .unwrap();
        assert_eq!(c.addr, "127.0.0.1:9000".parse().unwrap());
        assert_eq!(c.data, std::path::PathBuf::from("/tmp/x.sqlite3").into());
        assert_eq!(
            c.limits,
            arvio_serve::Limits {
                header_timeout: Duration::from_millis(500),
                body_timeout: Duration::from_secs(2),
                idle_timeout: Duration::from_millis(3250),
                max_connections: 7,
                shutdown_grace: Duration::ZERO,
                requests_per_minute: 0,
                busy_timeout: Duration::from_millis(100),
                link_bytes: 1000,
                draft_days: 0,
                link_days: 7,
            }
        );
    }

    #[test]
    fn seconds_are_finite_and_not_negative() {
        assert_eq!(secs("0"), Ok(Duration::ZERO));
        assert_eq!(secs("1.5"), Ok(Duration::from_millis(1500)));
        for bad in ["-1", "-0.5", "NaN", "nan", "inf", "abc", "", "1e400"] {
            assert!(secs(bad).is_err(), "{bad}");
        }
        assert!(positive_secs("0").is_err());
        assert!(positive_secs("0.0").is_err());
        assert_eq!(positive_secs("0.25"), Ok(Duration::from_millis(250)));
    }

    #[test]
    fn bad_values_are_refused_naming_the_flag() {
        for (flag, value) in [
            ("--header-timeout", "abc"),
            ("--header-timeout", "0"),
            ("--body-timeout", "-1"),
            ("--idle-timeout", "NaN"),
            ("--shutdown-grace", "-0.5"),
            ("--busy-timeout", "x"),
            ("--rate-limit", "-1"),
            ("--draft-days", "-3"),
            ("--max-connections", "0"),
            ("--link-bytes", "0"),
        ] {
            let err = parse(&[flag, value]).unwrap_err();
            assert_eq!(
                err.kind(),
                clap::error::ErrorKind::ValueValidation,
                "{flag}"
            );
            assert!(err.to_string().contains(flag), "{flag}: {err}");
        }
    }
}
