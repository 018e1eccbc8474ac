//! A first look at a phrase for a query of several one-word terms, one pass over its word ids: does
//! every term accept one of its words at least loosely (if not, neither the query nor any longer
//! one can match it), and what is the most the phrase could score. Once a scan holds a page of
//! exact matches, a phrase whose most is below the worst of them is kept for the next keystroke
//! without being scored: most phrases of "refund t" hold both terms, but only those with the two
//! words side by side ("refund today") can reach the page, and scoring each one in full was most
//! of the keystroke. The score bound itself is worked out beside the score, in [`super::scan`].

use super::field::{MOST_WEIGHT, MOST_WEIGHT_OUTSIDE_TITLES};
use super::terms::{TermPlan, points_of};

/// The most terms a query may have for the first look (one bit each in a `u32`).
const TERMS_AT_MOST: usize = 32;

/// Which terms accept which words, folded into bit masks for the first look at a phrase.
pub(super) struct LooseMasks {
    /// Per word id, a bit for each term that accepts the word at least loosely.
    words: Vec<u32>,
    /// The same per situation (its titles) and per situation and language (its description and
    /// keywords), in the order of the index's lists: a term matched there matches every phrase of
    /// the situation.
    situations: Vec<u32>,
    about: Vec<u32>,
    /// A bit for every term.
    every_term: u32,
    /// The most the terms' points can add up to (each weighed by how much the term counts), for a
    /// phrase without a title and for one with a title (a title weighs more than the text).
    terms_most: [f32; 2],
}

impl LooseMasks {
    /// The masks for `plans` over a vocabulary of `words` words; `None` when the first look does
    /// not apply: a single term, a term spanning words (the folded text decides those), or more
    /// terms than a mask holds. `situations` and `about` say per situation (and per situation and
    /// language) whether each term matched there loosely.
    pub fn new(
        plans: &[TermPlan<'_>],
        weights: &[f32],
        words: usize,
        situations: &[Vec<bool>],
        about: &[Vec<bool>],
    ) -> Option<Self> {
        if plans.len() < 2 || plans.len() > TERMS_AT_MOST || plans.iter().any(|plan| !plan.single_word) {
            return None;
        }
        let mut masks = vec![0u32; words];
        let mut best_points = Vec::with_capacity(plans.len());
        for (number, plan) in plans.iter().enumerate() {
            let verdicts = &plan.pieces[0];
            let mut best = 0.0f32;
            for &word in &verdicts.candidates {
                let key = verdicts.keys.get(word as usize).copied().unwrap_or(0);
                if key > 0
                    && let Some(mask) = masks.get_mut(word as usize)
                {
                    *mask |= 1 << number;
                    best = best.max(points_of(key));
                }
            }
            best_points.push(best);
        }
        let fold = |lists: &[Vec<bool>]| -> Vec<u32> {
            let slots = lists.iter().map(Vec::len).max().unwrap_or(0);
            (0..slots)
                .map(|slot| {
                    lists.iter().enumerate().fold(0u32, |mask, (number, list)| match list.get(slot) {
                        Some(true) => mask | 1 << number,
                        _ => mask,
                    })
                })
                .collect()
        };
        let most =
            |heaviest: f32| best_points.iter().zip(weights).map(|(points, weight)| points * heaviest * weight).sum();
        Some(Self {
            words: masks,
            situations: fold(situations),
            about: fold(about),
            every_term: u32::MAX >> (TERMS_AT_MOST - plans.len()),
            terms_most: [most(MOST_WEIGHT_OUTSIDE_TITLES), most(MOST_WEIGHT)],
        })
    }

    /// Whether every term accepts, at least loosely, a word of `fields` or the situation at
    /// `situation` (with its description and keywords at `about_slot`): what a scan calls a phrase
    /// that a longer query could still match.
    pub fn every_term_loose(&self, fields: &[&[u32]], situation: u32, about_slot: usize) -> bool {
        let mut found = self.situations.get(situation as usize).copied().unwrap_or(0)
            | self.about.get(about_slot).copied().unwrap_or(0);
        for tokens in fields {
            for &token in *tokens {
                found |= self.words.get(token as usize).copied().unwrap_or(0);
            }
        }
        found == self.every_term
    }

    /// The most the terms' own points can add to a phrase's score (bonuses aside).
    pub fn terms_most(&self, has_title: bool) -> f32 {
        self.terms_most[usize::from(has_title)]
    }
}

#[cfg(test)]
mod tests {
    use fuzzy_matcher::skim::SkimMatcherV2;

