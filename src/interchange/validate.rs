//! Turns a parsed file into model values, collecting every problem with its JSON path so a team
//! fixes a file in one pass. What needs the database (situations defined elsewhere, ids already
//! present) is checked by the store inside the import transaction.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use chrono::{DateTime, Utc};

use super::{CollectionFile, ImportError, MAX_REPORTED_PROBLEMS, Problem, SituationEntry};
use crate::model::{
    BUILTIN_COLLECTION, Lang, PhraseContent, PhraseId, Situation, SituationKey, SituationText, parse_timestamp,
    stable_hash,
};
use crate::template;

/// A phrase ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomingPhrase {
    /// Its id: the file's, or one derived from its content.
    pub id: PhraseId,
    /// Whether the file gave the id (reported in previews).
    pub id_given: bool,
    /// The normalised content.
    pub content: PhraseContent,
    /// The file's `updated_at`, if any.
    pub updated_at: Option<DateTime<Utc>>,
    /// Its JSON path in the file, for errors found later by the store.
    pub path: String,
}

/// A collection file that passed every check the file alone allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidCollection {
    /// Collection name; the built-in one's when the file has none.
    pub name: String,
    /// Collection description.
    pub description: Option<String>,
    /// Situations it defines (titles merge by language with what the database has).
    pub situations: Vec<Situation>,
    /// Its phrases, in file order.
    pub phrases: Vec<IncomingPhrase>,
}

struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, location: String, reason: impl Into<String>) {
        if self.0.len() < MAX_REPORTED_PROBLEMS {
            self.0.push(Problem { location, reason: reason.into() });
        }
    }
}

/// Validates the situations a file defines.
fn situations(entries: Vec<SituationEntry>, problems: &mut Problems) -> Vec<Situation> {
    let mut situations = Vec::new();
    let mut defined_keys = HashSet::new();
    for (index, entry) in entries.into_iter().enumerate() {
        let at = format!("situations[{index}]");
        let key = match SituationKey::new(entry.key.trim()) {
            Ok(key) => key,
            Err(error) => {
                problems.push(format!("{at}.key"), error.to_string());
                continue;
            }
        };
        if !defined_keys.insert(key.clone()) {
            problems.push(format!("{at}.key"), format!("situation \"{key}\" is defined twice"));
        }
        let mut texts = BTreeMap::new();
        for (code, title) in &entry.title {
            match Lang::new(code.trim()) {
                Ok(lang) if title.trim().is_empty() => {
                    problems.push(format!("{at}.title.{lang}"), "must not be empty");
                }
                Ok(lang) => {
                    let description =
                        entry.description.get(code).map(|text| text.trim().to_owned()).filter(|text| !text.is_empty());
                    texts.insert(lang, SituationText { title: title.trim().to_owned(), description });
                }
                Err(error) => problems.push(format!("{at}.title.{code}"), error.to_string()),
            }
        }
        for code in entry.description.keys() {
            if !entry.title.contains_key(code) {
                problems.push(format!("{at}.description.{code}"), "a description needs a title in the same language");
            }
        }
        situations.push(Situation { key, texts });
    }
    situations
}

/// Checks `file` (read from `path`) and converts it: all or nothing, every problem listed (up to
/// [`MAX_REPORTED_PROBLEMS`]).
pub fn validate(path: &Path, file: CollectionFile) -> Result<ValidCollection, ImportError> {
    let checked = check(file, false);
    let mut problems = checked.file_problems;
    problems.extend(checked.entry_problems);
    if problems.is_empty() {
        Ok(checked.collection)
    } else {
        problems.truncate(MAX_REPORTED_PROBLEMS);
        Err(ImportError::Invalid { file: path.to_path_buf(), problems })
    }
}

/// Checks `file` entry by entry: a phrase with a problem is left out and its problems returned
/// (every one, at `phrases[N]…`), the rest is kept. A problem with the file itself (its name, a
/// situation it defines) still refuses the whole file, as [`validate`] does. Two phrases that give
/// the same id are both left out: which one the file meant cannot be told.
pub fn validate_entries(path: &Path, file: CollectionFile) -> Result<(ValidCollection, Vec<Problem>), ImportError> {
    let checked = check(file, true);
    if checked.file_problems.is_empty() {
        Ok((checked.collection, checked.entry_problems))
    } else {
        let mut problems = checked.file_problems;
        problems.extend(checked.entry_problems);
        problems.truncate(MAX_REPORTED_PROBLEMS);
        Err(ImportError::Invalid { file: path.to_path_buf(), problems })
    }
}

