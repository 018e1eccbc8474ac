//! The matching rules on text. Tiers keep the ranking a person agrees with: a term found as a
//! word, a word start, inside a word or with one typo ("exact tier") always beats a term found only
//! as scattered letters ("fuzzy tier"), which is scored with `fuzzy-matcher`. Most terms are one
//! word and are judged per vocabulary word (see `terms`); the functions here also serve terms that
//! span words (`"not my department"`), matched against a phrase's folded fields.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::field::Field;
use super::query::{Term, TermKind};

/// How well a term matched, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Quality {
    Word,
    WordStart,
    Typo,
    Inside,
    Scattered,
}

impl Quality {
    pub(super) fn points(self) -> f32 {
        match self {
            Quality::Word => 100.0,
            Quality::WordStart => 82.0,
            Quality::Typo => 58.0,
            Quality::Inside => 45.0,
            Quality::Scattered => 20.0,
        }
    }
}

/// A term's best match in a phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct TermMatch {
    pub field: Field,
    pub quality: Quality,
    /// Where in the field the match starts, in words, for word proximity.
    pub position: usize,
    pub score: f32,
}

fn is_word_char(character: Option<char>) -> bool {
    character.is_some_and(char::is_alphanumeric)
}

/// Classifies an occurrence of `needle_len` bytes at `start` in `text`.
fn classify(text: &str, start: usize, needle_len: usize) -> Quality {
    let before = text[..start].chars().next_back();
    let after = text[start + needle_len..].chars().next();
    match (is_word_char(before), is_word_char(after)) {
        (false, false) => Quality::Word,
        (false, true) => Quality::WordStart,
        _ => Quality::Inside,
    }
}

/// Best occurrence of `needle` in `text` by quality (first one wins ties).
fn best_occurrence(text: &str, needle: &str) -> Option<(Quality, usize)> {
    let mut best: Option<(Quality, usize)> = None;
    for (start, _) in text.match_indices(needle) {
        let quality = classify(text, start, needle.len());
        if best.is_none_or(|(current, _)| quality < current) {
            best = Some((quality, start));
            if quality == Quality::Word {
                break;
            }
        }
    }
    best
}

/// One typo, as the draft check counts it too (one definition for both).
pub use crate::edits::within_one_edit;

/// The shortest term length for which any one typo is forgiven: shorter words have too many
/// neighbours ("hat", "has", "had" are one letter apart).
const TYPO_MIN_CHARS: usize = 5;

/// From this length two swapped neighbours are forgiven ("hlep", "wnat", "teh"): the commonest
/// slip of fast typing, and one that rarely turns a short word into another word.
const SWAP_MIN_CHARS: usize = 3;

/// From this length a short term may also lack one inner letter of a whole word ("tll" for "tell",
/// "vor" for "voor", "rgel" for "regel"): fast fingers skip a letter in short words as often as
/// they swap two, and the first letter, which is rarely the one skipped, still has to agree.
const DROP_MIN_CHARS: usize = 3;

/// How many leading characters of `word` the term matches with one edit: the whole word, or the
/// prefix being typed (the term's length, one less or one more). Terms shorter than
/// [`TYPO_MIN_CHARS`] are forgiven only two swapped neighbours, or one inner letter left out of a
/// whole word. The one rule for matching and highlighting alike.
pub(super) fn typo_length(term: &[char], word: &[char]) -> Option<usize> {
    if term.len() < TYPO_MIN_CHARS {
        let swapped =
            term.len() >= SWAP_MIN_CHARS && term.len() <= word.len() && is_one_swap(term, &word[..term.len()]);
        if swapped {
            return Some(term.len());
        }
        // Whole words only: a short term is a short word typed in full, and the start of a longer
        // word with a letter missing ("hr" for "hear…") is too weak a clue to be called a match.
        let dropped = term.len() >= DROP_MIN_CHARS && is_inner_letter_dropped(term, word);
        return dropped.then_some(word.len());
    }
    if within_one_edit(term, word) {
        return Some(word.len());
    }
    [term.len().saturating_sub(1), term.len(), term.len() + 1]
        .into_iter()
        .find(|&length| length >= TYPO_MIN_CHARS - 1 && length < word.len() && within_one_edit(term, &word[..length]))
}

/// Whether `term` is `word` with one letter left out, neither the first nor the last (a missing
/// last letter is a word start, which matches better anyway).
fn is_inner_letter_dropped(term: &[char], word: &[char]) -> bool {
    if word.len() != term.len() + 1 {
        return false;
    }
    let first = term.iter().zip(word).position(|(x, y)| x != y).unwrap_or(term.len());
    (1..term.len()).contains(&first) && term[first..] == word[first + 1..]
}

/// Whether one word is the other with a doubled letter written once, or a single letter written
/// twice ("spärades" for "spärrades", "adress" for "adres"): the commonest misspelling there is,
/// so it is nearer the word than other typos and than another word sharing the term's stem.
pub(super) fn is_doubling_slip(term: &[char], word: &[char]) -> bool {
    let (short, long) = match word.len().checked_sub(term.len()) {
        Some(1) => (term, word),
        _ if term.len() == word.len() + 1 => (word, term),
        _ => return false,
    };
    let first = short.iter().zip(long).position(|(x, y)| x != y).unwrap_or(short.len());
    short[first..] == long[first + 1..]
        && (first > 0 && long[first] == long[first - 1] || long.get(first + 1) == Some(&long[first]))
}

