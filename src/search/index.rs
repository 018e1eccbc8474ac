//! The in-memory index: every live phrase with its folded fields laid out in one string, a
//! character mask for cheap rejection, and the ranking signals that do not depend on the query.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rayon::prelude::*;

use super::fold::fold_into;
use crate::model::{Phrase, PhraseId, Situation, Status};

/// Which part of a phrase a term matched in; earlier fields weigh more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// The phrase text.
    Text,
    /// One of its avoid lines.
    Avoid,
    /// Its situation's title or description, in any language.
    Situation,
    /// Its tags.
    Tags,
    /// Its note.
    Note,
}

impl Field {
    /// Fields in haystack order.
    pub const ALL: [Field; 5] = [Field::Text, Field::Avoid, Field::Situation, Field::Tags, Field::Note];

    /// How much a match here counts, relative to the text.
    pub fn weight(self) -> f32 {
        match self {
            Field::Text => 1.0,
            Field::Avoid => 0.92,
            Field::Situation => 0.6,
            Field::Tags => 0.62,
            Field::Note => 0.45,
        }
    }

    /// The name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Text => "text",
            Field::Avoid => "avoid",
            Field::Situation => "situation",
            Field::Tags => "tags",
            Field::Note => "note",
        }
    }
}

/// Per-phrase search data.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    /// Folded fields in [`Field::ALL`] order, separated by `\n` (lines of one field too).
    pub haystack: Box<str>,
    /// Byte offset where each field ends.
    pub field_ends: [u32; 5],
    /// Bit set of the characters present, see [`char_bit`].
    pub mask: u64,
    /// Length of the text in characters, for the shorter-wins rule.
    pub text_chars: u32,
    /// Query-independent boost: status, favourite, frecency.
    pub boost: f32,
}

impl Entry {
    pub fn field(&self, field: Field) -> &str {
        let index = field as usize;
        let start = if index == 0 { 0 } else { self.field_ends[index - 1] as usize + 1 };
        let end = self.field_ends[index] as usize;
        self.haystack.get(start.min(end)..end).unwrap_or("")
    }
}

/// One bit per letter or digit (Latin exact, others hashed), for "could this term match?" checks.
pub(super) fn char_bit(character: char) -> u64 {
    let bit = match character {
        'a'..='z' => character as u32 - 'a' as u32,
        '0'..='9' => 26 + (character as u32 - '0' as u32) % 5,
        'а'..='я' => 31 + (character as u32 - 'а' as u32),
        _ => 63,
    };
    1u64 << bit.min(63)
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

/// The index over a snapshot of the phrasebook.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub(super) phrases: Vec<Phrase>,
    pub(super) entries: Vec<Entry>,
    by_id: HashMap<PhraseId, u32>,
    /// Changes whenever entries change, so cached survivor sets are never reused across versions.
    pub(super) generation: u64,
}

fn boost(phrase: &Phrase, now: DateTime<Utc>) -> f32 {
    let status = match phrase.content.status {
        Status::Vetted => 6.0,
        Status::Draft => 0.0,
        Status::Retired => -10.0,
    };
    let favorite = if phrase.usage.favorite { 10.0 } else { 0.0 };
    status + favorite + 3.5 * frecency(phrase.usage.copy_count, phrase.usage.last_copied_at, now)
}

fn entry(phrase: &Phrase, situation_text: &str, now: DateTime<Utc>) -> Entry {
    let content = &phrase.content;
    let mut haystack = String::with_capacity(content.text.len() + situation_text.len() + 128);
    let mut field_ends = [0u32; 5];
    fold_into(&content.text, &mut haystack);
    field_ends[0] = haystack.len() as u32;
    haystack.push('\n');
    for (index, line) in content.avoid.iter().enumerate() {
        if index > 0 {
            haystack.push('\n');
        }
        fold_into(line, &mut haystack);
    }
    field_ends[1] = haystack.len() as u32;
    haystack.push('\n');
    haystack.push_str(situation_text);
    field_ends[2] = haystack.len() as u32;
    haystack.push('\n');
    fold_into(&content.tags.join(" "), &mut haystack);
    field_ends[3] = haystack.len() as u32;
    haystack.push('\n');
    if let Some(note) = &content.note {
        fold_into(note, &mut haystack);
    }
    field_ends[4] = haystack.len() as u32;
    let mask = haystack.chars().filter(|c| c.is_alphanumeric()).fold(0u64, |mask, c| mask | char_bit(c));
    Entry {
        haystack: haystack.into_boxed_str(),
        field_ends,
        mask,
        text_chars: content.text.chars().count() as u32,
        boost: boost(phrase, now),
    }
}

impl SearchIndex {
    /// Builds the index over `phrases` (both cores), with situation titles in every language.
    pub fn build(phrases: Vec<Phrase>, situations: &[Situation], now: DateTime<Utc>) -> Self {
        let situation_texts: HashMap<&str, String> = situations
            .iter()
            .map(|situation| {
                let mut text = String::new();
                fold_into(&situation.key.as_str().replace('-', " "), &mut text);
                for entry in situation.texts.values() {
                    text.push(' ');
                    fold_into(&entry.title, &mut text);
                }
                (situation.key.as_str(), text)
            })
            .collect();
        let entries: Vec<Entry> = phrases
            .par_iter()
            .map(|phrase| {
                let situation =
                    situation_texts.get(phrase.content.situation.as_str()).map(String::as_str).unwrap_or("");
                entry(phrase, situation, now)
            })
            .collect();
        let by_id = phrases.iter().enumerate().map(|(index, phrase)| (phrase.id.clone(), index as u32)).collect();
        Self { phrases, entries, by_id, generation: next_generation() }
    }

    /// How many phrases it holds.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The phrase at a result's position.
    pub fn phrase(&self, position: u32) -> Option<&Phrase> {
        self.phrases.get(position as usize)
    }

    /// Every phrase, in index order.
    pub fn phrases(&self) -> &[Phrase] {
        &self.phrases
    }

    /// The position of a phrase by id.
    pub fn position(&self, id: &PhraseId) -> Option<u32> {
        self.by_id.get(id).copied()
    }

    /// Records a copy in the snapshot, so the ranking follows without a rebuild.
    pub fn record_copy(&mut self, id: &PhraseId, at: DateTime<Utc>) {
        if let Some(position) = self.position(id) {
            let phrase = &mut self.phrases[position as usize];
            phrase.usage.copy_count = phrase.usage.copy_count.saturating_add(1);
            phrase.usage.last_copied_at = Some(at);
            self.entries[position as usize].boost = boost(phrase, at);
            self.generation = next_generation();
        }
    }

    /// Marks or unmarks a favourite in the snapshot.
    pub fn set_favorite(&mut self, id: &PhraseId, favorite: bool, now: DateTime<Utc>) {
        if let Some(position) = self.position(id) {
            let phrase = &mut self.phrases[position as usize];
            phrase.usage.favorite = favorite;
            self.entries[position as usize].boost = boost(phrase, now);
            self.generation = next_generation();
        }
    }
}

fn next_generation() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static GENERATION: AtomicU64 = AtomicU64::new(1);
    GENERATION.fetch_add(1, Ordering::Relaxed)
}
