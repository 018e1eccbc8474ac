//! Words of a draft or a blunt line, folded, with their character ranges in the original text.
//! Contractions are spelled out ("that's" → "that is", "da's" → "dat is", "nåt" → "något") and
//! the forms of a few irregular verbs share one lemma ("are"/"were" → "be", "hebt"/"heeft" →
//! "hebben", "могу"/"можем" → "мочь"), so both sides of a comparison speak the same way. Every
//! per-word fact the matcher needs is computed once, when the word is made.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use crate::edits::edits_within;
use crate::search::fold::fold_with_map;

/// A folded word with what the matcher needs to know about it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Word {
    pub text: String,
    /// The folded characters, for prefix and typo comparisons.
    chars: Vec<char>,
    /// The punctuation that follows it.
    pub after: Break,
    /// How much the word contributes to a match.
    weight: f32,
    content: bool,
    negation: bool,
    cyrillic: bool,
}

/// What separates a word from the next one, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Break {
    /// Only spaces or a hyphen: the next word belongs to the same phrase.
    None,
    /// A comma, a quote, a bracket.
    Pause,
    /// A semicolon, a colon, a dash between spaces.
    Clause,
    /// A full stop, question or exclamation mark, a line break, or the end of the text.
    Sentence,
}

/// Short words every sentence has: they count for less, so "not my" alone is no finding. Fillers
/// ("just", "gewoon", "просто") belong here too: a draft adds or drops them without saying
/// something else. Possessives do not: "ditt problem" is the blunt part of "Det är ditt problem".
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    // English
    "a", "an", "the", "is", "be", "have", "do", "it", "its", "i", "you", "we", "us", "they", "he", "she", "to",
    "of", "and", "or", "that", "this", "there", "here", "what", "me", "so", "at", "in", "on", "for", "just",
    "really", "simply", "even", "actually", "honestly", "well",
    // Dutch
    "de", "het", "een", "ik", "u", "je", "jij", "dat", "dit", "niet", "en", "van", "te", "wij", "we", "hebben",
    "er", "toch", "gewoon", "wel", "maar", "echt", "nou", "tja",
    // Swedish
    "det", "jag", "du", "inte", "att", "och", "ett", "som", "vi", "ni", "bara", "ju", "verkligen", "nog",
    // Russian
    "я", "ты", "вы", "мы", "он", "она", "они", "не", "это", "и", "в", "на", "что", "с", "по", "вам", "вас", "нам",
    "нас", "мне", "меня", "быть", "просто", "же", "ведь", "вообще", "а", "но", "у",
];

/// Words that turn a statement around: "Dat kan" is not "Dat kan niet", "You didn't misread" is not
/// "You misread it". A negation in a blunt line must be in the passage, and the reverse.
const NEGATIONS: &[&str] = &[
    "not",
    "no",
    "never",
    "niet",
    "geen",
    "nooit",
    "inte",
    "aldrig",
    "ingen",
    "inget",
    "inga",
    "не",
    "нет",
    "никогда",
    "ни",
];

/// Folded contractions and colloquial forms, spelled out.
const CONTRACTIONS: &[(&str, &[&str])] = &[
    ("youre", &["you", "are"]),
    ("theyre", &["they", "are"]),
    ("im", &["i", "am"]),
    ("ive", &["i", "have"]),
    ("youve", &["you", "have"]),
    ("weve", &["we", "have"]),
    ("theyve", &["they", "have"]),
    ("ill", &["i", "will"]),
    ("youll", &["you", "will"]),
    ("itll", &["it", "will"]),
    ("youd", &["you", "would"]),
    ("thats", &["that", "is"]),
    ("whats", &["what", "is"]),
    ("theres", &["there", "is"]),
    ("heres", &["here", "is"]),
    ("isnt", &["is", "not"]),
    ("arent", &["are", "not"]),
    ("wasnt", &["was", "not"]),
    ("werent", &["were", "not"]),
    ("dont", &["do", "not"]),
    ("doesnt", &["does", "not"]),
    ("didnt", &["did", "not"]),
    ("cant", &["can", "not"]),
    ("cannot", &["can", "not"]),
    ("couldnt", &["could", "not"]),
    ("wont", &["will", "not"]),
    ("wouldnt", &["would", "not"]),
    ("shouldnt", &["should", "not"]),
    ("havent", &["have", "not"]),
    ("hasnt", &["has", "not"]),
    ("hadnt", &["had", "not"]),
    ("das", &["dat", "is"]),
    ("t", &["het"]),
    ("zn", &["zijn"]),
    ("nat", &["nagot"]),
    ("nan", &["nagon"]),
    ("nanting", &["nagot"]),
    ("nagonting", &["nagot"]),
    ("mej", &["mig"]),
    ("dej", &["dig"]),
];

