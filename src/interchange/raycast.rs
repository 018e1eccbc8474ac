//! Raycast's snippets export: a JSON list of `{ "name", "text", "keyword" }` (Raycast's
//! "Export Snippets" writes it; "Import Snippets" reads the same shape). Dynamic placeholders:
//! `{clipboard}` (with or without an offset) and `{argument name="…"}` become fill-ins,
//! `{cursor}` is removed; `{date}`, `{time}`, `{uuid}`, `{snippet name="…"}`, `{selection}`,
//! `{browser-tab}` and the rest stay as text and are reported.

use std::path::Path;

use serde_json::Value;

use super::snippets::{self, Mapped, Snippet, Tool};
use super::{Converted, ImportError, Problem, ReadOptions};

/// The value of `key="value"` (or `key=value`) inside a placeholder.
pub fn attribute<'a>(inside: &'a str, key: &str) -> Option<&'a str> {
    let start = inside.find(&format!("{key}="))? + key.len() + 1;
    let rest = &inside[start..];
    if let Some(quoted) = rest.strip_prefix('"') {
        quoted.split('"').next()
    } else {
        rest.split([' ', ';', ':']).next()
    }
}

/// Raycast's `{…}` placeholders in Tactful's terms.
pub fn convert_text(text: &str) -> (String, Vec<String>) {
    snippets::convert_commands(text, "", |inside| {
        let command = inside.split([' ', ':']).next().unwrap_or_default();
        match command {
            "clipboard" => Mapped::Fill("clipboard".into()),
            "cursor" => Mapped::Cursor,
            "argument" => Mapped::Fill(snippets::fill_name(attribute(inside, "name").unwrap_or("argument"))),
            _ => Mapped::Keep("is a Raycast placeholder Tactful does not run"),
        }
    })
}

/// Reads a Raycast snippets export.
pub fn parse(file: &Path, text_in: &str, name: String, options: &ReadOptions) -> Result<Converted, ImportError> {
    let root: Value = serde_json::from_str(text_in.strip_prefix('\u{feff}').unwrap_or(text_in)).map_err(|error| {
        ImportError::single(
            file,
            format!("line {}, column {}", error.line(), error.column()),
            format!("not valid JSON: {error}"),
        )
    })?;
    let (list, prefix) = match &root {
        Value::Array(list) => (list, ""),
        Value::Object(object) => match object.get("snippets").and_then(Value::as_array) {
            Some(list) => (list, "snippets"),
            None => return Err(ImportError::single(file, "", "a Raycast export is a list of snippets")),
        },
        _ => return Err(ImportError::single(file, "", "a Raycast export is a list of snippets")),
    };
    let mut notes = Vec::new();
    let mut skipped = Vec::new();
    let mut snippets_read = Vec::with_capacity(list.len());
    for (index, entry) in list.iter().enumerate() {
        let place = format!("{prefix}[{index}]");
        let Some(body) = entry.get("text").and_then(Value::as_str) else {
            skipped.push(Problem { location: place, reason: "has no `text`".into() });
            continue;
        };
        let (converted, messages) = convert_text(body);
        notes.extend(snippets::notes_at(&place, messages));
        let field = |key: &str| entry.get(key).and_then(Value::as_str).map(str::to_owned);
        snippets_read.push(Snippet {
            place,
            name: field("name"),
            keyword: field("keyword"),
            text: converted,
            ..Snippet::default()
        });
    }
    Ok(snippets::build(Tool::Raycast, snippets_read, name, options, notes, skipped))
}
