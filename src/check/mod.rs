//! Draft check: find the blunt passages in a reply the agent is about to send, and offer the
//! phrasebook's vetted alternatives for each. Matching works on folded words, so case, accents,
//! contractions ("that's" / "that is"), inflection and a typo in a longer word are forgiven, and
//! word order may shift within a short window. Built over the same index the search uses.

mod detect;
pub mod revise;
mod words;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::model::{Phrase, PhraseId, Status};
use crate::search::SearchIndex;

use detect::Vocabulary;
use words::{Break, Word, tokens, words_match};

/// One blunt passage found in a draft.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Finding {
    /// Start of the passage, in characters (not bytes) of the draft.
    pub start: usize,
    /// End of the passage (exclusive), in characters.
    pub end: usize,
    /// The blunt line from the phrasebook it matches.
    pub avoid: String,
    /// The situation of the phrases that replace it.
    pub situation: String,
    /// The best alternatives, best first (at most three).
    pub alternatives: Vec<Alternative>,
}

/// A phrase to say instead.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Alternative {
    /// Its id.
    pub id: PhraseId,
    /// Its text (templates keep their placeholders).
    pub text: String,
}

/// The result of checking a draft.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    /// The language the draft was checked in.
    pub lang: String,
    /// Findings in draft order, not overlapping.
    pub findings: Vec<Finding>,
}

/// A blunt line ready to be looked for.
#[derive(Debug, Clone)]
struct Pattern {
    line: String,
    /// Its words, as positions in its language's lexicon.
    words: Vec<u32>,
    /// Positions in the index of the phrases carrying this line.
    phrases: Vec<u32>,
    /// The sum of its words' weights.
    total: f32,
    /// How many meaning-carrying words a passage must have matched (at most two).
    needed_content: usize,
    /// A short line of one meaning-carrying word ("Dat kan niet.", "You misread it."): see
    /// [`judge`] for how partly it may match.
    fragile: bool,
    negated: bool,
    /// How many clause or sentence breaks the line has inside it; a passage may not have more.
    breaks: usize,
}

/// The blunt lines of one language, over that language's distinct words.
#[derive(Debug, Clone, Default)]
struct Language {
    lang: String,
    lexicon: Vec<Word>,
    patterns: Vec<Pattern>,
}

/// The blunt lines of a phrasebook, grouped by language, ready to check drafts against. Build it
/// once per phrasebook and reuse it: everything about the blunt lines is worked out here.
#[derive(Debug, Clone, Default)]
pub struct Checker {
    languages: Vec<Language>,
    vocabulary: Vocabulary,
}

/// How much of a blunt line's weight a passage must cover to count as that line.
const COVERAGE: f32 = 0.78;
/// Extra draft words a passage may hold beyond the blunt line's own ("really", "just").
const SLACK: usize = 2;

/// A passage that matches a pattern: which draft words stand for which pattern words.
struct Candidate<'a> {
    coverage: f32,
    pattern: &'a Pattern,
    used: Vec<Used>,
}

/// A pattern word found in the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Used {
    /// Where in the draft (a word position).
    position: usize,
    /// Which word of the pattern (its index in the pattern).
    word: usize,
}

impl Checker {
    /// Collects the blunt lines of every live, non-retired phrase in `index`.
    pub fn new(index: &SearchIndex) -> Self {
        let mut by_line: HashMap<(String, String), Vec<u32>> = HashMap::new();
        for (position, phrase) in index.phrases().iter().enumerate() {
            if phrase.content.status == Status::Retired {
                continue;
            }
            for line in &phrase.content.avoid {
                by_line
                    .entry((phrase.content.lang.primary().to_owned(), line.clone()))
                    .or_default()
                    .push(position as u32);
            }
        }
        let mut lines: Vec<((String, String), Vec<u32>)> = by_line.into_iter().collect();
        lines.sort_by(|left, right| left.0.cmp(&right.0));
        let mut languages: Vec<Language> = Vec::new();
        let mut known: HashMap<String, u32> = HashMap::new();
        for ((lang, line), phrases) in lines {
            if languages.last().is_none_or(|language| language.lang != lang) {
                languages.push(Language { lang, ..Language::default() });
                known.clear();
            }
            let Some(language) = languages.last_mut() else { continue };
            let words: Vec<Word> = tokens(&line).into_iter().map(|(word, _)| word).collect();
            let Some((_, inside)) = words.split_last() else { continue };
            let breaks = inside.iter().filter(|word| word.after >= Break::Clause).count();
            let total = words.iter().map(Word::weight).sum();
            let content = words.iter().filter(|word| word.is_content()).count();
            let negated = words.iter().any(Word::is_negation);
            let fragile = words.len() <= 3 && content <= 1;
            let ids = words
                .into_iter()
                .map(|word| {
                    *known.entry(word.text.clone()).or_insert_with(|| {
                        language.lexicon.push(word);
                        (language.lexicon.len() - 1) as u32
                    })
                })
                .collect();
            language.patterns.push(Pattern {
                line,
                words: ids,
                phrases,
                total,
                needed_content: content.min(2),
                fragile,
                negated,
                breaks,
            });
        }
        Self { languages, vocabulary: Vocabulary::new(index) }
    }

