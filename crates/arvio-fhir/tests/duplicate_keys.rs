//! A QuestionnaireResponse with a key given twice in one object is refused before import:
//! FHIR's JSON forbids it, and parsers disagree on which value wins.

use arvio_fhir::FhirError;
use arvio_fhir::response::{DUPLICATE_KEY, parse};

#[test]
fn a_key_twice_at_any_depth_is_refused_with_its_place_and_no_value() {
    let text = "{\"resourceType\": \"QuestionnaireResponse\", \"item\": [{\"linkId\": \"a\",\n\
                \"answer\": [{\"valueString\": \"Matti\", \"valueString\": \"Maija\"}]}]}";
    let err = parse(text).unwrap_err();
    assert_eq!(
        err,
        FhirError::Json {
            line: 2,
            column: 49,
            category: DUPLICATE_KEY
        }
    );
    assert_eq!(
        err.to_string(),
        "line 2, column 49: a key given twice in one object"
    );
    assert!(err.is_malformed());
    let once = "{\"resourceType\": \"QuestionnaireResponse\", \"item\": [{\"linkId\": \"a\",\n\
                \"answer\": [{\"valueString\": \"Maija\"}]}]}";
    assert!(parse(once).is_ok());
}
