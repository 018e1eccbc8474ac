//! What each query term makes of each word of the vocabulary, worked out once per keystroke. A
//! phrase is then scored by looking its word ids up in these tables: the work per phrase is a few
//! array reads per word, whatever the matching rules.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem::Finder;
use rayon::prelude::*;

use super::language::Language;
use super::matcher::{Quality, is_doubling_slip, typo_length, within_one_edit};
use super::query::{Term, TermKind};
use super::vocabulary::Words;

/// How a term relates to a word, worst first. `Loose` words cannot match the term but could match
/// a longer one typed after it, so phrases holding them are kept for the next keystroke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub(super) enum Class {
    None = 0,
    Loose = 1,
    Scattered = 2,
    Typo = 3,
    Exact = 4,
}

impl Class {
    fn from_quality(quality: Quality) -> Self {
        match quality {
            Quality::Word | Quality::WordStart | Quality::Inside => Class::Exact,
            Quality::Typo => Class::Typo,
            Quality::Scattered => Class::Scattered,
        }
    }
}

/// A class and points packed in 16 bits, so that a greater key is a better match and a field's best
/// word is a plain maximum: class in the top four bits, points × 40 below.
pub(super) type Key = u16;

const POINTS_SCALE: f32 = 40.0;

/// Points for a word that shares the term's stem ("declined" for "decline"): in the typo tier,
/// just above a typo. A stem is a near miss like a typo, not the word itself: after folding,
/// "spärades" (a typo of "spärrades") is also a form of "spara", and the typo must not lose to
/// every form of "spara" by tier alone.
const STEM_POINTS: f32 = 60.0;

/// Points for a typo that only doubles a letter or writes a doubled one once ("spärades" for
/// "spärrades"): just above a stem, since the agent meant this very word, and after folding the
/// slip may also be a form of another word ("sparades", a form of "spara").
const DOUBLING_POINTS: f32 = 62.0;

/// Points for a synonym an agent types ("money back" for "refund"): a weaker match than any form
/// of the word itself.
const SYNONYM_POINTS: f32 = 50.0;

/// Points for the start of a word when the term is the last one typed: the agent is most likely
/// still typing it, so it is nearly as good as the whole word.
const LAST_WORD_START_POINTS: f32 = 95.0;

/// The shortest word taken as the first part of a compound term.
const COMPOUND_HEAD_CHARS: usize = 5;

/// Points for a word that is the first part of a compound term: a loose match.
const COMPOUND_POINTS: f32 = 35.0;

/// Whether a word matched as a word (whole, its start, its stem or with one typo), not as letters
/// inside it or as a synonym: only such words make a run of the query's words.
pub(super) fn word_level(key: Key) -> bool {
    class_of(key) >= Class::Typo && points_of(key) >= 55.0
}

/// Packs a class and its points (0–100).
pub(super) fn key(class: Class, points: f32) -> Key {
    ((class as u16) << 12) | (points * POINTS_SCALE).round().clamp(0.0, 4095.0) as u16
}

/// The class of a key.
pub(super) fn class_of(key: Key) -> Class {
    match key >> 12 {
        0 => Class::None,
        1 => Class::Loose,
        2 => Class::Scattered,
        3 => Class::Typo,
        _ => Class::Exact,
    }
}

/// The points of a key.
pub(super) fn points_of(key: Key) -> f32 {
    (key & 0x0fff) as f32 / POINTS_SCALE
}

/// One term's verdict on every word of the vocabulary.
pub(super) struct WordVerdicts {
    /// [`Key`] per word id; 0 where the word cannot match.
    pub keys: Vec<Key>,
    /// Word ids of class `Loose` or better: the only words the next, longer term can match.
    pub candidates: Vec<u32>,
}

/// Where the term's words must sit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Placement {
    /// Anywhere.
    Anywhere,
    /// At the start of a field or line (`^prefix`).
    LineStart,
}

/// A query term ready for scoring phrases.
pub(super) struct TermPlan<'q> {
    pub term: &'q Term,
    /// For a term of one word: its verdicts. For a term spanning words (`"not my dep"`, `e-mail`):
    /// one verdict table per word, which only narrows (the folded text decides the match).
    pub pieces: Vec<WordVerdicts>,
    /// Whether the term is one word, so the tables decide the match by themselves.
    pub single_word: bool,
    pub placement: Placement,
    /// Words matched only through a stem or a synonym, judged over the whole vocabulary: they may
    /// lie outside what the previous keystroke kept, and then its work cannot be reused.
    pub extras: Vec<u32>,
}

