//! Running one query over the index: each term's verdicts on the vocabulary are looked up for
//! every word of a phrase, and the best word per term becomes the phrase's match.

use fuzzy_matcher::skim::SkimMatcherV2;

use super::index::{Field, NO_SITUATION, SearchIndex, TOKEN_FIELDS};
use super::matcher::{Quality, TermMatch, match_in_fields};
use super::query::{Query, Term, TermKind};
use super::rank::Candidate;
use super::terms::{Class, Key, Placement, TermPlan, class_of, containing, points_of};
use super::vocabulary::LINE_BREAK;

/// Bonus when all terms matched in one field, more when in the order typed, more the nearer.
const TOGETHER_BONUS: f32 = 12.0;
const IN_ORDER_BONUS: f32 = 10.0;
const NEARNESS_BONUS: f32 = 20.0;

/// What a phrase makes of the query.
pub(super) enum Outcome {
    /// Some term cannot match it, however the query goes on.
    Gone,
    /// No match now, but a longer query might match it.
    Kept,
    /// A match, with the worst class any term needed.
    Scored(Candidate, Class),
}

/// A term's best word in a phrase so far.
#[derive(Clone, Copy, Default)]
struct Best {
    class: u8,
    /// Points weighted by the field.
    score: f32,
    position: usize,
    field: Option<Field>,
}

impl Best {
    /// Offers a field's best word (by key) at `position`.
    fn offer(&mut self, key: Key, field: Field, position: usize) {
        let class = class_of(key);
        // Notes are long and rarely what is remembered with a typo.
        if class < Class::Scattered || (field == Field::Note && class == Class::Typo) {
            return;
        }
        let score = points_of(key) * field.weight();
        if (class as u8, score) > (self.class, self.score) {
            *self = Best { class: class as u8, score, position, field: Some(field) };
        }
    }

    fn class(&self) -> Class {
        class_of((self.class as Key) << 12)
    }

    fn term_match(&self) -> Option<TermMatch> {
        let field = self.field?;
        let quality = match self.class() {
            Class::Exact => Quality::Word,
            Class::Typo => Quality::Typo,
            _ => Quality::Scattered,
        };
        Some(TermMatch { field, quality, position: self.position, score: self.score })
    }
}

/// One query, ready to be run over many phrases on several threads.
pub(super) struct Scan<'a> {
    index: &'a SearchIndex,
    plans: &'a [TermPlan<'a>],
    matcher: &'a SkimMatcherV2,
    /// Per term, per situation: (best match in its titles, whether any word matched loosely).
    situations: Vec<Vec<(Best, bool)>>,
    /// Per exclusion term: the words containing it (`None` for terms spanning words).
    exclusions: Vec<(&'a Term, Option<Vec<bool>>)>,
    /// Per exclusion term, per situation: whether its titles contain it.
    excluded_situations: Vec<Vec<bool>>,
}

impl<'a> Scan<'a> {
    pub fn new(
        index: &'a SearchIndex,
        query: &'a Query,
        plans: &'a [TermPlan<'a>],
        matcher: &'a SkimMatcherV2,
    ) -> Self {
        let situations = plans
            .iter()
            .map(|plan| {
                index
                    .situation_tokens
                    .iter()
                    .map(|tokens| {
                        let mut best = Best::default();
                        let loose = plan.pieces.iter().all(|piece| {
                            tokens.iter().any(|&token| piece.keys.get(token as usize).is_some_and(|key| *key > 0))
                        });
                        if plan.single_word {
                            scan_tokens(plan, tokens, Field::Situation, &mut best);
                        }
                        (best, loose)
                    })
                    .collect()
            })
            .collect();
        let exclusions: Vec<(&Term, Option<Vec<bool>>)> = query
            .terms
            .iter()
            .filter(|term| term.kind == TermKind::Exclude)
            .map(|term| {
                let single_word = term.text.chars().all(char::is_alphanumeric);
                (term, single_word.then(|| containing(&term.text, &index.words)))
            })
            .collect();
        let excluded_situations = exclusions
            .iter()
            .map(|(term, _)| index.situation_texts.iter().map(|text| text.contains(term.text.as_str())).collect())
            .collect();
        Self { index, plans, matcher, situations, exclusions, excluded_situations }
    }

    /// Whether some situation's titles hold a word term `number` accepts, even loosely (worked
    /// out once per query in [`Scan::new`]).
    pub fn matches_a_situation(&self, number: usize) -> bool {
        self.situations.get(number).is_some_and(|situations| situations.iter().any(|(_, loose)| *loose))
    }

    /// What the phrase at `position` makes of the query; `matches` is scratch space.
    pub fn evaluate(&self, position: u32, matches: &mut Vec<(TermMatch, Class)>) -> Outcome {
        let index = self.index;
        let situation = index.entries[position as usize].situation;
        matches.clear();
        let mut folded: Option<[String; 5]> = None;
        let mut all_matched = true;
        for (number, plan) in self.plans.iter().enumerate() {
            let (situation_best, situation_loose) = if situation == NO_SITUATION {
                (Best::default(), false)
            } else {
                self.situations[number].get(situation as usize).copied().unwrap_or_default()
            };
            if plan.single_word {
                let mut best = situation_best;
                let mut loose = situation_loose;
                for (field_number, field) in TOKEN_FIELDS.into_iter().enumerate() {
                    let tokens = index.field_tokens(position, field_number);
                    loose |= scan_tokens(plan, tokens, field, &mut best);
                }
                if !loose {
                    return Outcome::Gone;
                }
                match best.term_match() {
                    Some(found) => matches.push((found, best.class())),
                    None => all_matched = false,
                }
                continue;
            }
            let every_piece_present = situation_loose
                || plan.pieces.iter().all(|piece| {
                    (0..TOKEN_FIELDS.len()).any(|field_number| {
                        index
                            .field_tokens(position, field_number)
                            .iter()
                            .any(|&token| piece.keys.get(token as usize).is_some_and(|key| *key > 0))
                    })
                });
            if !every_piece_present {
                return Outcome::Gone;
            }
            if !all_matched {
                continue;
            }
            let fields = folded.get_or_insert_with(|| Field::ALL.map(|field| index.folded_field(position, field)));
            match match_in_fields(fields, plan.term, self.matcher) {
                Some(found) => {
                    let class = if found.quality == Quality::Scattered { Class::Scattered } else { Class::Exact };
                    matches.push((found, class));
                }
                None => all_matched = false,
            }
        }
        if !all_matched || self.is_excluded(position, situation, &mut folded) {
            return Outcome::Kept;
        }
        let worst = matches.iter().map(|(_, class)| *class).min().unwrap_or(Class::Exact);
        let entry = &index.entries[position as usize];
        Outcome::Scored(finish(entry.boost - entry.length_penalty, position, matches, worst == Class::Scattered), worst)
    }

    pub fn is_excluded(&self, position: u32, situation: u32, folded: &mut Option<[String; 5]>) -> bool {
        self.exclusions.iter().zip(&self.excluded_situations).any(|((term, words), situations)| {
            if situations.get(situation as usize).copied().unwrap_or(false) {
                return true;
            }
            match words {
                Some(words) => (0..TOKEN_FIELDS.len()).any(|field_number| {
                    self.index
                        .field_tokens(position, field_number)
                        .iter()
                        .any(|&token| token != LINE_BREAK && words.get(token as usize).copied().unwrap_or(false))
                }),
                None => folded
                    .get_or_insert_with(|| Field::ALL.map(|field| self.index.folded_field(position, field)))
                    .iter()
                    .any(|text| text.contains(term.text.as_str())),
            }
        })
    }
}

