//! One row per phrase, for teams that curate in a spreadsheet. UTF-8 with or without a byte-order
//! mark; a header row names the columns (any order; `situation`, `lang` and `text` required);
//! quoted cells may span lines. `avoid` holds one blunt line per line of the cell, `tags` is
//! comma-separated. On export, a cell a spreadsheet would run as a formula (starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, which import removes again.

use std::path::Path;

use super::{
    CollectionFile, FORMAT_NAME, FORMAT_VERSION, ImportError, MAX_REPORTED_PROBLEMS, PhraseEntry, Problem, WriteError,
};
use crate::model::Status;

/// The columns, in the order export writes them.
pub const COLUMNS: [&str; 11] =
    ["id", "situation", "lang", "title", "text", "avoid", "note", "tags", "status", "group", "updated_at"];

const REQUIRED: [&str; 3] = ["situation", "lang", "text"];

fn starts_a_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || cell.strip_prefix('\'').is_some_and(starts_a_formula)
}

/// Makes a cell inert in a spreadsheet. Reversible: [`restore`] undoes exactly this.
pub fn neutralise(cell: &str) -> String {
    if starts_a_formula(cell) { format!("'{cell}") } else { cell.to_owned() }
}

/// Undoes [`neutralise`]; any other cell is left as it is.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if starts_a_formula(rest) => rest,
        _ => cell,
    }
}

/// The rows of a header-less CSV export (Beeftext, TextExpander, Text Blaze) with the lines they
/// start on; blank rows are left out, and a quote never closed refuses the file.
pub(super) fn read_headerless_rows(file: &Path, text: &str) -> Result<Vec<(u64, Vec<String>)>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = ::csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let line = error.position().map(|position| position.line()).unwrap_or(0);
            ImportError::single(file, format!("line {line}"), format!("not valid CSV: {error}"))
        })?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let line = record.position().map(|position| position.line()).unwrap_or(0);
        rows.push((line, record.iter().map(str::to_owned).collect()));
    }
    refuse_unclosed_quote(file, text)?;
    Ok(rows)
}

/// Refuses a file that ends inside a quoted cell, naming the line the cell opens on.
fn refuse_unclosed_quote(file: &Path, text: &str) -> Result<(), ImportError> {
    match unclosed_quote(text) {
        Some(line) => Err(ImportError::single(
            file,
            format!("line {line}"),
            "a quoted cell starts here and is never closed; nothing after it could be read",
        )),
        None => Ok(()),
    }
}

/// The line a quoted cell opens on when the file ends inside it (the csv reader would silently
/// take the rest of the file as that cell).
fn unclosed_quote(text: &str) -> Option<u64> {
    let mut line = 1;
    let mut opened_on = None;
    for character in text.chars() {
        match character {
            // A doubled quote inside a cell closes and reopens: the state comes out right.
            '"' => opened_on = if opened_on.is_some() { None } else { Some(line) },
            '\n' => line += 1,
            _ => {}
        }
    }
    opened_on
}

/// At most the first 40 characters of a cell, for a message: enough to recognise it.
fn excerpt(cell: &str) -> String {
    const SHOWN: usize = 40;
    match cell.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &cell[..end]),
        None => cell.to_owned(),
    }
}

/// Which of [`COLUMNS`] each header cell names (`usize::MAX` for none), or every problem with
/// the header row.
fn columns(file: &Path, headers: &::csv::StringRecord) -> Result<Vec<usize>, ImportError> {
    let names_a_column = headers.iter().any(|header| COLUMNS.contains(&header.trim().to_ascii_lowercase().as_str()));
    if !names_a_column {
        // Not a Tactful CSV at all (or not a CSV): say so without repeating its first line, which
        // may be anything (a followed folder once held a link to a system file).
        return Err(ImportError::single(
            file,
            "line 1",
            format!("the first line is not a header row naming Tactful's columns ({})", COLUMNS.join(", ")),
        ));
    }
    let mut problems = Vec::new();
    let mut columns: Vec<usize> = Vec::with_capacity(headers.len());
    for (index, header) in headers.iter().enumerate() {
        let header = header.trim().to_ascii_lowercase();
        match COLUMNS.iter().position(|column| *column == header) {
            Some(known) if columns.contains(&known) => {
                problems
                    .push(Problem { location: "line 1".into(), reason: format!("column {header:?} appears twice") });
            }
            Some(known) => columns.push(known),
            None => {
                problems.push(Problem {
                    location: format!("line 1, column {}", index + 1),
                    reason: format!("unknown column {:?}; the columns are {}", excerpt(&header), COLUMNS.join(", ")),
                });
                columns.push(usize::MAX);
            }
        }
    }
    for required in REQUIRED {
        let position = COLUMNS.iter().position(|column| *column == required);
        if !columns.iter().any(|column| Some(*column) == position) {
            problems.push(Problem {
                location: "line 1".into(),
                reason: format!("the required column {required:?} is missing"),
            });
        }
    }
    if problems.is_empty() { Ok(columns) } else { Err(ImportError::Invalid { file: file.to_path_buf(), problems }) }
}

