//! Espanso match files (YAML): each entry of `matches` with a `trigger` (or `triggers`) and a
//! `replace` becomes a draft phrase. Fields of `form` variables (and inline `form:` layouts)
//! become `{placeholders}`. Everything Espanso can do and Tactful cannot — other variable types,
//! regex triggers, images, matching options, global variables, imports — is reported per match
//! as a note, never dropped silently.

use std::path::Path;

use serde_yaml_ng::{Mapping, Value};

use super::{
    CollectionFile, FORMAT_NAME, FORMAT_VERSION, ImportError, PhraseEntry, Problem, ReadOptions, SituationEntry,
};
use crate::model::{Status, stable_hash};

/// The situation Espanso snippets go to unless told otherwise.
pub const DEFAULT_SITUATION: &str = "espanso-snippets";

/// An Espanso file turned into a collection file.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The collection, still to be validated.
    pub file: CollectionFile,
    /// For each phrase, the match it came from (`matches[3]`).
    pub places: Vec<String>,
    /// Unsupported features, by match.
    pub notes: Vec<Problem>,
    /// Matches Tactful cannot keep (an image, a replacement of only spaces), by match.
    pub skipped: Vec<Problem>,
    /// The files this one imports (its `imports` list, as written).
    pub imports: Vec<String>,
}

/// Counts triggers across one import (a file, or a whole folder), so a trigger that appears
/// again gets its own id: the first keeps the id the trigger alone gives (as before repeated
/// triggers were supported), the n-th adds its number. Re-importing the same files gives the
/// same ids.
#[derive(Debug, Default)]
pub struct TriggerCounts(std::collections::HashMap<String, u32>);

impl TriggerCounts {
    fn next(&mut self, key: &str) -> u32 {
        let count = self.0.entry(key.to_owned()).or_insert(0);
        *count += 1;
        *count
    }
}

/// Options that change nothing but are worth telling about; anything else unknown is reported too.
const IGNORED_OPTIONS: [&str; 10] = [
    "word",
    "left_word",
    "right_word",
    "propagate_case",
    "uppercase_style",
    "force_clipboard",
    "force_mode",
    "search_terms",
    "paragraph",
    "passive_only",
];

fn text_of(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::to_owned)
}

/// How deeply brackets may nest in a match file. Real Espanso files nest three or four levels;
/// the YAML parser takes seconds on a few hundred kilobytes of nested brackets before it refuses
/// them, so they are counted (in one linear pass) and refused first.
pub const MAX_NESTING: usize = 64;

/// The line of the first bracket that nests deeper than [`MAX_NESTING`], if any. Brackets inside
/// quoted scalars and comments do not count; anything this misjudges is still parsed (and bounded
/// by the parser's own limits), so the scan only has to be cheap and never too strict.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut line = 1;
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut previous = '\n';
    for character in text.chars() {
        match (quote, character) {
            (_, '\n') => {
                line += 1;
                comment = false;
            }
            _ if comment => {}
            (Some(open), _) if character == open => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') if depth > 0 || previous.is_whitespace() || previous == ':' => {
                quote = Some(character);
            }
            (None, '#') if previous.is_whitespace() => comment = true,
            (None, '[' | '{') => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(line);
                }
            }
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        previous = character;
    }
    None
}

/// Parses an Espanso match file.
pub fn parse(file: &Path, text: &str, name: String, options: &ReadOptions) -> Result<Parsed, ImportError> {
    let mut counts = TriggerCounts::default();
    let mut parsed = parse_with(file, text, "", &mut counts, options)?;
    parsed.file.name = Some(name);
    for import in &parsed.imports {
        parsed.notes.push(Problem {
            location: "imports".into(),
            reason: format!(
                "{import:?} is imported by this file but was not read; import the whole espanso folder to include it"
            ),
        });
    }
    Ok(parsed)
}