/// What a term is planned with besides the vocabulary.
#[derive(Clone, Copy, Default)]
pub(super) struct Context<'a> {
    /// Whether it is the last term typed, perhaps still being typed.
    pub last: bool,
    /// Languages whose stems count (the language filter's, or all of them).
    pub languages: &'a [&'a Language],
    /// Words that mean the same to an agent, each with the language it belongs to.
    pub synonyms: &'a [(&'a Language, &'a str)],
}

/// The letters and digits runs of a folded term.
fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|piece| !piece.is_empty()).collect()
}

impl<'q> TermPlan<'q> {
    /// Plans `term` over `words`. `previous` holds the candidate words of the term this one
    /// extends (the same term one keystroke ago), when there is one.
    pub fn new(
        term: &'q Term,
        words: &Words,
        previous: Option<&[u32]>,
        matcher: &SkimMatcherV2,
        context: Context<'_>,
    ) -> Self {
        let pieces_text = words_of(&term.text);
        let single_word = pieces_text.len() == 1 && pieces_text[0] == term.text;
        let placement = if term.kind == TermKind::Prefix { Placement::LineStart } else { Placement::Anywhere };
        let mut extras = Vec::new();
        let pieces = if single_word {
            let mut verdicts = verdicts(term.text.as_str(), term.kind, words, previous, matcher, context.last);
            if term.kind == TermKind::Fuzzy {
                extras = add_stems_and_synonyms(&term.text, words, context, &mut verdicts);
            }
            vec![verdicts]
        } else {
            // Each word of a multi-word term must appear loosely; the text check does the rest.
            pieces_text.iter().map(|piece| verdicts(piece, TermKind::Exact, words, None, matcher, false)).collect()
        };
        Self { term, pieces, single_word, placement, extras }
    }
}

/// The first `count` characters of a word.
fn head(word: &str, count: usize) -> &str {
    word.char_indices().nth(count).map_or(word, |(end, _)| &word[..end])
}

/// Gives words that share the term's stem, or that are a synonym of it, their points where those
/// beat what the word already had; returns every word so matched. Stems are compared only between
/// words that start alike (three letters), which keeps this to a handful of stemmer calls.
fn add_stems_and_synonyms(term: &str, words: &Words, context: Context<'_>, verdicts: &mut WordVerdicts) -> Vec<u32> {
    const SHARED_START: usize = 3;
    let stems: Vec<(&Language, String)> = if term.chars().count() > SHARED_START {
        context.languages.iter().map(|language| (*language, language.stem(term))).collect()
    } else {
        Vec::new()
    };
    let term_head = head(term, SHARED_START);
    let synonym_stems: Vec<(&Language, &str, String)> =
        context.synonyms.iter().map(|(language, word)| (*language, *word, language.stem(word))).collect();
    let mut extras = Vec::new();
    for (id, word) in words.iter().enumerate() {
        let mut points = None;
        if !stems.is_empty() && word.starts_with(term_head) && word.chars().count() > SHARED_START {
            let same_stem = stems.iter().any(|(language, stem)| language.has_stem(word, stem));
            if same_stem {
                points = Some(STEM_POINTS);
            }
        }
        if points.is_none() {
            let synonym = synonym_stems.iter().any(|(language, synonym, stem)| {
                word == *synonym
                    || (word.starts_with(head(synonym, SHARED_START))
                        && synonym.chars().count() > SHARED_START
                        && language.has_stem(word, stem))
            });
            if synonym {
                points = Some(SYNONYM_POINTS);
            }
        }
        let Some(points) = points else { continue };
        let class = if points == STEM_POINTS { Class::Typo } else { Class::Exact };
        let key = key(class, points);
        let Some(have) = verdicts.keys.get_mut(id) else { continue };
        if key > *have {
            if *have == 0 {
                verdicts.candidates.push(id as u32);
            }
            *have = key;
            extras.push(id as u32);
        }
    }
    extras
}