/// Parses CSV `text` read from `file` into a collection named `name`. Returns the file and, for
/// each phrase, the line it starts on (`line 7`) so validation problems can name it. A row that
/// cannot be read refuses the file (see [`parse_rows`] to leave it out instead).
pub fn parse(file: &Path, text: &str, name: String) -> Result<(CollectionFile, Vec<String>), ImportError> {
    let (parsed, lines, mut problems) = parse_rows(file, text, name)?;
    if problems.is_empty() {
        Ok((parsed, lines))
    } else {
        problems.truncate(MAX_REPORTED_PROBLEMS);
        Err(ImportError::Invalid { file: file.to_path_buf(), problems })
    }
}

/// Parses CSV as [`parse`] does, but a row that cannot be read (too few cells, an unknown status)
/// is left out and returned as a problem at its line. A header that is wrong, or a quote never
/// closed, still refuses the file: then no row can be trusted.
pub fn parse_rows(
    file: &Path,
    text: &str,
    name: String,
) -> Result<(CollectionFile, Vec<String>, Vec<Problem>), ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    refuse_unclosed_quote(file, text)?;
    let mut reader = ::csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|error| ImportError::single(file, "line 1", format!("cannot read the header row: {error}")))?
        .clone();
    let columns = columns(file, &headers)?;
    let mut problems = Vec::new();
    let mut phrases = Vec::new();
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|position| position.line()).unwrap_or(0);
                let reason = match error.kind() {
                    ::csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                        format!("{len} cells where the header has {expected_len}")
                    }
                    _ => error.to_string(),
                };
                problems.push(Problem { location: format!("line {line}"), reason });
                continue;
            }
        };
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let line = record.position().map(|position| position.line()).unwrap_or(0);
        let mut cells: [Option<String>; COLUMNS.len()] = Default::default();
        for (cell, column) in record.iter().zip(&columns) {
            let cell = restore(cell);
            if let Some(slot) = cells.get_mut(*column)
                && !cell.trim().is_empty()
            {
                *slot = Some(cell.to_owned());
            }
        }
        let [id, situation, lang, title, text, avoid, note, tags, status, group, updated_at] = cells;
        let status = match status.as_deref().map(str::parse::<Status>) {
            None => Status::Draft,
            Some(Ok(status)) => status,
            Some(Err(error)) => {
                problems.push(Problem { location: format!("line {line}, status"), reason: error.to_string() });
                continue;
            }
        };
        phrases.push(PhraseEntry {
            id,
            situation: situation.unwrap_or_default(),
            lang: lang.unwrap_or_default(),
            title,
            text: text.unwrap_or_default(),
            avoid: avoid
                .map(|cell| cell.lines().map(str::trim).filter(|line| !line.is_empty()).map(str::to_owned).collect())
                .unwrap_or_default(),
            note,
            tags: tags
                .map(|cell| cell.split(',').map(str::trim).filter(|tag| !tag.is_empty()).map(str::to_owned).collect())
                .unwrap_or_default(),
            status,
            group,
            updated_at,
        });
        lines.push(format!("line {line}"));
    }
    let collection = CollectionFile {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        name: Some(name),
        description: None,
        situations: Vec::new(),
        phrases,
    };
    Ok((collection, lines, problems))
}

/// What CSV cannot hold in a phrase: a blunt line is one line of its cell and a tag ends at a
/// comma, so a blunt line with a line break or a tag with a comma would come back changed.
fn refuse_lossy(phrase: &PhraseEntry) -> Result<(), WriteError> {
    let lossy = |field: &'static str, reason: String| WriteError::Lossy {
        format: "CSV",
        phrase: phrase.id.clone().unwrap_or_else(|| "without an id".to_owned()),
        field,
        reason,
    };
    if let Some(position) = phrase.avoid.iter().position(|line| line.contains(['\n', '\r'])) {
        return Err(lossy("blunt lines", format!("blunt line {} holds a line break", position + 1)));
    }
    if let Some(tag) = phrase.tags.iter().find(|tag| tag.contains(',')) {
        return Err(lossy("tags", format!("the tag {:?} holds a comma", excerpt(tag))));
    }
    Ok(())
}