/// What [`check`] found: the phrases without problems, and the problems, split by whether they
/// concern the whole file or one phrase.
struct Checked {
    collection: ValidCollection,
    file_problems: Vec<Problem>,
    entry_problems: Vec<Problem>,
}

fn check(file: CollectionFile, partial: bool) -> Checked {
    let mut problems = Problems(Vec::new());
    let name = match file.name.as_deref().map(str::trim) {
        Some("") => {
            problems.push("name".into(), "must not be empty when given");
            String::new()
        }
        Some(name) => name.to_owned(),
        None => BUILTIN_COLLECTION.to_owned(),
    };

    let situations = situations(file.situations, &mut problems);
    let file_problems = problems.0;

    // Entry problems are all kept (a partial import lists every skipped phrase); the strict
    // caller cuts the list down for its error message.
    let mut entry_problems: Vec<(usize, Problem)> = Vec::new();
    let mut phrases: Vec<(usize, IncomingPhrase)> = Vec::with_capacity(file.phrases.len());
    let mut seen_ids: std::collections::HashMap<PhraseId, usize> =
        std::collections::HashMap::with_capacity(file.phrases.len());
    let mut doubled_first: HashSet<usize> = HashSet::new();
    for (index, entry) in file.phrases.into_iter().enumerate() {
        let at = format!("phrases[{index}]");
        let before = entry_problems.len();
        let mut push = |location: String, reason: String| {
            entry_problems.push((index, Problem { location, reason }));
        };
        let situation = SituationKey::new(entry.situation.trim())
            .map_err(|error| push(format!("{at}.situation"), error.to_string()))
            .ok();
        let lang = Lang::new(entry.lang.trim()).map_err(|error| push(format!("{at}.lang"), error.to_string())).ok();
        if entry.text.trim().is_empty() {
            push(format!("{at}.text"), "must not be empty".into());
        } else if let Err(error) = template::Template::parse(&entry.text) {
            push(format!("{at}.text"), error.to_string());
        }
        for (line_index, line) in entry.avoid.iter().enumerate() {
            if line.trim().is_empty() {
                push(format!("{at}.avoid[{line_index}]"), "must not be empty".into());
            }
        }
        let updated_at = match entry.updated_at.as_deref() {
            None => None,
            Some(value) => {
                let parsed = parse_timestamp(value);
                if parsed.is_none() {
                    push(format!("{at}.updated_at"), format!("{value:?} is not an RFC 3339 timestamp"));
                }
                parsed
            }
        };
        let given_id = entry
            .id
            .as_deref()
            .map(|id| PhraseId::new(id.trim()).map_err(|error| push(format!("{at}.id"), error.to_string())).ok());
        let (Some(situation), Some(lang)) = (situation, lang) else {
            continue;
        };
        let content = PhraseContent {
            situation,
            lang,
            title: entry.title,
            text: entry.text,
            avoid: entry.avoid,
            note: entry.note,
            tags: entry.tags,
            status: entry.status,
            group: entry.group,
        };
        let Ok(content) = content.normalized() else {
            continue;
        };
        let (id, id_given) = match given_id {
            Some(Some(id)) => (id, true),
            Some(None) => continue,
            None => (derived_id(&content), false),
        };
        if let Some(&first) = seen_ids.get(&id) {
            let reason = if id_given {
                format!("id \"{id}\" appears twice in the file")
            } else {
                "the same phrase (situation, language and text) appears twice in the file".to_owned()
            };
            push(format!("{at}.id"), reason);
            if partial && id_given && doubled_first.insert(first) {
                entry_problems.push((
                    first,
                    Problem {
                        location: format!("phrases[{first}].id"),
                        reason: format!(
                            "id \"{id}\" is given again at {at}; neither was imported, since which one is meant cannot be told"
                        ),
                    },
                ));
            }
            continue;
        }
        seen_ids.insert(id.clone(), index);
        if entry_problems.len() == before || !partial {
            phrases.push((index, IncomingPhrase { id, id_given, content, updated_at, path: at }));
        }
    }
    phrases.retain(|(index, _)| !doubled_first.contains(index));
    entry_problems.sort_by_key(|(index, _)| *index);

    Checked {
        collection: ValidCollection {
            name,
            description: file.description.filter(|text| !text.trim().is_empty()),
            situations,
            phrases: phrases.into_iter().map(|(_, phrase)| phrase).collect(),
        },
        file_problems,
        entry_problems: entry_problems.into_iter().map(|(_, problem)| problem).collect(),
    }
}

