//! The phrasebook's words, each folded once. Every field of every phrase becomes a list of word ids,
//! so a query term is compared with each *distinct* word once per keystroke (a few thousand words)
//! instead of with every phrase's text (hundreds of thousands of words).

use rustc_hash::FxHashMap;
use unicode_normalization::char::is_combining_mark;

use super::column::Column;
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

/// Per byte, whether it is an ASCII word character (what [`is_word_char`] says of the first 128
/// characters; bytes of other characters are `false` and take the decoding path): the scan skips
/// through a word's ASCII letters with one table read per byte.
const ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = matches!(byte as u8, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'\'' | b'`');
        byte += 1;
    }
    table
};

/// A word of at most 16 bytes as one number, so the table of words already seen hashes and
/// compares a number instead of a string. Zero padding cannot make two words equal: no word
/// holds a zero byte (NUL is not a word character, and UTF-8 uses zero only for NUL).
fn packed(word: &[u8]) -> Option<u128> {
    if word.len() > 16 {
        return None;
    }
    let (low, high) = word.split_at(word.len().min(8));
    Some(u128::from(little_endian(low)) | (u128::from(little_endian(high)) << 64))
}

/// Up to eight bytes as a little-endian number, zero above them. Read in at most two loads
/// rather than copied into a buffer: a copy of a length known only at run time is a call.
fn little_endian(bytes: &[u8]) -> u64 {
    let load4 = |at: usize| bytes.get(at..at + 4).and_then(|four| four.try_into().ok()).map_or(0, u32::from_le_bytes);
    match bytes.len() {
        8 => bytes.try_into().map_or(0, u64::from_le_bytes),
        // Two loads that overlap; the second is shifted so only the bytes past the first remain.
        length @ 4..=7 => u64::from(load4(0)) | ((u64::from(load4(length - 4)) >> (8 * (8 - length))) << 32),
        _ => bytes.iter().rev().fold(0, |value, &byte| (value << 8) | u64::from(byte)),
    }
}

/// The character at byte `at` of `text` and its length in bytes (`None` at the end). ASCII and
/// two-byte characters (accented Latin, Cyrillic) are decoded here; longer ones by the library.
#[inline]
fn character_at(text: &str, at: usize) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let lead = *bytes.get(at)?;
    if lead < 0x80 {
        return Some((char::from(lead), 1));
    }
    if lead < 0xe0 {
        // `text` is UTF-8, so a lead byte below 0xe0 starts a sequence of two.
        let next = *bytes.get(at + 1)?;
        let code = (u32::from(lead & 0x1f) << 6) | u32::from(next & 0x3f);
        return char::from_u32(code).map(|character| (character, 2));
    }
    let character = text.get(at..)?.chars().next()?;
    Some((character, character.len_utf8()))
}

/// Where the word whose characters run on from byte `at` ends.
#[inline]
fn word_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&byte) = bytes.get(at) {
        if ASCII_WORD[usize::from(byte)] {
            at += 1;
            continue;
        }
        match character_at(text, at) {
            Some((character, width)) if !byte.is_ascii() && is_word_char(character) => at += width,
            _ => break,
        }
    }
    at
}

/// Folded words by id, in one buffer (a stored index keeps its phrases' ids the same way): a
/// stored index's vocabulary (125,000 words on a large snippet collection) loads as one copy of
/// its text and the ends in place, instead of one allocation per word; fresh memory is most of
/// what a one-off `tactful search` pays for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Words {
    text: String,
    /// Where each word ends in `text`.
    ends: Column,
}

impl Words {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// The word with `id`.
    pub fn get(&self, id: usize) -> Option<&str> {
        let end = *self.ends.get(id)? as usize;
        let start = match id {
            0 => 0,
            _ => *self.ends.get(id - 1)? as usize,
        };
        self.text.get(start..end)
    }

    /// Adds `word` as the next id. The text stays far below 4 GiB: it holds each word once.
    pub fn push(&mut self, word: &str) {
        self.text.push_str(word);
        self.ends.to_mut().push(self.text.len() as u32);
    }

    /// Every word, by id.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.iter_range(0..self.len())
    }

    /// The words with the ids of `ids` (those that exist), in order.
    pub fn iter_range(&self, ids: std::ops::Range<usize>) -> impl ExactSizeIterator<Item = &str> + '_ {
        let ends = self.ends.get(ids.start..ids.end.min(self.len())).unwrap_or_default();
        // Each word starts where the one before ended: one end read per word, not two.
        let mut start = match ids.start {
            0 => 0,
            first => self.ends.get(first - 1).map_or(0, |&end| end as usize),
        };
        ends.iter().map(move |&end| {
            let word = self.text.get(start..end as usize).unwrap_or_default();
            start = end as usize;
            word
        })
    }

    /// The words' text, one after another, and where each ends: what [`Words::from_parts`] takes.
    pub fn parts(&self) -> (&str, &[u32]) {
        (&self.text, &self.ends)
    }

    /// The words of `text` ending at `ends`; `None` unless every end is a character boundary
    /// after the one before and the last is the end of the text.
    pub fn from_parts(text: String, ends: Column) -> Option<Self> {
        ends_fit(&text, &ends).then_some(Self { text, ends })
    }
}

