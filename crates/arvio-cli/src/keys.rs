//! `arvio keys`: the API keys of case-management systems (`/api/v1`), made, listed and
//! revoked in the store `arvio serve` uses (a SQLite file or a PostgreSQL database).
//!
//! - `arvio keys create NAME` prints the new key, one line on standard output and nothing
//!   else; it is shown this once (only its hash is stored).
//! - `arvio keys list` prints one line per key: `NAME<TAB>CREATED<TAB>REVOKED`, the times in
//!   RFC 3339 (UTC), `-` for a key not revoked. Never the key nor its hash.
//! - `arvio keys revoke NAME`: API requests with that key get `401` from then on.
//!
//! Exit codes as everywhere: 0 ok; 1 the store refuses the change: `create` of a name taken
//! already (revoked keys keep their names), `revoke` of a name with no key not yet revoked;
//! 2 a name (to create or revoke) that is not 1 to 64 characters of `A-Z a-z 0-9 . _ -`, a
//! store that cannot be opened or fails, or wrong usage. Errors name the store without a
//! PostgreSQL user or password.

use crate::Fail;
use arvio_serve::DataSource;
use arvio_serve::keys::{KeyError, create_key, list_keys, revoke_key};
use clap::Subcommand;
use std::io::Write;

/// `arvio keys ...`
#[derive(Subcommand, Debug)]
pub enum KeysCommand {
    /// Make a key for a case-management system and print it (once: only its hash is kept).
    Create {
        /// The key's name: who uses it (the audit log records it); 1 to 64 characters of
        /// A-Z, a-z, 0-9, `.`, `_` and `-`, not taken by another key, revoked or not.
        name: String,
        #[command(flatten)]
        data: DataArg,
    },
    /// List the keys: name, created, revoked (`-` if not), tab-separated; never the keys.
    List {
        #[command(flatten)]
        data: DataArg,
    },
    /// Revoke a key: API requests with it get 401 from then on.
    Revoke {
        /// The key's name.
        name: String,
        #[command(flatten)]
        data: DataArg,
    },
}

/// `--data`, as `arvio serve` takes it.
#[derive(clap::Args, Debug)]
pub struct DataArg {
    /// Where `arvio serve` keeps its data: a SQLite file (created if missing; a directory
    /// means `arvio.sqlite3` in it), or a PostgreSQL database,
    /// `postgres://user@host:port/database`.
    #[arg(long, default_value = "arvio.sqlite3", value_parser = crate::serve::data_source)]
    data: DataSource,
}

/// Runs `arvio keys ...`.
pub fn run(command: KeysCommand) -> Result<(), Fail> {
    match command {
        KeysCommand::Create { name, data } => {
            let key = create_key(&data.data, &name).map_err(|e| fail(&data.data, e))?;
            let mut out = std::io::stdout().lock();
            writeln!(out, "{key}")
                .and_then(|()| out.flush())
                .map_err(|e| {
                    Fail::input(format!(
                        "the key `{name}` was made but could not be written ({}): revoke it \
                         and make another",
                        e.kind()
                    ))
                })
        }
        KeysCommand::List { data } => {
            let keys = list_keys(&data.data).map_err(|e| fail(&data.data, e))?;
            let mut text = String::new();
            for k in keys {
                let revoked = k.revoked_at.as_deref().unwrap_or("-");
                text.push_str(&format!("{}\t{}\t{revoked}\n", k.name, k.created_at));
            }
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .map_err(|e| Fail::input(format!("cannot write output: {}", e.kind())))
        }
        KeysCommand::Revoke { name, data } => {
            // A name no key can have is refused as at `create` (and never echoed: it could
            // hold a terminal's control characters).
            if !name_ok(&name) {
                return Err(Fail::input(KeyError::BadName.to_string()));
            }
            revoke_key(&data.data, &name).map_err(|e| fail(&data.data, e))?;
            eprintln!("arvio: revoked the key `{name}`");
            Ok(())
        }
    }
}

/// Whether `name` can be a key's: 1 to 64 characters of `A-Z a-z 0-9 . _ -` (as
/// [`KeyError::BadName`] says).
fn name_ok(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// A key command's failure with its exit code: 1 for a taken or unknown name, 2 otherwise.
fn fail(data: &DataSource, e: KeyError) -> Fail {
    match e {
        KeyError::NameTaken(_) | KeyError::NotFound(_) => Fail::findings(format!("{data}: {e}")),
        // This one names the database already (without a user or password).
        KeyError::Store(arvio_serve::ServeError::Store { .. }) | KeyError::BadName => {
            Fail::input(e.to_string())
        }
        _ => Fail::input(format!("{data}: {e}")),
    }
}
