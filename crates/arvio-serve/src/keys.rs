//! API keys for case-management systems: made, listed and revoked from the command line
//! (`arvio keys`), checked on every API request.
//!
//! A key is `arvio_<id>_<secret>`: `<id>` is 8 base64url characters (6 random bytes), the
//! key's public id, by which it is looked up; `<secret>` is 43 base64url characters (32
//! random bytes). The store keeps only the SHA-256 of the whole key, compared in constant
//! time; a key whose id is unknown is compared against a dummy hash, so that the time taken
//! does not tell whether an id exists.

use crate::store::{self, KeyRecord, StoreError};
use crate::{AppState, DataSource, Limits, ServeError};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

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

/// The key's prefix.
const PREFIX: &str = "arvio_";
/// Characters of the public id (6 bytes in base64url).
const ID_LEN: usize = 8;
/// Characters of the secret (32 bytes in base64url, unpadded).
const SECRET_LEN: usize = 43;
/// Characters of a whole key.
const KEY_LEN: usize = PREFIX.len() + ID_LEN + 1 + SECRET_LEN;

/// Whether `name` is 1 to 64 characters of `A-Z a-z 0-9 . _ -`.
pub(crate) fn name_ok(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

fn base64url_ok(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The public id of a key of the right shape, else `None`.
pub(crate) fn key_id(key: &str) -> Option<&str> {
    if key.len() != KEY_LEN || !key.starts_with(PREFIX) {
        return None;
    }
    let id = key.get(PREFIX.len()..PREFIX.len() + ID_LEN)?;
    let sep = key.get(PREFIX.len() + ID_LEN..PREFIX.len() + ID_LEN + 1)?;
    let secret = key.get(PREFIX.len() + ID_LEN + 1..)?;
    (sep == "_" && base64url_ok(id) && base64url_ok(secret)).then_some(id)
}

fn hash(key: &str) -> Vec<u8> {
    Sha256::digest(key.as_bytes()).to_vec()
}

/// What checking a presented key found.
pub(crate) enum Checked {
    /// A known key, not revoked: its name.
    Valid(String),
    /// Malformed, unknown, wrong or revoked.
    Invalid,
}

/// Checks a presented key against the store: the hash is compared in constant time, against
/// a dummy when the id is unknown (or the key malformed), so every refusal takes as long.
pub(crate) async fn check(state: &AppState, key: &str) -> Result<Checked, StoreError> {
    let presented = hash(key);
    let Some(id) = key_id(key) else {
        let _ = presented.ct_eq(&[0u8; 32]);
        return Ok(Checked::Invalid);
    };
    let found = state.store().key(id.to_string()).await?;
    let (stored, record) = match &found {
        Some(r) => (r.hash.as_slice(), Some(r)),
        None => (&[0u8; 32][..], None),
    };
    let equal: bool = presented.ct_eq(stored).into();
    Ok(match record {
        Some(r) if equal && r.revoked_at.is_none() => Checked::Valid(r.name.clone()),
        _ => Checked::Invalid,
    })
}

/// Adding a key found a store failure or a refusal.
enum AddError {
    Store(StoreError),
    Key(KeyError),
}

async fn add(state: &AppState, name: &str) -> Result<String, AddError> {
    if !name_ok(name) {
        return Err(AddError::Key(KeyError::BadName));
    }
    let mut bytes = [0u8; 6 + 32];
    getrandom::fill(&mut bytes).map_err(|_| AddError::Store(StoreError::Random))?;
    let id = store::base64url(&bytes[..6]);
    let key = format!("{PREFIX}{id}_{}", store::base64url(&bytes[6..]));
    let record = KeyRecord {
        name: name.to_string(),
        key_id: id,
        hash: hash(&key),
        created_at: store::rfc3339(state.now()),
        revoked_at: None,
    };
    match state.store().add_key(record).await {
        Ok(true) => Ok(key),
        Ok(false) => Err(AddError::Key(KeyError::NameTaken(name.to_string()))),
        Err(e) => Err(AddError::Store(e)),
    }
}

async fn revoke(state: &AppState, name: &str) -> Result<(), AddError> {
    match state
        .store()
        .revoke_key(name.to_string(), store::rfc3339(state.now()))
        .await
    {
        Ok(true) => Ok(()),
        Ok(false) => Err(AddError::Key(KeyError::NotFound(name.to_string()))),
        Err(e) => Err(AddError::Store(e)),
    }
}

impl AppState {
    /// Makes an API key named `name` in this state's store; returns the key. For tests and
    /// embedding ([`create_key`] is the command line's way).
    #[doc(hidden)]
    pub async fn add_api_key(&self, name: &str) -> Result<String, KeyError> {
        add(self, name).await.map_err(in_memory_error)
    }

    /// Revokes the API key named `name` in this state's store (for tests; see
    /// [`revoke_key`]).
    #[doc(hidden)]
    pub async fn revoke_api_key(&self, name: &str) -> Result<(), KeyError> {
        revoke(self, name).await.map_err(in_memory_error)
    }
}

/// A key error of a state whose data source is not at hand.
fn in_memory_error(e: AddError) -> KeyError {
    match e {
        AddError::Key(k) => k,
        AddError::Store(source) => KeyError::Store(ServeError::Store {
            data: DataSource::Sqlite("(the server's store)".into()),
            source,
        }),
    }
}

/// Runs `f` over the state of `data` on a runtime of its own.
fn with_state<T>(
    data: &DataSource,
    f: impl AsyncFnOnce(&AppState) -> Result<T, AddError>,
) -> Result<T, KeyError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(ServeError::Io)?;
    let failed = |source| {
        KeyError::Store(ServeError::Store {
            data: data.clone(),
            source,
        })
    };
    runtime.block_on(async {
        let state = AppState::connect(data, &Limits::default())?;
        state.ready().await.map_err(failed)?;
        f(&state).await.map_err(|e| match e {
            AddError::Key(k) => k,
            AddError::Store(s) => failed(s),
        })
    })
}

/// Makes a key named `name` in `data`; returns the key (shown once: only its hash is kept).
pub fn create_key(data: &DataSource, name: &str) -> Result<String, KeyError> {
    if !name_ok(name) {
        return Err(KeyError::BadName);
    }
    with_state(data, async |state| add(state, name).await)
}

/// Every key in `data`, by name.
pub fn list_keys(data: &DataSource) -> Result<Vec<KeyInfo>, KeyError> {
    with_state(data, async |state| {
        let keys = state.store().keys().await.map_err(AddError::Store)?;
        Ok(keys
            .into_iter()
            .map(|k| KeyInfo {
                name: k.name,
                created_at: k.created_at,
                revoked_at: k.revoked_at,
            })
            .collect())
    })
}

/// Revokes the key named `name`: API requests with it get `401` from then on.
pub fn revoke_key(data: &DataSource, name: &str) -> Result<(), KeyError> {
    with_state(data, async |state| revoke(state, name).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_have_their_shape_and_names_are_checked() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let state = AppState::in_memory().unwrap();
        let key = rt.block_on(state.add_api_key("case-system_1.0")).unwrap();
        assert_eq!(key.len(), KEY_LEN);
        assert_eq!(key.len(), 58);
        let id = key_id(&key).unwrap();
        assert_eq!(id.len(), 8);
        assert!(matches!(
            rt.block_on(check(&state, &key)).unwrap(),
            Checked::Valid(n) if n == "case-system_1.0"
        ));
        let mut wrong = key.clone();
        wrong.replace_range(57.., if key.ends_with('A') { "B" } else { "A" });
        assert!(matches!(
            rt.block_on(check(&state, &wrong)).unwrap(),
            Checked::Invalid
        ));
        assert!(matches!(
            rt.block_on(state.add_api_key("case-system_1.0")),
            Err(KeyError::NameTaken(_))
        ));
        for bad in ["", "a b", "ä", &"x".repeat(65)] {
            assert!(matches!(
                rt.block_on(state.add_api_key(bad)),
                Err(KeyError::BadName)
            ));
        }
        assert!(name_ok(&"x".repeat(64)));
        assert_eq!(key_id("arvio_short"), None);
        assert_eq!(key_id(&key.replace("arvio_", "arvia_")), None);
    }
}
