//! Changing one phrase of an index in place: adding, replacing or removing it costs about as much
//! as tokenising that one phrase, so a save, a favourite or a delete at 100,000 phrases is seen by
//! the next search within a frame, with no rebuild. What the change touches is kept exact (the
//! word counts that weigh rare terms, the best-first order, the lookup by id); the word lists may
//! keep naming positions that lost a word, which only adds candidates that the scan then rejects.
//! A change the layout cannot take in place (a phrase in a language or situation the index was
//! not built with) says so, and the caller rebuilds.
//!
//! Positions are not in id order after a change; nothing depends on it: results are ordered by
//! score and then by id ([`super::rank::compare`]).

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use rustc_hash::FxHashMap;

use super::build::part;
use super::column::Column;
use super::index::{SearchIndex, next_generation};
use super::vocabulary::LINE_BREAK;
use crate::model::{Phrase, PhraseId};

/// The change cannot be made in place; build the index again from the phrasebook.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the search index needs a rebuild: {reason}")]
pub struct NeedsRebuild {
    /// What the index was not built for.
    pub reason: &'static str,
}

/// Sort order of [`SearchIndex::best_first`]: higher static score first, then lower position.
fn before(left: (f32, u32), right: (f32, u32)) -> bool {
    right.0.total_cmp(&left.0).then(left.1.cmp(&right.1)).is_lt()
}

impl SearchIndex {
    /// Adds `phrase`, or replaces the phrase with its id, as of `now`.
    pub fn upsert(&mut self, phrase: Phrase, now: DateTime<Utc>) -> Result<(), NeedsRebuild> {
        let situation_of: FxHashMap<&str, u32> =
            self.situation_keys.iter().enumerate().map(|(index, key)| (key.as_ref(), index as u32)).collect();
        let built = part(std::slice::from_ref(&phrase), &situation_of, now);
        drop(situation_of);
        let Some(mut entry) = built.entries.into_iter().next() else {
            return Err(NeedsRebuild { reason: "the phrase made no entry" });
        };
        let lang = built.langs.get(entry.lang as usize).map(AsRef::as_ref).unwrap_or_default();
        let Some(global_lang) = self.langs.iter().position(|have| have.as_ref() == lang) else {
            return Err(NeedsRebuild { reason: "a language the index has no slot for" });
        };
        let word_map: Vec<u32> = built.words.into_iter().map(|word| self.word_id(word)).collect();
        let tokens: Vec<u32> = built
            .tokens
            .into_iter()
            .map(|token| if token == LINE_BREAK { token } else { word_map[token as usize] })
            .collect();
        self.token_blocks.push(tokens.into());
        entry.block = (self.token_blocks.len() - 1) as u32;
        entry.start = 0;
        entry.lang = global_lang as u32;
        let position = match self.position(&phrase.id) {
            Some(position) => {
                self.count_words(position, false);
                self.forget_order(position);
                self.phrases_mut()[position as usize] = phrase;
                self.entries[position as usize] = entry;
                position
            }
            None => {
                let position = self.len() as u32;
                if let Some(by_id) = self.by_id.get() {
                    let slot = by_id.partition_point(|&other| self.phrase_id(other) < phrase.id.as_str());
                    if let Some(by_id) = self.by_id.get_mut() {
                        by_id.insert(slot, position);
                    }
                }
                self.phrases_mut().push(phrase);
                self.entries.push(entry);
                position
            }
        };
        self.count_words(position, true);
        self.place_in_order(position);
        self.post_words(position);
        self.generation = next_generation();
        Ok(())
    }

    /// Removes the phrase with `id`; returns whether it was there. The last phrase moves into
    /// its place.
    pub fn remove(&mut self, id: &PhraseId) -> bool {
        let Some(position) = self.position(id) else { return false };
        let last = (self.len() - 1) as u32;
        self.count_words(position, false);
        self.forget_order(position);
        if position != last {
            self.forget_order(last);
        }
        if let Some(by_id) = self.by_id.get_mut() {
            by_id.retain(|&other| other != position);
            for other in by_id.iter_mut() {
                if *other == last {
                    *other = position;
                }
            }
        }
        self.phrases_mut().swap_remove(position as usize);
        self.entries.swap_remove(position as usize);
        if position != last {
            self.place_in_order(position);
            self.post_words(position);
        }
        self.generation = next_generation();
        true
    }

    /// Adds the phrase at `position` to the word lists of its words, if they have been built.
    fn post_words(&mut self, position: u32) {
        if self.postings.get().is_none() {
            return;
        }
        let words: Vec<u32> =
            self.phrase_tokens(position).iter().copied().filter(|&token| token != LINE_BREAK).collect();
        if let Some(postings) = self.postings.get_mut() {
            postings.add(position, words);
        }
    }

    /// Sets the query-independent boost of the phrase at `position` (a copy, a favourite).
    pub(super) fn set_boost(&mut self, position: u32, boost: f32) {
        self.forget_order(position);
        self.entries[position as usize].boost = boost;
        self.place_in_order(position);
        self.generation = next_generation();
    }

    /// The id of a folded word, added to the vocabulary if new.
    fn word_id(&mut self, word: Box<str>) -> u32 {
        let words = &self.words;
        let ids = self
            .word_ids
            .get_or_init(|| words.iter().enumerate().map(|(id, word)| (Box::from(word), id as u32)).collect());
        if let Some(&id) = ids.get(&word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(&word);
        if let Some(ids) = self.word_ids.get_mut() {
            ids.insert(word, id);
        }
        if let Some(counts) = self.word_counts.get_mut() {
            counts.to_mut().push(0);
        }
        id
    }

    /// Adds (or takes away) the words of the phrase at `position` to the word counts, if counted.
    fn count_words(&mut self, position: u32, add: bool) {
        if self.word_counts.get().is_none() {
            return;
        }
        let tokens: Vec<u32> = self.phrase_tokens(position).to_vec();
        let Some(counts) = self.word_counts.get_mut().map(Column::to_mut) else { return };
        for token in tokens {
            if let Some(count) = counts.get_mut(token as usize) {
                *count = if add { count.saturating_add(1) } else { count.saturating_sub(1) };
            }
        }
    }

    /// Takes `position` out of the best-first order, if it has been worked out.
    fn forget_order(&mut self, position: u32) {
        let key = (self.entries[position as usize].static_score(), position);
        if let Some(order) = self.best_first.get_mut().map(Column::to_mut) {
            let slot =
                order.partition_point(|&other| before((self.entries[other as usize].static_score(), other), key));
            match order.get(slot) {
                Some(&found) if found == position => {
                    order.remove(slot);
                }
                // Not where its score says (it cannot happen, but a stale order must not stay).
                _ => self.best_first = OnceLock::new(),
            }
        }
    }

    /// Puts `position` into the best-first order, if it has been worked out.
    fn place_in_order(&mut self, position: u32) {
        let key = (self.entries[position as usize].static_score(), position);
        if let Some(order) = self.best_first.get_mut().map(Column::to_mut) {
            let slot =
                order.partition_point(|&other| before((self.entries[other as usize].static_score(), other), key));
            order.insert(slot, position);
        }
    }
}
