//! Alfred's `.alfredsnippets` collection: a zip holding one JSON file per snippet
//! (`{"alfredsnippet": {"snippet", "uid", "name", "keyword"}}`) and an `info.plist` with the
//! collection's keyword prefix and suffix. The collection (the file's name) becomes the
//! situation. Placeholders: `{clipboard}` (and `{clipboard:N}`) becomes a fill-in, `{cursor}` is
//! removed; `{date}`, `{time}`, `{random:…}`, `{snippet:…}`, `{var:…}` and the rest stay as text
//! and are reported (Alfred has no fill-ins).
//!
//! A zip is hostile until read: entries are counted, each is read through a limit whatever size
//! its header claims (a zip bomb declares a small size and inflates to gigabytes), the total is
//! held to the import limit, and names are only labels here — nothing is ever written — but a
//! name that climbs out (`../x.json`) or is absolute is ignored and reported all the same.

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use super::snippets::{self, Mapped, Snippet, Tool};
use super::{Converted, ImportError, MAX_IMPORT_BYTES, Problem, ReadOptions};

/// The largest snippet file read from a collection: far more than any snippet needs.
pub const MAX_ENTRY_BYTES: u64 = 1024 * 1024;
/// The most entries one collection may hold.
pub const MAX_ENTRIES: usize = 20_000;

/// Alfred's `{…}` placeholders in Tactful's terms.
pub fn convert_text(text: &str) -> (String, Vec<String>) {
    snippets::convert_commands(text, "", |inside| {
        let command = inside.split(':').next().unwrap_or_default().trim();
        match command {
            "clipboard" => Mapped::Fill("clipboard".into()),
            "cursor" => Mapped::Cursor,
            _ => Mapped::Keep("is an Alfred placeholder Tactful does not run"),
        }
    })
}

/// The `<string>` after `<key>name</key>` in a property list, if any: the only two values read.
fn plist_string(plist: &str, name: &str) -> Option<String> {
    let after = &plist[plist.find(&format!("<key>{name}</key>"))?..];
    let start = after.find("<string>")? + "<string>".len();
    let end = after[start..].find("</string>")?;
    let next_key = after[1..].find("<key>").map(|position| position + 1).unwrap_or(usize::MAX);
    (start < next_key)
        .then(|| after[start..start + end].replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
}

/// Reads an `.alfredsnippets` collection from its bytes.
pub fn parse(file: &Path, bytes: &[u8], name: String, options: &ReadOptions) -> Result<Converted, ImportError> {
    let refuse = |reason: String| ImportError::single(file, "", reason);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|error| refuse(format!("not a readable .alfredsnippets (zip) file: {error}")))?;
    if archive.len() > MAX_ENTRIES {
        return Err(refuse(format!("holds {} entries; a snippet collection has at most {MAX_ENTRIES}", archive.len())));
    }
    let mut notes = Vec::new();
    let mut skipped = Vec::new();
    let mut list = Vec::new();
    let (mut prefix, mut suffix) = (String::new(), String::new());
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let mut entry =
            archive.by_index(index).map_err(|error| refuse(format!("entry {index} cannot be read: {error}")))?;
        let raw_name = entry.name().map(|name| name.into_owned()).unwrap_or_else(|_| format!("entry {index}"));
        if entry.is_dir() {
            continue;
        }
        let Some(safe) = entry.enclosed_name() else {
            notes.push(Problem {
                location: raw_name.clone(),
                reason: "a name that leaves the collection (absolute or with ..); ignored".into(),
            });
            continue;
        };
        let shown = safe.display().to_string();
        let is_json = shown.to_ascii_lowercase().ends_with(".json");
        let is_info = shown == "info.plist";
        if !is_json && !is_info {
            continue;
        }
        if entry.size() > MAX_ENTRY_BYTES {
            return Err(ImportError::single(
                file,
                shown,
                format!(
                    "an entry of {} bytes; a snippet is never over {MAX_ENTRY_BYTES} bytes, so the file was refused",
                    entry.size()
                ),
            ));
        }
        let mut content = Vec::new();
        (&mut entry)
            .take(MAX_ENTRY_BYTES + 1)
            .read_to_end(&mut content)
            .map_err(|error| ImportError::single(file, shown.clone(), format!("cannot be unpacked: {error}")))?;
        if content.len() as u64 > MAX_ENTRY_BYTES {
            return Err(ImportError::single(
                file,
                shown,
                format!(
                    "unpacks to more than {MAX_ENTRY_BYTES} bytes although its header says {}; the file was refused as a zip bomb",
                    entry.size()
                ),
            ));
        }
        total += content.len() as u64;
        if total > MAX_IMPORT_BYTES {
            return Err(ImportError::TooLarge { file: file.to_path_buf(), limit: MAX_IMPORT_BYTES });
        }
        let Ok(text) = String::from_utf8(content) else {
            skipped.push(Problem { location: shown, reason: "not UTF-8 text".into() });
            continue;
        };
        if is_info {
            prefix = plist_string(&text, "snippetkeywordprefix").unwrap_or_default();
            suffix = plist_string(&text, "snippetkeywordsuffix").unwrap_or_default();
            continue;
        }
        let snippet = match serde_json::from_str::<Value>(&text) {
            Ok(value) => value.get("alfredsnippet").cloned(),
            Err(error) => {
                skipped.push(Problem {
                    location: format!("{shown}, line {}, column {}", error.line(), error.column()),
                    reason: format!("not valid JSON: {error}"),
                });
                continue;
            }
        };
        let Some(snippet) = snippet else {
            skipped.push(Problem { location: shown, reason: "has no `alfredsnippet` object".into() });
            continue;
        };
        let field = |key: &str| snippet.get(key).and_then(Value::as_str).map(str::to_owned);
        let Some(body) = field("snippet") else {
            skipped.push(Problem { location: shown, reason: "has no `snippet` text".into() });
            continue;
        };
        let (converted, messages) = convert_text(&body);
        notes.extend(snippets::notes_at(&shown, messages));
        list.push(Snippet {
            place: shown,
            name: field("name"),
            keyword: field("keyword"),
            text: converted,
            group: Some(name.clone()),
            uid: field("uid"),
            description: None,
        });
    }
    list.sort_by(|left, right| left.place.cmp(&right.place));
    if !prefix.is_empty() || !suffix.is_empty() {
        for snippet in &mut list {
            if let Some(keyword) = &mut snippet.keyword {
                *keyword = format!("{prefix}{keyword}{suffix}");
            }
        }
    }
    Ok(snippets::build(Tool::Alfred, list, name, options, notes, skipped))
}
