//! The in-memory index: every phrase's fields as word ids, its situation's titles and keywords,
//! and the ranking signals that do not depend on the query.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use rayon::slice::ParallelSliceMut;

use super::column::Column;
use super::field::{Field, TOKEN_FIELDS};
use super::fold::fold_into;
use super::postings::Postings;
use super::stored::StoredPhrases;
use super::vocabulary::{LINE_BREAK, Words};
use crate::model::{Lang, Phrase, PhraseId, Status};

/// Per-phrase search data: where its words sit in [`SearchIndex::token_blocks`], and the ranking signals
/// that do not depend on the query.
#[derive(Debug, Clone, Default)]
pub(super) struct Entry {
    /// The block of [`SearchIndex::token_blocks`] holding the phrase's words.
    pub block: u32,
    /// First token of the phrase in its block.
    pub start: u32,
    /// Token offsets from `start` where the text, the title, the avoid lines, the tags and the
    /// note end.
    pub ends: [u32; TOKEN_FIELDS.len()],
    /// Index into [`SearchIndex::situation_tokens`], or [`super::field::NO_SITUATION`].
    pub situation: u32,
    /// The phrase's primary language: an index into [`SearchIndex::langs`].
    pub lang: u32,
    /// Shorter wins, but only among equals: a ten-times-longer text loses about one point, less
    /// than any difference in how the query matched.
    pub length_penalty: f32,
    /// Query-independent boost: status, favourite, frecency.
    pub boost: f32,
    /// The phrase's status, here so the default filter need not touch the phrase itself.
    pub status: Status,
}

impl Entry {
    /// The part of every score of this phrase that does not depend on the query.
    pub fn static_score(&self) -> f32 {
        self.boost - self.length_penalty
    }
}

/// The ranking signals that come from the agent's own use, for a phrase and a moment.
pub fn frecency(copy_count: u32, last_copied_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> f32 {
    let Some(last) = last_copied_at else {
        return 0.0;
    };
    let age_days = (now - last).num_hours().max(0) as f32 / 24.0;
    let recency = if age_days < 1.0 {
        1.0
    } else if age_days < 7.0 {
        0.7
    } else if age_days < 30.0 {
        0.45
    } else {
        0.2
    };
    (1.0 + copy_count as f32).ln() * recency
}

/// The phrases an index answers with: as read from the store (or changed in place since), or as
/// kept in a stored index file, where each phrase is decoded the first time it is asked for, so a
/// search that shows ten results decodes a few chunks, not the phrasebook.
#[derive(Debug, Clone, Default)]
pub(super) struct PhraseTable {
    /// Empty while `stored` holds the phrases.
    owned: Vec<Phrase>,
    stored: Option<StoredPhrases>,
    /// What [`SearchIndex::summary`] answers: kept by a stored index, worked out from the phrases
    /// otherwise, and again once they change.
    summary: OnceLock<Summary>,
}

impl PhraseTable {
    pub fn owned(phrases: Vec<Phrase>) -> Self {
        Self { owned: phrases, stored: None, summary: OnceLock::new() }
    }

    pub fn stored(phrases: StoredPhrases, summary: Summary) -> Self {
        Self { owned: Vec::new(), stored: Some(phrases), summary: OnceLock::from(summary) }
    }
}

/// What a phrasebook holds at a glance, as the window's side panel lists it: the languages and
/// tags present and how many phrases each situation has. A stored index keeps it, so a window
/// opening on 100,000 phrases lists them without decoding every phrase.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Every phrase's language tag (`en`, `ru-x-formal`), each once, sorted.
    pub languages: Vec<String>,
    /// Every tag of every phrase, each once, sorted.
    pub tags: Vec<String>,
    /// Phrases per situation key (every phrase the index holds, retired ones too, as the store
    /// counts the phrases not deleted).
    pub situation_counts: BTreeMap<String, usize>,
}

impl Summary {
    /// The summary of `phrases`.
    pub fn of(phrases: &[Phrase]) -> Self {
        let mut languages = BTreeSet::new();
        let mut tags = BTreeSet::new();
        let mut situation_counts: BTreeMap<String, usize> = BTreeMap::new();
        for phrase in phrases {
            let content = &phrase.content;
            languages.insert(content.lang.as_str());
            tags.extend(content.tags.iter().map(String::as_str));
            match situation_counts.get_mut(content.situation.as_str()) {
                Some(count) => *count += 1,
                None => {
                    situation_counts.insert(content.situation.as_str().to_owned(), 1);
                }
            }
        }
        Self {
            languages: languages.into_iter().map(str::to_owned).collect(),
            tags: tags.into_iter().map(str::to_owned).collect(),
            situation_counts,
        }
    }
}