/// Forms of irregular verbs and of possessives that carry the same blunt message, folded, with
/// their shared lemma.
const LEMMAS: &[(&str, &str)] = &[
    ("doe", "doen"),
    ("doet", "doen"),
    ("deed", "doen"),
    ("deden", "doen"),
    ("gedaan", "doen"),
    ("gor", "gora"),
    ("gjorde", "gora"),
    ("gjort", "gora"),
    ("ditt", "din"),
    ("dina", "din"),
    ("mitt", "min"),
    ("mina", "min"),
    ("ert", "er"),
    ("era", "er"),
    ("vart", "var"),
    ("vara", "var"),
    ("jouw", "je"),
    ("jou", "je"),
    ("ваша", "ваш"),
    ("ваши", "ваш"),
    ("ваше", "ваш"),
    ("вашу", "ваш"),
    ("вашего", "ваш"),
    ("вашей", "ваш"),
    ("ваших", "ваш"),
    ("наша", "наш"),
    ("наши", "наш"),
    ("наше", "наш"),
    ("нашу", "наш"),
    ("моя", "мой"),
    ("мои", "мой"),
    ("мое", "мой"),
    ("мою", "мой"),
    ("своя", "свой"),
    ("свои", "свой"),
    ("свое", "свой"),
    ("свою", "свой"),
    ("is", "be"),
    ("am", "be"),
    ("are", "be"),
    ("was", "be"),
    ("were", "be"),
    ("been", "be"),
    ("ben", "be"),
    ("bent", "be"),
    ("waren", "be"),
    ("zijn", "be"),
    ("ar", "be"),
    ("varit", "be"),
    ("has", "have"),
    ("had", "have"),
    ("har", "have"),
    ("hade", "have"),
    ("haft", "have"),
    ("heb", "hebben"),
    ("hebt", "hebben"),
    ("heeft", "hebben"),
    ("hadden", "hebben"),
    ("does", "do"),
    ("did", "do"),
    ("kunt", "kan"),
    ("kunnen", "kan"),
    ("kon", "kan"),
    ("konden", "kan"),
    ("kunde", "kan"),
    ("kunna", "kan"),
    ("wilt", "wil"),
    ("willen", "wil"),
    ("могу", "мочь"),
    ("можешь", "мочь"),
    ("может", "мочь"),
    ("можем", "мочь"),
    ("можете", "мочь"),
    ("могут", "мочь"),
    ("мог", "мочь"),
    ("могла", "мочь"),
    ("могли", "мочь"),
    ("буду", "быть"),
    ("будет", "быть"),
    ("будем", "быть"),
    ("будете", "быть"),
    ("будут", "быть"),
    ("был", "быть"),
    ("была", "быть"),
    ("было", "быть"),
    ("были", "быть"),
];

/// The word lists above as hash tables, made on first use.
struct Tables {
    function_words: HashSet<&'static str>,
    negations: HashSet<&'static str>,
    contractions: HashMap<&'static str, &'static [&'static str]>,
    lemmas: HashMap<&'static str, &'static str>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| Tables {
    function_words: FUNCTION_WORDS.iter().copied().collect(),
    negations: NEGATIONS.iter().copied().collect(),
    contractions: CONTRACTIONS.iter().copied().collect(),
    lemmas: LEMMAS.iter().copied().collect(),
});

impl Word {
    fn new(text: &str, after: Break) -> Self {
        let text = TABLES.lemmas.get(text).copied().unwrap_or(text).to_owned();
        let chars: Vec<char> = text.chars().collect();
        let content = !TABLES.function_words.contains(text.as_str());
        let weight = if content { 1.0 + (chars.len().min(10) as f32) / 10.0 } else { 0.5 };
        let negation = TABLES.negations.contains(text.as_str());
        let cyrillic = chars.first().is_some_and(|c| ('\u{0400}'..='\u{04ff}').contains(c));
        Self { text, chars, after, weight, content, negation, cyrillic }
    }

    /// Whether it negates what follows.
    pub fn is_negation(&self) -> bool {
        self.negation
    }

    /// How much the word contributes to a match: function words little, long words more.
    pub fn weight(&self) -> f32 {
        self.weight
    }

