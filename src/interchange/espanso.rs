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
    let Some(root) = root.as_mapping() else {
        return Err(ImportError::single(file, "", "an Espanso match file is a YAML mapping with a `matches` list"));
    };
    let mut notes = Vec::new();
    for key in root.keys() {
        let key = key.as_str().unwrap_or("?");
        if key != "matches" {
            notes.push(Problem {
                location: key.to_owned(),
                reason: format!("`{key}` is not supported by Tactful and was not imported"),
            });
        }
    }
    let Some(matches) = root.get("matches").and_then(Value::as_sequence) else {
        return Err(ImportError::single(file, "matches", "missing or not a list; nothing to import"));
    };
    let lang = options.lang.clone().unwrap_or_else(|| "en".to_owned());
    let situation = options.situation.clone().unwrap_or_else(|| DEFAULT_SITUATION.to_owned());
    let mut phrases = Vec::new();
    let mut places = Vec::new();
    for (index, entry) in matches.iter().enumerate() {
        let at = format!("matches[{index}]");
        let Some(entry) = entry.as_mapping() else {
            notes.push(Problem { location: at, reason: "not a mapping; skipped".into() });
            continue;
        };
        let mut note = |reason: String| notes.push(Problem { location: at.clone(), reason });
        if let Some(phrase) = convert(entry, &lang, &situation, &mut note) {
            phrases.push(phrase);
            places.push(at.clone());
        }
    }
    let situations = if options.situation.is_none() {
        vec![SituationEntry {
            key: DEFAULT_SITUATION.to_owned(),
            title: [(lang.clone(), "Espanso snippets".to_owned())].into_iter().collect(),
            description: Default::default(),
        }]
    } else {
        Vec::new()
    };
    let file = CollectionFile {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        name: Some(name),
        description: None,
        situations,
        phrases,
    };
    Ok(Parsed { file, places, notes })
}

fn convert(entry: &Mapping, lang: &str, situation: &str, note: &mut impl FnMut(String)) -> Option<PhraseEntry> {
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
        note(format!("has {what}; Tactful keeps text only, so this match was not imported"));
        return None;
    };

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
    let text = convert_text(&body.replace("$|$", ""), &form_vars, inline_form);
    let key = triggers.first().cloned().unwrap_or_else(|| body.clone());
    let slug: String = key
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|character| character.to_ascii_lowercase())
        .take(24)
        .collect();
    let hash = stable_hash(&[key.as_bytes()]) as u32;
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
    Some(PhraseEntry {
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

/// A Tactful placeholder name: letters, digits and `_`.
fn placeholder_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|character| if character.is_alphanumeric() || character == '_' { character } else { '_' })
        .collect();
    if cleaned.is_empty() { "value".to_owned() } else { cleaned }
}

/// Espanso's `{{var}}` and `{{form.field}}` (and an inline form's `[[field]]`) become
/// `{placeholder}`; any other brace is escaped so it stays literal.
fn convert_text(body: &str, form_vars: &[String], inline_form: bool) -> String {
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
        out.push('{');
        out.push_str(&placeholder_name(name));
        out.push('}');
        rest = &rest[start + 2 + length + 2..];
    }
    escape_into(&mut out, rest);
    out
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
        assert_eq!(at("matches[1]"), 1);
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
