//! API keys for case-management systems: made, listed and revoked from the command line
//! (`arvio keys`), checked on every API request. (Stub: to be written.)

use crate::DataSource;

/// An API key as listed: never the key itself, nor its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyInfo {
    /// The key's name (who uses it: it is what the audit log records).
    pub name: String,
    /// When it was made (RFC 3339, UTC).
    pub created_at: String,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
}

/// Why a key command failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// The store could not be opened or failed.
    #[error("{0}")]
    Store(#[from] crate::ServeError),
    /// A key of that name exists already.
    #[error("a key named `{0}` exists already")]
    NameTaken(String),
    /// No key (not yet revoked) of that name.
    #[error("no key named `{0}`")]
    NotFound(String),
    /// The name is not 1 to 64 characters of `A-Z a-z 0-9 . _ -`.
    #[error("a key's name is 1 to 64 characters of A-Z, a-z, 0-9, `.`, `_` and `-`")]
    BadName,
}

/// Makes a key named `name` in `data`; returns the key (shown once: only its hash is kept).
pub fn create_key(_data: &DataSource, name: &str) -> Result<String, KeyError> {
    Err(KeyError::NotFound(name.to_string()))
}

/// Every key in `data`, by name.
pub fn list_keys(_data: &DataSource) -> Result<Vec<KeyInfo>, KeyError> {
    Ok(Vec::new())
}

/// Revokes the key named `name`: API requests with it get `401` from then on.
pub fn revoke_key(_data: &DataSource, name: &str) -> Result<(), KeyError> {
    Err(KeyError::NotFound(name.to_string()))
}
