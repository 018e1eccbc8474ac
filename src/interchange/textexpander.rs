//! TextExpander's CSV export of a group: one row per snippet, no header, the columns
//! abbreviation, content, label. The group is the file (its name becomes the situation).
//! Macros: `%clipboard` and the fill-ins (`%filltext:name=…%`, `%fillarea:…%`,
//! `%fillpopup:…%`) map to `{clipboard}` and `{name}`, the cursor `%|` is removed; dates
//! (`%Y`, `%B`…), `%key:…%`, `%snippet:…%` and other macros stay as text and are reported.

use std::path::Path;

use super::snippets::{self, Snippet, Tool};
use super::{Converted, ImportError, ReadOptions};

/// TextExpander's `%` macros in Tactful's terms; braces are escaped.
pub fn convert_text(text: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(text.len());
    let mut notes: Vec<String> = Vec::new();
    let mut note = |message: String| {
        if !notes.contains(&message) {
            notes.push(message);
        }
    };
    let mut rest = text;
    while let Some(start) = rest.find('%') {
        snippets::escape_into(&mut out, &rest[..start]);
        let after = &rest[start + 1..];
        if let Some(tail) = after.strip_prefix('|') {
            note("the cursor marker %| was removed: Tactful pastes the whole text".into());
            rest = tail;
        } else if let Some(tail) = after.strip_prefix('%') {
            out.push('%');
            rest = tail;
        } else if let Some(tail) = after.strip_prefix("clipboard") {
            out.push_str("{clipboard}");
            note(
                "%clipboard became the fill-in {clipboard}: Tactful asks for it instead of pasting the clipboard"
                    .into(),
            );
            rest = tail;
        } else if after.starts_with("fill")
            && let Some(end) = after.find('%')
        {
            let inside = &after[..end];
            let name = inside.split(':').find_map(|part| part.strip_prefix("name=")).unwrap_or("field");
            out.push('{');
            out.push_str(&snippets::fill_name(name));
            out.push('}');
            rest = &after[end + 1..];
        } else if (after.starts_with("key:") || after.starts_with("snippet:") || after.starts_with('@'))
            && let Some(end) = after.find('%')
        {
            let written = &rest[..start + 1 + end + 1];
            snippets::escape_into(&mut out, &written[start..]);
            note(format!("{} is a TextExpander macro Tactful does not run; it was kept as text", &written[start..]));
            rest = &after[end + 1..];
        } else if let Some(letter) = after.chars().next().filter(char::is_ascii_alphanumeric) {
            out.push('%');
            out.push(letter);
            note(format!("%{letter} is a TextExpander date or time macro Tactful does not run; it was kept as text"));
            rest = &after[letter.len_utf8()..];
        } else {
            out.push('%');
            rest = after;
        }
    }
    snippets::escape_into(&mut out, rest);
    (out, notes)
}

/// Reads a TextExpander group exported as CSV: abbreviation, content, label.
pub fn parse(file: &Path, text_in: &str, name: String, options: &ReadOptions) -> Result<Converted, ImportError> {
    let rows = super::csv::read_headerless_rows(file, text_in)?;
    let (list, notes, skipped) =
        snippets::from_keyword_rows(rows, "needs at least an abbreviation and a content", convert_text, |cell| {
            Snippet { name: cell(2), group: Some(name.clone()), ..Snippet::default() }
        });
    Ok(snippets::build(Tool::TextExpander, list, name, options, notes, skipped))
}
