//! Finding the right phrase mid-call. A [`SearchIndex`] holds the folded phrasebook; a [`Searcher`]
//! answers queries over it, remembering the previous query's survivors so that typing one more
//! letter only re-checks phrases that could still match. Used by the CLI and the GUI alike.

mod build;
pub mod fold;
mod highlight;
mod index;
mod matcher;
pub mod query;
mod terms;
mod vocabulary;

use std::cmp::Ordering;
use std::ops::Range;

use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;

pub use index::{Field, SearchIndex, frecency};
pub use matcher::within_one_edit;
pub use query::{Query, Term, TermKind};

use index::{NO_SITUATION, TOKEN_FIELDS};
use matcher::{Quality, TermMatch, match_in_fields};
use terms::{Class, Key, Placement, TermPlan, class_of, containing, points_of};
use vocabulary::LINE_BREAK;

use crate::model::{Phrase, PhraseId, Status};

/// Narrowing that applies before matching; every `Some` must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Language code; `nl` also keeps `nl-BE`.
    pub lang: Option<String>,
    /// Situation key.
    pub situation: Option<String>,
    /// Statuses to show; `None` means draft and vetted (retired only when asked for).
    pub statuses: Option<Vec<Status>>,
    /// A tag the phrase must carry.
    pub tag: Option<String>,
    /// Collection name.
    pub collection: Option<String>,
    /// Only favourites.
    pub favorites_only: bool,
    /// Only phrases copied before, most recent first when the query is empty.
    pub recent_only: bool,
}

impl Filters {
    fn keeps(&self, phrase: &Phrase) -> bool {
        let content = &phrase.content;
        let status_ok = match &self.statuses {
            Some(statuses) => statuses.contains(&content.status),
            None => content.status != Status::Retired,
        };
        status_ok
            && self.lang.as_deref().is_none_or(|lang| content.lang.as_str() == lang || content.lang.primary() == lang)
            && self.situation.as_deref().is_none_or(|key| content.situation.as_str() == key)
            && self.tag.as_deref().is_none_or(|tag| content.tags.iter().any(|have| have == tag))
            && self.collection.as_deref().is_none_or(|name| phrase.collection == name)
            && (!self.favorites_only || phrase.usage.favorite)
            && (!self.recent_only || phrase.usage.last_copied_at.is_some())
    }
}

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Position in the index (see [`SearchIndex::phrase`]).
    pub position: u32,
    /// The phrase's id.
    pub id: PhraseId,
    /// Higher is better; comparable within one query only.
    pub score: f32,
    /// The field that contributed most.
    pub field: Field,
    /// Matched character ranges (not bytes) in the phrase text, for highlighting.
    pub ranges: Vec<Range<usize>>,
}

/// Ordering key of a candidate: tier, score, then id for ties.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    position: u32,
    fuzzy_tier: bool,
    score: f32,
    field: Field,
}

/// Answers queries over an index, reusing work between keystrokes.
#[derive(Default)]
pub struct Searcher {
    matcher: SkimMatcherV2,
    previous: Option<Previous>,
}

struct Previous {
    generation: u64,
    filters: Filters,
    loose_terms: Vec<(String, TermKind)>,
    /// Phrases in which every term matched at least loosely: the only ones a longer query can match.
    survivors: Vec<u32>,
    /// Per term, the words it matched at least loosely (`None` for terms spanning words).
    candidate_words: Vec<Option<Vec<u32>>>,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Searcher").finish_non_exhaustive()
    }
}

/// The part of a query that survivors are checked against: positive terms, in order.
fn loose_terms(query: &Query) -> Vec<(String, TermKind)> {
    query.positive().map(|term| (term.text.clone(), term.kind)).collect()
}

/// Whether every phrase matching `now` must also have matched `before`: the same kinds of terms,
/// each one the same or longer, perhaps with more terms after them.
fn refines(before: &[(String, TermKind)], now: &[(String, TermKind)]) -> bool {
    before.len() <= now.len()
        && before
            .iter()
            .zip(now)
            .all(|((old, old_kind), (new, new_kind))| old_kind == new_kind && new.starts_with(old.as_str()))
}

