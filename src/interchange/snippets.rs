//! What every text-expander export has in common: a snippet with a text, usually a name and a
//! keyword (abbreviation, shortcut), sometimes a group and an id of its own. [`build`] turns a
//! tool's snippets into a collection: the name is the phrase's title, the keyword a tag (and a
//! line of the note), the group a situation (created), the tool's own id (or else the keyword
//! and its occurrence) the phrase's id, so importing the same export again updates instead of
//! duplicating. [`convert_commands`] maps a tool's placeholders: fill-ins become `{name}`, the
//! clipboard becomes the fill-in `{clipboard}`, the cursor marker is removed, and whatever has
//! no Tactful equivalent stays in the text literally and is reported.

use std::collections::HashMap;

use super::espanso::placeholder_name;
use super::{
    CollectionFile, Converted, FORMAT_NAME, FORMAT_VERSION, PhraseEntry, Problem, ReadOptions, SituationEntry,
};
use crate::model::{Status, stable_hash};

/// The tools whose exports Tactful reads besides its own formats and Espanso.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// Beeftext (`comboList.json`, or its CSV).
    Beeftext,
    /// Raycast's snippets export (JSON).
    Raycast,
    /// Alfred's `.alfredsnippets` collection (a zip of JSON files).
    Alfred,
    /// TextExpander's CSV export of a group.
    TextExpander,
    /// Text Blaze's CSV export.
    TextBlaze,
}

impl Tool {
    /// The tool's name, as people write it.
    pub fn title(self) -> &'static str {
        match self {
            Tool::Beeftext => "Beeftext",
            Tool::Raycast => "Raycast",
            Tool::Alfred => "Alfred",
            Tool::TextExpander => "TextExpander",
            Tool::TextBlaze => "Text Blaze",
        }
    }

    /// The lower-case word used in ids, tags and the default situation.
    pub fn slug(self) -> &'static str {
        match self {
            Tool::Beeftext => "beeftext",
            Tool::Raycast => "raycast",
            Tool::Alfred => "alfred",
            Tool::TextExpander => "textexpander",
            Tool::TextBlaze => "textblaze",
        }
    }
}

/// One snippet as a tool exported it, its text still in the tool's syntax.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet {
    /// Where it is in the file: `line 4`, `combos[2]`, `Greeting [UID].json`.
    pub place: String,
    /// Its name or label.
    pub name: Option<String>,
    /// Its keyword, abbreviation or shortcut.
    pub keyword: Option<String>,
    /// Its text, already converted to Tactful's placeholders.
    pub text: String,
    /// Its group or folder.
    pub group: Option<String>,
    /// The tool's own id for it, when it has one.
    pub uid: Option<String>,
    /// More words for the note (a description).
    pub description: Option<String>,
}

/// How a tool's command maps to Tactful.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mapped {
    /// A fill-in: `{name}`.
    Fill(String),
    /// The cursor position: Tactful pastes the whole text, so the marker is removed.
    Cursor,
    /// No Tactful equivalent: kept in the text as written, for the reason given.
    Keep(&'static str),
}

/// A lower-case fill-in name from a label such as "Customer name".
pub fn fill_name(label: &str) -> String {
    placeholder_name(&label.trim().to_lowercase())
}

/// Appends `text` with its braces escaped, so they stay literal.
pub fn escape_into(out: &mut String, text: &str) {
    for character in text.chars() {
        match character {
            '{' => out.push_str("{{"),
            '}' => out.push_str("}}"),
            other => out.push(other),
        }
    }
}

