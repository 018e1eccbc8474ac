//! Building a [`SearchIndex`]: every field of every phrase becomes word ids. Slices of the
//! phrasebook are tokenised on separate threads, each with its own word table, and the tables are
//! merged at the end. Loading from the store overlaps reading rows with tokenising them.

use std::sync::mpsc;

use chrono::{DateTime, Utc};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::fold::fold_into;
use super::index::{Entry, NO_SITUATION, SearchIndex, boost, next_generation};
use super::vocabulary::{LINE_BREAK, WordTable, merge};
use crate::model::{Phrase, Situation};
use crate::store::{Store, StoreResult};

/// Phrases handed from the reading thread to the tokenising one at a time.
const LOAD_CHUNK: usize = 4096;

/// Tokens and entries of one slice of the phrasebook, with word ids local to `words`.
struct Part {
    words: Vec<Box<str>>,
    tokens: Vec<u32>,
    entries: Vec<Entry>,
}

/// The situations' words, shared by all phrases of a situation.
struct Situations<'a> {
    position_of: FxHashMap<&'a str, u32>,
    words: Vec<Box<str>>,
    tokens: Vec<Vec<u32>>,
    texts: Vec<String>,
}

fn push_lines<'a>(words: &mut WordTable<'a>, lines: impl Iterator<Item = &'a str>, tokens: &mut Vec<u32>) {
    for (index, line) in lines.enumerate() {
        if index > 0 {
            tokens.push(LINE_BREAK);
        }
        words.push_text(line, tokens);
    }
}

fn situations(situations: &[Situation]) -> Situations<'_> {
    let position_of =
        situations.iter().enumerate().map(|(index, situation)| (situation.key.as_str(), index as u32)).collect();
    let keys: Vec<String> = situations.iter().map(|situation| situation.key.as_str().replace('-', " ")).collect();
    let mut words = WordTable::default();
    let mut all_tokens = Vec::with_capacity(situations.len());
    let mut texts = Vec::with_capacity(situations.len());
    for (situation, key) in situations.iter().zip(&keys) {
        let mut tokens = Vec::new();
        let titles = situation.texts.values().map(|text| text.title.as_str());
        push_lines(&mut words, std::iter::once(key.as_str()).chain(titles), &mut tokens);
        all_tokens.push(tokens);
        let mut text = String::new();
        fold_into(key, &mut text);
        for entry in situation.texts.values() {
            text.push('\n');
            fold_into(&entry.title, &mut text);
        }
        texts.push(text);
    }
    Situations { position_of, words: words.words, tokens: all_tokens, texts }
}

fn part(phrases: &[Phrase], situation_of: &FxHashMap<&str, u32>, now: DateTime<Utc>) -> Part {
    let mut words = WordTable::default();
    let mut tokens = Vec::with_capacity(phrases.len() * 32);
    let mut entries = Vec::with_capacity(phrases.len());
    for phrase in phrases {
        let content = &phrase.content;
        let start = tokens.len();
        let mut ends = [0u32; 4];
        words.push_text(&content.text, &mut tokens);
        ends[0] = (tokens.len() - start) as u32;
        push_lines(&mut words, content.avoid.iter().map(String::as_str), &mut tokens);
        ends[1] = (tokens.len() - start) as u32;
        push_lines(&mut words, content.tags.iter().map(String::as_str), &mut tokens);
        ends[2] = (tokens.len() - start) as u32;
        if let Some(note) = &content.note {
            words.push_text(note, &mut tokens);
        }
        ends[3] = (tokens.len() - start) as u32;
        entries.push(Entry {
            block: 0,
            start: start as u32,
            ends,
            situation: situation_of.get(content.situation.as_str()).copied().unwrap_or(NO_SITUATION),
            length_penalty: 3.0 * (content.text.chars().count().max(1) as f32).ln(),
            boost: boost(phrase, now),
            status: content.status,
        });
    }
    Part { words: words.words, tokens, entries }
}

/// Puts the parts together: one vocabulary, word ids rewritten to it, parts in order.
fn assemble(phrases: Vec<Phrase>, situations: Situations<'_>, parts: Vec<Part>) -> SearchIndex {
    let Situations { words: situation_words, tokens: mut situation_tokens, texts: situation_texts, .. } = situations;
    let mut tables = vec![situation_words];
    let mut pieces = Vec::with_capacity(parts.len());
    for part in parts {
        tables.push(part.words);
        pieces.push((part.tokens, part.entries));
    }
    let (words, maps) = merge(tables);
    let remap = |tokens: &mut [u32], map: &[u32]| {
        for token in tokens {
            if *token != LINE_BREAK {
                *token = map[*token as usize];
            }
        }
    };
    for tokens in &mut situation_tokens {
        remap(tokens, &maps[0]);
    }
    pieces.par_iter_mut().zip(&maps[1..]).for_each(|((tokens, _), map)| remap(tokens, map));
    let mut token_blocks = Vec::with_capacity(pieces.len());
    let mut entries = Vec::with_capacity(phrases.len());
    for (block, (part_tokens, part_entries)) in pieces.into_iter().enumerate() {
        token_blocks.push(part_tokens);
        entries.extend(part_entries.into_iter().map(|entry| Entry { block: block as u32, ..entry }));
    }
    SearchIndex {
        phrases,
        entries,
        token_blocks,
        words,
        situation_tokens,
        situation_texts,
        by_id: Default::default(),
        generation: next_generation(),
        best_first: Default::default(),
        postings: Default::default(),
    }
}

impl SearchIndex {
    /// Builds the index over `phrases` (both cores), with situation titles in every language.
    pub fn build(phrases: Vec<Phrase>, situations: &[Situation], now: DateTime<Utc>) -> Self {
        let situations = self::situations(situations);
        let slice = phrases.len().div_ceil(rayon::current_num_threads().max(1)).max(2048);
        let parts: Vec<Part> =
            phrases.par_chunks(slice).map(|chunk| part(chunk, &situations.position_of, now)).collect();
        assemble(phrases, situations, parts)
    }

    /// Reads every live phrase from `store` and indexes it, tokenising each chunk of rows on a
    /// second thread while the next chunk is read: about as fast as reading alone.
    pub fn load(store: &Store, now: DateTime<Utc>) -> StoreResult<Self> {
        let all_situations = store.situations()?;
        let situations = self::situations(&all_situations);
        let position_of = &situations.position_of;
        let (read, chunks) = std::thread::scope(|scope| {
            let (sender, receiver) = mpsc::sync_channel::<Vec<Phrase>>(4);
            let tokeniser = scope.spawn(move || {
                receiver
                    .into_iter()
                    .map(|chunk| {
                        let part = part(&chunk, position_of, now);
                        (chunk, part)
                    })
                    .collect::<Vec<_>>()
            });
            // A send fails only if the tokeniser is gone, and then its panic is resumed below.
            let read = store.phrases_in_chunks(LOAD_CHUNK, |chunk| {
                let _ = sender.send(chunk);
            });
            drop(sender);
            let chunks = tokeniser.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (read, chunks)
        });
        read?;
        let mut phrases = Vec::with_capacity(chunks.iter().map(|(chunk, _)| chunk.len()).sum());
        let mut parts = Vec::with_capacity(chunks.len());
        for (chunk, part) in chunks {
            phrases.extend(chunk);
            parts.push(part);
        }
        Ok(assemble(phrases, situations, parts))
    }
}
