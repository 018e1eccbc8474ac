//! Situations: listing them with their texts and phrase counts, adding one and naming it per
//! language. Each write is one transaction.

use std::collections::BTreeMap;

use rusqlite::params;

use super::sql::situation_exists;
use super::{Store, StoreError, StoreResult};
use crate::model::{Lang, ModelError, Situation, SituationKey, SituationText};

fn clean_title(title: &str) -> StoreResult<String> {
    let title = title.trim();
    if title.is_empty() { Err(ModelError::Empty("title").into()) } else { Ok(title.to_owned()) }
}

fn clean_description(description: Option<&str>) -> Option<String> {
    description.map(str::trim).filter(|description| !description.is_empty()).map(str::to_owned)
}

impl Store {
    /// Every situation with its texts, by key.
    pub fn situations(&self) -> StoreResult<Vec<Situation>> {
        let mut situations: BTreeMap<String, Situation> = BTreeMap::new();
        let mut statement = self.connection.prepare("SELECT situation_key FROM situations ORDER BY situation_key")?;
        for key in statement.query_map([], |row| row.get::<_, String>(0))? {
            let key = key?;
            let parsed =
                SituationKey::new(key.clone()).map_err(|_| StoreError::Corrupt("situations.situation_key".into()))?;
            situations.insert(key, Situation { key: parsed, texts: BTreeMap::new() });
        }
        let mut statement =
            self.connection.prepare("SELECT situation_key, lang, title, description FROM situation_texts")?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, Option<String>>(3)?,
            ))
        })?;
        for row in rows {
            let (key, lang, title, description) = row?;
            let lang = Lang::new(lang).map_err(|_| StoreError::Corrupt("situation_texts.lang".into()))?;
            if let Some(situation) = situations.get_mut(&key) {
                situation.texts.insert(lang, SituationText { title, description });
            }
        }
        Ok(situations.into_values().collect())
    }

    /// Live phrase counts by situation key.
    pub fn situation_counts(&self) -> StoreResult<BTreeMap<String, usize>> {
        let mut statement = self
            .connection
            .prepare("SELECT situation_key, count(*) FROM phrases WHERE deleted_at IS NULL GROUP BY situation_key")?;
        let rows = statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)))?;
        let mut counts = BTreeMap::new();
        for row in rows {
            let (key, count) = row?;
            counts.insert(key, usize::try_from(count).unwrap_or(0));
        }
        Ok(counts)
    }

    /// Adds a situation with its title (and optional description) in `lang`; refuses a key that
    /// is already taken, so two people never silently share one situation.
    pub fn add_situation(
        &mut self,
        key: &SituationKey,
        lang: &Lang,
        title: &str,
        description: Option<&str>,
    ) -> StoreResult<()> {
        let title = clean_title(title)?;
        let description = clean_description(description);
        self.write(|transaction| {
            if situation_exists(transaction, key)? {
                return Err(StoreError::KeyTaken { key: key.to_string() });
            }
            transaction.execute("INSERT INTO situations (situation_key) VALUES (?1)", [key.as_str()])?;
            transaction.execute(
                "INSERT INTO situation_texts (situation_key, lang, title, description) VALUES (?1, ?2, ?3, ?4)",
                params![key.as_str(), lang.as_str(), title, description],
            )?;
            Ok(())
        })
    }

    /// Sets a situation's title and description in `lang`, adding that language if it is new.
    pub fn set_situation_text(
        &mut self,
        key: &SituationKey,
        lang: &Lang,
        title: &str,
        description: Option<&str>,
    ) -> StoreResult<()> {
        let title = clean_title(title)?;
        let description = clean_description(description);
        self.write(|transaction| {
            if !situation_exists(transaction, key)? {
                return Err(StoreError::SituationNotFound(key.to_string()));
            }
            transaction.execute(
                "INSERT INTO situation_texts (situation_key, lang, title, description) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (situation_key, lang) DO UPDATE SET title = excluded.title, description = excluded.description",
                params![key.as_str(), lang.as_str(), title, description],
            )?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Seed;

    fn key(value: &str) -> SituationKey {
        SituationKey::new(value).expect("valid key")
    }

    fn lang(value: &str) -> Lang {
        Lang::new(value).expect("valid lang")
    }

    #[test]
    fn an_added_situation_is_listed_with_its_title() {
        let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
        store.add_situation(&key("refunds"), &lang("en"), " Refunds ", Some("Money back")).expect("adds");
        let situations = store.situations().expect("lists");
        assert_eq!(situations.len(), 1);
        assert_eq!(situations[0].title_in("en"), "Refunds");
    }

    #[test]
    fn adding_a_taken_key_is_refused() {
        let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
        store.add_situation(&key("refunds"), &lang("en"), "Refunds", None).expect("adds");
        let error = store.add_situation(&key("refunds"), &lang("nl"), "Terugbetalingen", None).expect_err("taken");
        assert!(error.to_string().contains("already exists"), "{error}");
    }

    #[test]
    fn renaming_adds_or_replaces_the_title_in_one_language() {
        let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
        store.add_situation(&key("refunds"), &lang("en"), "Refunds", None).expect("adds");
        store.set_situation_text(&key("refunds"), &lang("nl"), "Terugbetalingen", None).expect("adds nl");
        store.set_situation_text(&key("refunds"), &lang("en"), "Money back", None).expect("renames en");
        let situation = store.situations().expect("lists").remove(0);
        assert_eq!(situation.title_in("nl"), "Terugbetalingen");
        assert_eq!(situation.title_in("en"), "Money back");
    }

    #[test]
    fn an_empty_title_or_unknown_situation_is_refused() {
        let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
        assert!(store.add_situation(&key("refunds"), &lang("en"), "  ", None).is_err());
        assert!(matches!(
            store.set_situation_text(&key("nowhere"), &lang("en"), "Nowhere", None),
            Err(StoreError::SituationNotFound(_))
        ));
    }
}
