//! Register variants: a team chooses one language tag — `en`, `en-US`, `nl-x-informal` (*je*),
//! `ru-x-formal` (*Вы* in letters) — and sees one wording per translation group. A variant holds
//! only the lines that differ from its base language, so choosing it shows the variant's own
//! phrases plus the base language's phrases of groups the variant has no phrase for; choosing the
//! base language hides the variants. With no language chosen, every language shows its base
//! wording and a variant shows only where its base language has no line, so a translation group
//! never lists Dutch twice. This module is only that rule: no store, search or UI.

use std::collections::{HashMap, HashSet};

use crate::model::{Lang, Phrase, Status};

/// Which phrases one chosen language tag shows. Build it once per phrasebook snapshot and tag;
/// [`LanguageView::shows`] is then a lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageView {
    /// The chosen tag, canonical (`en-US`, `nl-x-informal`).
    chosen: String,
    /// Its primary language (`en`, `nl`).
    base: String,
    /// Per translation group, the best [`Rank`] among its live phrases of the base language.
    best_in_group: HashMap<String, Rank>,
    /// With no language chosen: the (group, primary language) pairs that hold a live phrase in the
    /// primary language itself, whose variants are then hidden.
    based_groups: Option<HashSet<(String, String)>>,
}

/// How well a phrase's language serves the chosen tag; smaller is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// Exactly the chosen tag.
    Chosen,
    /// The base language itself, when a variant was chosen.
    Base,
    /// Another tag of the base language (a region, another register).
    Other,
}

impl LanguageView {
    /// The view for `chosen` over `phrases` (retired phrases never hide a wording). A tag that is
    /// not a valid language tag is compared as written, lower-cased.
    pub fn new<'a>(chosen: &str, phrases: impl IntoIterator<Item = &'a Phrase>) -> Self {
        let chosen = Lang::new(chosen).map(|lang| lang.to_string()).unwrap_or_else(|_| chosen.to_lowercase());
        let base = chosen.split('-').next().unwrap_or_default().to_owned();
        let mut view = Self { chosen, base, best_in_group: HashMap::new(), based_groups: None };
        for phrase in phrases {
            if phrase.content.status == Status::Retired {
                continue;
            }
            let (Some(group), Some(rank)) = (&phrase.content.group, view.rank(&phrase.content.lang)) else {
                continue;
            };
            view.best_in_group.entry(group.clone()).and_modify(|best| *best = (*best).min(rank)).or_insert(rank);
        }
        view
    }

    /// The view when no language is chosen: every language, one wording per language and group.
    pub fn every_language<'a>(phrases: impl IntoIterator<Item = &'a Phrase>) -> Self {
        let based_groups = phrases
            .into_iter()
            .filter(|phrase| phrase.content.status != Status::Retired && is_base(&phrase.content.lang))
            .filter_map(|phrase| {
                let group = phrase.content.group.as_ref()?;
                Some((group.clone(), phrase.content.lang.primary().to_owned()))
            })
            .collect();
        Self {
            chosen: String::new(),
            base: String::new(),
            best_in_group: HashMap::new(),
            based_groups: Some(based_groups),
        }
    }

    /// The chosen tag, canonical; empty for [`LanguageView::every_language`].
    pub fn chosen(&self) -> &str {
        &self.chosen
    }

    /// Whether `phrase` is shown: it is in the chosen tag's language, and no phrase of its group
    /// serves the tag better (the tag itself before the base language before any other tag).
    /// Phrases without a group stand alone and show whenever their language matches.
    pub fn shows(&self, phrase: &Phrase) -> bool {
        if let Some(based_groups) = &self.based_groups {
            let lang = &phrase.content.lang;
            return is_base(lang)
                || phrase
                    .content
                    .group
                    .as_ref()
                    .is_none_or(|group| !based_groups.contains(&(group.clone(), lang.primary().to_owned())));
        }
        let Some(rank) = self.rank(&phrase.content.lang) else {
            return false;
        };
        match &phrase.content.group {
            Some(group) => self.best_in_group.get(group).is_none_or(|best| rank <= *best),
            None => true,
        }
    }

    fn rank(&self, lang: &Lang) -> Option<Rank> {
        if lang.primary() != self.base {
            None
        } else if lang.as_str() == self.chosen {
            Some(Rank::Chosen)
        } else if lang.as_str() == self.base {
            Some(Rank::Base)
        } else {
            Some(Rank::Other)
        }
    }
}

