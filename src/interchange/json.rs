//! Reading and writing format v1 as JSON. Reading checks `format` and `version` before the shape,
//! so a file from a newer Tactful says so instead of listing its new fields as unknown.

use std::path::Path;

use serde::Deserialize;
use serde::de::IgnoredAny;

use super::{CollectionFile, FORMAT_NAME, FORMAT_VERSION, ImportError, Problem};

#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
    #[serde(flatten)]
    _rest: std::collections::HashMap<String, IgnoredAny>,
}

/// Parses `text` (the contents of `file`) as a collection file; errors carry the JSON path and the
/// line and column.
pub fn parse(file: &Path, text: &str) -> Result<CollectionFile, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header: Header = serde_json::from_str(text).map_err(|error| syntax_error(file, "", &error))?;
    match header.format.as_ref().and_then(|value| value.as_str()) {
        Some(FORMAT_NAME) => {}
        Some(other) => {
            return Err(ImportError::single(file, "format", format!("expected \"{FORMAT_NAME}\", found {other:?}")));
        }
        None => {
            return Err(ImportError::single(
                file,
                "format",
                format!("missing; a collection file starts with \"format\": \"{FORMAT_NAME}\""),
            ));
        }
    }
    match header.version.as_ref().and_then(|value| value.as_u64()) {
        Some(version) if version == u64::from(FORMAT_VERSION) => {}
        Some(version) => {
            return Err(ImportError::single(
                file,
                "version",
                format!(
                    "version {version} is not supported; this Tactful reads version {FORMAT_VERSION} (a newer Tactful may have written it)"
                ),
            ));
        }
        None => {
            return Err(ImportError::single(file, "version", "missing or not a whole number"));
        }
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        syntax_error(file, if path == "." { "" } else { &path }, &inner)
    })
}

/// A collection file whose phrases are kept as JSON values, so each can be read on its own.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LooseFile {
    format: String,
    version: u32,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    situations: Vec<super::SituationEntry>,
    #[serde(default)]
    phrases: Vec<serde_json::Value>,
}

/// Parses `text` as [`parse`] does, but a phrase whose shape is wrong (an unknown field, a
/// wrong type) is left out and returned as a problem at its JSON path instead of refusing the
/// file. What is wrong with the file itself — not JSON, wrong format or version, a bad
/// situation — still refuses it, with [`parse`]'s message.
///
/// Returns the file (its good phrases), for each phrase kept its place in the file
/// (`phrases[7]`), and the phrases left out.
pub fn parse_entries(file: &Path, text: &str) -> Result<(CollectionFile, Vec<String>, Vec<Problem>), ImportError> {
    let whole_error = match parse(file, text) {
        Ok(parsed) => {
            let places = (0..parsed.phrases.len()).map(|index| format!("phrases[{index}]")).collect();
            return Ok((parsed, places, Vec::new()));
        }
        Err(error) => error,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Ok(loose) = serde_json::from_str::<LooseFile>(text) else {
        return Err(whole_error);
    };
    if loose.format != FORMAT_NAME || loose.version != FORMAT_VERSION {
        return Err(whole_error);
    }
    let mut skipped = Vec::new();
    let mut phrases = Vec::with_capacity(loose.phrases.len());
    let mut places = Vec::with_capacity(loose.phrases.len());
    for (index, value) in loose.phrases.into_iter().enumerate() {
        match serde_path_to_error::deserialize::<_, super::PhraseEntry>(value) {
            Ok(phrase) => {
                phrases.push(phrase);
                places.push(format!("phrases[{index}]"));
            }
            Err(error) => {
                let path = error.path().to_string();
                let location =
                    if path == "." { format!("phrases[{index}]") } else { format!("phrases[{index}].{path}") };
                skipped.push(Problem { location, reason: error.into_inner().to_string() });
            }
        }
    }
    let parsed = CollectionFile {
        format: loose.format,
        version: loose.version,
        name: loose.name,
        description: loose.description,
        situations: loose.situations,
        phrases,
    };
    Ok((parsed, places, skipped))
}

fn syntax_error(file: &Path, path: &str, error: &serde_json::Error) -> ImportError {
    let message = error.to_string();
    // serde_json appends " at line L column C"; we restate the position in our own words.
    let reason = message.split(" at line ").next().unwrap_or(&message).to_owned();
    let position = format!("line {}, column {}", error.line(), error.column());
    let location = if path.is_empty() { position } else { format!("{path} ({position})") };
    ImportError::Invalid { file: file.to_path_buf(), problems: vec![Problem { location, reason }] }
}

/// Writes a collection file the deterministic way: the struct's key order, two-space indent,
/// trailing newline. Callers sort the contents.
pub fn to_string(file: &CollectionFile) -> String {
    let mut text = serde_json::to_string_pretty(file).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems_of(text: &str) -> Vec<Problem> {
        match parse(Path::new("team.json"), text) {
            Err(ImportError::Invalid { problems, .. }) => problems,
            other => panic!("expected an invalid file, got {other:?}"),
        }
    }

    #[test]
    fn minimal_file_parses_with_defaults() {
        let file = parse(
            Path::new("a.json"),
            r#"{"format":"tactful.collection","version":1,"phrases":[{"situation":"s","lang":"en","text":"Hi"}]}"#,
        )
        .expect("valid");
        assert_eq!(file.phrases.len(), 1);
        assert_eq!(file.phrases[0].status, crate::model::Status::Draft);
    }

    #[test]
    fn unknown_field_is_reported_with_its_path() {
        let problems = problems_of(
            r#"{"format":"tactful.collection","version":1,"phrases":[{"situation":"s","lang":"en","text":"a"},{"situation":"s","lnag":"en","text":"b"}]}"#,
        );
        assert!(problems[0].location.starts_with("phrases[1]"), "{problems:?}");
        assert!(problems[0].reason.contains("unknown field `lnag`"), "{problems:?}");
    }

    #[test]
    fn wrong_type_names_the_field() {
        let problems = problems_of(
            r#"{"format":"tactful.collection","version":1,"phrases":[{"situation":"s","lang":"en","text":"a","tags":"call"}]}"#,
        );
        assert!(problems[0].location.starts_with("phrases[0].tags"), "{problems:?}");
    }

    #[test]
    fn syntax_error_gives_line_and_column() {
        let problems = problems_of("{\n  \"format\": \"tactful.collection\",\n  \"version\": 1,\n  \"phrases\": [\n}");
        assert!(problems[0].location.contains("line 5"), "{problems:?}");
    }

    #[test]
    fn newer_version_is_refused_by_name() {
        let problems = problems_of(r#"{"format":"tactful.collection","version":2,"phrases":[],"new_thing":1}"#);
        assert_eq!(problems[0].location, "version");
        assert!(problems[0].reason.contains("version 2 is not supported"));
    }

    #[test]
    fn other_formats_are_refused() {
        let problems = problems_of(r#"{"format":"espanso","version":1}"#);
        assert_eq!(problems[0].location, "format");
        let problems = problems_of(r#"[1,2]"#);
        assert!(problems[0].location.contains("line 1"), "{problems:?}");
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        assert!(parse(Path::new("a.json"), "\u{feff}{\"format\":\"tactful.collection\",\"version\":1}").is_ok());
    }
}
