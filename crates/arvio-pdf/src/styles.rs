//! The type scale shared by the blank form and the summary.

use crate::layout::{Ink, Style};

/// Document title.
pub(crate) const TITLE: Style = Style::new(18.0, true, Ink::Accent);
/// Line under the title.
pub(crate) const SUBTITLE: Style = Style::new(10.5, false, Ink::Muted);
/// Section heading.
pub(crate) const HEADING: Style = Style::new(13.0, true, Ink::Accent);
/// Question label.
pub(crate) const LABEL: Style = Style::new(10.0, true, Ink::Text);
/// Question number.
pub(crate) const LABEL_NUM: Style = Style::new(10.0, true, Ink::Muted);
/// Body text and answers.
pub(crate) const BODY: Style = Style::new(10.0, false, Ink::Text);
/// Information blocks.
pub(crate) const INFO: Style = Style::new(9.5, false, Ink::Text);
/// Help under a label.
pub(crate) const HELP: Style = Style::new(8.5, false, Ink::Muted);
/// "Required", "Select one".
pub(crate) const HINT: Style = Style::new(8.0, false, Ink::Muted);
/// "Answer this if ..." notes.
pub(crate) const NOTE: Style = Style::new(8.5, false, Ink::Accent);
/// Small text.
pub(crate) const SMALL: Style = Style::new(8.0, false, Ink::Text);
/// Small secondary text.
pub(crate) const SMALL_MUTED: Style = Style::new(8.0, false, Ink::Muted);
/// Table header cells.
pub(crate) const TABLE_HEAD: Style = Style::new(8.5, true, Ink::Text);
/// Table cells.
pub(crate) const CELL: Style = Style::new(9.0, false, Ink::Text);
/// Footer.
pub(crate) const FOOTER: Style = Style::new(8.0, false, Ink::Muted);
/// Secondary body text ("Not answered").
pub(crate) const BODY_MUTED: Style = Style::new(10.0, false, Ink::Muted);
/// Secondary table cells.
pub(crate) const CELL_MUTED: Style = Style::new(9.0, false, Ink::Muted);
/// Emphasised table cells (score values).
pub(crate) const CELL_BOLD: Style = Style::new(9.0, true, Ink::Text);
/// Flagged table cells (overdue deadlines).
pub(crate) const CELL_WARN: Style = Style::new(9.0, true, Ink::Warn);
/// The note on replaced characters.
pub(crate) const WARN_NOTE: Style = Style::new(8.5, false, Ink::Warn);
/// Whose copy, above a summary's title, and the confidentiality mark beside it.
pub(crate) const STAMP: Style = Style::new(9.0, true, Ink::Accent);
/// A mark under a question's label ("Filled in by the worker", "Private").
pub(crate) const MARKER: Style = Style::new(8.0, true, Ink::Muted);
/// A small heading (the record's, in the information box).
pub(crate) const SMALL_HEAD: Style = Style::new(8.5, true, Ink::Muted);