/// Converts `text` whose commands are written `{…}` after `prefix` (`""` for `{cursor}`, `"#"`
/// for Beeftext's `#{cursor}`): `decide` maps each command's inside. Returns the text and one
/// note per kind of command that lost something.
pub fn convert_commands(text: &str, prefix: &str, decide: impl Fn(&str) -> Mapped) -> (String, Vec<String>) {
    let opener = format!("{prefix}{{");
    let mut out = String::with_capacity(text.len());
    let mut notes: Vec<String> = Vec::new();
    let mut note = |message: String| {
        if !notes.contains(&message) {
            notes.push(message);
        }
    };
    let mut rest = text;
    while let Some(start) = rest.find(&opener) {
        let inside_start = start + opener.len();
        let Some(length) = rest[inside_start..].find('}') else { break };
        let inside = &rest[inside_start..inside_start + length];
        escape_into(&mut out, &rest[..start]);
        let written = &rest[start..inside_start + length + 1];
        match decide(inside.trim()) {
            Mapped::Fill(name) => {
                out.push('{');
                out.push_str(&name);
                out.push('}');
                if name == "clipboard" {
                    note(format!(
                        "{written} became the fill-in {{clipboard}}: Tactful asks for it instead of pasting the clipboard"
                    ));
                }
            }
            Mapped::Cursor => note(format!("the cursor marker {written} was removed: Tactful pastes the whole text")),
            Mapped::Keep(why) => {
                escape_into(&mut out, written);
                note(format!("{written} {why}; it was kept as text"));
            }
        }
        rest = &rest[inside_start + length + 1..];
    }
    escape_into(&mut out, rest);
    (out, notes)
}

/// A situation key from a group name: lower-case letters, digits and `-`.
fn situation_key(group: &str) -> String {
    let mut key = String::new();
    for character in group.trim().to_lowercase().chars() {
        if character.is_ascii_alphanumeric() {
            key.push(character);
        } else if !key.ends_with('-') && !key.is_empty() {
            key.push('-');
        }
    }
    let key: String = key.trim_end_matches('-').chars().take(48).collect();
    let key = key.trim_end_matches('-').to_owned();
    if key.is_empty() { format!("group-{:08x}", stable_hash(&[group.as_bytes()]) as u32) } else { key }
}

/// Builds the collection from `snippets`; `skipped` and `notes` come from reading the file.
pub fn build(
    tool: Tool,
    snippets: Vec<Snippet>,
    name: String,
    options: &ReadOptions,
    notes: Vec<Problem>,
    mut skipped: Vec<Problem>,
) -> Converted {
    let lang = options.lang.clone().unwrap_or_else(|| "en".to_owned());
    let default_key = format!("{}-snippets", tool.slug());
    let mut situations: Vec<SituationEntry> = Vec::new();
    let mut situation_for = |group: Option<&str>| -> String {
        if let Some(given) = &options.situation {
            return given.clone();
        }
        let (key, title) = match group.map(str::trim).filter(|group| !group.is_empty()) {
            Some(group) => (situation_key(group), group.to_owned()),
            None => (default_key.clone(), format!("{} snippets", tool.title())),
        };
        if !situations.iter().any(|situation| situation.key == key) {
            situations.push(SituationEntry {
                key: key.clone(),
                title: [(lang.clone(), title)].into_iter().collect(),
                description: Default::default(),
            });
        }
        key
    };
    let mut occurrences: HashMap<String, u32> = HashMap::new();
    let mut phrases = Vec::with_capacity(snippets.len());
    let mut places = Vec::with_capacity(snippets.len());
    for snippet in snippets {
        if snippet.text.trim().is_empty() {
            skipped.push(Problem {
                location: snippet.place,
                reason: "the snippet's text is empty or only whitespace; a phrase needs words".into(),
            });
            continue;
        }
        let situation = situation_for(snippet.group.as_deref());
        let key = snippet
            .uid
            .clone()
            .or_else(|| snippet.keyword.clone())
            .or_else(|| snippet.name.clone())
            .unwrap_or_else(|| snippet.text.clone());
        let occurrence = occurrences.entry(key.clone()).and_modify(|count| *count += 1).or_insert(1);
        let hash = if *occurrence == 1 {
            stable_hash(&[key.as_bytes()]) as u32
        } else {
            stable_hash(&[key.as_bytes(), occurrence.to_string().as_bytes()]) as u32
        };
        let readable = snippet.keyword.as_deref().or(snippet.name.as_deref()).unwrap_or_default();
        let slug: String = readable
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|character| character.to_ascii_lowercase())
            .take(20)
            .collect();
        let id = if slug.is_empty() {
            format!("{}.{hash:08x}.{lang}", tool.slug())
        } else {
            format!("{}.{slug}-{hash:08x}.{lang}", tool.slug())
        };
        let mut note_lines = Vec::new();
        if let Some(description) = snippet.description.filter(|text| !text.trim().is_empty()) {
            note_lines.push(description);
        }
        let mut tags = vec![tool.slug().to_owned()];
        if let Some(keyword) = snippet.keyword.as_deref().map(str::trim).filter(|keyword| !keyword.is_empty()) {
            note_lines.push(format!("{} keyword: {keyword}", tool.title()));
            tags.push(keyword.to_owned());
        }
        phrases.push(PhraseEntry {
            id: Some(id),
            situation,
            lang: lang.clone(),
            title: snippet.name.filter(|name| !name.trim().is_empty()),
            text: snippet.text,
            avoid: Vec::new(),
            note: (!note_lines.is_empty()).then(|| note_lines.join("\n")),
            tags,
            status: Status::Draft,
            group: None,
            updated_at: None,
        });
        places.push(snippet.place);
    }
    let file = CollectionFile {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        name: Some(name),
        description: None,
        situations,
        phrases,
    };
    Converted { file, places, notes, skipped, unreadable: Vec::new() }
}

