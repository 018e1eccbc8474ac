//! Draft check: find the blunt passages in a reply the agent is about to send, and offer the
//! phrasebook's vetted alternatives for each. Matching works on folded words, so case, accents,
//! contractions ("that's" / "that is"), inflection and a typo in a longer word are forgiven, and
//! word order may shift within a short window. Built over the same index the search uses.

mod detect;
mod words;

use std::collections::HashMap;
use std::ops::Range;

use crate::model::{Phrase, PhraseId, Status};
use crate::search::SearchIndex;

use detect::Vocabulary;
use words::{Word, tokens, words_match};

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
    lang: String,
    words: Vec<Word>,
    /// Positions in the index of the phrases carrying this line.
    phrases: Vec<u32>,
}

/// The blunt lines of a phrasebook, grouped by language.
#[derive(Debug, Clone, Default)]
pub struct Checker {
    patterns: Vec<Pattern>,
    vocabulary: Vocabulary,
}

/// How much of a blunt line's weight a passage must cover to count as that line.
const COVERAGE: f32 = 0.78;
/// Extra draft words a passage may hold beyond the blunt line's own ("really", "just").
const SLACK: usize = 2;

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
        let mut patterns: Vec<Pattern> = by_line
            .into_iter()
            .map(|((lang, line), phrases)| {
                let words = tokens(&line).into_iter().map(|(word, _)| word).collect();
                Pattern { line, lang, words, phrases }
            })
            .filter(|pattern| !pattern.words.is_empty())
            .collect();
        patterns.sort_by(|left, right| (&left.lang, &left.line).cmp(&(&right.lang, &right.line)));
        Self { patterns, vocabulary: Vocabulary::new(index) }
    }

    /// Checks `draft` in `lang` (detected from the phrasebook's languages when `None`).
    pub fn check(&self, index: &SearchIndex, draft: &str, lang: Option<&str>) -> Report {
        let draft_words = tokens(draft);
        let lang = match lang {
            Some(lang) => lang.split('-').next().unwrap_or(lang).to_owned(),
            None => self.vocabulary.detect(&draft_words),
        };
        let mut candidates: Vec<(f32, Range<usize>, &Pattern)> = Vec::new();
        for pattern in self.patterns.iter().filter(|pattern| pattern.lang == lang) {
            if let Some((score, range)) = best_passage(pattern, &draft_words) {
                candidates.push((score, range, pattern));
            }
        }
        // Strongest first; a weaker finding overlapping a stronger one is the same passage.
        candidates.sort_by(|left, right| right.0.total_cmp(&left.0).then_with(|| left.2.line.cmp(&right.2.line)));
        let mut taken: Vec<(Range<usize>, &Pattern)> = Vec::new();
        for (_, range, pattern) in candidates {
            if taken.iter().all(|(other, _)| range.end <= other.start || range.start >= other.end) {
                taken.push((range, pattern));
            }
        }
        taken.sort_by_key(|(range, _)| range.start);
        let findings = taken
            .into_iter()
            .map(|(range, pattern)| {
                let alternatives = alternatives(index, pattern);
                let situation = pattern
                    .phrases
                    .first()
                    .and_then(|position| index.phrase(*position))
                    .map(|phrase| phrase.content.situation.to_string())
                    .unwrap_or_default();
                Finding { start: range.start, end: range.end, avoid: pattern.line.clone(), situation, alternatives }
            })
            .collect();
        Report { lang, findings }
    }
}

/// The draft passage that best matches `pattern`, as (coverage, character range), if strong enough.
fn best_passage(pattern: &Pattern, draft: &[(Word, Range<usize>)]) -> Option<(f32, Range<usize>)> {
    let total: f32 = pattern.words.iter().map(Word::weight).sum();
    let needed_content = pattern.words.iter().filter(|word| word.is_content()).count().min(2);
    let window = pattern.words.len() + SLACK;
    let mut best: Option<(f32, Range<usize>)> = None;
    for start in 0..draft.len() {
        if !pattern.words.iter().any(|word| words_match(word, &draft[start].0)) {
            continue;
        }
        let end = (start + window).min(draft.len());
        let slice = &draft[start..end];
        let mut used = vec![false; slice.len()];
        let mut covered = 0.0;
        let mut content = 0;
        let mut last_used = start;
        for word in &pattern.words {
            if let Some(offset) = (0..slice.len()).find(|&offset| !used[offset] && words_match(word, &slice[offset].0))
            {
                used[offset] = true;
                covered += word.weight();
                content += usize::from(word.is_content());
                last_used = last_used.max(start + offset);
            }
        }
        let coverage = covered / total;
        let pattern_negated = pattern.words.iter().any(Word::is_negation);
        let passage = &draft[start..=last_used];
        let negation_matched = !pattern_negated
            || pattern
                .words
                .iter()
                .filter(|word| word.is_negation())
                .all(|word| passage.iter().any(|(other, _)| words_match(word, other)));
        let negation_added = !pattern_negated && passage.iter().any(|(word, _)| word.is_negation());
        if !negation_matched || negation_added {
            continue;
        }
        // One-word blunt lines ("No.") are only findings when they are the whole sentence.
        let single_ok = pattern.words.len() > 1 || stands_alone(draft, start);
        if coverage >= COVERAGE
            && content >= needed_content
            && single_ok
            && best.as_ref().is_none_or(|(score, _)| coverage > *score)
        {
            best = Some((coverage, draft[start].1.start..draft[last_used].1.end));
        }
    }
    best
}

fn stands_alone(draft: &[(Word, Range<usize>)], index: usize) -> bool {
    let before = index.checked_sub(1).map(|previous| draft[previous].0.sentence_end_after);
    before.unwrap_or(true) && draft[index].0.sentence_end_after
}

/// Up to three phrases to say instead, best first: vetted before draft, spoken and short first.
fn alternatives(index: &SearchIndex, pattern: &Pattern) -> Vec<Alternative> {
    let mut phrases: Vec<&Phrase> = pattern.phrases.iter().filter_map(|position| index.phrase(*position)).collect();
    phrases.sort_by_key(|phrase| {
        (
            phrase.content.status != Status::Vetted,
            !phrase.usage.favorite,
            phrase.content.tags.iter().any(|tag| tag == "template"),
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
    fn polite_text_has_no_findings() {
        let report =
            checked("Thanks for your patience. Our billing department will contact you tomorrow with the details.");
        assert!(report.findings.is_empty(), "{:?}", report.findings);
    }
}
