//! # arvio-forms
//!
//! The built-in forms of arvio and the rules that only they need. The engine
//! ([`arvio_core`]) knows no statute; this crate holds:
//!
//! - [`builtin`](mod@builtin): every version of the three built-in forms, embedded from the
//!   top-level `forms/` folder (`forms/ID.toml` is the newest, `forms/ID@VERSION.toml` an
//!   archived one);
//! - [`deadlines`]: the statutory deadlines of the service-need assessment (SHL 36 §,
//!   LSL 26 §) and the Finnish holiday calendar they are counted with;
//! - [`versions`]: the versions of a built-in or custom form as one set, to find the version
//!   a response was filled in and to migrate responses between versions;
//! - [`compare`]: the start-versus-review comparison of the family self-assessment (scores,
//!   goals, goal attainment);
//! - [`blocks`]: these rules as prepared, localized tables and charts that every renderer lays
//!   out ([`arvio_core::render::view::Block`]).
//!
//! ```
//! use arvio_forms::builtin;
//! use arvio_core::{Response, validate};
//!
//! let form = builtin("family-self-assessment").unwrap();
//! let json = include_str!("../../../examples/responses/family-self-assessment-fi.json");
//! let response = Response::from_json(json).unwrap();
//! let today = arvio_core::chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! assert!(validate(&form, &response, today).is_valid());
//! ```

pub mod blocks;
pub mod builtin;
pub mod compare;
pub mod deadlines;
pub mod versions;

pub use builtin::{
    FormSpec, FormSpecError, builtin, builtin_files, builtin_ids, builtin_source, builtin_version,
    builtin_version_source, builtin_versions, for_response, try_builtin,
};
