//! Which tool wrote a file: by extension first, then by a look at the start of its content, so a
//! Raycast `.json` is not mistaken for a Tactful collection and a TextExpander `.csv` not for a
//! Tactful spreadsheet. Only the first bytes are examined; the reader of the chosen format then
//! judges the whole file and says precisely what is wrong with it.

use std::path::Path;

use super::{Source, csv, textblaze};

/// How much of a file the sniffing looks at.
const SNIFF_BYTES: usize = 64 * 1024;

fn head(bytes: &[u8]) -> &str {
    let cut = &bytes[..bytes.len().min(SNIFF_BYTES)];
    match std::str::from_utf8(cut) {
        Ok(text) => text,
        // Cut in the middle of a character: keep the valid part.
        Err(error) => std::str::from_utf8(&cut[..error.valid_up_to()]).unwrap_or_default(),
    }
}

/// The source of `path` with content `bytes`.
pub fn detect(path: &Path, bytes: &[u8]) -> Source {
    let extension = path.extension().and_then(|extension| extension.to_str()).unwrap_or_default().to_ascii_lowercase();
    if extension == "alfredsnippets" || bytes.starts_with(b"PK\x03\x04") {
        return Source::Alfred;
    }
    let text = head(bytes).trim_start_matches('\u{feff}');
    match extension.as_str() {
        "yml" | "yaml" => Source::Espanso,
        "csv" => csv_source(text),
        _ => json_source(text),
    }
}

fn json_source(text: &str) -> Source {
    let start = text.trim_start();
    if start.starts_with('[') {
        return Source::Raycast;
    }
    let has_key = |key: &str| start.contains(&format!("\"{key}\""));
    if has_key("format") {
        Source::Tactful
    } else if has_key("combos") {
        Source::Beeftext
    } else if has_key("snippets") {
        Source::Raycast
    } else {
        Source::Tactful
    }
}

fn csv_source(text: &str) -> Source {
    let first_line = text.lines().next().unwrap_or_default();
    if textblaze::is_header(first_line) {
        return Source::TextBlaze;
    }
    let names_tactful_column = first_line
        .split(',')
        .any(|cell| csv::COLUMNS.contains(&cell.trim().trim_matches('"').to_ascii_lowercase().as_str()));
    if names_tactful_column {
        Source::Tactful
    } else if text.contains("#{") {
        Source::Beeftext
    } else if text.contains("%|") || text.contains("%clipboard") || text.contains("%fill") {
        Source::TextExpander
    } else if ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(first_line.as_bytes())
        .records()
        .next()
        .and_then(Result::ok)
        .is_some_and(|record| record.len() == 4)
    {
        // Beeftext's CSV may carry a fourth column (the description); TextExpander's has three.
        Source::Beeftext
    } else {
        Source::TextExpander
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_between_formats_sharing_an_extension() {
        let at = |name: &str, text: &str| detect(Path::new(name), text.as_bytes());
        assert_eq!(at("a.json", r#"{"format":"tactful.collection"}"#), Source::Tactful);
        assert_eq!(at("a.json", r#"[{"name":"x","text":"y"}]"#), Source::Raycast);
        assert_eq!(at("comboList.json", r#"{"fileFormatVersion":7,"combos":[]}"#), Source::Beeftext);
        assert_eq!(at("a.csv", "situation,lang,text\n"), Source::Tactful);
        assert_eq!(at("a.csv", "Name,Shortcut,Text\n"), Source::TextBlaze);
        assert_eq!(at("a.csv", "sig,\"Hi #{clipboard}\"\n"), Source::Beeftext);
        assert_eq!(at("a.csv", "sig,Hi %|,Sig\n"), Source::TextExpander);
        assert_eq!(at("a.zip", "PK\u{3}\u{4}rest"), Source::Alfred);
    }
}