/// Whether `ends` cut `text` into pieces: each a character boundary after the one before, the
/// last the end of the text.
fn ends_fit(text: &str, ends: &[u32]) -> bool {
    let mut start = 0;
    for &end in ends {
        let end = end as usize;
        if end < start || !text.is_char_boundary(end) {
            return false;
        }
        start = end;
    }
    start == text.len()
}

impl<S: AsRef<str>> FromIterator<S> for Words {
    fn from_iter<I: IntoIterator<Item = S>>(words: I) -> Self {
        let mut all = Words::default();
        for word in words {
            all.push(word.as_ref());
        }
        all
    }
}

/// Words of one build, before they are merged with the other threads' words.
#[derive(Default)]
pub(super) struct WordTable<'a> {
    /// Raw word as written (packed, up to 16 bytes) → id; `None` when folding splits it into
    /// several words. Nearly every word of a phrasebook is seen before, so this is the lookup
    /// made for almost every word; folding happens once per spelling.
    short_raw: FxHashMap<u128, Option<u32>>,
    /// The same for longer raw words.
    long_raw: FxHashMap<&'a str, Option<u32>>,
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
        let key = packed(raw.as_bytes());
        let known = match key {
            Some(key) => self.short_raw.get(&key),
            None => self.long_raw.get(raw),
        };
        let id = match known {
            Some(&id) => id,
            None => {
                let id = self.learn(raw);
                match key {
                    Some(key) => self.short_raw.insert(key, id),
                    None => self.long_raw.insert(raw, id),
                };
                id
            }
        };
        match id {
            Some(id) => tokens.push(id),
            None => self.push_pieces(raw, tokens),
        }
    }

    /// The id of a raw word seen for the first time, or `None` when folding splits it.
    fn learn(&mut self, raw: &str) -> Option<u32> {
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        fold_into(raw, &mut scratch);
        let single = scratch.chars().all(char::is_alphanumeric) && !scratch.is_empty();
        let id = single.then(|| self.id_of_folded(&scratch));
        self.scratch = scratch;
        id
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
        let mut at = 0;
        let mut compound = Compound::default();
        while let Some((character, width)) = character_at(text, at) {
            if !is_word_char(character) {
                self.finish_compound(text, &mut compound, tokens);
                at += width;
                continue;
            }
            let word_start = at;
            at = word_end(text, at + width);
            self.push_raw_word(&text[word_start..at], tokens);
            compound.previous_end = at;
            // The character after the word decides whether a compound goes on.
            let Some((separator, width)) = character_at(text, at) else { break };
            let next = at + width;
            let joined = is_joiner(separator)
                && character_at(text, next)
                    .is_some_and(|(following, _)| following.is_alphanumeric() || is_apostrophe(following));
            if joined {
                compound.start.get_or_insert(word_start);
                compound.pieces += 1;
            } else {
                self.finish_compound(text, &mut compound, tokens);
            }
            at = next;
        }
        self.finish_compound(text, &mut compound, tokens);
    }

    #[inline]
    fn finish_compound(&mut self, text: &str, compound: &mut Compound, tokens: &mut Vec<u32>) {
        if compound.start.is_some() {
            self.push_compound(text, compound, tokens);
        }
    }

    /// The joined word of the compound that just ended (most words are in none: kept out of line).
    fn push_compound(&mut self, text: &str, compound: &mut Compound, tokens: &mut Vec<u32>) {
        if let Some(start) = compound.start.take()
            && compound.pieces >= 1
        {
            let mut joined = std::mem::take(&mut self.scratch);
            joined.clear();
            fold_into(&text[start..compound.previous_end], &mut joined);
            joined.retain(char::is_alphanumeric);
            if !joined.is_empty() {
                let id = self.id_of_folded(&joined);
                tokens.push(id);
            }
            self.scratch = joined;
        }
        compound.pieces = 0;
    }
}

/// A compound being read ("follow-up"): where its first word starts, how many joiners it has
/// passed, and where its last word so far ends.
#[derive(Default)]
struct Compound {
    start: Option<usize>,
    pieces: usize,
    previous_end: usize,
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
    use crate::search::fold::fold;

    fn words_of(text: &str) -> Vec<String> {
        let mut table = WordTable::default();
        let mut tokens = Vec::new();
        table.push_text(text, &mut tokens);
        tokens.iter().map(|&id| table.words[id as usize].to_string()).collect()
    }