/// The verdicts of `term` (folded, one word) on every word, or on `previous` words only.
fn verdicts(
    term: &str,
    kind: TermKind,
    words: &Words,
    previous: Option<&[u32]>,
    matcher: &SkimMatcherV2,
    last: bool,
) -> WordVerdicts {
    let probe = Probe::new(term);
    // The word's key, if the term matches it at least loosely.
    let judge = |word: &str, word_chars: &mut Vec<char>| {
        let (class, mut points) = judge_word(&probe, kind, word, word_chars, matcher);
        if last && class == Class::Exact && points == Quality::WordStart.points() {
            points = LAST_WORD_START_POINTS;
        }
        (class != Class::None).then(|| key(class, points))
    };
    let mut verdicts = WordVerdicts { keys: vec![0; words.len()], candidates: Vec::new() };
    let mut keep = |id: u32, key: Key| {
        if let Some(slot) = verdicts.keys.get_mut(id as usize) {
            *slot = key;
            verdicts.candidates.push(id);
        }
    };
    match previous {
        Some(previous) => {
            let mut word_chars = Vec::new();
            for &id in previous {
                if let Some(key) = words.get(id as usize).and_then(|word| judge(word, &mut word_chars)) {
                    keep(id, key);
                }
            }
        }
        // The whole vocabulary (a new term): in slices on every core, kept in id order.
        None => {
            let firsts: Vec<usize> = (0..words.len()).step_by(WORDS_PER_TASK).collect();
            let found: Vec<Vec<(u32, Key)>> = firsts
                .into_par_iter()
                .map(|first| {
                    let mut word_chars = Vec::new();
                    let ids = first..(first + WORDS_PER_TASK).min(words.len());
                    ids.clone()
                        .zip(words.iter_range(ids))
                        .filter_map(|(id, word)| Some((id as u32, judge(word, &mut word_chars)?)))
                        .collect()
                })
                .collect();
            for (id, key) in found.into_iter().flatten() {
                keep(id, key);
            }
        }
    }
    verdicts
}

/// Words one task of a whole-vocabulary scan judges: enough that handing out tasks costs
/// little beside them, few enough that both cores get work on a vocabulary of a few thousand.
const WORDS_PER_TASK: usize = 4096;

/// A term made ready to be held against every word of a vocabulary.
struct Probe<'t> {
    text: &'t str,
    chars: Vec<char>,
    /// Looks for the term's bytes (made once: the standard `find` sets up its searcher again for
    /// every word).
    finder: Finder<'t>,
    /// One bit per letter of the term, where it stands (see [`Probe::letters_missing`]).
    letter_bits: Vec<u128>,
    ascii: bool,
    /// Whether a word lacking two of the term's letters is let go early (always, but in tests
    /// that hold it to the rules in full).
    lets_go_early: bool,
}

impl<'t> Probe<'t> {
    fn new(text: &'t str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let letter_bits = chars.iter().map(|&letter| letter_bit(letter)).collect();
        Self {
            text,
            finder: Finder::new(text.as_bytes()),
            letter_bits,
            ascii: text.is_ascii(),
            chars,
            lets_go_early: true,
        }
    }

    /// How many of the term's letters (counted where they stand, so a letter typed twice counts
    /// twice) the word does not have anywhere; may count fewer, never more: letters are compared
    /// by one bit each of 128, which letters far apart in Unicode share.
    fn letters_missing(&self, word: &str) -> usize {
        let has = match self.ascii {
            // An ASCII term's letters are bytes below 128, which no byte of another letter is.
            true => word.bytes().fold(0u128, |has, byte| has | (u128::from(byte < 128) << (byte & 127))),
            false => word.chars().fold(0u128, |has, letter| has | letter_bit(letter)),
        };
        self.letter_bits.iter().filter(|&&bit| has & bit == 0).count()
    }
}

fn letter_bit(letter: char) -> u128 {
    1u128 << (u32::from(letter) % 128)
}

