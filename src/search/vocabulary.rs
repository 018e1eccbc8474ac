//! The phrasebook's words, each folded once. Every field of every phrase becomes a list of word ids,
//! so a query term is compared with each *distinct* word once per keystroke (a few thousand words)
//! instead of with every phrase's text (hundreds of thousands of words).

use rustc_hash::FxHashMap;
use unicode_normalization::char::is_combining_mark;

use super::fold::{fold_into, is_apostrophe};

/// Marks the end of a line inside a field (between avoid lines, between tags), so `^prefix` can
/// tell where lines start. Never a word id.
pub(super) const LINE_BREAK: u32 = u32::MAX;

/// Characters that belong to a word as written: letters, digits, and what folding removes from
/// inside words (apostrophes, accents written as combining marks).
fn is_word_char(character: char) -> bool {
    // Fast answers for the scripts most phrasebooks are written in; the Unicode tables otherwise.
    match character {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '\'' | '`' => true,
        '\0'..='\u{7f}' | '\u{d7}' | '\u{f7}' => false,
        '\u{c0}'..='\u{24f}' | '\u{400}'..='\u{481}' | '\u{48a}'..='\u{4ff}' => true,
        _ => character.is_alphanumeric() || is_apostrophe(character) || is_combining_mark(character),
    }
}

/// Characters that join two words into a compound people also type as one ("e-mail", "follow-up").
fn is_joiner(character: char) -> bool {
    matches!(character, '-' | '\u{2010}' | '\u{2011}')
}

/// Words of one build, before they are merged with the other threads' words.
#[derive(Default)]
pub(super) struct WordTable<'a> {
    /// Raw word as written → id; `None` when folding splits it into several words.
    by_raw: FxHashMap<&'a str, Option<u32>>,
    by_folded: FxHashMap<Box<str>, u32>,
    /// Folded words by id.
    pub words: Vec<Box<str>>,
    scratch: String,
}

impl<'a> WordTable<'a> {
    fn id_of_folded(&mut self, folded: &str) -> u32 {
        if let Some(&id) = self.by_folded.get(folded) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(folded.into());
        self.by_folded.insert(folded.into(), id);
        id
    }

    /// Appends the ids of the words of `raw` (one raw word) to `tokens`.
    fn push_raw_word(&mut self, raw: &'a str, tokens: &mut Vec<u32>) {
        if let Some(known) = self.by_raw.get(raw) {
            match known {
                Some(id) => tokens.push(*id),
                None => self.push_pieces(raw, tokens),
            }
            return;
        }
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        fold_into(raw, &mut scratch);
        let single = scratch.chars().all(char::is_alphanumeric) && !scratch.is_empty();
        if single {
            let id = self.id_of_folded(&scratch);
            self.by_raw.insert(raw, Some(id));
            tokens.push(id);
        } else {
            self.by_raw.insert(raw, None);
            self.push_pieces(raw, tokens);
        }
        self.scratch = scratch;
    }

    /// The rare raw word whose folded form is not one word (`½` → `1⁄2`).
    fn push_pieces(&mut self, raw: &str, tokens: &mut Vec<u32>) {
        let mut folded = String::new();
        fold_into(raw, &mut folded);
        for piece in folded.split(|c: char| !c.is_alphanumeric()).filter(|piece| !piece.is_empty()) {
            let id = self.id_of_folded(piece);
            tokens.push(id);
        }
    }

    /// Appends the word ids of `text` to `tokens`; compounds joined by a hyphen also add the joined
    /// word, so `email` finds `e-mail`.
    pub fn push_text(&mut self, text: &'a str, tokens: &mut Vec<u32>) {
        if text.is_ascii() {
            // Every byte is a character here; reading bytes skips UTF-8 decoding.
            self.push_characters(text, text.bytes().map(char::from).enumerate(), tokens);
        } else {
            self.push_characters(text, text.char_indices(), tokens);
        }
    }