/// Snippets from header-less CSV rows that start with a keyword and a text (Beeftext,
/// TextExpander): a row with fewer cells is skipped with `too_short` as the reason; the text goes
/// through the tool's `convert`; `columns` fills the tool's other fields from a cell lookup (blank
/// cells are `None`). Returns the snippets, the conversion notes and the skipped rows.
pub fn from_keyword_rows(
    rows: Vec<(u64, Vec<String>)>,
    too_short: &str,
    convert: fn(&str) -> (String, Vec<String>),
    columns: impl Fn(&dyn Fn(usize) -> Option<String>) -> Snippet,
) -> (Vec<Snippet>, Vec<Problem>, Vec<Problem>) {
    let mut notes = Vec::new();
    let mut skipped = Vec::new();
    let mut list = Vec::with_capacity(rows.len());
    for (line, cells) in rows {
        let place = format!("line {line}");
        if cells.len() < 2 {
            skipped.push(Problem { location: place, reason: too_short.into() });
            continue;
        }
        let (text, messages) = convert(&cells[1]);
        notes.extend(notes_at(&place, messages));
        let cell = |index: usize| cells.get(index).cloned().filter(|value: &String| !value.trim().is_empty());
        list.push(Snippet { place, keyword: cell(0), text, ..columns(&cell) });
    }
    (list, notes, skipped)
}

/// Notes for one snippet, each at its place.
pub fn notes_at(place: &str, messages: Vec<String>) -> impl Iterator<Item = Problem> + '_ {
    messages.into_iter().map(move |reason| Problem { location: place.to_owned(), reason })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_map_to_fill_ins_and_the_rest_stays_literal() {
        let (text, notes) = convert_commands("Hi {name}, {cursor}{date} {x", "", |inside| match inside {
            "name" => Mapped::Fill("name".into()),
            "cursor" => Mapped::Cursor,
            _ => Mapped::Keep("has no Tactful equivalent"),
        });
        assert_eq!(text, "Hi {name}, {{date}} {{x");
        assert_eq!(notes.len(), 2, "{notes:?}");
    }

    #[test]
    fn group_names_become_valid_situation_keys() {
        assert_eq!(situation_key("Billing & Refunds"), "billing-refunds");
        assert!(situation_key("Ünïcødé only ✓").starts_with('n') || !situation_key("✓✓").is_empty());
        assert!(crate::model::SituationKey::new(situation_key("✓✓")).is_ok());
    }
}
