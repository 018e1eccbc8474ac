//! The adversarial relevance suite, generated with a fixed seed from whatever vetted phrases the
//! built-in phrasebook holds, so it grows with the phrasebook and never goes stale.
//!
//! For every target phrase it picks a run of words that only that phrase holds (the fragment an
//! agent remembers), then writes distractors from the same language's vocabulary that are built to
//! beat a naive ranking: the target's words shuffled, half its words mixed with other words, and
//! two short lines holding every word of the fragment, scattered (once out of order, once in order
//! with words between). Short lines win on length and hold the fragment's words exactly; only the
//! run itself tells the target apart. Seven queries per target type the fragment the ways agents
//! do: as written, as word prefixes, in capitals, with two letters swapped or a letter dropped in
//! its longest word, without accents, and with one such slip in its shortest word of four letters
//! or more, where a typo has the most look-alikes.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::json;
use tactful::search::fold::fold;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The seed of every run: the suite is the same on every machine until the phrasebook changes.
pub const SEED: u64 = 0x5eed_16ad_7e25_a1e5;

/// How a query was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A run of whole words from the phrase, lower case.
    Fragment,
    /// The same run, each word cut to its first letters.
    WordPrefixes,
    /// The run in capitals.
    AllCaps,
    /// Two neighbouring letters of one longer word swapped.
    SwappedLetters,
    /// One letter of one longer word left out.
    DroppedLetter,
    /// Accents and diacritics left off (`å` → `a`, `ё` → `е`).
    NoAccents,
    /// One slip in any word of four letters or more, not only the longest: a letter left out or
    /// two neighbours swapped in the short words fast fingers get wrong most ("tihs", "wnat",
    /// "tll"), where a typo has the most look-alikes.
    ShortWordSlip,
}

impl Kind {
    /// The first six kinds, drawn from one random stream; [`Kind::ShortWordSlip`] came later and
    /// draws from its own, so adding it left the other kinds' queries as they were.
    pub const FIRST_SIX: [Kind; 6] =
        [Kind::Fragment, Kind::WordPrefixes, Kind::AllCaps, Kind::SwappedLetters, Kind::DroppedLetter, Kind::NoAccents];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Fragment => "fragment run",
            Kind::WordPrefixes => "word-prefix run",
            Kind::AllCaps => "ALL CAPS",
            Kind::SwappedLetters => "swapped letters",
            Kind::DroppedLetter => "dropped letter",
            Kind::NoAccents => "no accents",
            Kind::ShortWordSlip => "short-word slip",
        }
    }
}

/// One query and the phrase it must find.
#[derive(Debug, Clone)]
pub struct Case {
    pub kind: Kind,
    pub query: String,
    pub expect: String,
    /// The run typed, folded, to check that no other phrase holds it.
    run: Vec<String>,
}

/// A vetted phrase of the phrasebook, as the generator sees it.
pub struct Target {
    pub id: String,
    pub situation: String,
    pub lang: String,
    pub text: String,
}

/// The distractor collection (a collection file, every phrase vetted) and the queries.
pub struct Suite {
    pub collection: String,
    pub cases: Vec<Case>,
    pub distractors: usize,
}

/// SplitMix64: tiny, good enough for shuffling, and the same everywhere.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for last in (1..items.len()).rev() {
            let other = self.below(last + 1);
            items.swap(last, other);
        }
    }
}