/// Whether `a` is `b` with exactly two neighbouring characters swapped.
fn is_one_swap(a: &[char], b: &[char]) -> bool {
    let Some(first) = a.iter().zip(b).position(|(x, y)| x != y) else {
        return false;
    };
    a.len() == b.len()
        && first + 1 < a.len()
        && a[first] == b[first + 1]
        && a[first + 1] == b[first]
        && a[first + 2..] == b[first + 2..]
}

/// The best match of a term spanning several words in one phrase's folded fields (`fields[i]` is
/// the folded text of `Field::ALL[i]`).
pub(super) fn match_in_fields(fields: &[String; 7], term: &Term, matcher: &SkimMatcherV2) -> Option<TermMatch> {
    let mut best: Option<TermMatch> = None;
    fn consider(best: &mut Option<TermMatch>, field: Field, quality: Quality, byte_offset: usize, points: f32) {
        let score = points * field.weight();
        // Fields hold about six bytes per word.
        let position = byte_offset / 6;
        if best.is_none_or(|current| score > current.score) {
            *best = Some(TermMatch { field, quality, position, score });
        }
    }
    for (field, text) in Field::ALL.into_iter().zip(fields) {
        match term.kind {
            TermKind::Prefix => {
                if text.split('\n').any(|line| line.starts_with(term.text.as_str())) {
                    consider(&mut best, field, Quality::WordStart, 0, Quality::WordStart.points());
                }
            }
            TermKind::Fuzzy | TermKind::Exact => {
                if let Some((quality, position)) = best_occurrence(text, &term.text) {
                    consider(&mut best, field, quality, position, quality.points());
                }
            }
            TermKind::Exclude => return None,
        }
    }
    if best.is_some() || term.kind != TermKind::Fuzzy {
        return best;
    }
    let length = term.text.chars().count();
    for (field, text) in Field::ALL.into_iter().zip(fields) {
        if let Some((raw, indices)) = matcher.fuzzy_indices(text, &term.text)
            && let (Some(first), Some(last)) = (indices.first(), indices.last())
            && last - first < 3 * length
        {
            let squashed = 0.5 + (raw as f32 / (12.0 * term.text.len() as f32 + 1.0)).min(0.5);
            consider(&mut best, field, Quality::Scattered, 0, Quality::Scattered.points() * squashed);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn one_edit_of_each_kind_is_forgiven() {
        assert!(within_one_edit(&chars("refnud"), &chars("refund")), "transposed");
        assert!(within_one_edit(&chars("refnd"), &chars("refund")), "dropped");
        assert!(within_one_edit(&chars("reffund"), &chars("refund")), "added");
        assert!(within_one_edit(&chars("refand"), &chars("refund")), "replaced");
        assert!(!within_one_edit(&chars("rfenud"), &chars("refund")), "two edits");
    }

    #[test]
    fn short_words_forgive_one_inner_letter_left_out() {
        assert_eq!(typo_length(&chars("tll"), &chars("tell")), Some(4));
        assert_eq!(typo_length(&chars("vor"), &chars("voor")), Some(4));
        assert_eq!(typo_length(&chars("rgel"), &chars("regel")), Some(5));
        assert_eq!(typo_length(&chars("ell"), &chars("tell")), None, "the first letter must agree");
        assert_eq!(typo_length(&chars("hr"), &chars("her")), None, "two letters say too little");
        assert_eq!(typo_length(&chars("hea"), &chars("heard")), None, "whole words only");
        assert_eq!(typo_length(&chars("tel"), &chars("tela")), None, "a word start is not a typo");
        assert_eq!(typo_length(&chars("hat"), &chars("has")), None, "nor is another short word");
    }

    #[test]
    fn a_doubled_letter_written_once_or_a_single_one_twice_is_a_doubling_slip() {
        assert!(is_doubling_slip(&chars("sparades"), &chars("sparrades")));
        assert!(is_doubling_slip(&chars("ned"), &chars("need")));
        assert!(is_doubling_slip(&chars("adresss"), &chars("adress")));
        assert!(is_doubling_slip(&chars("tomorow"), &chars("tomorrow")));
        assert!(!is_doubling_slip(&chars("refnd"), &chars("refund")), "a dropped single letter");
        assert!(!is_doubling_slip(&chars("refund"), &chars("refund")), "no slip at all");
        assert!(!is_doubling_slip(&chars("sprades"), &chars("sparrades")), "two letters short");
    }

    #[test]
    fn occurrences_prefer_whole_words() {
        assert_eq!(best_occurrence("unrefundable refund", "refund"), Some((Quality::Word, 13)));
        assert_eq!(best_occurrence("refunds", "refund"), Some((Quality::WordStart, 0)));
        assert_eq!(best_occurrence("unrefundable", "refund"), Some((Quality::Inside, 2)));
    }
}