/// The index over a snapshot of the phrasebook.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub(super) phrases: PhraseTable,
    pub(super) entries: Vec<Entry>,
    /// Word ids of every phrase's fields, one after another ([`LINE_BREAK`] between lines).
    /// One block per slice the index was built in, kept apart rather than copied into one.
    pub(super) token_blocks: Vec<Column>,
    /// Folded words by id.
    pub(super) words: Words,
    /// Situation keys, in the order of [`SearchIndex::situation_tokens`].
    pub(super) situation_keys: Vec<Box<str>>,
    /// Word ids of each situation's key and titles in every language.
    pub(super) situation_tokens: Vec<Vec<u32>>,
    /// The same, folded as one text, for terms that span several words.
    pub(super) situation_texts: Vec<String>,
    /// Primary languages of the phrases, each once.
    pub(super) langs: Vec<Box<str>>,
    /// Word ids of each situation's description and keywords in each language, at
    /// `situation * langs.len() + lang` (empty where there are none).
    pub(super) about_tokens: Vec<Vec<u32>>,
    /// The same, folded as one text.
    pub(super) about_texts: Vec<String>,
    /// How often each word occurs in the phrases' own fields, for how rare a term is; counted on
    /// the first query.
    pub(super) word_counts: OnceLock<Column>,
    /// Positions sorted by phrase id, for lookups by id without a copy of every id.
    pub(super) by_id: OnceLock<Vec<u32>>,
    /// Changes whenever entries change, so cached survivor sets are never reused across versions.
    pub(super) generation: u64,
    /// Positions by query-independent score, best first; worked out on the first search.
    pub(super) best_first: OnceLock<Column>,
    /// The phrases holding each word; worked out on the first query that needs them.
    pub(super) postings: OnceLock<Postings>,
    /// What the empty query lists without filters, in order: kept by a stored index (browsing
    /// orders by every phrase's use, situation and tags, which would decode them all); `None`
    /// otherwise, and once phrases change.
    pub(super) browse_order: OnceLock<Column>,
    /// Folded word → id, for words of a phrase added or edited in place; worked out on the first
    /// such change.
    pub(super) word_ids: OnceLock<rustc_hash::FxHashMap<Box<str>, u32>>,
}

/// The query-independent part of a phrase's score.
pub(super) fn boost(phrase: &Phrase, now: DateTime<Utc>) -> f32 {
    boost_of(phrase.content.status, &phrase.usage, now)
}

/// [`boost`] from the parts it reads (a stored index keeps them without the phrase).
pub(super) fn boost_of(status: Status, usage: &crate::model::Usage, now: DateTime<Utc>) -> f32 {
    let status = match status {
        Status::Vetted => 6.0,
        Status::Draft => 0.0,
        Status::Retired => -10.0,
    };
    let favorite = if usage.favorite { 10.0 } else { 0.0 };
    status + favorite + 3.5 * frecency(usage.copy_count, usage.last_copied_at, now)
}

impl SearchIndex {
    /// The phrases holding each word.
    pub(super) fn postings(&self) -> &Postings {
        self.postings.get_or_init(|| Postings::build(self))
    }

    /// Builds the lookups queries otherwise build on first use (which phrases hold each word, how
    /// many, the best-first order), so a worker waiting for the agent's first keystroke pays for
    /// them instead of that keystroke.
    pub(super) fn prepare_lookups(&self) {
        self.postings();
        self.word_counts();
        self.best_first();
    }

    /// Positions by query-independent score, best first (ties by position).
    pub(super) fn best_first(&self) -> &[u32] {
        self.best_first.get_or_init(|| {
            // Sorting (score, position) pairs reads each entry once instead of at every comparison.
            let mut scored: Vec<(f32, u32)> = self
                .entries
                .iter()
                .enumerate()
                .map(|(position, entry)| (entry.static_score(), position as u32))
                .collect();
            scored.par_sort_unstable_by(|left, right| right.0.total_cmp(&left.0).then(left.1.cmp(&right.1)));
            scored.into_iter().map(|(_, position)| position).collect::<Vec<u32>>().into()
        })
    }

