//! A whole Espanso configuration folder in one import: every `match/**/*.yml` file, in path
//! order, plus the `_`-prefixed files another file imports (Espanso loads those only through an
//! `imports` list). Only what lies inside the folder is read: links are not followed, an import
//! that points outside is reported and ignored, and the folder as a whole is held to the same
//! size limit as one file. A file that is not valid YAML is skipped with its position in a
//! partial import and refuses the folder in a strict one.

use std::collections::{BTreeSet, VecDeque};
use std::path::{Component, Path, PathBuf};

use super::espanso::{self, TriggerCounts};
use super::{CollectionFile, Converted, ImportError, MAX_IMPORT_BYTES, Problem, ReadOptions, input};

/// How deep the match folder is searched: packages sit two levels down (`match/packages/name/`).
const MAX_DEPTH: usize = 8;
/// How many files one folder import reads at most.
pub const MAX_FILES: usize = 10_000;

/// The match folder of `folder`: its `match` subfolder (a configuration folder such as
/// `~/.config/espanso`), or the folder itself when it is called `match`.
pub fn match_folder(folder: &Path) -> Option<PathBuf> {
    let inner = folder.join("match");
    if std::fs::symlink_metadata(&inner).is_ok_and(|metadata| metadata.is_dir()) {
        return Some(inner);
    }
    (folder.file_name().is_some_and(|name| name == "match")).then(|| folder.to_path_buf())
}

fn is_match_file(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| extension.eq_ignore_ascii_case("yml") || extension.eq_ignore_ascii_case("yaml"))
}

fn hidden_or_underscore(path: &Path) -> (bool, bool) {
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    (name.starts_with('.'), name.starts_with('_'))
}

/// Every match file under `root`, sorted, as (path, whether it starts with `_`). Links are
/// skipped and reported: following them could read anything on the machine.
fn walk(root: &Path, notes: &mut Vec<Problem>, shown: &dyn Fn(&Path) -> String) -> Vec<(PathBuf, bool)> {
    let mut found = Vec::new();
    let mut folders = vec![(root.to_path_buf(), 0usize)];
    while let Some((folder, depth)) = folders.pop() {
        let Ok(listing) = std::fs::read_dir(&folder) else {
            notes.push(Problem { location: shown(&folder), reason: "the folder could not be read".into() });
            continue;
        };
        for entry in listing.filter_map(Result::ok) {
            let path = entry.path();
            let (hidden, underscore) = hidden_or_underscore(&path);
            let Ok(kind) = entry.file_type() else { continue };
            if hidden {
                continue;
            }
            if kind.is_symlink() {
                notes.push(Problem { location: shown(&path), reason: "a link; links are not followed".into() });
            } else if kind.is_dir() && depth < MAX_DEPTH {
                folders.push((path, depth + 1));
            } else if kind.is_file() && is_match_file(&path) {
                found.push((path, underscore));
            }
        }
    }
    found.sort();
    found
}

/// Where an `imports` entry of `importer` points, if it stays inside `base` (the configuration
/// folder). Espanso resolves relative entries from the importing file's folder.
fn resolve_import(importer: &Path, entry: &str, base: &Path) -> Option<PathBuf> {
    let relative = Path::new(entry);
    if relative.is_absolute() || relative.components().any(|part| matches!(part, Component::ParentDir)) {
        // `..` could climb out of the folder; an absolute path is somewhere else entirely.
        let joined = if relative.is_absolute() { relative.to_path_buf() } else { importer.parent()?.join(relative) };
        let resolved = std::fs::canonicalize(joined).ok()?;
        return resolved.starts_with(std::fs::canonicalize(base).ok()?).then_some(resolved);
    }
    let joined = importer.parent()?.join(relative);
    std::fs::symlink_metadata(&joined).is_ok_and(|metadata| metadata.is_file()).then_some(joined)
}

