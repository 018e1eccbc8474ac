//! Building a [`SearchIndex`]: every field of every phrase becomes word ids. Slices of the
//! phrasebook are tokenised on separate threads, each with its own word table, and the tables are
//! merged at the end. Phrases can arrive as a stream of chunks: each chunk is tokenised on a second
//! thread while the source reads the next, and the index never needs to know where they come from.

use std::sync::mpsc;

use chrono::{DateTime, Utc};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::column::Column;
use super::field::{NO_SITUATION, TOKEN_FIELDS};
use super::fold::fold_into;
use super::index::{Entry, PhraseTable, SearchIndex, boost, next_generation};
use super::language::language;
use super::vocabulary::{LINE_BREAK, WordTable, merge};
use crate::model::{Phrase, Situation};

/// Tokens and entries of one slice of the phrasebook, with word and language ids local to it.
pub(super) struct Part {
    pub words: Vec<Box<str>>,
    pub langs: Vec<Box<str>>,
    pub tokens: Vec<u32>,
    pub entries: Vec<Entry>,
}

/// A situation's description and keywords in one language.
struct About {
    lang: String,
    tokens: Vec<u32>,
    text: String,
}

/// The situations' words, shared by all phrases of a situation.
struct Situations<'a> {
    position_of: FxHashMap<&'a str, u32>,
    keys: Vec<Box<str>>,
    words: Vec<Box<str>>,
    tokens: Vec<Vec<u32>>,
    texts: Vec<String>,
    about: Vec<Vec<About>>,
}

fn push_lines<'a>(words: &mut WordTable<'a>, lines: impl Iterator<Item = &'a str>, tokens: &mut Vec<u32>) {
    for (index, line) in lines.enumerate() {
        if index > 0 {
            tokens.push(LINE_BREAK);
        }
        words.push_text(line, tokens);
    }
}

/// The description and keywords of `situation` in each language that has either.
fn about<'a>(situation: &'a Situation, words: &mut WordTable<'a>) -> Vec<About> {
    let mut by_lang: Vec<(String, Vec<&'a str>)> = Vec::new();
    for (lang, text) in &situation.texts {
        if let Some(description) = &text.description {
            by_lang.push((lang.primary().to_owned(), vec![description.as_str()]));
        }
    }
    for lang in ["en", "nl", "sv", "ru"] {
        let Some(keywords) = language(lang).and_then(|language| language.keywords.get(situation.key.as_str())) else {
            continue;
        };
        let lines = keywords.iter().map(String::as_str);
        match by_lang.iter_mut().find(|(have, _)| have == lang) {
            Some((_, have)) => have.extend(lines),
            None => by_lang.push((lang.to_owned(), lines.collect())),
        }
    }
    by_lang
        .into_iter()
        .map(|(lang, lines)| {
            let mut tokens = Vec::new();
            push_lines(words, lines.iter().copied(), &mut tokens);
            let mut text = String::new();
            for (index, line) in lines.iter().enumerate() {
                if index > 0 {
                    text.push('\n');
                }
                fold_into(line, &mut text);
            }
            About { lang, tokens, text }
        })
        .collect()
}

fn situations(situations: &[Situation]) -> Situations<'_> {
    let keys_as_given: Vec<Box<str>> = situations.iter().map(|situation| situation.key.as_str().into()).collect();
    let position_of =
        situations.iter().enumerate().map(|(index, situation)| (situation.key.as_str(), index as u32)).collect();
    let keys: Vec<String> = situations.iter().map(|situation| situation.key.as_str().replace('-', " ")).collect();
    let mut words = WordTable::default();
    let mut all_tokens = Vec::with_capacity(situations.len());
    let mut texts = Vec::with_capacity(situations.len());
    let mut all_about = Vec::with_capacity(situations.len());
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
        all_about.push(about(situation, &mut words));
    }
    Situations { position_of, keys: keys_as_given, words: words.words, tokens: all_tokens, texts, about: all_about }
}

pub(super) fn part(phrases: &[Phrase], situation_of: &FxHashMap<&str, u32>, now: DateTime<Utc>) -> Part {
    let mut words = WordTable::default();
    let mut langs: Vec<Box<str>> = Vec::new();
    let mut tokens = Vec::with_capacity(phrases.len() * 32);
    let mut entries = Vec::with_capacity(phrases.len());
    for phrase in phrases {
        let content = &phrase.content;
        let start = tokens.len();
        let mut ends = [0u32; TOKEN_FIELDS.len()];
        words.push_text(&content.text, &mut tokens);
        ends[0] = (tokens.len() - start) as u32;
        if let Some(title) = &content.title {
            words.push_text(title, &mut tokens);
        }
        ends[1] = (tokens.len() - start) as u32;
        push_lines(&mut words, content.avoid.iter().map(String::as_str), &mut tokens);
        ends[2] = (tokens.len() - start) as u32;
        push_lines(&mut words, content.tags.iter().map(String::as_str), &mut tokens);
        ends[3] = (tokens.len() - start) as u32;
        if let Some(note) = &content.note {
            words.push_text(note, &mut tokens);
        }
        ends[4] = (tokens.len() - start) as u32;
        let primary = content.lang.primary();
        let lang = match langs.iter().position(|have| have.as_ref() == primary) {
            Some(lang) => lang,
            None => {
                langs.push(primary.into());
                langs.len() - 1
            }
        } as u32;
        entries.push(Entry {
            block: 0,
            start: start as u32,
            ends,
            situation: situation_of.get(content.situation.as_str()).copied().unwrap_or(NO_SITUATION),
            lang,
            length_penalty: 0.5 * (content.text.chars().count().max(1) as f32).ln(),
            boost: boost(phrase, now),
            status: content.status,
        });
    }
    Part { words: words.words, langs, tokens, entries }
}

