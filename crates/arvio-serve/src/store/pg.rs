//! PostgreSQL back end (stub: to be written).

use super::{
    AssessmentRow, AuditEntry, KeyRecord, NewAssessment, NewAudit, Settings, StoreError, Stored,
    WorkerWrite, Write,
};

/// The SQLSTATE code (or kind of failure) of a PostgreSQL error, never its message.
pub(super) fn describe(_e: &tokio_postgres::Error) -> String {
    "error".to_string()
}

/// A metrics label for a PostgreSQL error.
pub(super) fn label(_e: &tokio_postgres::Error) -> &'static str {
    "other"
}

/// Whether a PostgreSQL error is worth a retry.
pub(super) fn is_busy(_e: &tokio_postgres::Error) -> bool {
    false
}

pub(crate) struct Pg {}

const TODO: StoreError = StoreError::Pool("not implemented");

#[allow(clippy::unused_async, unused_variables)]
impl Pg {
    pub fn new(url: &str, schema: Option<&str>, settings: Settings) -> Result<Pg, StoreError> {
        Err(TODO)
    }
    pub async fn ready(&self) -> Result<(), StoreError> {
        Err(TODO)
    }
    pub async fn expire(&self) -> Result<usize, StoreError> {
        Err(TODO)
    }
    pub async fn ping(&self) -> Result<(), StoreError> {
        Err(TODO)
    }
    pub async fn insert(
        &self,
        form: &str,
        status: &str,
        body: &str,
        once: Option<&str>,
    ) -> Result<Write, StoreError> {
        Err(TODO)
    }
    pub async fn update(
        &self,
        token: &str,
        revision: i64,
        status: &str,
        body: &str,
        now: &str,
    ) -> Result<Write, StoreError> {
        Err(TODO)
    }
    pub async fn get(&self, token: &str) -> Result<Option<Stored>, StoreError> {
        Err(TODO)
    }
    pub async fn create(&self, new: &NewAssessment) -> Result<(), StoreError> {
        Err(TODO)
    }
    pub async fn assessment(&self, id: &str) -> Result<Option<AssessmentRow>, StoreError> {
        Err(TODO)
    }
    pub async fn write_worker(
        &self,
        id: &str,
        revision: i64,
        body: &str,
        actor: &str,
        now: &str,
    ) -> Result<WorkerWrite, StoreError> {
        Err(TODO)
    }
    pub async fn revoke(&self, id: &str, actor: &str, now: &str) -> Result<bool, StoreError> {
        Err(TODO)
    }
    pub async fn delete(&self, id: &str, actor: &str, now: &str) -> Result<bool, StoreError> {
        Err(TODO)
    }
    pub async fn record(&self, entry: &NewAudit, now: &str) -> Result<(), StoreError> {
        Err(TODO)
    }
    pub async fn audit(&self, id: &str) -> Result<Vec<AuditEntry>, StoreError> {
        Err(TODO)
    }
    pub async fn add_key(&self, key: &KeyRecord) -> Result<bool, StoreError> {
        Err(TODO)
    }
    pub async fn keys(&self) -> Result<Vec<KeyRecord>, StoreError> {
        Err(TODO)
    }
    pub async fn revoke_key(&self, name: &str, now: &str) -> Result<bool, StoreError> {
        Err(TODO)
    }
    pub async fn key(&self, key_id: &str) -> Result<Option<KeyRecord>, StoreError> {
        Err(TODO)
    }
}
