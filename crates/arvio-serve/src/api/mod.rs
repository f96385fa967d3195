//! The JSON API for case-management systems (`/api/v1`): to be written.

use crate::AppState;
use axum::Router;

/// The API's routes, under `/api/v1`.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
}
