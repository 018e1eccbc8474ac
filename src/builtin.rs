//! The built-in phrasebook: every collection file under `data/phrasebook`, embedded in the binary at
//! build time so Tactful runs anywhere, merged into one collection. [`version`] tells a database
//! whether the binary ships a different phrasebook from the one it last merged.

use std::collections::HashMap;
use std::path::Path;

use include_dir::{Dir, include_dir};

use crate::interchange::{ImportError, ValidCollection, json, validate};
use crate::model::BUILTIN_COLLECTION;

static PHRASEBOOK: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data/phrasebook");

/// Every embedded collection file as (path under `data/phrasebook`, contents), in path order.
pub fn files() -> Vec<(&'static Path, &'static str)> {
    let mut files = Vec::new();
    collect(&PHRASEBOOK, &mut files);
    files.sort_by_key(|(path, _)| *path);
    files
}

fn collect(directory: &'static Dir<'static>, files: &mut Vec<(&'static Path, &'static str)>) {
    for file in directory.files() {
        if file.path().extension().is_some_and(|extension| extension == "json")
            && let Some(text) = file.contents_utf8()
        {
            files.push((file.path(), text));
        }
    }
    for child in directory.dirs() {
        collect(child, files);
    }
}

/// A fingerprint of the embedded phrasebook: it changes whenever any file's path or contents
/// change, so a database that stored it after merging can tell that a newer binary ships new
/// lines, without parsing the phrasebook on every start.
pub fn version() -> String {
    let files = files();
    let paths: Vec<String> = files.iter().map(|(path, _)| path.to_string_lossy().replace('\\', "/")).collect();
    let mut parts: Vec<&[u8]> = Vec::with_capacity(files.len() * 2);
    for ((_, text), path) in files.iter().zip(&paths) {
        parts.extend([path.as_bytes(), text.as_bytes()]);
    }
    format!("{:016x}", crate::model::stable_hash(&parts))
}

/// The whole built-in phrasebook as one collection: situation texts merged by language.
pub fn phrasebook() -> Result<ValidCollection, ImportError> {
    let mut merged = ValidCollection {
        name: BUILTIN_COLLECTION.to_owned(),
        description: None,
        situations: Vec::new(),
        phrases: Vec::new(),
    };
    let mut situation_at: HashMap<String, usize> = HashMap::new();
    for (path, text) in files() {
        let display = Path::new("data/phrasebook").join(path);
        let part = validate::validate(&display, json::parse(&display, text)?)?;
        for situation in part.situations {
            match situation_at.get(situation.key.as_str()) {
                Some(&index) => merged.situations[index].texts.extend(situation.texts),
                None => {
                    situation_at.insert(situation.key.to_string(), merged.situations.len());
                    merged.situations.push(situation);
                }
            }
        }
        merged.phrases.extend(part.phrases.into_iter().map(|mut phrase| {
            phrase.path = format!("{}: {}", display.display(), phrase.path);
            phrase
        }));
    }
    Ok(merged)
}