    fn push_characters(
        &mut self,
        text: &'a str,
        characters: impl Iterator<Item = (usize, char)>,
        tokens: &mut Vec<u32>,
    ) {
        let mut start: Option<usize> = None;
        let mut compound_start: Option<usize> = None;
        let mut previous_end = 0;
        let mut pieces_in_compound = 0;
        let mut characters = characters.peekable();
        while let Some((offset, character)) = characters.next() {
            if is_word_char(character) {
                start.get_or_insert(offset);
                continue;
            }
            if let Some(word_start) = start.take() {
                self.push_raw_word(&text[word_start..offset], tokens);
                previous_end = offset;
                let joined = is_joiner(character)
                    && characters.peek().is_some_and(|(_, next)| next.is_alphanumeric() || is_apostrophe(*next));
                if joined {
                    compound_start.get_or_insert(word_start);
                    pieces_in_compound += 1;
                    continue;
                }
                self.finish_compound(text, &mut compound_start, &mut pieces_in_compound, previous_end, tokens);
            } else {
                self.finish_compound(text, &mut compound_start, &mut pieces_in_compound, previous_end, tokens);
            }
        }
        if let Some(word_start) = start {
            self.push_raw_word(&text[word_start..], tokens);
            previous_end = text.len();
        }
        self.finish_compound(text, &mut compound_start, &mut pieces_in_compound, previous_end, tokens);
    }

    fn finish_compound(
        &mut self,
        text: &str,
        compound_start: &mut Option<usize>,
        pieces: &mut usize,
        end: usize,
        tokens: &mut Vec<u32>,
    ) {
        if let Some(start) = compound_start.take()
            && *pieces >= 1
        {
            let mut joined = String::new();
            fold_into(&text[start..end], &mut joined);
            joined.retain(char::is_alphanumeric);
            if !joined.is_empty() {
                let id = self.id_of_folded(&joined);
                tokens.push(id);
            }
        }
        *pieces = 0;
    }
}

/// Merges per-thread word tables into one vocabulary; returns it with, for each table, the map
/// from its ids to the merged ids.
pub(super) fn merge(tables: Vec<Vec<Box<str>>>) -> (Vec<Box<str>>, Vec<Vec<u32>>) {
    let mut merged: Vec<Box<str>> = Vec::new();
    let mut by_word: FxHashMap<Box<str>, u32> = FxHashMap::default();
    let mut maps = Vec::with_capacity(tables.len());
    for words in tables {
        let mut map = Vec::with_capacity(words.len());
        for word in words {
            let id = match by_word.get(&word) {
                Some(&id) => id,
                None => {
                    let id = merged.len() as u32;
                    merged.push(word.clone());
                    by_word.insert(word, id);
                    id
                }
            };
            map.push(id);
        }
        maps.push(map);
    }
    (merged, maps)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_of(text: &str) -> Vec<String> {
        let mut table = WordTable::default();
        let mut tokens = Vec::new();
        table.push_text(text, &mut tokens);
        tokens.iter().map(|&id| table.words[id as usize].to_string()).collect()
    }

    #[test]
    fn words_are_folded_and_apostrophes_stay_inside() {
        assert_eq!(words_of("You’re RIGHT, Kunden har rätt!"), ["youre", "right", "kunden", "har", "ratt"]);
        assert_eq!(words_of("Ёлка. Straße"), ["елка", "strasse"]);
    }

    #[test]
    fn punctuation_and_symbols_separate_words_in_every_script() {
        assert_eq!(words_of("ja×nee÷kanske—да«нет»"), ["ja", "nee", "kanske", "да", "нет"]);
    }

    #[test]
    fn decomposed_accents_stay_inside_the_word() {
        assert_eq!(words_of("uitle\u{301}ggen"), ["uitleggen"]);
    }

    #[test]
    fn hyphenated_compounds_are_also_one_word() {
        assert_eq!(words_of("a follow-up e-mail"), ["a", "follow", "up", "followup", "e", "mail", "email"]);
        assert_eq!(words_of("well - then"), ["well", "then"]);
    }

    #[test]
    fn merging_maps_each_table_to_shared_ids() {
        let (words, maps) = merge(vec![vec!["b".into(), "a".into()], vec!["a".into(), "c".into()]]);
        assert_eq!(words.iter().map(|word| word.as_ref()).collect::<Vec<_>>(), ["b", "a", "c"]);
        assert_eq!(maps, [vec![0, 1], vec![1, 2]]);
    }
}