    /// Checks `draft` in `lang` (detected from the phrasebook's languages when `None`).
    pub fn check(&self, index: &SearchIndex, draft: &str, lang: Option<&str>) -> Report {
        let draft_words = tokens(draft);
        let lang = match lang {
            Some(lang) => lang.split('-').next().unwrap_or(lang).to_owned(),
            None => self.vocabulary.detect(&draft_words),
        };
        let Some(language) = self.languages.iter().find(|language| language.lang == lang) else {
            return Report { lang, findings: Vec::new() };
        };
        let matches = Matches::new(language, &draft_words);
        let mut candidates: Vec<Candidate<'_>> = language
            .patterns
            .iter()
            .filter(|pattern| pattern.words.iter().any(|&word| matches.anywhere(word)))
            .filter_map(|pattern| best_passage(language, pattern, &draft_words, &matches))
            .collect();
        // Strongest first; a weaker finding overlapping a stronger one keeps only the words
        // outside it, and goes if those are no longer enough.
        candidates.sort_by(|left, right| {
            right.coverage.total_cmp(&left.coverage).then_with(|| left.pattern.line.cmp(&right.pattern.line))
        });
        // What the draft is about ("refund", "order"), to prefer alternatives that speak of it.
        let context: HashSet<&str> = draft_words
            .iter()
            .filter(|(word, _)| word.is_content() && !word.is_negation())
            .map(|(word, _)| word.text.as_str())
            .collect();
        // Character ranges: the words of one contraction ("can't" → "can", "not") share theirs.
        let mut taken: Vec<(Range<usize>, &Pattern)> = Vec::new();
        let overlaps = |taken: &[(Range<usize>, &Pattern)], characters: &Range<usize>| {
            taken.iter().any(|(other, _)| characters.start < other.end && other.start < characters.end)
        };
        for candidate in candidates {
            let outside: Vec<Used> = candidate
                .used
                .iter()
                .copied()
                .filter(|used| !overlaps(&taken, &draft_words[used.position].1))
                .collect();
            if outside.len() < candidate.used.len()
                && judge(language, candidate.pattern, &outside, &draft_words).is_none()
            {
                continue;
            }
            let (Some(first), Some(last)) =
                (outside.iter().map(|used| used.position).min(), outside.iter().map(|used| used.position).max())
            else {
                continue;
            };
            let characters = draft_words[first].1.start..draft_words[last].1.end;
            // The words left may still straddle a stronger finding.
            if !overlaps(&taken, &characters) {
                taken.push((characters, candidate.pattern));
            }
        }
        taken.sort_by_key(|(characters, _)| characters.start);
        let findings = taken
            .into_iter()
            .map(|(characters, pattern)| {
                let alternatives = alternatives(index, pattern, &context);
                let situation = pattern
                    .phrases
                    .first()
                    .and_then(|position| index.phrase(*position))
                    .map(|phrase| phrase.content.situation.to_string())
                    .unwrap_or_default();
                Finding {
                    start: characters.start,
                    end: characters.end,
                    avoid: pattern.line.clone(),
                    situation,
                    alternatives,
                }
            })
            .collect();
        Report { lang, findings }
    }
}

/// Which lexicon words each draft word matches, worked out once per distinct draft word.
struct Matches {
    /// For each draft position, its distinct word.
    distinct_at: Vec<usize>,
    /// `table[lexicon word * distinct count + distinct word]`.
    table: Vec<bool>,
    distinct: usize,
    /// Whether a lexicon word matches any draft word.
    present: Vec<bool>,
}