/// An id derived from situation, language and text, so importing the same id-less file twice
/// updates instead of duplicating.
fn derived_id(content: &PhraseContent) -> PhraseId {
    let hash = stable_hash(&[
        content.situation.as_str().as_bytes(),
        content.lang.as_str().as_bytes(),
        content.text.as_bytes(),
    ]);
    let suffix = format!(".{hash:016x}.{}", content.lang);
    let prefix: String = content.situation.as_str().chars().take(64 - suffix.len()).collect();
    PhraseId::new(format!("{prefix}{suffix}")).unwrap_or_else(|_| PhraseId::generate(&content.situation, &content.lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::json;

    fn check(text: &str) -> Result<ValidCollection, ImportError> {
        validate(Path::new("t.json"), json::parse(Path::new("t.json"), text)?)
    }

    fn problems(text: &str) -> Vec<Problem> {
        match check(text) {
            Err(ImportError::Invalid { problems, .. }) => problems,
            other => panic!("expected problems, got {other:?}"),
        }
    }

    const HEAD: &str = r#""format":"tactful.collection","version":1"#;

    #[test]
    fn every_problem_is_listed_with_its_path() {
        let found = problems(&format!(
            r#"{{{HEAD},"phrases":[{{"situation":"Bad Key","lang":"en","text":"a"}},{{"situation":"s","lang":"english","text":" "}}]}}"#
        ));
        let locations: Vec<_> = found.iter().map(|problem| problem.location.as_str()).collect();
        assert_eq!(locations, ["phrases[0].situation", "phrases[1].lang", "phrases[1].text"]);
    }

    #[test]
    fn duplicate_ids_are_rejected() {
        let found = problems(&format!(
            r#"{{{HEAD},"phrases":[{{"id":"a","situation":"s","lang":"en","text":"x"}},{{"id":"a","situation":"s","lang":"en","text":"y"}}]}}"#
        ));
        assert_eq!(found[0].location, "phrases[1].id");
    }

    #[test]
    fn malformed_placeholders_and_timestamps_are_rejected() {
        let found = problems(&format!(
            r#"{{{HEAD},"phrases":[{{"situation":"s","lang":"en","text":"Hi {{name","updated_at":"soon"}}]}}"#
        ));
        assert_eq!(found[0].location, "phrases[0].text");
        assert_eq!(found[1].location, "phrases[0].updated_at");
    }

    #[test]
    fn derived_ids_are_stable_and_valid() {
        let text = format!(r#"{{{HEAD},"phrases":[{{"situation":"s","lang":"en","text":"Hello"}}]}}"#);
        let first = check(&text).expect("valid");
        let second = check(&text).expect("valid");
        assert_eq!(first.phrases[0].id, second.phrases[0].id);
        assert!(!first.phrases[0].id_given);
        assert_eq!(first.name, BUILTIN_COLLECTION);
    }

    #[test]
    fn situation_titles_become_texts_by_language() {
        let valid = check(&format!(
            r#"{{{HEAD},"situations":[{{"key":"s","title":{{"en":"Saying no","NL":"Nee zeggen"}},"description":{{"en":"d"}}}}]}}"#
        ))
        .expect("valid");
        assert_eq!(valid.situations[0].title_in("nl"), "Nee zeggen");
        assert_eq!(valid.situations[0].text_in("en").and_then(|text| text.description.as_deref()), Some("d"));
    }
}