/// Parses one match file of an import: `place` prefixes every location (`match/base.yml, `),
/// `counts` numbers repeated triggers across the files of the import.
pub fn parse_with(
    file: &Path,
    text: &str,
    place: &str,
    counts: &mut TriggerCounts,
    options: &ReadOptions,
) -> Result<Parsed, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(line) = too_deep(text) {
        return Err(ImportError::single(
            file,
            format!("line {line}"),
            format!("brackets nest more than {MAX_NESTING} levels deep; a match file never needs that"),
        ));
    }
    let root: Value = serde_yaml_ng::from_str(text).map_err(|error| {
        let location =
            error.location().map(|at| format!("line {}, column {}", at.line(), at.column())).unwrap_or_default();
        let message = error.to_string();
        // The position is already in the location; keep the reason only.
        let reason = message.split(" at line ").next().unwrap_or(&message);
        ImportError::single(file, location, format!("not valid YAML: {reason}"))
    })?;
    let lang = options.lang.clone().unwrap_or_else(|| "en".to_owned());
    let situation = options.situation.clone().unwrap_or_else(|| DEFAULT_SITUATION.to_owned());
    let situations = if options.situation.is_none() {
        vec![SituationEntry {
            key: DEFAULT_SITUATION.to_owned(),
            title: [(lang.clone(), "Espanso snippets".to_owned())].into_iter().collect(),
            description: Default::default(),
        }]
    } else {
        Vec::new()
    };
    let mut parsed = Parsed {
        file: CollectionFile {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            name: None,
            description: None,
            situations,
            phrases: Vec::new(),
        },
        places: Vec::new(),
        notes: Vec::new(),
        skipped: Vec::new(),
        imports: Vec::new(),
    };
    let root = match root {
        // Only comments (or nothing): a package that ships no matches yet imports nothing.
        Value::Null => return Ok(parsed),
        Value::Mapping(root) => root,
        _ => {
            return Err(ImportError::single(file, "", "an Espanso match file is a YAML mapping with a `matches` list"));
        }
    };
    for key in root.keys() {
        let key = key.as_str().unwrap_or("?");
        match key {
            "matches" => {}
            "imports" => {
                let list = root.get("imports").and_then(Value::as_sequence);
                parsed.imports.extend(list.into_iter().flatten().filter_map(Value::as_str).map(str::to_owned));
            }
            _ => parsed.notes.push(Problem {
                location: format!("{place}{key}"),
                reason: format!("`{key}` is not supported by Tactful and was not imported"),
            }),
        }
    }
    let matches = match root.get("matches") {
        // A file of only `imports` (or of global variables) holds no matches of its own.
        None | Some(Value::Null) => return Ok(parsed),
        Some(Value::Sequence(matches)) => matches,
        Some(_) => return Err(ImportError::single(file, format!("{place}matches"), "not a list; nothing to import")),
    };
    for (index, entry) in matches.iter().enumerate() {
        let at = format!("{place}matches[{index}]");
        let Some(entry) = entry.as_mapping() else {
            parsed.skipped.push(Problem { location: at, reason: "not a mapping, so not a match".into() });
            continue;
        };
        let mut notes = Vec::new();
        let mut note = |reason: String| notes.push(Problem { location: at.clone(), reason });
        match convert(entry, &lang, &situation, counts, &mut note) {
            Ok(phrase) => {
                parsed.file.phrases.push(phrase);
                parsed.places.push(at.clone());
            }
            Err(reason) => parsed.skipped.push(Problem { location: at.clone(), reason }),
        }
        parsed.notes.extend(notes);
    }
    Ok(parsed)
}

