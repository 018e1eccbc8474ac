//! Writing the phrasebook back out as a collection file, deterministically: situations by key,
//! phrases by situation, group, language and id, so a team reviews changes as ordinary diffs.

use super::{Store, StoreResult};
use crate::interchange::{CollectionFile, FORMAT_NAME, FORMAT_VERSION, PhraseEntry, SituationEntry};
use crate::model::{Lang, Phrase, SituationKey, format_timestamp};

/// The name an export of several collections carries.
pub const EXPORT_NAME: &str = "Tactful export";

/// Which phrases an export holds; every field narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportFilter {
    /// Only this language.
    pub lang: Option<Lang>,
    /// Only this situation.
    pub situation: Option<SituationKey>,
    /// Only this collection (its name becomes the file's name).
    pub collection: Option<String>,
}

impl ExportFilter {
    fn keeps(&self, phrase: &Phrase) -> bool {
        self.lang.as_ref().is_none_or(|lang| &phrase.content.lang == lang)
            && self.situation.as_ref().is_none_or(|key| &phrase.content.situation == key)
            && self.collection.as_ref().is_none_or(|name| &phrase.collection == name)
    }

    fn is_everything(&self) -> bool {
        self.lang.is_none() && self.situation.is_none() && self.collection.is_none()
    }
}

fn entry(phrase: Phrase) -> PhraseEntry {
    let content = phrase.content;
    PhraseEntry {
        id: Some(phrase.id.to_string()),
        situation: content.situation.to_string(),
        lang: content.lang.to_string(),
        title: content.title,
        text: content.text,
        avoid: content.avoid,
        note: content.note,
        tags: content.tags,
        status: content.status,
        group: content.group,
        updated_at: Some(format_timestamp(&phrase.updated_at)),
    }
}

impl Store {
    /// The phrases `filter` keeps as a collection file (personal usage is never included).
    pub fn export(&self, filter: &ExportFilter) -> StoreResult<CollectionFile> {
        let mut phrases: Vec<Phrase> = self.phrases()?.into_iter().filter(|phrase| filter.keeps(phrase)).collect();
        phrases.sort_by(|left, right| {
            let key = |phrase: &Phrase| {
                (
                    phrase.content.situation.clone(),
                    phrase.content.group.clone().unwrap_or_default(),
                    phrase.content.lang.clone(),
                    phrase.id.clone(),
                )
            };
            key(left).cmp(&key(right))
        });
        let used: std::collections::BTreeSet<&SituationKey> =
            phrases.iter().map(|phrase| &phrase.content.situation).collect();
        let situations = self
            .situations()?
            .into_iter()
            .filter(|situation| filter.is_everything() || used.contains(&situation.key))
            .map(|situation| SituationEntry {
                key: situation.key.to_string(),
                title: situation.texts.iter().map(|(lang, text)| (lang.to_string(), text.title.clone())).collect(),
                description: situation
                    .texts
                    .iter()
                    .filter_map(|(lang, text)| {
                        text.description.clone().map(|description| (lang.to_string(), description))
                    })
                    .collect(),
            })
            .collect();
        let (name, description) = match &filter.collection {
            Some(name) => {
                let description = self
                    .collections()?
                    .into_iter()
                    .find(|collection| &collection.name == name)
                    .and_then(|c| c.description);
                (name.clone(), description)
            }
            None => (EXPORT_NAME.to_owned(), None),
        };
        Ok(CollectionFile {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            name: Some(name),
            description,
            situations,
            phrases: phrases.into_iter().map(entry).collect(),
        })
    }
}