    /// How often each word occurs in the phrases' own fields.
    pub(super) fn word_counts(&self) -> &[u32] {
        self.word_counts.get_or_init(|| {
            // Counted per phrase, not per block: a phrase changed in place leaves its old words
            // behind in their block, and those must not count.
            let mut counts = vec![0u32; self.words.len()];
            for position in 0..self.entries.len() as u32 {
                for &token in self.phrase_tokens(position) {
                    if token != LINE_BREAK
                        && let Some(count) = counts.get_mut(token as usize)
                    {
                        *count = count.saturating_add(1);
                    }
                }
            }
            counts.into()
        })
    }

    /// Every token of the phrase at `position`, all fields.
    pub(super) fn phrase_tokens(&self, position: u32) -> &[u32] {
        let Some(entry) = self.entries.get(position as usize) else { return &[] };
        let start = entry.start as usize;
        let end = start + entry.ends[TOKEN_FIELDS.len() - 1] as usize;
        self.token_blocks.get(entry.block as usize).and_then(|block| block.get(start..end)).unwrap_or(&[])
    }

    /// Where a situation's words in a language sit in [`SearchIndex::about_tokens`].
    pub(super) fn about_slot(&self, situation: u32, lang: u32) -> usize {
        situation as usize * self.langs.len() + lang as usize
    }

    /// The word ids of one stored field of the phrase at `position`.
    pub(super) fn field_tokens(&self, position: u32, field_number: usize) -> &[u32] {
        let entry = &self.entries[position as usize];
        let start = entry.start as usize;
        let from = if field_number == 0 { 0 } else { entry.ends[field_number - 1] as usize };
        let to = entry.ends[field_number] as usize;
        self.token_blocks.get(entry.block as usize).and_then(|block| block.get(start + from..start + to)).unwrap_or(&[])
    }

    /// One field of a phrase folded as text, for terms that span words (`"not my department"`).
    pub(super) fn folded_field(&self, position: u32, field: Field) -> String {
        let Some(phrase) = self.phrase(position) else {
            return String::new();
        };
        let content = &phrase.content;
        let mut text = String::new();
        match field {
            Field::Text => fold_into(&content.text, &mut text),
            Field::Title => fold_into(content.title.as_deref().unwrap_or(""), &mut text),
            Field::Avoid => fold_into(&content.avoid.join("\n"), &mut text),
            Field::Situation => {
                let situation = self.entries[position as usize].situation;
                if let Some(situation_text) = self.situation_texts.get(situation as usize) {
                    text.push_str(situation_text);
                }
            }
            Field::Keywords => {
                let entry = &self.entries[position as usize];
                if let Some(about) = self.about_texts.get(self.about_slot(entry.situation, entry.lang)) {
                    text.push_str(about);
                }
            }
            Field::Tags => fold_into(&content.tags.join("\n"), &mut text),
            Field::Note => fold_into(content.note.as_deref().unwrap_or(""), &mut text),
        }
        text
    }

