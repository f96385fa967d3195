//! Size bounds of forms and of the files arvio reads.
//!
//! A form file decides how much a renderer draws: a group's blank rows, a text field's length,
//! the options of a question, the points of a scale. [`crate::parse_form`] refuses a form that
//! goes beyond any bound below, each time with a [`crate::FindingKind::TooLarge`] at the
//! offending value (`file:line:column`), so no form that loads makes a renderer (or validation,
//! or the phrasing of conditions) allocate or recurse without bound. `arvio lint` reports the
//! same findings.
//!
//! The bounds are far above every built-in form (the largest has 116 questions, 14 sections,
//! 12 options on one question, groups of at most 20 rows, texts of at most 8,000 characters,
//! conditions nested 4 deep, ids of at most 30 characters and message ids of at most 37): they
//! stop a mistyped or hostile file, not a form people fill in.

/// Most rows a group may allow (`max_rows`; `min_rows` is at most `max_rows`). The default
/// `max_rows` is 50.
pub const MAX_ROWS: u32 = 100;

/// Most characters a text question may allow (`max_length`).
pub const MAX_TEXT_LENGTH: u32 = 100_000;

/// Most options of one choice question. A multiple-choice question's `min` and `max`
/// selections are at most its number of options.
pub const MAX_OPTIONS: usize = 200;

/// Most points of a scale (`max - min + 1`).
pub const MAX_SCALE_POINTS: i64 = 101;

/// Most questions in a form, counting the sub-questions of groups and the information blocks.
/// The synthetic forms of the benchmarks go up to exactly this many.
pub const MAX_QUESTIONS: usize = 10_000;

/// Most sections in a form.
pub const MAX_SECTIONS: usize = 1_000;

/// Most scores in a form.
pub const MAX_SCORES: usize = 1_000;

/// Most interpretation bands of one score, and most overrides of one score.
pub const MAX_BANDS: usize = 100;

/// Deepest nesting of a condition (`all`, `any`, `not`, `any_row`'s `where`): a plain test is
/// depth 1, `{ not = { question = ... } }` depth 2.
pub const MAX_CONDITION_DEPTH: usize = 16;

/// Most conditions in one `all` or `any` list, and most values in one `one_of`.
pub const MAX_CONDITION_TERMS: usize = 200;

/// Longest id, in bytes: form, section, question and score ids, option and band codes.
pub const MAX_ID_LENGTH: usize = 64;

/// Longest Fluent message id (labels, titles, help texts), in bytes.
pub const MAX_MESSAGE_ID_LENGTH: usize = 128;

/// Most bytes read from one file: a form file here ([`crate::load_form`]); the `arvio` command
/// reads every input (responses, forms, locale files, FHIR resources) with the same cap. A
/// larger file is refused as unreadable, whatever it holds.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// [`MAX_FILE_BYTES`] in words, for messages: `16 MiB`.
pub const MAX_FILE_SIZE_TEXT: &str = "16 MiB";

/// Reads at most [`MAX_FILE_BYTES`] from `reader` (one byte more to tell a file of exactly
/// the cap from a larger one). `Ok(None)` when there was more: the input is too large.
pub fn read_capped(reader: impl std::io::Read) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= MAX_FILE_BYTES).then_some(bytes))
}

/// Why a file could not be read whole ([`read_file`]).
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read; shown as the kind of failure (`entity not
    /// found`), which names nothing of the file's content.
    #[error("{}", .0.kind())]
    Io(std::io::Error),
    /// The file is larger than [`MAX_FILE_BYTES`] (or endless, such as `/dev/zero`).
    #[error("{}", too_large_message())]
    TooLarge,
}

impl From<ReadError> for std::io::Error {
    /// An IO error as it was; a file too large as [`std::io::ErrorKind::FileTooLarge`] with
    /// the cap in its message.
    fn from(e: ReadError) -> std::io::Error {
        match e {
            ReadError::Io(e) => e,
            ReadError::TooLarge => {
                std::io::Error::new(std::io::ErrorKind::FileTooLarge, too_large_message())
            }
        }
    }
}

/// Reads the file at `path` whole, if it holds at most [`MAX_FILE_BYTES`]: the one way arvio
/// reads a form, locale or input file.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>, ReadError> {
    std::fs::File::open(path)
        .and_then(read_capped)
        .map_err(ReadError::Io)?
        .ok_or(ReadError::TooLarge)
}

/// The message for an input larger than [`MAX_FILE_BYTES`]: `larger than 16 MiB; arvio reads
/// at most 16 MiB from one input`.
pub fn too_large_message() -> String {
    format!(
        "larger than {MAX_FILE_SIZE_TEXT}; arvio reads at most {MAX_FILE_SIZE_TEXT} from one input"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn the_file_size_text_says_the_cap() {
        assert_eq!(MAX_FILE_BYTES, 16 << 20);
        assert_eq!(
            too_large_message(),
            "larger than 16 MiB; arvio reads at most 16 MiB from one input"
        );
    }

    #[test]
    fn read_capped_reads_the_cap_and_refuses_one_byte_more() {
        let exact = std::io::repeat(b'x').take(MAX_FILE_BYTES);
        assert_eq!(
            read_capped(exact).unwrap().map(|b| b.len() as u64),
            Some(MAX_FILE_BYTES)
        );
        // An endless reader ends at the cap.
        assert_eq!(read_capped(std::io::repeat(0)).unwrap(), None);
    }
}
