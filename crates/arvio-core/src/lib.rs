//! # arvio-core
//!
//! Typed assessment forms for Finnish family social services: the form model, form files
//! (TOML), response validation, scoring with interpretation bands, and the renderer trait.
//!
//! The core does no IO beyond reading a form file it is asked to ([`load_form`]) and knows no
//! output format and no Fluent: renderers and the localizer live in their own crates.
//!
//! ```
//! use arvio_core::{validate, score, Response};
//! use arvio_forms::builtin;
//!
//! let form = builtin("family-self-assessment").unwrap();
//! let json = include_str!("../../../examples/responses/family-self-assessment-fi.json");
//! let response = Response::from_json(json).unwrap();
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! let checked = validate(&form, &response, today);
//! assert!(checked.is_valid(), "{:?}", checked.errors);
//! let report = score(&form, &checked.answers);
//! let routines = report.get("routines").unwrap();
//! assert!(routines.value.is_some());
//! ```

pub mod chars;
pub mod limits;
pub mod load;
pub mod migrate;
pub mod model;
pub mod read;
pub mod render;
pub mod response;
#[cfg(feature = "sample")]
pub mod sample;
pub mod score;
pub mod validate;

pub use load::{Finding, FindingKind, FormError, Location, load_form, parse_form};
pub use migrate::{FormVersions, MigrationReport, migrate};
pub use model::{Audience, CopyFor, Form, Part, Question, QuestionKind, Section};
pub use read::{ValidatedResponse, validate_json};
pub use response::{AnswerPath, AnswerValue, Response, ResponseParseError, Status};
pub use score::{Completeness, ScoreReport, ScoreResult, score};
pub use validate::{
    Answer, Answers, ErrorKind, Validation, ValidationError, validate, validate_part,
};

/// Re-exported so renderers depend on one crate for dates.
pub use chrono;
/// Re-exported: [`Form::version`] is a [`semver::Version`].
pub use semver;