    use super::*;
    use crate::search::query::Query;
    use crate::search::terms::Context;
    use crate::search::vocabulary::Words;

    fn masks_for(query: &Query, words: &Words) -> Option<LooseMasks> {
        let matcher = SkimMatcherV2::default();
        let terms: Vec<_> = query.positive().collect();
        let plans: Vec<TermPlan<'_>> = terms
            .iter()
            .enumerate()
            .map(|(number, term)| {
                let context = Context { last: number + 1 == terms.len(), ..Context::default() };
                TermPlan::new(term, words, None, &matcher, context)
            })
            .collect();
        let weights = vec![1.0; plans.len()];
        let nowhere = vec![vec![false; 2]; plans.len()];
        LooseMasks::new(&plans, &weights, words.len(), &nowhere, &nowhere)
    }

    fn vocabulary() -> Words {
        ["refund", "today", "order", "xyz"].into_iter().collect()
    }

    #[test]
    fn a_phrase_passes_only_when_every_term_accepts_one_of_its_words() {
        let words = vocabulary();
        let query = Query::parse("refund today");
        let masks = masks_for(&query, &words).expect("two one-word terms");
        // refund, today
        assert!(masks.every_term_loose(&[&[0], &[1]], 0, 0), "the terms in different fields still count");
        // refund, xyz: nothing takes "today"
        assert!(!masks.every_term_loose(&[&[0, 3]], 0, 0));
        // order, today: nothing takes "refund"
        assert!(!masks.every_term_loose(&[&[2, 1]], 0, 0));
        assert!(!masks.every_term_loose(&[&[], &[u32::MAX]], 0, 0), "a line break is no word");
    }

    #[test]
    fn a_situation_that_matches_a_term_stands_in_for_the_phrase_words() {
        let words = vocabulary();
        let query = Query::parse("refund today");
        let matcher = SkimMatcherV2::default();
        let terms: Vec<_> = query.positive().collect();
        let plans: Vec<TermPlan<'_>> =
            terms.iter().map(|term| TermPlan::new(term, &words, None, &matcher, Context::default())).collect();
        // Situation 1's titles match "today"; situation 0's keywords in language 0 match it too.
        let situations = vec![vec![false, false], vec![false, true]];
        let about = vec![vec![false], vec![true]];
        let masks = LooseMasks::new(&plans, &[1.0, 1.0], words.len(), &situations, &about).expect("applies");
        assert!(!masks.every_term_loose(&[&[0]], 0, 5));
        assert!(masks.every_term_loose(&[&[0]], 1, 5));
        assert!(masks.every_term_loose(&[&[0]], 0, 0));
    }

    #[test]
    fn the_first_look_is_only_for_several_one_word_terms() {
        let words = vocabulary();
        assert!(masks_for(&Query::parse("refund"), &words).is_none());
        assert!(masks_for(&Query::parse("\"refund today\" order"), &words).is_none());
        let masks = masks_for(&Query::parse("refund today"), &words).expect("applies");
        // Whole words in the text: 100 points each at weight 1, 110 in a title.
        assert_eq!(masks.terms_most(false), 200.0);
        assert!((masks.terms_most(true) - 220.0).abs() < 1e-3);
    }
}