/// How the term of `probe` matches one word, and for how many points.
fn judge_word(
    probe: &Probe<'_>,
    kind: TermKind,
    word: &str,
    word_chars: &mut Vec<char>,
    matcher: &SkimMatcherV2,
) -> (Class, f32) {
    let (term, term_chars) = (probe.text, probe.chars.as_slice());
    // How many of the term's letters the word lacks, from one pass over its bytes: a word
    // lacking one cannot hold the term, so most words skip the substring search.
    let missing = match probe.lets_go_early {
        true => probe.letters_missing(word),
        false => 0,
    };
    // A match of valid UTF-8 in valid UTF-8 starts on a character boundary: the same start as
    // `str::find`.
    let found = (missing == 0 && word.len() >= term.len()).then(|| probe.finder.find(word.as_bytes())).flatten();
    if let Some(start) = found {
        let quality = match kind {
            TermKind::Prefix if start != 0 => return (Class::Loose, 0.0),
            _ if start == 0 && term.len() == word.len() => Quality::Word,
            _ if start == 0 => Quality::WordStart,
            _ => Quality::Inside,
        };
        return (Class::from_quality(quality), quality.points());
    }
    // Only fuzzy terms go on to typos and scattered letters; the others need the exact letters.
    if kind != TermKind::Fuzzy {
        return (Class::None, 0.0);
    }
    // Every rule below but a compound's head keeps all the term's letters but one (a typo
    // changes or drops one; a word start with a typo, or letters scattered, keep the rest), so
    // a word lacking two of them matches nothing: most of a vocabulary, let go before the
    // costlier checks.
    let compound_head = term.len() > word.len() && term.starts_with(word);
    if !compound_head && missing >= 2 {
        return (Class::None, 0.0);
    }
    word_chars.clear();
    word_chars.extend(word.chars());
    if typo_length(term_chars, word_chars).is_some() {
        let points = if is_doubling_slip(term_chars, word_chars) { DOUBLING_POINTS } else { Quality::Typo.points() };
        return (Class::Typo, points);
    }
    // A compound the phrasebook only holds the first part of ("retourfraude", "uppsägnings-
    // bekräftelse"): the word it starts with is a loose match, so the query still finds something.
    // Monotone as the term grows: every shorter term is a start of the word or starts with it.
    if word_chars.len() >= COMPOUND_HEAD_CHARS && term_chars.len() > word_chars.len() && term.starts_with(word) {
        return (Class::Scattered, COMPOUND_POINTS);
    }
    // What a longer term could still match here: its letters scattered in the word, or the word's
    // start with one typo. Both hold for every prefix of a term that has them.
    let could_grow = is_subsequence(term_chars, word_chars) || within_one_edit_of_prefix(term_chars, word_chars);
    if !could_grow {
        return (Class::None, 0.0);
    }
    // Scattered letters, scored by fuzzy-matcher; letters strewn across a long word are noise.
    if let Some((raw, indices)) = matcher.fuzzy_indices(word, term)
        && let (Some(first), Some(last)) = (indices.first(), indices.last())
        && last - first < 3 * term_chars.len()
    {
        let squashed = 0.5 + (raw as f32 / (12.0 * term.len() as f32 + 1.0)).min(0.5);
        return (Class::Scattered, Quality::Scattered.points() * squashed);
    }
    (Class::Loose, 0.0)
}

fn is_subsequence(term: &[char], word: &[char]) -> bool {
    let mut rest = word.iter();
    term.iter().all(|wanted| rest.any(|have| have == wanted))
}

/// Whether `term` is one edit away from the start of `word` as long as the term (one shorter,
/// as long, or one longer).
fn within_one_edit_of_prefix(term: &[char], word: &[char]) -> bool {
    let length = term.len();
    [length.saturating_sub(1), length, length + 1]
        .into_iter()
        .any(|prefix| prefix <= word.len() && within_one_edit(term, &word[..prefix]))
}