    /// Whether it carries meaning (not a function word).
    pub fn is_content(&self) -> bool {
        self.content
    }
}

/// Splits `text` into folded words with the character range each covers in `text`; a spelled-out
/// contraction gives several words over the same range.
pub(super) fn tokens(text: &str) -> Vec<(Word, Range<usize>)> {
    let folded = fold_with_map(text);
    let characters: Vec<char> = folded.text.chars().collect();
    let mut words = Vec::new();
    let mut index = 0;
    let mut raw = String::new();
    while index < characters.len() {
        if !characters[index].is_alphanumeric() {
            index += 1;
            continue;
        }
        let start = index;
        while index < characters.len() && characters[index].is_alphanumeric() {
            index += 1;
        }
        let after = break_after(&characters[index..]);
        let Some(range) = folded.original_range(start..index) else { continue };
        raw.clear();
        raw.extend(&characters[start..index]);
        match TABLES.contractions.get(raw.as_str()) {
            Some(spelled) => {
                for (position, part) in spelled.iter().enumerate() {
                    let last = position + 1 == spelled.len();
                    words.push((Word::new(part, if last { after } else { Break::None }), range.clone()));
                }
            }
            None => words.push((Word::new(&raw, after), range)),
        }
    }
    words
}

/// What `rest` (the folded text after a word) opens with.
fn break_after(rest: &[char]) -> Break {
    let spaced = rest.first().is_some_and(|c| c.is_whitespace());
    let mut line_break = false;
    for &character in rest {
        match character {
            '\n' => line_break = true,
            c if c.is_whitespace() => {}
            _ if line_break => return Break::Sentence,
            '.' | '!' | '?' => return Break::Sentence,
            ';' | ':' => return Break::Clause,
            '-' if spaced => return Break::Clause,
            '-' => return Break::None,
            c if c.is_alphanumeric() => return Break::None,
            _ => return Break::Pause,
        }
    }
    Break::Sentence
}

/// Whether a blunt line's word and a draft word are the same word: equal, the same stem (one a
/// prefix of the other, sharing at least four letters — "order"/"ordered"; or a shared stem of
/// five letters with different endings — "stängt"/"stängda"; four in Russian —
/// "делаю"/"делала"), one typo apart in words of five letters or more, or two in words of nine.
pub(super) fn words_match(pattern: &Word, draft: &Word) -> bool {
    if pattern.text == draft.text {
        return true;
    }
    let (left, right) = (&pattern.chars, &draft.chars);
    let shorter = left.len().min(right.len());
    let longer = left.len().max(right.len());
    if shorter >= 4 {
        let common = left.iter().zip(right).take_while(|(a, b)| a == b).count();
        if common == shorter && longer - shorter <= 3 {
            return true;
        }
        // Inflected endings: the same stem with a different ending of up to three letters.
        let stem = if pattern.cyrillic { 4 } else { 5 };
        if common >= stem && longer - common <= 3 && shorter - common <= 2 {
            return true;
        }
    }
    let allowed = match shorter {
        0..5 => return false,
        5..9 => 1,
        _ => 2,
    };
    longer - shorter <= allowed && edits_within(left, right, allowed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str) -> Word {
        Word::new(text, Break::None)
    }

    fn texts(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|(word, _)| word.text).collect()
    }

    #[test]
    fn contractions_are_spelled_out_over_the_same_characters() {
        assert_eq!(texts("You're wrong, that's it"), ["you", "be", "wrong", "that", "be", "it"]);
        assert_eq!(texts("Da's niet onze schuld"), ["dat", "be", "niet", "onze", "schuld"]);
        let spans: Vec<Range<usize>> = tokens("I can't").into_iter().map(|(_, range)| range).collect();
        assert_eq!(spans, [0..1, 2..7, 2..7]);
    }

    #[test]
    fn punctuation_after_a_word_is_known() {
        let breaks: Vec<Break> =
            tokens("Hi, e-mail me — now; or: later.\nBye").into_iter().map(|(word, _)| word.after).collect();
        use Break::*;
        assert_eq!(breaks, [Pause, None, None, Clause, Clause, Clause, Sentence, Sentence]);
    }

    #[test]
    fn forms_of_one_verb_share_a_lemma() {
        assert_eq!(texts("U hebt"), texts("U heeft"));
        assert_eq!(texts("Мы можем"), ["мы", "мочь"]);
    }

    #[test]
    fn typos_and_inflections_match_but_other_words_do_not() {
        assert!(words_match(&word("inconvenience"), &word("inconvienence")), "two edits in a long word");
        assert!(words_match(&word("refund"), &word("refnud")), "a swap");
        assert!(!words_match(&word("refund"), &word("refuse")), "a different word");
        assert!(words_match(&word("делаю"), &word("делала")), "Russian ending");
        assert!(!words_match(&word("заказ"), &word("закон")), "a Russian word with another stem");
    }

    #[test]
    fn edit_distance_counts_a_swap_once() {
        let chars = |text: &str| text.chars().collect::<Vec<_>>();
        assert!(edits_within(&chars("refnud"), &chars("refund"), 1));
        assert!(!edits_within(&chars("rfenud"), &chars("refund"), 1));
        assert!(edits_within(&chars("rfenud"), &chars("refund"), 2));
    }
}