impl Searcher {
    /// A searcher with an empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// The best `limit` phrases for `input` under `filters`, best first, with highlight ranges.
    pub fn search(&mut self, index: &SearchIndex, input: &str, filters: &Filters, limit: usize) -> Vec<Hit> {
        let query = Query::parse(input);
        if query.positive().next().is_none() {
            self.previous = None;
            return browse(index, &query, filters, limit, &self.matcher);
        }
        let terms = loose_terms(&query);
        let reusable = self.previous.take().filter(|previous| {
            previous.generation == index.generation
                && &previous.filters == filters
                && refines(&previous.loose_terms, &terms)
        });
        let plans: Vec<TermPlan<'_>> = query
            .positive()
            .enumerate()
            .map(|(number, term)| {
                let previous_words = reusable
                    .as_ref()
                    .and_then(|previous| previous.candidate_words.get(number))
                    .and_then(|words| words.as_deref());
                TermPlan::new(term, &index.words, previous_words, &self.matcher)
            })
            .collect();
        let survivors: Vec<u32> = match reusable {
            Some(previous) => previous.survivors,
            None => (0..index.len() as u32)
                .into_par_iter()
                .filter(|&position| filters.keeps(&index.phrases[position as usize]))
                .collect(),
        };
        let scan = Scan::new(index, &query, &plans, &self.matcher);
        let outcomes: Vec<(u32, Outcome)> = survivors
            .par_iter()
            .map_init(Vec::new, |matches, &position| (position, scan.evaluate(position, matches)))
            .collect();
        let survivors: Vec<u32> = outcomes
            .iter()
            .filter(|(_, outcome)| !matches!(outcome, Outcome::Gone))
            .map(|(position, _)| *position)
            .collect();
        let scored: Vec<(Candidate, Class)> = outcomes
            .into_iter()
            .filter_map(|(_, outcome)| match outcome {
                Outcome::Scored(candidate, worst) => Some((candidate, worst)),
                _ => None,
            })
            .collect();
        let candidates = top(index, within_needed_tiers(scored, limit), limit);
        let candidate_words =
            plans.iter().map(|plan| plan.single_word.then(|| plan.pieces[0].candidates.clone())).collect();
        self.previous = Some(Previous {
            generation: index.generation,
            filters: filters.clone(),
            loose_terms: terms,
            survivors,
            candidate_words,
        });
        candidates
            .into_iter()
            .map(|candidate| {
                let phrase = &index.phrases[candidate.position as usize];
                Hit {
                    position: candidate.position,
                    id: phrase.id.clone(),
                    score: candidate.score,
                    field: candidate.field,
                    ranges: highlight::ranges(&phrase.content.text, &query, &self.matcher),
                }
            })
            .collect()
    }
}

/// Typo matches only when exact ones leave room in the top `limit`, scattered letters only when
/// both do: a person looking for `refund` does not want `refnud`-like neighbours above the fold.
fn within_needed_tiers(scored: Vec<(Candidate, Class)>, limit: usize) -> Vec<Candidate> {
    let exact = scored.iter().filter(|(_, worst)| *worst == Class::Exact).count();
    let typo = scored.iter().filter(|(_, worst)| *worst == Class::Typo).count();
    let lowest = if exact >= limit {
        Class::Exact
    } else if exact + typo >= limit {
        Class::Typo
    } else {
        Class::Scattered
    };
    scored.into_iter().filter(|(_, worst)| *worst >= lowest).map(|(candidate, _)| candidate).collect()
}

/// What a phrase makes of the query.
enum Outcome {
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
struct Scan<'a> {
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
    fn new(index: &'a SearchIndex, query: &'a Query, plans: &'a [TermPlan<'a>], matcher: &'a SkimMatcherV2) -> Self {
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

    /// What the phrase at `position` makes of the query; `matches` is scratch space.
    fn evaluate(&self, position: u32, matches: &mut Vec<(TermMatch, Class)>) -> Outcome {
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

    fn is_excluded(&self, position: u32, situation: u32, folded: &mut Option<[String; 5]>) -> bool {
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

fn compare(index: &SearchIndex, left: &Candidate, right: &Candidate) -> Ordering {
    left.fuzzy_tier
        .cmp(&right.fuzzy_tier)
        .then_with(|| right.score.total_cmp(&left.score))
        .then_with(|| index.phrases[left.position as usize].id.cmp(&index.phrases[right.position as usize].id))
}

fn top(index: &SearchIndex, mut candidates: Vec<Candidate>, limit: usize) -> Vec<Candidate> {
    if candidates.len() > limit && limit > 0 {
        candidates.select_nth_unstable_by(limit - 1, |left, right| compare(index, left, right));
        candidates.truncate(limit);
    }
    candidates.sort_by(|left, right| compare(index, left, right));
    candidates.truncate(limit);
    candidates
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
            score += 12.0 + if in_order { 10.0 } else { 0.0 } + (20.0 - span as f32).max(0.0);
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

/// The empty query: favourites, then recently used, then vetted before draft, by situation.
fn browse(index: &SearchIndex, query: &Query, filters: &Filters, limit: usize, matcher: &SkimMatcherV2) -> Vec<Hit> {
    let scan = Scan::new(index, query, &[], matcher);
    let mut positions: Vec<u32> = (0..index.len() as u32)
        .into_par_iter()
        .filter(|&position| {
            let situation = index.entries[position as usize].situation;
            filters.keeps(&index.phrases[position as usize]) && !scan.is_excluded(position, situation, &mut None)
        })
        .collect();
    let key = |position: &u32| {
        let phrase = &index.phrases[*position as usize];
        (
            !phrase.usage.favorite,
            std::cmp::Reverse(phrase.usage.last_copied_at),
            phrase.content.status != Status::Vetted,
            &phrase.content.situation,
            // Short spoken lines before long templates.
            phrase.content.tags.iter().any(|tag| tag == "template"),
            &phrase.content.group,
            &phrase.content.lang,
            &phrase.id,
        )
    };
    let order = |left: &u32, right: &u32| key(left).cmp(&key(right));
    if positions.len() > limit && limit > 0 {
        positions.select_nth_unstable_by(limit - 1, order);
        positions.truncate(limit);
    }
    positions.sort_by(order);
    positions.truncate(limit);
    positions
        .into_iter()
        .map(|position| Hit {
            position,
            id: index.phrases[position as usize].id.clone(),
            score: index.entries[position as usize].boost,
            field: Field::Text,
            ranges: Vec::new(),
        })
        .collect()
}