/// Reads the Espanso configuration (or match) folder `folder` as one collection, named after
/// the folder unless `options` names one.
pub fn read(folder: &Path, options: &ReadOptions) -> Result<Converted, ImportError> {
    let Some(root) = match_folder(folder) else {
        return Err(ImportError::FolderWithoutMatches { file: folder.to_path_buf() });
    };
    let base = if root == folder { folder.parent().unwrap_or(folder).to_path_buf() } else { folder.to_path_buf() };
    let shown = |path: &Path| path.strip_prefix(&base).unwrap_or(path).display().to_string();
    let mut notes = Vec::new();
    let files = walk(&root, &mut notes, &shown);
    let mut queue: VecDeque<PathBuf> =
        files.iter().filter(|(_, underscore)| !underscore).map(|(path, _)| path.clone()).collect();
    let mut done: BTreeSet<PathBuf> = BTreeSet::new();
    let mut counts = TriggerCounts::default();
    let mut budget = MAX_IMPORT_BYTES;
    let name = options.collection.clone().unwrap_or_else(|| {
        folder
            .canonicalize()
            .ok()
            .and_then(|path| path.file_name().map(|name| name.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "espanso".to_owned())
    });
    let mut converted = Converted {
        file: CollectionFile {
            format: super::FORMAT_NAME.to_owned(),
            version: super::FORMAT_VERSION,
            name: Some(name),
            description: None,
            situations: Vec::new(),
            phrases: Vec::new(),
        },
        places: Vec::new(),
        notes: Vec::new(),
        skipped: Vec::new(),
        unreadable: Vec::new(),
    };
    while let Some(path) = queue.pop_front() {
        let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if !done.insert(key) {
            continue;
        }
        if done.len() > MAX_FILES {
            return Err(ImportError::single(
                folder,
                "",
                format!("more than {MAX_FILES} match files; import the package folders one at a time"),
            ));
        }
        let place = shown(&path);
        let bytes = input::read_limited(&path, budget).map_err(|error| match error {
            ImportError::TooLarge { .. } => {
                ImportError::TooLarge { file: folder.to_path_buf(), limit: MAX_IMPORT_BYTES }
            }
            other => other,
        })?;
        budget -= bytes.len() as u64;
        let parsed = std::str::from_utf8(&bytes)
            .map_err(|error| {
                ImportError::single(
                    &path,
                    "",
                    format!("not UTF-8 text (invalid byte at offset {})", error.valid_up_to()),
                )
            })
            .and_then(|text| espanso::parse_with(&path, text, &format!("{place}, "), &mut counts, options));
        let parsed = match parsed {
            Ok(parsed) => parsed,
            Err(ImportError::Invalid { problems, .. }) => {
                // The file as a whole cannot be read: in a partial import it is one skipped
                // entry with its position; a strict import refuses the folder with it.
                for problem in problems {
                    let location = if problem.location.is_empty() {
                        place.clone()
                    } else {
                        format!("{place}, {}", problem.location)
                    };
                    converted.unreadable.push(Problem { location, reason: problem.reason });
                }
                continue;
            }
            Err(other) => return Err(other),
        };
        for entry in &parsed.imports {
            match resolve_import(&path, entry, &base) {
                Some(target) if is_match_file(&target) => queue.push_back(target),
                _ => notes.push(Problem {
                    location: format!("{place}, imports"),
                    reason: format!("{entry:?} is not a match file inside the espanso folder; it was not read"),
                }),
            }
        }
        if converted.file.situations.is_empty() {
            converted.file.situations = parsed.file.situations;
        }
        converted.file.phrases.extend(parsed.file.phrases);
        converted.places.extend(parsed.places);
        converted.notes.extend(parsed.notes);
        converted.skipped.extend(parsed.skipped);
    }
    for (path, underscore) in &files {
        if *underscore && !done.contains(&std::fs::canonicalize(path).unwrap_or_else(|_| path.clone())) {
            notes.push(Problem {
                location: shown(path),
                reason: "starts with `_` and no file imports it, so Espanso does not load it either; not read".into(),
            });
        }
    }
    converted.notes.extend(notes);
    Ok(converted)
}