/// Puts the parts together: one vocabulary and one language list, ids rewritten to them, parts in
/// order.
fn assemble(phrases: Vec<Phrase>, situations: Situations<'_>, parts: Vec<Part>) -> SearchIndex {
    let Situations {
        keys: situation_keys,
        words: situation_words,
        tokens: mut situation_tokens,
        texts: situation_texts,
        about,
        ..
    } = situations;
    let mut tables = vec![situation_words];
    let mut lang_tables = Vec::with_capacity(parts.len());
    let mut pieces = Vec::with_capacity(parts.len());
    for part in parts {
        tables.push(part.words);
        lang_tables.push(part.langs);
        pieces.push((part.tokens, part.entries));
    }
    let (words, maps) = merge(tables);
    let (langs, lang_maps) = merge(lang_tables);
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
    let mut about_tokens = vec![Vec::new(); situation_tokens.len() * langs.len()];
    let mut about_texts = vec![String::new(); situation_tokens.len() * langs.len()];
    for (situation, entries) in about.into_iter().enumerate() {
        for About { lang, mut tokens, text } in entries {
            let Some(slot) = langs.iter().position(|have| have.as_ref() == lang) else {
                continue;
            };
            remap(&mut tokens, &maps[0]);
            about_tokens[situation * langs.len() + slot] = tokens;
            about_texts[situation * langs.len() + slot] = text;
        }
    }
    pieces.par_iter_mut().zip(&maps[1..]).for_each(|((tokens, _), map)| remap(tokens, map));
    let mut token_blocks = Vec::with_capacity(pieces.len());
    let mut entries = Vec::with_capacity(phrases.len());
    for (block, ((part_tokens, part_entries), lang_map)) in pieces.into_iter().zip(&lang_maps).enumerate() {
        token_blocks.push(Column::from(part_tokens));
        entries.extend(part_entries.into_iter().map(|entry| Entry {
            block: block as u32,
            lang: lang_map.get(entry.lang as usize).copied().unwrap_or(0),
            ..entry
        }));
    }
    SearchIndex {
        phrases: PhraseTable::owned(phrases),
        entries,
        token_blocks,
        words: words.iter().collect(),
        situation_keys,
        situation_tokens,
        situation_texts,
        langs,
        about_tokens,
        about_texts,
        word_counts: Default::default(),
        by_id: Default::default(),
        generation: next_generation(),
        best_first: Default::default(),
        postings: Default::default(),
        browse_order: Default::default(),
        word_ids: Default::default(),
    }
}

impl SearchIndex {
    /// Builds the index over `phrases` (both cores), with situation titles in every language.
    pub fn build(phrases: Vec<Phrase>, situations: &[Situation], now: DateTime<Utc>) -> Self {
        let situations = self::situations(situations);
        // Four slices per thread rather than one: on a busy machine one thread may wait for a core,
        // and then the other takes over its remaining slices instead of idling at the end.
        let slice = phrases.len().div_ceil(4 * rayon::current_num_threads().max(1)).max(2048);
        let parts: Vec<Part> =
            phrases.par_chunks(slice).map(|chunk| part(chunk, &situations.position_of, now)).collect();
        assemble(phrases, situations, parts)
    }

    /// Builds the index from phrases that arrive in chunks: `source` hands each chunk to the
    /// function it is given, and each is tokenised on a second thread while `source` produces the
    /// next, so reading a phrasebook and indexing it take about as long as reading alone.
    /// `SearchIndex::build_streaming(|take| store.phrases_in_chunks(4096, take), &situations, now)`.
    /// An error from `source` is returned as it is, and no index is built.
    pub fn build_streaming<E>(
        source: impl FnOnce(&mut dyn FnMut(Vec<Phrase>)) -> Result<(), E>,
        situations: &[Situation],
        now: DateTime<Utc>,
    ) -> Result<Self, E> {
        let situations = self::situations(situations);
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
            let read = source(&mut |chunk| {
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

    /// Builds the index from a stream of phrases, in chunks as the iterator yields them.
    pub fn from_chunks(
        chunks: impl IntoIterator<Item = Vec<Phrase>>,
        situations: &[Situation],
        now: DateTime<Utc>,
    ) -> Self {
        let built: Result<Self, std::convert::Infallible> = Self::build_streaming(
            |take| {
                chunks.into_iter().for_each(take);
                Ok(())
            },
            situations,
            now,
        );
        match built {
            Ok(index) => index,
            Err(never) => match never {},
        }
    }
}