/// The most points a phrase's match can add to its query-independent score: every term at its
/// best word in the heaviest field, plus the full bonus for terms together and in order.
pub(super) fn most_points(plans: &[TermPlan<'_>]) -> f32 {
    let terms: f32 = plans
        .iter()
        .map(|plan| match plan.single_word {
            true => plan.pieces[0].keys.iter().copied().max().map_or(0.0, points_of),
            false => Quality::Word.points(),
        })
        .sum();
    let together = if plans.len() >= 2 { TOGETHER_BONUS + IN_ORDER_BONUS + NEARNESS_BONUS } else { 0.0 };
    terms * Field::Text.weight() + together
}

/// The best class a phrase can reach for the whole query: the weakest of the terms' best words.
/// When no word matches a term exactly, no phrase can be an exact match, whatever is scanned.
pub(super) fn ceiling(plans: &[TermPlan<'_>]) -> Class {
    plans
        .iter()
        .map(|plan| match plan.single_word {
            true => plan.pieces[0].keys.iter().copied().max().map_or(Class::None, class_of),
            false => Class::Exact,
        })
        .min()
        .unwrap_or(Class::None)
}

/// Offers the best word of one field to `best`; returns whether any word matched at least loosely.
fn scan_tokens(plan: &TermPlan<'_>, tokens: &[u32], field: Field, best: &mut Best) -> bool {
    let keys = plan.pieces[0].keys.as_slice();
    if plan.placement == Placement::LineStart {
        return scan_line_starts(keys, tokens, field, best);
    }
    // The hot loop of every keystroke: a maximum over table lookups.
    let mut best_key: Key = 0;
    let mut best_at = 0;
    for (at, &token) in tokens.iter().enumerate() {
        let key = keys.get(token as usize).copied().unwrap_or(0);
        if key > best_key {
            best_key = key;
            best_at = at;
        }
    }
    best.offer(best_key, field, best_at);
    class_of(best_key) >= Class::Loose
}

/// [`scan_tokens`] for `^prefix` terms: only words that start a line count as matches.
fn scan_line_starts(keys: &[Key], tokens: &[u32], field: Field, best: &mut Best) -> bool {
    let mut loose = false;
    let mut line_start = true;
    for (at, &token) in tokens.iter().enumerate() {
        if token == LINE_BREAK {
            line_start = true;
            continue;
        }
        let key = keys.get(token as usize).copied().unwrap_or(0);
        loose |= class_of(key) >= Class::Loose;
        if line_start {
            best.offer(key, field, at);
        }
        line_start = false;
    }
    loose
}

/// Adds proximity, length and query-independent signals to the per-term scores.
fn finish(static_score: f32, position: u32, matches: &[(TermMatch, Class)], fuzzy_tier: bool) -> Candidate {
    let mut score: f32 = matches.iter().map(|(found, _)| found.score).sum();
    if matches.len() >= 2 {
        let same_field = matches.windows(2).all(|pair| pair[0].0.field == pair[1].0.field);
        if same_field {
            let in_order = matches.windows(2).all(|pair| pair[0].0.position < pair[1].0.position);
            let span = matches.iter().map(|(found, _)| found.position).max().unwrap_or(0)
                - matches.iter().map(|(found, _)| found.position).min().unwrap_or(0);
            score +=
                TOGETHER_BONUS + if in_order { IN_ORDER_BONUS } else { 0.0 } + (NEARNESS_BONUS - span as f32).max(0.0);
        }
    }
    score += static_score;
    let field = matches
        .iter()
        .max_by(|(left, _), (right, _)| left.score.total_cmp(&right.score))
        .map(|(found, _)| found.field)
        .unwrap_or(Field::Text);
    Candidate { position, fuzzy_tier, score, field }
}