/// One match as a phrase, or the reason it cannot be one.
fn convert(
    entry: &Mapping,
    lang: &str,
    situation: &str,
    counts: &mut TriggerCounts,
    note: &mut impl FnMut(String),
) -> Result<PhraseEntry, String> {
    let mut triggers: Vec<String> = text_of(entry.get("trigger")).into_iter().collect();
    if let Some(list) = entry.get("triggers").and_then(Value::as_sequence) {
        triggers.extend(list.iter().filter_map(Value::as_str).map(str::to_owned));
    }
    if let Some(regex) = text_of(entry.get("regex")) {
        note(format!("the regex trigger {regex:?} is not supported; the text was imported without it"));
        triggers.push(regex);
    }
    let (body, inline_form) = if let Some(replace) = text_of(entry.get("replace")) {
        (replace, false)
    } else if let Some(markdown) = text_of(entry.get("markdown")) {
        note("markdown formatting is kept as plain text".into());
        (markdown, false)
    } else if let Some(html) = text_of(entry.get("html")) {
        note("HTML is kept as text, tags included".into());
        (html, false)
    } else if let Some(form) = text_of(entry.get("form")) {
        (form, true)
    } else {
        let what = if entry.contains_key("image_path") { "an image" } else { "no `replace` text" };
        return Err(format!("has {what}; Tactful keeps text only, so this match was not imported"));
    };
    if body.trim().is_empty() {
        let shown: String = body.chars().take(12).map(|character| format!("U+{:04X} ", u32::from(character))).collect();
        return Err(if body.is_empty() {
            "the replacement is empty; a phrase needs words, so this match was not imported".to_owned()
        } else {
            format!(
                "the replacement is only whitespace ({}); Tactful trims a phrase's text, which would leave it empty, so this match was not imported",
                shown.trim_end()
            )
        });
    }

    let mut form_vars = Vec::new();
    if let Some(vars) = entry.get("vars").and_then(Value::as_sequence) {
        for var in vars {
            let name = text_of(var.get("name")).unwrap_or_default();
            let kind = text_of(var.get("type")).unwrap_or_default();
            if kind == "form" {
                form_vars.push(name);
            } else {
                note(format!(
                    "variable `{name}` of type `{kind}` is not run by Tactful; it became the fill-in {{{}}}",
                    placeholder_name(&name)
                ));
            }
        }
    }
    for key in entry.keys().filter_map(Value::as_str) {
        if IGNORED_OPTIONS.contains(&key) {
            note(format!("option `{key}` has no meaning in Tactful and was ignored"));
        } else if ![
            "trigger",
            "triggers",
            "regex",
            "replace",
            "markdown",
            "html",
            "form",
            "vars",
            "label",
            "form_fields",
        ]
        .contains(&key)
        {
            note(format!("`{key}` is not supported and was ignored"));
        }
    }
    if body.contains("$|$") {
        note("the cursor marker $|$ was removed".into());
    }
    let (text, renamed) = convert_text(&body.replace("$|$", ""), &form_vars, inline_form);
    for name in renamed {
        note(format!(
            "`{{{{{name}}}}}` became {{{}}}: a Tactful fill-in name starts with a letter or `_`",
            placeholder_name(&name)
        ));
    }
    let key = triggers.first().cloned().unwrap_or_else(|| body.clone());
    let slug: String = key
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|character| character.to_ascii_lowercase())
        .take(24)
        .collect();
    // The first match with a trigger keeps the id the trigger alone gives; a repeat adds its
    // number, so the same files give the same ids on every import.
    let occurrence = counts.next(&key);
    let hash = if occurrence == 1 {
        stable_hash(&[key.as_bytes()]) as u32
    } else {
        stable_hash(&[key.as_bytes(), occurrence.to_string().as_bytes()]) as u32
    };
    let id = if slug.is_empty() {
        format!("espanso.{hash:08x}.{lang}")
    } else {
        format!("espanso.{slug}-{hash:08x}.{lang}")
    };
    let mut note_lines = Vec::new();
    if let Some(label) = text_of(entry.get("label")) {
        note_lines.push(label);
    }
    if !triggers.is_empty() {
        note_lines.push(format!("Espanso trigger: {}", triggers.join(", ")));
    }
    Ok(PhraseEntry {
        id: Some(id),
        situation: situation.to_owned(),
        lang: lang.to_owned(),
        title: None,
        text,
        avoid: Vec::new(),
        note: (!note_lines.is_empty()).then(|| note_lines.join("\n")),
        tags: vec!["espanso".to_owned()],
        status: Status::Draft,
        group: None,
        updated_at: None,
    })
}

/// A Tactful placeholder name: letters, digits and `_`, not starting with a digit (Espanso
/// allows `{{4_4}}`; it becomes `{_4_4}`).
pub fn placeholder_name(name: &str) -> String {
    let cleaned: String = name
        .trim()
        .chars()
        .map(|character| if character.is_alphanumeric() || character == '_' { character } else { '_' })
        .collect();
    if cleaned.is_empty() {
        "value".to_owned()
    } else if cleaned.starts_with(|character: char| character.is_ascii_digit()) {
        format!("_{cleaned}")
    } else {
        cleaned
    }
}

