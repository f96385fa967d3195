//! Responses and drafts in SQLite, under unguessable tokens, with a revision counter.

use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;

/// Why the store failed. Carries no answer content.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// SQLite reported an error (opening, creating the table, reading or writing).
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The system random number generator failed.
    #[error("no randomness available for a token")]
    Random,
}

/// What a write found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Write {
    /// Written; the new revision.
    Ok(i64),
    /// The stored revision is newer than the one the page was made from.
    Stale,
    /// No response under that token.
    Missing,
}

/// A stored response.
pub(crate) struct Stored {
    pub form: String,
    pub revision: i64,
    /// `draft` or `submitted`, as written with the body.
    pub status: String,
    pub body: String,
}

pub(crate) struct Store {
    conn: Connection,
}

/// A new token: 128 random bits, URL-safe base64 without padding (22 characters).
pub(crate) fn new_token() -> Result<String, StoreError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|_| StoreError::Random)?;
    Ok(base64url(&bytes))
}

/// Whether `s` looks like a token ([`new_token`]'s shape), checked before any lookup.
pub(crate) fn is_token(s: &str) -> bool {
    s.len() == 22
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn base64url(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

impl Store {
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Self::init(Connection::open(path)?)
    }

    pub fn in_memory() -> Result<Store, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store, StoreError> {
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA secure_delete = ON;
             CREATE TABLE IF NOT EXISTS responses (
                 token      TEXT PRIMARY KEY,
                 form       TEXT NOT NULL,
                 revision   INTEGER NOT NULL,
                 status     TEXT NOT NULL,
                 body       TEXT NOT NULL,
                 updated_at TEXT NOT NULL DEFAULT (datetime('now'))
             );",
        )?;
        Ok(Store { conn })
    }

    /// Stores a new response under a new token, at revision 1.
    pub fn insert(
        &self,
        form: &str,
        status: &str,
        body: &str,
    ) -> Result<(String, i64), StoreError> {
        let token = new_token()?;
        self.conn.execute(
            "INSERT INTO responses (token, form, revision, status, body) VALUES (?1, ?2, 1, ?3, ?4)",
            params![token, form, status, body],
        )?;
        Ok((token, 1))
    }

    /// Replaces the response under `token` if it is still at `revision` and not yet sent (a
    /// sent response is final; a write to it counts as stale).
    pub fn update(
        &self,
        token: &str,
        revision: i64,
        status: &str,
        body: &str,
    ) -> Result<Write, StoreError> {
        let changed = self.conn.execute(
            "UPDATE responses SET revision = revision + 1, status = ?3, body = ?4,
                 updated_at = datetime('now')
             WHERE token = ?1 AND revision = ?2 AND status != 'submitted'",
            params![token, revision, status, body],
        )?;
        if changed == 1 {
            return Ok(Write::Ok(revision + 1));
        }
        let exists: Option<i64> = self
            .conn
            .query_row(
                "SELECT revision FROM responses WHERE token = ?1",
                params![token],
                |r| r.get(0),
            )
            .optional()?;
        Ok(if exists.is_some() {
            Write::Stale
        } else {
            Write::Missing
        })
    }

    pub fn get(&self, token: &str) -> Result<Option<Stored>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT form, revision, status, body FROM responses WHERE token = ?1",
                params![token],
                |r| {
                    Ok(Stored {
                        form: r.get(0)?,
                        revision: r.get(1)?,
                        status: r.get(2)?,
                        body: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_128_bit_url_safe_and_distinct() {
        let tokens: std::collections::BTreeSet<String> =
            (0..1000).map(|_| new_token().unwrap()).collect();
        assert_eq!(tokens.len(), 1000);
        assert!(tokens.iter().all(|t| t.len() == 22 && is_token(t)));
        // 16 bytes: the last character carries 2 bits, so it is one of four.
        assert!(tokens.iter().all(|t| t.ends_with(['A', 'Q', 'g', 'w'])));
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert!(!is_token("../../etc/passwd"));
    }

    #[test]
    fn stale_writes_are_refused() {
        let s = Store::in_memory().unwrap();
        let (t, r1) = s.insert("f", "draft", "{}").unwrap();
        assert_eq!(r1, 1);
        assert_eq!(s.update(&t, 1, "draft", "{\"a\":1}").unwrap(), Write::Ok(2));
        assert_eq!(
            s.update(&t, 1, "draft", "{\"old\":1}").unwrap(),
            Write::Stale
        );
        assert_eq!(s.get(&t).unwrap().unwrap().body, "{\"a\":1}");
        assert_eq!(s.update("x", 1, "draft", "{}").unwrap(), Write::Missing);
    }
}
