//! Text Blaze's CSV export: a header row, then one snippet per row. The columns are found by
//! name: `name` (or `label`), `shortcut`, `text` (or `content`, `snippet`) and, when present,
//! `folder`, which becomes the situation. Commands: `{clipboard}` and the form commands
//! (`{formtext: name=…}`, `{formparagraph: …}`, `{formmenu: …}`, `{formdate: …}`,
//! `{formtoggle: …}`) map to fill-ins, `{cursor}` is removed; `{time: …}`, `{if: …}`,
//! `{import: …}`, `{key: …}` and the rest stay as text and are reported.

use std::path::Path;

use super::snippets::{self, Mapped, Snippet, Tool};
use super::{Converted, ImportError, Problem, ReadOptions};

/// Text Blaze's `{command: settings}` in Tactful's terms.
pub fn convert_text(text: &str) -> (String, Vec<String>) {
    snippets::convert_commands(text, "", |inside| {
        let (command, settings) = inside.split_once(':').unwrap_or((inside, ""));
        match command.trim() {
            "clipboard" => Mapped::Fill("clipboard".into()),
            "cursor" => Mapped::Cursor,
            form if form.starts_with("form") => {
                let name = settings.split(';').find_map(|setting| {
                    setting.trim().strip_prefix("name=").map(|value| value.trim().trim_matches('"'))
                });
                Mapped::Fill(snippets::fill_name(name.unwrap_or(form)))
            }
            _ => Mapped::Keep("is a Text Blaze command Tactful does not run"),
        }
    })
}

const NAME: [&str; 3] = ["name", "label", "title"];
const SHORTCUT: [&str; 3] = ["shortcut", "abbreviation", "keyword"];
const TEXT: [&str; 4] = ["text", "content", "snippet", "plain text"];
const FOLDER: [&str; 2] = ["folder", "group"];

/// Whether a header row looks like Text Blaze's.
pub fn is_header(first_line: &str) -> bool {
    let lower = first_line.to_lowercase();
    lower.split(',').any(|cell| cell.trim().trim_matches('"') == "shortcut")
}

/// Reads a Text Blaze CSV export.
pub fn parse(file: &Path, text_in: &str, name: String, options: &ReadOptions) -> Result<Converted, ImportError> {
    let mut rows = super::csv::read_headerless_rows(file, text_in)?.into_iter();
    let Some((_, header)) = rows.next() else {
        return Ok(snippets::build(Tool::TextBlaze, Vec::new(), name, options, Vec::new(), Vec::new()));
    };
    let find = |names: &[&str]| header.iter().position(|cell| names.contains(&cell.trim().to_lowercase().as_str()));
    let Some(text_column) = find(&TEXT) else {
        return Err(ImportError::single(file, "line 1", "the header row has no `text` column"));
    };
    let (name_column, shortcut_column, folder_column) = (find(&NAME), find(&SHORTCUT), find(&FOLDER));
    let mut notes = Vec::new();
    let mut skipped = Vec::new();
    let mut list = Vec::new();
    for (line, cells) in rows {
        let place = format!("line {line}");
        let cell = |column: Option<usize>| {
            column.and_then(|index| cells.get(index)).cloned().filter(|value| !value.trim().is_empty())
        };
        let Some(body) = cell(Some(text_column)) else {
            skipped.push(Problem { location: place, reason: "the text cell is empty".into() });
            continue;
        };
        let (converted, messages) = convert_text(&body);
        notes.extend(snippets::notes_at(&place, messages));
        list.push(Snippet {
            place,
            name: cell(name_column),
            keyword: cell(shortcut_column),
            text: converted,
            group: cell(folder_column),
            ..Snippet::default()
        });
    }
    Ok(snippets::build(Tool::TextBlaze, list, name, options, notes, skipped))
}