/// Espanso's `{{var}}` and `{{form.field}}` (and an inline form's `[[field]]`) become
/// `{placeholder}`; any other brace is escaped so it stays literal. Also returns the names that
/// had to change (they start with a digit), once each.
fn convert_text(body: &str, form_vars: &[String], inline_form: bool) -> (String, Vec<String>) {
    let mut renamed: Vec<String> = Vec::new();
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    loop {
        let next_var = rest.find("{{");
        let next_field = if inline_form { rest.find("[[") } else { None };
        let (start, close) = match (next_var, next_field) {
            (Some(var), Some(field)) if field < var => (field, "]]"),
            (Some(var), _) => (var, "}}"),
            (None, Some(field)) => (field, "]]"),
            (None, None) => break,
        };
        let Some(length) = rest[start + 2..].find(close) else { break };
        escape_into(&mut out, &rest[..start]);
        let inner = rest[start + 2..start + 2 + length].trim();
        let name = match inner.split_once('.') {
            Some((form, field)) if form_vars.iter().any(|var| var == form) => field,
            _ => inner,
        };
        if name.starts_with(|character: char| character.is_ascii_digit()) && !renamed.iter().any(|seen| seen == name) {
            renamed.push(name.to_owned());
        }
        out.push('{');
        out.push_str(&placeholder_name(name));
        out.push('}');
        rest = &rest[start + 2 + length + 2..];
    }
    escape_into(&mut out, rest);
    (out, renamed)
}

fn escape_into(out: &mut String, text: &str) {
    for character in text.chars() {
        match character {
            '{' => out.push_str("{{"),
            '}' => out.push_str("}}"),
            other => out.push(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Result<Parsed, ImportError> {
        parse(Path::new("base.yml"), text, "base".into(), &ReadOptions::default())
    }

    #[test]
    fn form_fields_become_placeholders() {
        let parsed = parse_text(
            "matches:\n  - trigger: ':sorry'\n    replace: 'Sorry, {{form1.name}}, about {{form1.order}}.'\n    vars:\n      - name: form1\n        type: form\n        params:\n          layout: 'Name [[name]] order [[order]]'\n",
        )
        .expect("parses");
        assert_eq!(parsed.file.phrases[0].text, "Sorry, {name}, about {order}.");
        assert!(parsed.notes.is_empty(), "{:?}", parsed.notes);
        assert!(parsed.file.phrases[0].id.as_deref().is_some_and(|id| id.starts_with("espanso.sorry-")));
    }

    #[test]
    fn inline_forms_and_literal_braces_convert() {
        let parsed = parse_text("matches:\n  - trigger: ':hi'\n    form: 'Hi [[name]] {x}'\n").expect("parses");
        assert_eq!(parsed.file.phrases[0].text, "Hi {name} {{x}}");
    }

    #[test]
    fn unsupported_features_are_reported_per_match() {
        let parsed = parse_text(
            "global_vars:\n  - name: x\n    type: date\nmatches:\n  - trigger: ':d'\n    replace: 'Today is {{today}}'\n    word: true\n    vars:\n      - name: today\n        type: date\n  - trigger: ':img'\n    image_path: 'a.png'\n  - regex: 'hel+o'\n    replace: 'Hello'\n",
        )
        .expect("parses");
        let at = |place: &str| parsed.notes.iter().filter(|note| note.location == place).count();
        assert_eq!(at("global_vars"), 1);
        assert_eq!(at("matches[0]"), 2, "{:?}", parsed.notes);
        assert_eq!(parsed.skipped.len(), 1);
        assert_eq!(parsed.skipped[0].location, "matches[1]");
        assert!(parsed.skipped[0].reason.contains("an image"), "{:?}", parsed.skipped);
        assert_eq!(at("matches[2]"), 1);
        assert_eq!(parsed.file.phrases.len(), 2, "the image match is not imported");
        assert_eq!(parsed.file.phrases[0].text, "Today is {today}");
    }

    #[test]
    fn malformed_yaml_names_its_line() {
        let Err(ImportError::Invalid { problems, .. }) = parse_text("matches:\n  - trigger: ':a'\n   replace: [\n")
        else {
            panic!("expected an error");
        };
        assert!(problems[0].location.starts_with("line "), "{problems:?}");
    }
}