impl Matches {
    fn new(language: &Language, draft: &[(Word, Range<usize>)]) -> Self {
        let mut first_of: HashMap<&str, usize> = HashMap::new();
        let mut distinct_words: Vec<&Word> = Vec::new();
        let distinct_at = draft
            .iter()
            .map(|(word, _)| {
                *first_of.entry(word.text.as_str()).or_insert_with(|| {
                    distinct_words.push(word);
                    distinct_words.len() - 1
                })
            })
            .collect();
        let distinct = distinct_words.len();
        let mut table = vec![false; language.lexicon.len() * distinct];
        let mut present = vec![false; language.lexicon.len()];
        for (lexicon_position, word) in language.lexicon.iter().enumerate() {
            for (distinct_position, draft_word) in distinct_words.iter().enumerate() {
                if words_match(word, draft_word) {
                    table[lexicon_position * distinct + distinct_position] = true;
                    present[lexicon_position] = true;
                }
            }
        }
        Self { distinct_at, table, distinct, present }
    }

    /// Whether lexicon word `word` matches the draft word at `position`.
    fn at(&self, word: u32, position: usize) -> bool {
        self.table[word as usize * self.distinct + self.distinct_at[position]]
    }

    /// Whether lexicon word `word` matches any draft word.
    fn anywhere(&self, word: u32) -> bool {
        self.present[word as usize]
    }
}

/// The draft passage that best matches `pattern`, if strong enough.
fn best_passage<'a>(
    language: &Language,
    pattern: &'a Pattern,
    draft: &[(Word, Range<usize>)],
    matches: &Matches,
) -> Option<Candidate<'a>> {
    let window = pattern.words.len() + SLACK;
    let mut best: Option<Candidate<'_>> = None;
    let mut used: Vec<Used> = Vec::with_capacity(window);
    for start in 0..draft.len() {
        if !pattern.words.iter().any(|&word| matches.at(word, start)) {
            continue;
        }
        let end = (start + window).min(draft.len());
        used.clear();
        for (index, &word) in pattern.words.iter().enumerate() {
            let free = |position: &usize| !used.iter().any(|other| other.position == *position);
            if let Some(position) = (start..end).filter(free).find(|&position| matches.at(word, position)) {
                used.push(Used { position, word: index });
            }
        }
        // Words found after the last meaning-carrying one may belong to the next phrase ("You
        // misread the invoice, it says"): judge the passage without them too.
        let last_content = used.iter().filter(|used| language.lexicon[pattern.words[used.word] as usize].is_content());
        let cut = last_content.map(|used| used.position).max().unwrap_or(usize::MAX);
        let Some(coverage) = judge(language, pattern, &used, draft).or_else(|| {
            let before = used.len();
            used.retain(|used| used.position <= cut);
            (used.len() < before).then(|| judge(language, pattern, &used, draft)).flatten()
        }) else {
            continue;
        };
        if best.as_ref().is_none_or(|best| coverage > best.coverage) {
            best = Some(Candidate { coverage, pattern, used: used.clone() });
        }
    }
    best
}

/// The coverage of `pattern` by the draft words in `used`, if they count as that blunt line:
/// enough of its weight and meaning, negations that agree, and short lines whole or alone.
fn judge(language: &Language, pattern: &Pattern, used: &[Used], draft: &[(Word, Range<usize>)]) -> Option<f32> {
    let first = used.iter().map(|used| used.position).min()?;
    let last = used.iter().map(|used| used.position).max()?;
    let words: Vec<&Word> = pattern.words.iter().map(|&word| &language.lexicon[word as usize]).collect();
    let coverage = used.iter().map(|used| words[used.word].weight()).sum::<f32>() / pattern.total;
    let content = used.iter().filter(|used| words[used.word].is_content()).count();
    if coverage < COVERAGE || content < pattern.needed_content {
        return None;
    }
    let passage = &draft[first..=last];
    // "it's not your fault — our site" is two clauses, not one blunt line.
    if passage[..passage.len() - 1].iter().filter(|(word, _)| word.after >= Break::Clause).count() > pattern.breaks {
        return None;
    }
    let negation_matched = words
        .iter()
        .filter(|word| word.is_negation())
        .all(|word| passage.iter().any(|(other, _)| words_match(word, other)));
    let negation_added = !pattern.negated && passage.iter().any(|(word, _)| word.is_negation());
    if !negation_matched || negation_added {
        return None;
    }
    let alone = stands_alone(draft, first, last);
    // One-word blunt lines ("No.") are only findings when they are the whole sentence.
    if words.len() == 1 && !alone {
        return None;
    }
    // A short line of one meaning-carrying word may lose only a trailing object ("You misread
    // [it] the invoice"), not its subject ("[Dat] kan niet" in "Ik kan niet wachten"), unless
    // the passage is a sentence of its own.
    // Whole, such a line ending in a small word is only itself when its clause ends there: "Det
    // går inte." is blunt, "Det går inte att se på bilden" is not ("You're wrong about" still is).
    let ends_small = words.last().is_some_and(|word| !word.is_content());
    if pattern.fragile && ends_small && used.len() == words.len() && draft[last].0.after == Break::None {
        return None;
    }
    if pattern.fragile && used.len() < words.len() && !alone {
        let first_content = words.iter().position(|word| word.is_content()).unwrap_or(0);
        let subject_missing = (0..=first_content).any(|index| used.iter().all(|used| used.word != index));
        if subject_missing {
            return None;
        }
    }
    Some(coverage)
}