    /// The words of `text` read one character at a time, the way this table read them before it
    /// skipped through ASCII bytes and remembered raw words as numbers: it must still give these.
    fn words_read_character_by_character(text: &str) -> Vec<String> {
        let pieces = |raw: &str| -> Vec<String> {
            fold(raw)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|piece| !piece.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let joined = |from: usize, to: usize| -> String {
            fold(&text[from..to]).chars().filter(|c| c.is_alphanumeric()).collect()
        };
        let characters: Vec<(usize, char)> = text.char_indices().collect();
        let mut words = Vec::new();
        let (mut start, mut compound_start, mut joiners, mut previous_end) = (None, None, 0, 0);
        for (index, &(offset, character)) in characters.iter().enumerate() {
            if is_word_char(character) {
                start.get_or_insert(offset);
                continue;
            }
            if let Some(word_start) = start.take() {
                words.extend(pieces(&text[word_start..offset]));
                previous_end = offset;
                let next = characters.get(index + 1).map(|&(_, next)| next);
                if is_joiner(character) && next.is_some_and(|next| next.is_alphanumeric() || is_apostrophe(next)) {
                    compound_start.get_or_insert(word_start);
                    joiners += 1;
                    continue;
                }
            }
            if let Some(from) = compound_start.take()
                && joiners >= 1
            {
                words.push(joined(from, previous_end));
            }
            joiners = 0;
        }
        if let Some(word_start) = start {
            words.extend(pieces(&text[word_start..]));
            previous_end = text.len();
        }
        if let Some(from) = compound_start
            && joiners >= 1
        {
            words.push(joined(from, previous_end));
        }
        words.retain(|word| !word.is_empty());
        words
    }

    #[test]
    fn every_text_of_the_builtin_phrasebook_gives_the_words_read_character_by_character() {
        let phrasebook = crate::builtin::phrasebook().expect("the built-in phrasebook loads");
        let mut texts: Vec<String> = Vec::new();
        for phrase in &phrasebook.phrases {
            let content = &phrase.content;
            texts.push(content.text.clone());
            texts.extend(content.title.clone());
            texts.extend(content.avoid.iter().cloned());
            texts.extend(content.tags.iter().cloned());
            texts.extend(content.note.clone());
        }
        for situation in &phrasebook.situations {
            texts.extend(situation.texts.values().map(|text| text.title.clone()));
        }
        texts.extend(
            [
                "a follow-up e-mail",
                "well - then",
                "x -y",
                "-a",
                "a-",
                "a--b",
                "rätt-fel",
                "Ёлка-палка",
                "follow-'s",
                "uitle\u{301}ggen",
                "½ and ¼-inch",
                "ﬁle-ﬁx",
                "ÆRØ-x",
                "zip9021-9022",
                "'",
                "``",
                "Don't-stop",
                "emoji😀-word 👍-ok",
                "ÅÄÖ åäö",
                "tab\tand\nnew line",
                "sixteen-letters!",
                "abcdefghijklmnop abcdefghijklmnopq ABCDEFGHIJKLMNOP",
                "ну-ка, по-русски",
                "x\u{2011}ray",
            ]
            .map(str::to_owned),
        );
        // One table for all of them, as a build reads a phrasebook: most words are seen before.
        let mut table = WordTable::default();
        for text in &texts {
            let mut tokens = Vec::new();
            table.push_text(text, &mut tokens);
            let words: Vec<String> = tokens.iter().map(|&id| table.words[id as usize].to_string()).collect();
            assert_eq!(words, words_read_character_by_character(text), "{text:?}");
        }
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
    fn the_byte_table_agrees_with_the_word_characters() {
        for byte in 0..=255u8 {
            let expected = byte.is_ascii() && is_word_char(char::from(byte));
            assert_eq!(ASCII_WORD[usize::from(byte)], expected, "byte {byte}");
        }
    }

    #[test]
    fn packing_is_the_bytes_zero_padded() {
        let text = "abcdefghijklmnopq";
        for length in 0..=17 {
            let word = &text.as_bytes()[..length];
            let mut padded = [0u8; 16];
            let expected = (length <= 16).then(|| {
                padded[..length].copy_from_slice(word);
                u128::from_le_bytes(padded)
            });
            assert_eq!(packed(word), expected, "length {length}");
        }
    }

    #[test]
    fn merging_maps_each_table_to_shared_ids() {
        let (words, maps) = merge(vec![vec!["b".into(), "a".into()], vec!["a".into(), "c".into()]]);
        assert_eq!(words.iter().map(|word| word.as_ref()).collect::<Vec<_>>(), ["b", "a", "c"]);
        assert_eq!(maps, [vec![0, 1], vec![1, 2]]);
    }
}