/// The words of a text as written: letters and digits, apostrophes inside words.
fn words(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current = String::new();
    for character in text.chars() {
        let apostrophe = matches!(character, '\'' | '\u{2019}');
        if character.is_alphanumeric() || (apostrophe && !current.is_empty()) {
            current.push(character);
        } else if !current.is_empty() {
            found.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        found.push(current);
    }
    found.into_iter().map(|word| word.trim_end_matches(['\'', '\u{2019}']).to_owned()).collect()
}

/// The folded words of a text, as search compares them.
fn folded_words(text: &str) -> Vec<String> {
    words(text).iter().map(|word| fold(word)).filter(|word| !word.is_empty()).collect()
}

fn contains_run(haystack: &[String], run: &[String]) -> bool {
    !run.is_empty() && haystack.windows(run.len()).any(|window| window == run)
}

fn sentence(words: &[String]) -> String {
    let mut text = words.join(" ");
    if let Some(first) = text.chars().next() {
        let upper: String = first.to_uppercase().collect();
        text.replace_range(..first.len_utf8(), &upper);
    }
    text.push('.');
    text
}

fn strip_accents(text: &str) -> String {
    text.nfd().filter(|character| !is_combining_mark(*character)).collect::<String>().nfc().collect()
}

/// Each word cut to its first letters, as agents type a run they half remember ("dem vet att").
fn prefixes(fragment: &[String]) -> String {
    fragment
        .iter()
        .map(|word| {
            let characters: Vec<char> = word.chars().collect();
            let keep = if characters.len() <= 3 { characters.len() } else { 3.max((characters.len() * 3).div_ceil(5)) };
            characters[..keep].iter().collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The fragment with one edit in its longest word: two neighbouring letters swapped, or one dropped.
fn with_typo(fragment: &[String], random: &mut Random, swap: bool) -> String {
    let mut words: Vec<Vec<char>> = fragment.iter().map(|word| word.chars().collect()).collect();
    let longest = (0..words.len()).max_by_key(|&index| (words[index].len(), index)).unwrap_or(0);
    let word = &mut words[longest];
    if word.len() >= 4 {
        // Never the first letter: people rarely get that wrong.
        let at = 1 + random.below(word.len() - 2);
        if swap {
            let at = if word[at] == word[at + 1] {
                (1..word.len() - 1).find(|&i| word[i] != word[i + 1]).unwrap_or(at)
            } else {
                at
            };
            word.swap(at, at + 1);
        } else {
            word.remove(at);
        }
    }
    words.iter().map(|word| word.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

/// The fragment with one slip in a word of four letters or more picked at random (the shortest
/// such words first when there are several: that is where typos find look-alikes), or `None`
/// when no word is long enough.
fn with_short_word_slip(fragment: &[String], random: &mut Random) -> Option<String> {
    let mut words: Vec<Vec<char>> = fragment.iter().map(|word| word.chars().collect()).collect();
    let shortest = words.iter().map(Vec::len).filter(|&length| length >= 4).min()?;
    let candidates: Vec<usize> = (0..words.len()).filter(|&index| words[index].len() == shortest).collect();
    let word = &mut words[candidates[random.below(candidates.len())]];
    // Never the first letter, as in `with_typo`.
    let at = 1 + random.below(word.len() - 2);
    if random.below(2) == 0 && word[at] != word[at + 1] {
        word.swap(at, at + 1);
    } else {
        word.remove(at);
    }
    Some(words.iter().map(|word| word.iter().collect::<String>()).collect::<Vec<_>>().join(" "))
}

/// Builds the suite over `targets` (every vetted phrase of the phrasebook).
pub fn generate(targets: &[Target]) -> Suite {
    let mut random = Random(SEED);
    let mut slips = Random(SEED ^ 0x0005_1195);
    let folded: Vec<Vec<String>> = targets.iter().map(|target| folded_words(&target.text)).collect();
    let mut vocabulary: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for target in targets {
        let entry = vocabulary.entry(target.lang.as_str()).or_default();
        entry.extend(words(&target.text).into_iter().map(|word| word.to_lowercase()));
    }
    for words in vocabulary.values_mut() {
        words.sort();
        words.dedup();
    }
    // How often each folded run of words occurs across the phrasebook, to find runs only one holds.
    let mut run_counts: HashMap<Vec<String>, usize> = HashMap::new();
    for words in &folded {
        let mut seen = HashSet::new();
        for length in 1..=8 {
            for window in words.windows(length) {
                if seen.insert(window.to_vec()) {
                    *run_counts.entry(window.to_vec()).or_default() += 1;
                }
            }
        }
    }

    let mut phrases = Vec::new();
    let mut cases = Vec::new();
    let mut distractor_texts: Vec<Vec<String>> = Vec::new();
    for (number, target) in targets.iter().enumerate() {
        let written = words(&target.text);
        let target_folded = &folded[number];
        if written.len() != target_folded.len() || written.len() < 3 {
            continue;
        }
        // A run of three or four words somewhere in the phrase, grown until no other phrase holds it.
        let mut length = 3 + random.below(2);
        length = length.min(written.len());
        let mut start = random.below(written.len() - length + 1);
        while length < written.len().min(8)
            && run_counts.get(&target_folded[start..start + length]).copied().unwrap_or(0) > 1
        {
            length += 1;
            start = start.min(written.len() - length);
        }
        if run_counts.get(&target_folded[start..start + length]).copied().unwrap_or(0) > 1 {
            continue;
        }
        let fragment: Vec<String> = written[start..start + length].iter().map(|word| word.to_lowercase()).collect();
        let fragment_folded: Vec<String> = target_folded[start..start + length].to_vec();
        let language_words = &vocabulary[target.lang.as_str()];
        let other_word = |random: &mut Random| language_words[random.below(language_words.len())].clone();

        let mut distractors: Vec<Vec<String>> = Vec::new();
        // The target's own words, shuffled.
        let mut shuffled: Vec<String> = written.iter().map(|word| word.to_lowercase()).collect();
        random.shuffle(&mut shuffled);
        distractors.push(shuffled);
        // Half its words, in a new order, among other words of the language; a little shorter.
        let mut shared: Vec<String> =
            written.iter().filter(|_| random.below(2) == 0).map(|word| word.to_lowercase()).collect();
        shared.extend(fragment.iter().cloned());
        while shared.len() < written.len() * 3 / 4 {
            shared.push(other_word(&mut random));
        }
        random.shuffle(&mut shared);
        distractors.push(shared);
        // Short: the fragment's words out of order, another word between each.
        let mut scattered = fragment.clone();
        random.shuffle(&mut scattered);
        let mut short = Vec::new();
        for word in scattered {
            short.push(word);
            short.push(other_word(&mut random));
        }
        distractors.push(short);
        // Short: the fragment's words in order, with words between them.
        let mut gapped = vec![other_word(&mut random)];
        for word in &fragment {
            gapped.push(word.clone());
            gapped.push(other_word(&mut random));
        }
        distractors.push(gapped);

        for mut distractor in distractors {
            // A distractor may not hold the run itself: then it would be a right answer too.
            let mut tries = 0;
            while contains_run(&folded_words(&distractor.join(" ")), &fragment_folded) && tries < 20 {
                random.shuffle(&mut distractor);
                tries += 1;
            }
            if contains_run(&folded_words(&distractor.join(" ")), &fragment_folded) {
                continue;
            }
            let id = format!("adversarial.{}", distractor_texts.len());
            phrases.push(json!({
                "id": id,
                "situation": target.situation,
                "lang": target.lang,
                "text": sentence(&distractor),
                "status": "vetted",
            }));
            distractor_texts.push(distractor);
        }

        let plain = fragment.join(" ");
        for kind in Kind::FIRST_SIX {
            let query = match kind {
                Kind::Fragment => plain.clone(),
                Kind::WordPrefixes => prefixes(&fragment),
                Kind::AllCaps => plain.to_uppercase(),
                Kind::SwappedLetters => with_typo(&fragment, &mut random, true),
                Kind::DroppedLetter => with_typo(&fragment, &mut random, false),
                Kind::NoAccents => strip_accents(&plain).replace('ё', "е"),
                Kind::ShortWordSlip => continue,
            };
            cases.push(Case { kind, query, expect: target.id.clone(), run: fragment_folded.clone() });
        }
        if let Some(query) = with_short_word_slip(&fragment, &mut slips) {
            let kind = Kind::ShortWordSlip;
            cases.push(Case { kind, query, expect: target.id.clone(), run: fragment_folded.clone() });
        }
    }
    // A run may turn up by chance in another target's distractor, which would then be a right
    // answer as well: such cases say nothing and are left out.
    let distractor_words: Vec<Vec<String>> =
        distractor_texts.iter().map(|words| folded_words(&words.join(" "))).collect();
    cases.retain(|case| !distractor_words.iter().any(|words| contains_run(words, &case.run)));
    let collection = json!({
        "format": "tactful.collection",
        "version": 1,
        "name": "Adversarial distractors",
        "situations": [],
        "phrases": phrases,
    });
    Suite { collection: collection.to_string(), cases, distractors: distractor_texts.len() }
}