/// Words containing an excluded term (`!word`).
pub(super) fn containing(term: &str, words: &Words) -> Vec<bool> {
    let finder = Finder::new(term.as_bytes());
    words.iter().map(|word| finder.find(word.as_bytes()).is_some()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(term: &str, kind: TermKind, word: &str) -> Class {
        judge_word(&Probe::new(term), kind, word, &mut Vec::new(), &SkimMatcherV2::default()).0
    }

    #[test]
    fn words_are_judged_by_the_best_rule_that_holds() {
        assert_eq!(judged("refund", TermKind::Fuzzy, "refund"), Class::Exact);
        assert_eq!(judged("fund", TermKind::Fuzzy, "refund"), Class::Exact);
        assert_eq!(judged("refnud", TermKind::Fuzzy, "refund"), Class::Typo);
        // Short words: two swapped neighbours only, of the word or of its start.
        assert_eq!(judged("hlep", TermKind::Fuzzy, "help"), Class::Typo);
        assert_eq!(judged("teh", TermKind::Fuzzy, "the"), Class::Typo);
        assert_eq!(judged("wnat", TermKind::Fuzzy, "wanted"), Class::Typo);
        assert!(judged("hat", TermKind::Fuzzy, "has") < Class::Typo, "a replaced letter in a short word is not a typo");
        assert!(judged("hepl", TermKind::Fuzzy, "hello") < Class::Typo);
        // And one inner letter left out of a whole short word.
        assert_eq!(judged("tll", TermKind::Fuzzy, "tell"), Class::Typo);
        assert_eq!(judged("vor", TermKind::Fuzzy, "voor"), Class::Typo);
        assert_eq!(judged("rfnd", TermKind::Fuzzy, "refund"), Class::Scattered);
        assert_eq!(judged("rfnd", TermKind::Exact, "refund"), Class::None);
        assert_eq!(judged("refx", TermKind::Fuzzy, "refund"), Class::Loose);
        assert_eq!(judged("fund", TermKind::Prefix, "refund"), Class::Loose);
        assert_eq!(judged("xyz", TermKind::Fuzzy, "refund"), Class::None);
    }

    #[test]
    fn letting_a_word_go_early_never_changes_its_verdict() {
        // Every word of the built-in phrasebook and of tricky texts, against terms typed letter
        // by letter, with typos, doubled letters, non-Latin letters and a compound.
        let mut texts: Vec<String> = crate::builtin::phrasebook()
            .map(|book| book.phrases.into_iter().map(|phrase| phrase.content.text).collect())
            .unwrap_or_default();
        texts.push("retourfraude uppsägningsbekräftelse ÅÄÖ ñandú 東京 naïve zip9021 к вам".into());
        let mut words: Vec<String> = texts
            .iter()
            .flat_map(|text| {
                words_of(&crate::search::fold::fold(text)).into_iter().map(str::to_owned).collect::<Vec<_>>()
            })
            .collect();
        words.sort_unstable();
        words.dedup();
        assert!(words.len() > 1_000, "a vocabulary worth testing against");
        let terms = [
            "refund",
            "refnud",
            "rfnd",
            "aa",
            "sorry",
            "retourfraudes",
            "uppsagnings",
            "понимаю",
            "пон",
            "zip9",
            "x",
            "kalo",
        ];
        let matcher = SkimMatcherV2::default();
        for term in terms {
            let term = crate::search::fold::fold(term);
            for end in term.char_indices().map(|(at, letter)| at + letter.len_utf8()) {
                let probe = Probe::new(&term[..end]);
                let in_full = Probe { lets_go_early: false, ..Probe::new(&term[..end]) };
                for word in &words {
                    for kind in [TermKind::Fuzzy, TermKind::Exact, TermKind::Prefix] {
                        let early = judge_word(&probe, kind, word, &mut Vec::new(), &matcher);
                        let full = judge_word(&in_full, kind, word, &mut Vec::new(), &matcher);
                        assert_eq!(early, full, "{:?} against {word}", &term[..end]);
                    }
                }
            }
        }
    }

    #[test]
    fn a_doubling_slip_is_nearer_the_word_than_a_shared_stem() {
        let matcher = SkimMatcherV2::default();
        let probe = Probe::new("sparades");
        let slip = judge_word(&probe, TermKind::Fuzzy, "sparrades", &mut Vec::new(), &matcher);
        let other = judge_word(&probe, TermKind::Fuzzy, "sparade", &mut Vec::new(), &matcher);
        assert_eq!(slip, (Class::Typo, DOUBLING_POINTS));
        assert!(DOUBLING_POINTS > STEM_POINTS && STEM_POINTS > other.1, "{other:?}");
    }

    #[test]
    fn a_longer_term_only_matches_words_the_shorter_one_kept() {
        let words: Words = ["refund", "return", "order", "ratt"].into_iter().collect();
        let matcher = SkimMatcherV2::default();
        let short = verdicts("re", TermKind::Fuzzy, &words, None, &matcher, true);
        let long_from_scratch = verdicts("refnu", TermKind::Fuzzy, &words, None, &matcher, true);
        let long_refined = verdicts("refnu", TermKind::Fuzzy, &words, Some(&short.candidates), &matcher, true);
        assert_eq!(long_from_scratch.keys, long_refined.keys);
        assert!(long_refined.candidates.contains(&0));
    }
}