/// Whether `lang` is a primary language alone (`nl`), not a region or register of it.
fn is_base(lang: &Lang) -> bool {
    lang.as_str() == lang.primary()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PhraseContent, PhraseId, SituationKey};

    fn phrase(id: &str, lang: &str, group: Option<&str>, status: Status) -> Phrase {
        let content = PhraseContent {
            situation: SituationKey::new("greeting").expect("key"),
            lang: Lang::new(lang).expect("lang"),
            title: None,
            text: format!("text of {id}"),
            avoid: Vec::new(),
            note: None,
            tags: Vec::new(),
            status,
            group: group.map(str::to_owned),
        };
        Phrase {
            id: PhraseId::new(id).expect("id"),
            collection: "book".into(),
            content,
            created_at: crate::model::now(),
            updated_at: crate::model::now(),
            usage: Default::default(),
        }
    }

    fn shown(view: &LanguageView, phrases: &[Phrase]) -> Vec<String> {
        // Statuses are the search filter's business; here only the language rule is under test.
        let live = phrases.iter().filter(|phrase| phrase.content.status != Status::Retired);
        live.filter(|phrase| view.shows(phrase)).map(|phrase| phrase.id.to_string()).collect()
    }

    fn book() -> Vec<Phrase> {
        vec![
            phrase("hello.en", "en", Some("hello"), Status::Vetted),
            phrase("hello.en-us", "en-US", Some("hello"), Status::Vetted),
            phrase("bye.en", "en", Some("bye"), Status::Vetted),
            phrase("bye.nl", "nl", Some("bye"), Status::Vetted),
            phrase("bye.nl-informal", "nl-x-informal", Some("bye"), Status::Vetted),
            phrase("thanks.nl-be", "nl-BE", None, Status::Vetted),
            phrase("sorry.nl-informal", "nl-x-informal", Some("sorry"), Status::Retired),
            phrase("sorry.nl", "nl", Some("sorry"), Status::Vetted),
        ]
    }

    #[test]
    fn a_variant_shows_its_lines_and_the_base_lines_it_does_not_replace() {
        let book = book();
        let view = LanguageView::new("en-us", &book);
        assert_eq!(view.chosen(), "en-US");
        assert_eq!(shown(&view, &book), ["hello.en-us", "bye.en"]);
    }

    #[test]
    fn the_base_language_hides_its_variants() {
        let book = book();
        assert_eq!(shown(&LanguageView::new("en", &book), &book), ["hello.en", "bye.en"]);
        assert_eq!(shown(&LanguageView::new("nl", &book), &book), ["bye.nl", "thanks.nl-be", "sorry.nl"]);
    }

    #[test]
    fn a_retired_variant_line_does_not_hide_the_base_line() {
        let book = book();
        let view = LanguageView::new("nl-x-informal", &book);
        assert_eq!(shown(&view, &book), ["bye.nl-informal", "thanks.nl-be", "sorry.nl"]);
    }

    #[test]
    fn every_language_shows_one_wording_per_language_and_group() {
        let book = book();
        let view = LanguageView::every_language(&book);
        assert_eq!(view.chosen(), "");
        // hello.en-us and bye.nl-informal have a base line in their group; thanks.nl-be has no
        // group; the retired sorry.nl-informal is the search filter's business.
        assert_eq!(shown(&view, &book), ["hello.en", "bye.en", "bye.nl", "thanks.nl-be", "sorry.nl"]);
    }

    #[test]
    fn every_language_keeps_a_variant_whose_base_line_is_retired_or_missing() {
        let mut book = book();
        book.push(phrase("only.en-us", "en-US", Some("only"), Status::Vetted));
        book[0].content.status = Status::Retired;
        let view = LanguageView::every_language(&book);
        let shown = shown(&view, &book);
        assert!(shown.contains(&"hello.en-us".to_owned()), "{shown:?}");
        assert!(shown.contains(&"only.en-us".to_owned()), "{shown:?}");
    }

    #[test]
    fn another_language_shows_nothing() {
        let book = book();
        assert!(shown(&LanguageView::new("ru-x-formal", &book), &book).is_empty());
    }
}