/// Whether the words `first..=last` make a sentence of their own.
fn stands_alone(draft: &[(Word, Range<usize>)], first: usize, last: usize) -> bool {
    let before = first.checked_sub(1).map(|previous| draft[previous].0.after == Break::Sentence);
    before.unwrap_or(true) && draft[last].0.after == Break::Sentence
}

/// Up to three phrases to say instead, best first: vetted before draft, favourites, those that
/// share most words with the draft (its subject: a refund, an order), those without blanks to
/// fill, shorter first.
fn alternatives(index: &SearchIndex, pattern: &Pattern, context: &HashSet<&str>) -> Vec<Alternative> {
    let mut phrases: Vec<&Phrase> = pattern.phrases.iter().filter_map(|position| index.phrase(*position)).collect();
    phrases.sort_by_cached_key(|phrase| {
        let words = tokens(&phrase.content.text);
        let mut shared: Vec<&str> =
            words.iter().map(|(word, _)| word.text.as_str()).filter(|word| context.contains(word)).collect();
        shared.sort_unstable();
        shared.dedup();
        (
            phrase.content.status != Status::Vetted,
            !phrase.usage.favorite,
            std::cmp::Reverse(shared.len()),
            // Ready to send beats fill-in-first, whatever the tags say.
            crate::template::Template::parse(&phrase.content.text).is_ok_and(|template| template.has_placeholders()),
            phrase.content.text.chars().count(),
            phrase.id.clone(),
        )
    });
    phrases
        .into_iter()
        .take(3)
        .map(|phrase| Alternative { id: phrase.id.clone(), text: phrase.content.text.clone() })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Seed, Store};

    fn checked(draft: &str) -> Report {
        let store = Store::open_in_memory(Seed::Builtin).expect("opens");
        let index = SearchIndex::build(
            store.phrases().expect("reads"),
            &store.situations().expect("reads"),
            crate::model::now(),
        );
        Checker::new(&index).check(&index, draft, None)
    }

    #[test]
    fn expanded_contraction_with_filler_is_caught_with_character_offsets() {
        let draft = "Hi Sam — sorry, that is really not my department, please call billing.";
        let report = checked(draft);
        assert_eq!(report.lang, "en");
        let finding = report.findings.first().expect("a finding");
        let passage: String = draft.chars().skip(finding.start).take(finding.end - finding.start).collect();
        assert!(passage.starts_with("that is") && passage.ends_with("department"), "{passage:?}");
        assert_eq!(finding.situation, "owning-the-problem");
        assert!(!finding.alternatives.is_empty() && finding.alternatives.len() <= 3);
    }

    #[test]
    fn findings_never_overlap_even_inside_one_contraction() {
        let drafts = [
            "I can't help you with that, I can't read your mind, that's not possible, that's ridiculous.",
            "You can't just not turn up. Rules are rules. We can't make an exception for you. No exceptions.",
            "Dat kan niet. Daar kan ik u niet mee helpen, dat is uw probleem, niet het onze.",
        ];
        for draft in drafts {
            let findings = checked(draft).findings;
            assert!(!findings.is_empty(), "{draft}");
            for pair in findings.windows(2) {
                assert!(pair[0].end <= pair[1].start, "{draft}: {:?} overlaps {:?}", pair[0], pair[1]);
            }
        }
    }

    #[test]
    fn alternatives_that_speak_of_the_drafts_subject_come_first() {
        let about_a_refund = checked("Order 4471 is too old to refund, sorry. That's not possible.");
        let first = &about_a_refund.findings.last().expect("a finding").alternatives[0];
        assert!(first.text.contains("refund"), "{}", first.text);
        let about_nothing = checked("That's not possible.");
        let first = &about_nothing.findings[0].alternatives[0];
        assert!(!first.text.contains('{'), "ready to send comes first: {}", first.text);
    }

    #[test]
    fn polite_text_has_no_findings() {
        let report =
            checked("Thanks for your patience. Our billing department will contact you tomorrow with the details.");
        assert!(report.findings.is_empty(), "{:?}", report.findings);
    }
}
