//! Beeftext's combo list: `comboList.json` (an object with `combos` and `groups`; each combo has
//! a `uuid`, `name`, `keyword`, `snippet` and the `uuid` of its `group`) and the CSV Beeftext
//! exports and imports (no header; keyword, snippet, then optionally name and description).
//! Variables: `#{clipboard}` and `#{input:label}` map to fill-ins, `#{cursor}` is removed, every
//! other variable (dates, `#{combo:…}`, `#{key:…}`, `#{envVar:…}`, `#{powershell:…}`…) stays as
//! text and is reported.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use super::snippets::{self, Mapped, Snippet, Tool};
use super::{Converted, ImportError, Problem, ReadOptions};

/// Beeftext's `#{…}` variables in Tactful's terms.
pub fn convert_text(text: &str) -> (String, Vec<String>) {
    snippets::convert_commands(text, "#", |inside| {
        let (command, argument) = inside.split_once(':').unwrap_or((inside, ""));
        match command.trim() {
            "clipboard" => Mapped::Fill("clipboard".into()),
            "cursor" => Mapped::Cursor,
            "input" => Mapped::Fill(snippets::fill_name(if argument.is_empty() { "input" } else { argument })),
            _ => Mapped::Keep("is a Beeftext variable Tactful does not run"),
        }
    })
}

fn text(value: &Value, key: &str) -> Option<String> {
    value.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Reads `comboList.json`.
pub fn parse_json(file: &Path, text_in: &str, name: String, options: &ReadOptions) -> Result<Converted, ImportError> {
    let root: Value = serde_json::from_str(text_in.strip_prefix('\u{feff}').unwrap_or(text_in)).map_err(|error| {
        ImportError::single(
            file,
            format!("line {}, column {}", error.line(), error.column()),
            format!("not valid JSON: {error}"),
        )
    })?;
    let Some(combos) = root.get("combos").and_then(Value::as_array) else {
        return Err(ImportError::single(file, "combos", "missing or not a list; a Beeftext combo list has one"));
    };
    let groups: HashMap<String, String> = root
        .get("groups")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|group| Some((text(group, "uuid")?, text(group, "name")?)))
        .collect();
    let mut notes = Vec::new();
    let mut skipped = Vec::new();
    let mut list = Vec::with_capacity(combos.len());
    for (index, combo) in combos.iter().enumerate() {
        let place = format!("combos[{index}]");
        let Some(body) = text(combo, "snippet").or_else(|| text(combo, "text")) else {
            skipped.push(Problem { location: place, reason: "has no `snippet` text".into() });
            continue;
        };
        let (converted, messages) = convert_text(&body);
        notes.extend(snippets::notes_at(&place, messages));
        if combo.get("enabled").and_then(Value::as_bool) == Some(false) {
            notes.push(Problem {
                location: place.clone(),
                reason: "was disabled in Beeftext; imported as a draft like every other".into(),
            });
        }
        let group = text(combo, "group").or_else(|| text(combo, "groupUuid"));
        list.push(Snippet {
            place,
            name: text(combo, "name"),
            keyword: text(combo, "keyword"),
            text: converted,
            group: group.map(|uuid| groups.get(&uuid).cloned().unwrap_or(uuid)),
            uid: text(combo, "uuid"),
            description: text(combo, "description"),
        });
    }
    Ok(snippets::build(Tool::Beeftext, list, name, options, notes, skipped))
}

/// Reads Beeftext's CSV: keyword, snippet, name, description; no header row.
pub fn parse_csv(file: &Path, text_in: &str, name: String, options: &ReadOptions) -> Result<Converted, ImportError> {
    let rows = super::csv::read_headerless_rows(file, text_in)?;
    let (list, notes, skipped) =
        snippets::from_keyword_rows(rows, "needs at least a keyword and a snippet", convert_text, |cell| Snippet {
            name: cell(2),
            description: cell(3),
            ..Snippet::default()
        });
    Ok(snippets::build(Tool::Beeftext, list, name, options, notes, skipped))
}