    /// How many phrases it holds.
    pub fn len(&self) -> usize {
        self.phrases.stored.as_ref().map_or(self.phrases.owned.len(), StoredPhrases::len)
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The phrase at a result's position.
    pub fn phrase(&self, position: u32) -> Option<&Phrase> {
        match &self.phrases.stored {
            Some(stored) => stored.get(position),
            None => self.phrases.owned.get(position as usize),
        }
    }

    /// Whether a phrase of an index read from a stored file could not be read because its chunk
    /// of records did not match its hash (see [`super::RecordsCheck`]): results may then lack
    /// it, and the caller should build the index afresh.
    pub fn found_damage(&self) -> bool {
        self.phrases.stored.as_ref().is_some_and(StoredPhrases::found_damage)
    }

    /// Every phrase, in index order. An index read from a stored file decodes them all on the
    /// first call.
    pub fn phrases(&self) -> &[Phrase] {
        match &self.phrases.stored {
            Some(stored) => stored.all(),
            None => &self.phrases.owned,
        }
    }

    /// The id of the phrase at `position` ("" past the end), without decoding the phrase.
    pub(super) fn phrase_id(&self, position: u32) -> &str {
        match &self.phrases.stored {
            Some(stored) => stored.id(position),
            None => self.phrases.owned.get(position as usize).map_or("", |phrase| phrase.id.as_str()),
        }
    }

    /// The phrases, to change: an index read from a stored file decodes them all first.
    pub(super) fn phrases_mut(&mut self) -> &mut Vec<Phrase> {
        if let Some(stored) = self.phrases.stored.take() {
            self.phrases.owned = stored.into_all();
        }
        // Every change goes through here: the stored browsing order and summary no longer hold.
        self.browse_order = OnceLock::new();
        self.phrases.summary = OnceLock::new();
        &mut self.phrases.owned
    }

    /// The languages, tags and situation counts of the phrases; an index read from a stored file
    /// has them without decoding a phrase.
    pub fn summary(&self) -> &Summary {
        self.phrases.summary.get_or_init(|| Summary::of(self.phrases()))
    }

    /// Whether browsing (the empty query) under `filters` reads the stored browsing order, and
    /// so only the phrases it lists: quick at any size.
    pub fn browses_in_stored_order(&self, filters: &super::Filters) -> bool {
        self.browse_order_for(filters).is_some()
    }

    /// The stored browsing order (see [`SearchIndex::browse_order`]) and which of its phrases
    /// `filters` keep, when the entries alone can tell: a choice of statuses that leaves out
    /// retired phrases (the order holds none), and a primary language (`nl`, not
    /// `nl-x-informal`). For a primary language the register rule shows what it shows with no
    /// language chosen, narrowed to that language: its own lines, and a region's or register's
    /// only where its group has none in the language itself. The window's first query is such a
    /// browse, so it reads the phrases it shows and no others. `None` for any other filter.
    pub(super) fn browse_order_for(&self, filters: &super::Filters) -> Option<(&[u32], impl Fn(u32) -> bool + '_)> {
        let order = self.browse_order.get()?;
        let super::Filters { lang, situation, statuses, tag, collection, favorites_only, recent_only } = filters;
        if situation.is_some() || tag.is_some() || collection.is_some() || *favorites_only || *recent_only {
            return None;
        }
        let statuses = match statuses {
            None => vec![Status::Draft, Status::Vetted],
            Some(statuses) if !statuses.contains(&Status::Retired) => statuses.clone(),
            Some(_) => return None,
        };
        let lang = match lang {
            None => None,
            Some(tag) => {
                // A tag that is not one (compared as written by the register rule) or that names
                // a region or register: worked out from the phrases.
                let lang = Lang::new(tag.as_str()).ok()?;
                if lang.as_str() != lang.primary() {
                    return None;
                }
                // A language no phrase has keeps none.
                Some(self.langs.iter().position(|have| have.as_ref() == lang.as_str()).map_or(u32::MAX, |at| at as u32))
            }
        };
        let keeps = move |position: u32| {
            self.entries
                .get(position as usize)
                .is_some_and(|entry| statuses.contains(&entry.status) && lang.is_none_or(|lang| entry.lang == lang))
        };
        Some((&**order, keeps))
    }

    /// The position of a phrase by id.
    pub fn position(&self, id: &PhraseId) -> Option<u32> {
        // Worked out on the first lookup; the store hands phrases over in id order, so the sort
        // is a single pass.
        let by_id = self.by_id.get_or_init(|| {
            let mut by_id: Vec<u32> = (0..self.len() as u32).collect();
            by_id.sort_by(|&left, &right| self.phrase_id(left).cmp(self.phrase_id(right)));
            by_id
        });
        by_id
            .binary_search_by(|&position| self.phrase_id(position).cmp(id.as_str()))
            .ok()
            .and_then(|found| by_id.get(found).copied())
    }

    /// Records a copy in the snapshot, so the ranking follows without a rebuild.
    pub fn record_copy(&mut self, id: &PhraseId, at: DateTime<Utc>) {
        if let Some(position) = self.position(id) {
            let phrase = &mut self.phrases_mut()[position as usize];
            phrase.usage.copy_count = phrase.usage.copy_count.saturating_add(1);
            phrase.usage.last_copied_at = Some(at);
            let boost = boost(phrase, at);
            self.set_boost(position, boost);
        }
    }

    /// Marks or unmarks a favourite in the snapshot.
    pub fn set_favorite(&mut self, id: &PhraseId, favorite: bool, now: DateTime<Utc>) {
        if let Some(position) = self.position(id) {
            let phrase = &mut self.phrases_mut()[position as usize];
            phrase.usage.favorite = favorite;
            let boost = boost(phrase, now);
            self.set_boost(position, boost);
        }
    }
}

pub(super) fn next_generation() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static GENERATION: AtomicU64 = AtomicU64::new(1);
    GENERATION.fetch_add(1, Ordering::Relaxed)
}
