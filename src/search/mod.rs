//! Finding the right phrase mid-call. A [`SearchIndex`] holds the folded phrasebook; a [`Searcher`]
//! answers queries over it, remembering the previous query's survivors so that typing one more
//! letter only re-checks phrases that could still match. Used by the CLI and the GUI alike.

pub mod fold;
mod highlight;
mod index;
mod matcher;
pub mod query;

use std::cmp::Ordering;
use std::ops::Range;

use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;

pub use index::{Field, SearchIndex, frecency};
pub use matcher::within_one_edit;
pub use query::{Query, Term, TermKind};

use index::Entry;
use matcher::{
    PreparedTerm, Scratch, TermMatch, excluded, loosely_contains, mask_allows, match_exact_tier, match_fuzzy_tier,
};

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
    loose_terms: Vec<String>,
    survivors: Vec<u32>,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Searcher").finish_non_exhaustive()
    }
}

/// The part of a query that survivors are checked against: positive term texts, in order.
fn loose_terms(query: &Query) -> Vec<String> {
    query.positive().map(|term| term.text.clone()).collect()
}

/// Whether every phrase matching `now` must also have matched `before`.
fn refines(before: &[String], now: &[String]) -> bool {
    before.len() <= now.len() && before.iter().zip(now).all(|(old, new)| new.starts_with(old.as_str()))
}

fn survives(entry: &Entry, terms: &[(String, Vec<char>)]) -> bool {
    terms
        .iter()
        .all(|(term, characters)| mask_allows(entry.mask, term) && loosely_contains(&entry.haystack, characters))
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
            return browse(index, &query, filters, limit);
        }
        let terms = loose_terms(&query);
        let prepared_terms: Vec<(String, Vec<char>)> =
            terms.iter().map(|term| (term.clone(), term.chars().collect())).collect();
        let reusable = self.previous.take().filter(|previous| {
            previous.generation == index.generation
                && &previous.filters == filters
                && refines(&previous.loose_terms, &terms)
        });
        let survivors: Vec<u32> = match reusable {
            Some(previous) => previous
                .survivors
                .into_par_iter()
                .filter(|&position| survives(&index.entries[position as usize], &prepared_terms))
                .collect(),
            None => (0..index.len() as u32)
                .into_par_iter()
                .filter(|&position| {
                    filters.keeps(&index.phrases[position as usize])
                        && survives(&index.entries[position as usize], &prepared_terms)
                })
                .collect(),
        };
        let candidates = rank(index, &self.matcher, &query, &survivors, limit);
        self.previous =
            Some(Previous { generation: index.generation, filters: filters.clone(), loose_terms: terms, survivors });
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

/// Scores the survivors in passes, each only if the ones before left room in the top `limit`:
/// exact letters (word, word start, inside a word), then one typo, then scattered letters.
fn rank(
    index: &SearchIndex,
    matcher: &SkimMatcherV2,
    query: &Query,
    survivors: &[u32],
    limit: usize,
) -> Vec<Candidate> {
    let prepared: Vec<PreparedTerm<'_>> = query.positive().map(PreparedTerm::new).collect();
    let exclusions: Vec<&Term> = query.terms.iter().filter(|term| term.kind == TermKind::Exclude).collect();
    let survivors: Vec<u32> = survivors
        .par_iter()
        .copied()
        .filter(|&position| !exclusions.iter().any(|term| excluded(&index.entries[position as usize], term)))
        .collect();
    let pass = |positions: &[u32], allow_typo: bool, scattered: bool| -> (Vec<Candidate>, Vec<u32>) {
        let scored: Vec<Result<Candidate, u32>> = positions
            .par_iter()
            .map_init(Scratch::default, |scratch, &position| {
                let entry = &index.entries[position as usize];
                let mut matches = Vec::with_capacity(prepared.len());
                for term in &prepared {
                    let found = match_exact_tier(entry, term, scratch, allow_typo)
                        .or_else(|| if scattered { match_fuzzy_tier(entry, term.term, matcher) } else { None });
                    match found {
                        Some(found) => matches.push(found),
                        None => return Err(position),
                    }
                }
                Ok(finish(entry, position, &matches, scattered))
            })
            .collect();
        let mut found = Vec::new();
        let mut rest = Vec::new();
        for result in scored {
            match result {
                Ok(candidate) => found.push(candidate),
                Err(position) => rest.push(position),
            }
        }
        (found, rest)
    };
    let (mut candidates, rest) = pass(&survivors, false, false);
    if candidates.len() < limit && !rest.is_empty() {
        let (typos, rest) = pass(&rest, true, false);
        candidates.extend(typos);
        if candidates.len() < limit && !rest.is_empty() {
            candidates.extend(pass(&rest, true, true).0);
        }
    }
    top(index, candidates, limit)
}

/// Adds proximity, length and query-independent signals to the per-term scores.
fn finish(entry: &Entry, position: u32, matches: &[TermMatch], fuzzy_tier: bool) -> Candidate {
    let mut score: f32 = matches.iter().map(|found| found.score).sum();
    if matches.len() >= 2 {
        let same_field = matches.windows(2).all(|pair| pair[0].field == pair[1].field);
        if same_field {
            let in_order = matches.windows(2).all(|pair| pair[0].position < pair[1].position);
            let span = matches.iter().map(|found| found.position).max().unwrap_or(0)
                - matches.iter().map(|found| found.position).min().unwrap_or(0);
            score += 12.0 + if in_order { 10.0 } else { 0.0 } + (20.0 - span as f32 / 6.0).max(0.0);
        }
    }
    // Shorter wins at equal match, gently: a ten-times-longer text loses about seven points.
    score -= 3.0 * (entry.text_chars.max(1) as f32).ln();
    score += entry.boost;
    let field = matches
        .iter()
        .max_by(|left, right| left.score.total_cmp(&right.score))
        .map(|found| found.field)
        .unwrap_or(Field::Text);
    Candidate { position, fuzzy_tier, score, field }
}

/// The empty query: favourites, then recently used, then vetted before draft, by situation.
fn browse(index: &SearchIndex, query: &Query, filters: &Filters, limit: usize) -> Vec<Hit> {
    let exclusions: Vec<&Term> = query.terms.iter().filter(|term| term.kind == TermKind::Exclude).collect();
    let mut positions: Vec<u32> = (0..index.len() as u32)
        .filter(|&position| {
            filters.keeps(&index.phrases[position as usize])
                && !exclusions.iter().any(|term| excluded(&index.entries[position as usize], term))
        })
        .collect();
    let key = |position: &u32| {
        let phrase = &index.phrases[*position as usize];
        (
            !phrase.usage.favorite,
            std::cmp::Reverse(phrase.usage.last_copied_at),
            phrase.content.status != Status::Vetted,
            phrase.content.situation.clone(),
            // Short spoken lines before long templates.
            phrase.content.tags.iter().any(|tag| tag == "template"),
            phrase.content.group.clone(),
            phrase.content.lang.clone(),
            phrase.id.clone(),
        )
    };
    positions.sort_by_cached_key(key);
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