fn row(phrase: &PhraseEntry) -> [String; COLUMNS.len()] {
    [
        phrase.id.clone().unwrap_or_default(),
        phrase.situation.clone(),
        phrase.lang.clone(),
        phrase.title.clone().unwrap_or_default(),
        phrase.text.clone(),
        phrase.avoid.join("\n"),
        phrase.note.clone().unwrap_or_default(),
        phrase.tags.join(", "),
        phrase.status.as_str().to_owned(),
        phrase.group.clone().unwrap_or_default(),
        phrase.updated_at.clone().unwrap_or_default(),
    ]
    .map(|cell| neutralise(&cell))
}

/// Writes the phrases of `file` as CSV, header first, in the order given (callers sort), with
/// `\n` line ends so a team's diffs stay small. Situations are not part of CSV. A phrase CSV
/// cannot hold exactly is refused ([`WriteError::Lossy`]); then the text is read back and
/// compared, so no other loss slips through unnoticed.
pub fn to_string(file: &CollectionFile) -> Result<String, WriteError> {
    let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    let write_error = |error: ::csv::Error| WriteError::Io { path: "CSV".into(), reason: error.into() };
    writer.write_record(COLUMNS).map_err(write_error)?;
    for phrase in &file.phrases {
        refuse_lossy(phrase)?;
        writer.write_record(row(phrase)).map_err(write_error)?;
    }
    let bytes = writer.into_inner().map_err(|error| write_error(error.into_error().into()))?;
    let text = String::from_utf8(bytes).map_err(|error| WriteError::Io {
        path: "CSV".into(),
        reason: std::io::Error::new(std::io::ErrorKind::InvalidData, error),
    })?;
    let name = file.name.clone().unwrap_or_default();
    let read_back = parse(Path::new("CSV"), &text, name).map(|(read, _)| read.phrases).unwrap_or_default();
    if let Some((phrase, _)) = file.phrases.iter().zip(&read_back).find(|(wrote, read)| wrote != read) {
        return Err(WriteError::Lossy {
            format: "CSV",
            phrase: phrase.id.clone().unwrap_or_else(|| "without an id".to_owned()),
            field: "content",
            reason: "it reads back differently".to_owned(),
        });
    }
    if read_back.len() != file.phrases.len() {
        return Err(WriteError::Lossy {
            format: "CSV",
            phrase: "(several)".to_owned(),
            field: "content",
            reason: format!("{} phrases written, {} read back", file.phrases.len(), read_back.len()),
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Result<CollectionFile, ImportError> {
        parse(Path::new("team.csv"), text, "Team".into()).map(|(file, _)| file)
    }

    fn problems(text: &str) -> Vec<Problem> {
        match parse_text(text) {
            Err(ImportError::Invalid { problems, .. }) => problems,
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn quoted_multi_line_cells_and_bom_are_read() {
        let file =
            parse_text("\u{feff}situation,lang,text,avoid,tags\ns,en,\"Two\nlines\",\"No.\nNever.\",\"call, email\"\n")
                .expect("valid");
        assert_eq!(file.phrases[0].text, "Two\nlines");
        assert_eq!(file.phrases[0].avoid, ["No.", "Never."]);
        assert_eq!(file.phrases[0].tags, ["call", "email"]);
        assert_eq!(file.name.as_deref(), Some("Team"));
    }

    #[test]
    fn errors_name_their_line() {
        let found = problems("situation,lang,text\ns,en,fine\n\"s\",en,\"multi\nline\"\ns,en\n");
        assert_eq!(found[0].location, "line 5", "{found:?}");
        let found = problems("situation,lang,text,status\ns,en,a,ready\n");
        assert_eq!(found[0].location, "line 2, status");
        let found = problems("situation,lang,text\ns,en,ok\ns,en,\"never\nclosed\n");
        assert_eq!(found[0].location, "line 3");
    }

    #[test]
    fn unknown_and_missing_columns_are_reported() {
        let found = problems("situation,language,text\n");
        assert!(found.iter().any(|problem| problem.reason.contains("unknown column \"language\"")), "{found:?}");
        assert!(found.iter().any(|problem| problem.reason.contains("\"lang\" is missing")), "{found:?}");
    }

    #[test]
    fn formulas_are_neutralised_and_restored() {
        for cell in ["=SUM(A1)", "+1", "-x", "@me", "\tx", "\rx", "'=x", "''+y"] {
            let neutral = neutralise(cell);
            assert!(neutral.starts_with('\''), "{cell:?}");
            assert_eq!(restore(&neutral), cell);
        }
        assert_eq!(neutralise("'tis"), "'tis");
        assert_eq!(restore("'tis"), "'tis");
    }
}
