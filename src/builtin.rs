//! The built-in phrasebook: every collection file under `data/phrasebook`, embedded in the binary at
//! build time so Tactful runs anywhere, merged into one collection.

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
