//! Finding the right phrase mid-call. A [`SearchIndex`] holds the folded phrasebook; a [`Searcher`]
//! answers queries over it, remembering the previous query's survivors so that typing one more
//! letter only re-checks phrases that could still match. Used by the CLI and the GUI alike.
//!
//! The ranking, in order: phrases matching every term (as words, word starts, stems, synonyms, or
//! with one typo) before phrases matching only some; within a tier, how well each term matched
//! (weighted by how rare and how meaningful it is), then the run of the query's words found one
//! after another, then nearness; the phrase's status and use; length last. Search knows nothing
//! of where phrases are stored: the index is built from phrases handed to it.

mod bound;
mod build;
mod codec;
mod column;
mod field;
pub mod fold;
mod highlight;
mod index;
mod language;
mod matcher;
mod postings;
pub mod query;
mod rank;
mod scan;
mod stored;
mod terms;
mod update;
mod vocabulary;

use std::ops::Range;
use std::sync::Arc;

use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;

pub use codec::StoredIndexError;
pub use field::Field;
pub use index::{SearchIndex, Summary, frecency};
pub use matcher::within_one_edit;
pub use query::{Query, Term, TermKind};
pub use stored::{FORMAT_VERSION, RecordsCheck};
pub use update::NeedsRebuild;

use language::{Language, is_function_word, language};
use rank::Gathered;
use scan::{Look, Outcome, Scan};
use terms::{Context, TermPlan, word_level};

use crate::model::{Phrase, PhraseId, Status};
use crate::register::LanguageView;

/// Scans `positions` on both cores: the phrases a longer query could still match, and the best
/// results. Fixed chunks joined in order once, so survivors are copied once, not at every level of
/// a reduction tree.
///
/// With `skimming`, a query of several one-word terms first looks at each phrase without scoring
/// it ([`Scan::first_look`]). Phrases holding the query as one run score far above the rest
/// ("refund today" in "…refund today…"): they are scored first, and the others only if they
/// could still beat the page of exact matches the runs make. Those that cannot are kept for the
/// next keystroke unscored. The results are the same: such a phrase could neither enter the page
/// nor, the page being full of exact matches, show in another tier. "refund t" matches a quarter
/// of 100,000 phrases, of which about one in eight has "refund" before a t-word.
fn scan_positions(
    scan: &Scan<'_>,
    index: &SearchIndex,
    positions: &[u32],
    limit: usize,
    skimming: bool,
) -> (Vec<u32>, Gathered) {
    let chunks: Vec<ChunkFindings> = positions
        .par_chunks(SCAN_CHUNK)
        .map(|chunk| {
            let mut kept = Vec::with_capacity(chunk.len());
            let mut gathered = Gathered::default();
            let mut matches = Vec::new();
            // Phrases holding every term but not as one run, with the most each can score.
            let mut apart = Vec::new();
            for &position in chunk {
                match skimming.then(|| scan.first_look(position)).flatten() {
                    None => {
                        if score_into(scan, index, position, &mut matches, &mut gathered, limit) {
                            kept.push(position);
                        }
                    }
                    Some(Look::Gone) => {}
                    Some(Look::Kept { most, whole_run }) => {
                        kept.push(position);
                        if !whole_run {
                            apart.push((position, most));
                        } else if gathered.exact_bar().is_none_or(|bar| most >= bar) {
                            score_into(scan, index, position, &mut matches, &mut gathered, limit);
                        }
                    }
                }
            }
            (kept, gathered, apart)
        })
        .collect();
    let mut survivors = Vec::with_capacity(chunks.iter().map(|(kept, _, _)| kept.len()).sum());
    let mut gathered = Gathered::default();
    let mut apart = Vec::new();
    for (kept, chunk_gathered, chunk_apart) in chunks {
        survivors.extend_from_slice(&kept);
        gathered = gathered.join(chunk_gathered, index, limit);
        apart.push(chunk_apart);
    }
    // The page the runs make, over every chunk: one chunk alone often holds fewer runs than a page.
    gathered.tighten(index, limit);
    let bar = gathered.exact_bar();
    let to_score: Vec<u32> = apart
        .par_iter()
        .flat_map_iter(|chunk| {
            chunk.iter().filter(|(_, most)| bar.is_none_or(|bar| *most >= bar)).map(|(position, _)| *position)
        })
        .collect();
    let found = to_score
        .par_chunks(SCAN_CHUNK)
        .map(|chunk| {
            let mut found = Gathered::default();
            let mut matches = Vec::new();
            for &position in chunk {
                score_into(scan, index, position, &mut matches, &mut found, limit);
            }
            found
        })
        .reduce(Gathered::default, |left, right| left.join(right, index, limit));
    (survivors, gathered.join(found, index, limit))
}

/// What one chunk of a scan found: its survivors, its best results, and the phrases it left
/// unscored for now, each with the most it can score (see [`scan_positions`]).
type ChunkFindings = (Vec<u32>, Gathered, Vec<(u32, f32)>);

/// Scores the phrase at `position` and offers it to `gathered` when it matches every term; says
/// whether a longer query could still match it. `matches` is scratch space.
fn score_into(
    scan: &Scan<'_>,
    index: &SearchIndex,
    position: u32,
    matches: &mut Vec<Option<(matcher::TermMatch, terms::Class)>>,
    gathered: &mut Gathered,
    limit: usize,
) -> bool {
    match scan.evaluate(position, matches) {
        Outcome::Gone => false,
        Outcome::Kept => true,
        Outcome::Scored(candidate, worst) => {
            gathered.offer(index, candidate, worst, limit);
            true
        }
    }
}

/// The phrases that match only some of the query's terms, or some only as scattered letters,
/// among `positions`: the loose tier, worked out afresh for every query (never from the previous
/// keystroke's survivors, which hold only phrases matching every term).
fn scan_loosely(scan: &Scan<'_>, index: &SearchIndex, positions: &[u32], limit: usize) -> Gathered {
    positions
        .par_chunks(SCAN_CHUNK)
        .map(|chunk| {
            let mut gathered = Gathered::default();
            let mut matches = Vec::new();
            for &position in chunk {
                if let Some(candidate) = scan.evaluate_loosely(position, &mut matches) {
                    gathered.offer(index, candidate, terms::Class::Scattered, limit);
                }
            }
            gathered
        })
        .reduce(Gathered::default, |left, right| left.join(right, index, limit))
}

/// Per term, the words that mean the same to an agent in `languages` (single words only: a
/// multi-word expression in the query, "money back", lends each of its words the group's single
/// words, "refund").
fn synonyms<'l>(terms: &[&Term], languages: &[&'l Language]) -> Vec<Vec<(&'l Language, &'l str)>> {
    let mut found: Vec<Vec<(&Language, &str)>> = vec![Vec::new(); terms.len()];
    let plain: Vec<Option<&str>> = terms
        .iter()
        .map(|term| {
            (term.kind == TermKind::Fuzzy && term.text.chars().all(char::is_alphanumeric)).then_some(term.text.as_str())
        })
        .collect();
    for &language in languages {
        // Each term's stem once per language (the expressions' stems are worked out on loading):
        // comparing stems per expression was a thousand stemmer calls per keystroke.
        let stems: Vec<Option<String>> = plain
            .iter()
            .map(|text| text.filter(|text| text.chars().count() > 3).map(|text| language.stem(text)))
            .collect();
        for (group, group_stems) in language.synonyms.iter().zip(&language.synonym_stems) {
            for (expression, expression_stem) in group.iter().zip(group_stems) {
                let span = expression.len();
                for start in 0..plain.len().saturating_sub(span - 1) {
                    let matches = (0..span).all(|offset| {
                        plain[start + offset].is_some_and(|text| {
                            text == expression[offset]
                                || (span == 1
                                    && stems[start + offset].is_some()
                                    && stems[start + offset] == *expression_stem)
                        })
                    });
                    if !matches {
                        continue;
                    }
                    for other in group.iter().filter(|other| other.len() == 1 && *other != expression) {
                        for words in &mut found[start..start + span] {
                            words.push((language, other[0].as_str()));
                        }
                    }
                }
            }
        }
    }
    for (words, text) in found.iter_mut().zip(&plain) {
        words.retain(|(_, word)| Some(*word) != *text);
        words.sort_by(|left, right| (left.0.code, left.1).cmp(&(right.0.code, right.1)));
        words.dedup_by(|left, right| left.0.code == right.0.code && left.1 == right.1);
    }
    found
}

/// How much each term counts (they add up to the number of terms) and whether it carries
/// meaning: rare words count more than common ones, and function words ("the", "de", "и") little.
fn weights(index: &SearchIndex, plans: &[TermPlan<'_>], only: Option<&Language>) -> (Vec<f32>, Vec<bool>) {
    let counts = index.word_counts();
    let phrases = index.len().max(1) as f64;
    let mut meaningful = Vec::with_capacity(plans.len());
    let raw: Vec<f32> = plans
        .iter()
        .map(|plan| {
            if !plan.single_word {
                meaningful.push(true);
                return 3.0;
            }
            let verdicts = &plan.pieces[0];
            let occurrences: u64 = verdicts
                .candidates
                .iter()
                .filter(|&&word| verdicts.keys.get(word as usize).is_some_and(|key| word_level(*key)))
                .map(|&word| u64::from(counts.get(word as usize).copied().unwrap_or(0)))
                .sum();
            let rarity = (1.0 + phrases / (1.0 + occurrences as f64)).ln().clamp(0.5, 8.0) as f32;
            let function = is_function_word(&plan.term.text, only);
            meaningful.push(!function);
            if function { 0.2 * rarity } else { rarity }
        })
        .collect();
    let total: f32 = raw.iter().sum();
    let weights = match total > 0.0 {
        true => raw.iter().map(|weight| weight * plans.len() as f32 / total).collect(),
        false => vec![1.0; plans.len()],
    };
    (weights, meaningful)
}

/// Phrasebooks smaller than this are scanned whole: reading them costs less than the word lists.
const POSTINGS_FROM: usize = 20_000;

/// How many phrases a fresh scan looks at in best-first order before it gives up hoping to stop
/// early: beyond this, reading the index front to back is faster than jumping around in it.
const BEST_FIRST_AT_MOST: usize = 8_192;

/// Partial matches (phrases holding some of the terms) are looked for only while fewer full
/// matches than this were found. They rank below every full match, so with this many full
/// matches they would only lengthen the list below what the agent reads, and finding them means
/// reading every phrase again on each keystroke (most of a keystroke's time at 100,000 phrases).
const PARTIAL_BELOW_FULL: usize = 10;

/// Phrases scanned per task: small enough for both cores to share the work evenly, large enough
/// that the tasks cost nothing.
const SCAN_CHUNK: usize = 4096;

/// Narrowing that applies before matching; every `Some` must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Language tag: `nl` keeps Dutch, a register variant such as `nl-x-informal` keeps its own
    /// lines plus the Dutch ones it has no line for (the rule is [`crate::register::LanguageView`]).
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
    /// `languages` is the register rule for `lang` (for every language when none is set).
    fn keeps(&self, phrase: &Phrase, languages: Option<&LanguageView>) -> bool {
        let content = &phrase.content;
        let status_ok = match &self.statuses {
            Some(statuses) => statuses.contains(&content.status),
            None => content.status != Status::Retired,
        };
        status_ok
            && languages.is_none_or(|view| view.shows(phrase))
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
    /// Matched character ranges (not bytes) in the phrase text, for highlighting; empty when the
    /// phrase matched mainly through another field.
    pub ranges: Vec<Range<usize>>,
}

/// Answers queries over an index, reusing work between keystrokes.
#[derive(Default)]
pub struct Searcher {
    matcher: SkimMatcherV2,
    previous: Option<Previous>,
    /// Never stop a scan early (see [`Searcher::exhaustive`]).
    exhaustive: bool,
    /// The filters' view last built: index generation, filters, view.
    filter_view: Option<(u64, Filters, Arc<FilterView>)>,
}

struct Previous {
    generation: u64,
    filters: Filters,
    loose_terms: Vec<(String, TermKind)>,
    /// Phrases in which every term matched at least loosely: the only ones a longer query can
    /// match. `None` when the scan stopped early, having found enough results that nothing left
    /// could beat.
    survivors: Option<Vec<u32>>,
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

    /// The register rule for the language filter (with no filter: one wording per language and
    /// group) and what the filters make of every phrase, rebuilt only when the index or the
    /// filters change.
    fn filter_view(&mut self, index: &SearchIndex, filters: &Filters) -> Option<Arc<FilterView>> {
        if let Some((generation, built_for, view)) = &self.filter_view
            && *generation == index.generation
            && built_for == filters
        {
            return Some(Arc::clone(view));
        }
        let view = Arc::new(FilterView::new(index, filters));
        self.filter_view = Some((index.generation, filters.clone(), Arc::clone(&view)));
        Some(view)
    }

    /// Builds now what the next typed query under `filters` would otherwise build on its first
    /// keystroke: the index's lookups by word, and the register rule, which reads every phrase
    /// (for an index read from a stored file, decoding all of them — a third of a second at
    /// 100,000). A worker calls this while it waits for the agent to type; each part is built
    /// once per index version.
    pub fn prepare(&mut self, index: &SearchIndex, filters: &Filters) {
        index.prepare_lookups();
        if filters != &Filters::default() {
            self.filter_view(index, filters);
        }
    }

    /// A searcher that always scans every phrase: the same results, slower. For checking the
    /// shortcuts in tests and benchmarks.
    pub fn exhaustive() -> Self {
        Self { exhaustive: true, ..Self::default() }
    }

    /// The phrases that could match the query's rarest one-word term, when that is clearly fewer
    /// than all: every phrase a query can match holds a word every term accepts, unless the term
    /// matched the phrase's situation, so terms that match a situation title are not used.
    fn rarest_term_phrases(&self, scan: &Scan<'_>, index: &SearchIndex, plans: &[TermPlan<'_>]) -> Option<Vec<u32>> {
        if self.exhaustive || index.len() < POSTINGS_FROM {
            return None;
        }
        let postings = index.postings();
        plans
            .iter()
            .enumerate()
            .filter(|(number, plan)| plan.single_word && !scan.matches_a_situation(*number))
            .filter_map(|(_, plan)| postings.candidates(&plan.pieces[0].candidates, index.len() / 2, index.len()))
            .min_by_key(Vec::len)
    }

    /// A fresh scan, phrases with the best query-independent score first, stopping as soon as the
    /// best `limit` results are settled: no phrase left could beat them even with its best words.
    /// A one-letter query over 100,000 phrases then looks at a few hundred. The survivors are
    /// known only when the scan ran to the end.
    fn scan_best_first(
        &self,
        scan: &Scan<'_>,
        index: &SearchIndex,
        plans: &[TermPlan<'_>],
        filters: &Filters,
        languages: Option<&FilterView>,
        limit: usize,
    ) -> (Option<Vec<u32>>, Gathered) {
        let keeps = |position: &u32| keeps(index, filters, languages, *position);
        // With several terms the bonus for words together and in order makes the bound too loose
        // to stop early; a complete scan at least leaves survivors for the next keystroke.
        if plans.len() == 1 && !self.exhaustive {
            let most_a_match_adds = scan::most_points(plans, scan.weights(), &scan::title_words(index));
            let ceiling = scan::ceiling(plans);
            let mut survivors = Vec::new();
            let mut gathered = Gathered::default();
            let end = read_best_first(index, filters, languages, most_a_match_adds, |positions, best_left| {
                let (kept, found) = scan_positions(scan, index, positions, limit, true);
                survivors.extend_from_slice(&kept);
                gathered = std::mem::take(&mut gathered).join(found, index, limit);
                best_left.is_some_and(|best_left| gathered.settled(index, limit, ceiling, best_left))
            });
            match end {
                BestFirstEnd::AllRead => return (Some(survivors), gathered),
                BestFirstEnd::Settled => return (None, gathered),
                BestFirstEnd::Unsettled => {}
            }
        }
        // Not settled among the best-placed phrases: scan, in index order, the phrases holding a
        // word of the rarest term (or all of them when every term is common), which reads memory
        // front to back and yields every survivor for the next keystroke.
        let positions: Vec<u32> = match self.rarest_term_phrases(scan, index, plans) {
            Some(candidates) => candidates.into_par_iter().filter(keeps).collect(),
            None => (0..index.len() as u32).into_par_iter().filter(keeps).collect(),
        };
        let (survivors, gathered) = scan_positions(scan, index, &positions, limit, !self.exhaustive);
        (Some(survivors), gathered)
    }

    /// The loose tier of a one-term query that no phrase can match fully, found best-first: such
    /// a query's loose matches score like full ones (the term's best word, the phrase's boost and
    /// length; one term earns no bonus for words together), so the bound of
    /// [`Searcher::scan_best_first`] holds for them too, and the best `limit` are usually among
    /// the first few hundred phrases instead of a pass over every phrase ("refn" on its way to
    /// "refnud"). `None` when they are not settled within the best-placed phrases.
    fn loose_best_first(
        &self,
        scan: &Scan<'_>,
        index: &SearchIndex,
        plans: &[TermPlan<'_>],
        filters: &Filters,
        languages: Option<&FilterView>,
        limit: usize,
    ) -> Option<Gathered> {
        let most_a_match_adds = scan::most_points(plans, scan.weights(), &scan::title_words(index));
        let mut gathered = Gathered::default();
        let end = read_best_first(index, filters, languages, most_a_match_adds, |positions, best_left| {
            let found = scan_loosely(scan, index, positions, limit);
            gathered = std::mem::take(&mut gathered).join(found, index, limit);
            best_left.is_some_and(|best_left| gathered.settled_loosely(index, limit, best_left))
        });
        match end {
            BestFirstEnd::AllRead | BestFirstEnd::Settled => Some(gathered),
            BestFirstEnd::Unsettled => None,
        }
    }

    /// The best `limit` phrases for `input` under `filters`, best first, with highlight ranges.
    pub fn search(&mut self, index: &SearchIndex, input: &str, filters: &Filters, limit: usize) -> Vec<Hit> {
        let query = Query::parse(input);
        let browsing = query.positive().next().is_none();
        if browsing && let Some((order, keeps)) = index.browse_order_for(filters) {
            self.previous = None;
            return browse_in_order(index, &query, order, keeps, limit, &self.matcher);
        }
        // The register rule reads every phrase; without a filter only browsing consults it.
        let languages = match browsing || filters != &Filters::default() {
            true => self.filter_view(index, filters),
            false => None,
        };
        let languages = languages.as_deref();
        if browsing {
            self.previous = None;
            return browse(index, &query, filters, languages.map(|view| &view.rule), limit, &self.matcher);
        }
        let terms = loose_terms(&query);
        let mut reusable = self.previous.take().filter(|previous| {
            previous.generation == index.generation
                && &previous.filters == filters
                && refines(&previous.loose_terms, &terms)
        });
        let only = filters.lang.as_deref().and_then(language);
        let stem_languages: Vec<&Language> = match (&filters.lang, only) {
            (None, _) => language::languages().iter().collect(),
            (Some(_), Some(language)) => vec![language],
            (Some(_), None) => Vec::new(),
        };
        let positive: Vec<&Term> = query.positive().collect();
        let synonyms = synonyms(&positive, &stem_languages);
        let plan_all = |previous: Option<&Previous>| -> Vec<TermPlan<'_>> {
            positive
                .iter()
                .enumerate()
                .map(|(number, term)| {
                    let previous_words = previous
                        .and_then(|previous| previous.candidate_words.get(number))
                        .and_then(|words| words.as_deref());
                    let context = Context {
                        last: number + 1 == positive.len(),
                        languages: &stem_languages,
                        synonyms: &synonyms[number],
                    };
                    TermPlan::new(term, &index.words, previous_words, &self.matcher, context)
                })
                .collect()
        };
        let mut plans = plan_all(reusable.as_ref());
        // A stem or a synonym can match a word the previous, shorter term could not: then the
        // phrases it dropped may match now, and only a fresh scan finds them.
        let extras_outside = reusable.as_ref().is_some_and(|previous| {
            plans.iter().zip(&previous.candidate_words).any(|(plan, before)| {
                before.as_ref().is_some_and(|before| plan.extras.iter().any(|word| before.binary_search(word).is_err()))
            })
        });
        if extras_outside {
            reusable = None;
            plans = plan_all(None);
        }
        let (weights, meaningful) = weights(index, &plans, only);
        let scan = Scan::new(index, &query, &plans, &self.matcher, weights, meaningful);
        let previous_survivors = reusable.and_then(|previous| previous.survivors);
        // No phrase can match a single term that no word takes fully: only its loose tier counts,
        // and it can stop early like a full match (the next keystroke then starts afresh).
        let only_loose = plans.len() == 1 && scan::ceiling(&plans) < terms::Class::Typo && !self.exhaustive;
        let settled_loosely = match only_loose {
            true => self.loose_best_first(&scan, index, &plans, filters, languages, limit),
            false => None,
        };
        let loose_done = settled_loosely.is_some();
        let (survivors, mut gathered) = match (settled_loosely, previous_survivors) {
            (Some(gathered), _) => (None, gathered),
            (None, Some(survivors)) => {
                let (kept, gathered) = scan_positions(&scan, index, &survivors, limit, !self.exhaustive);
                (Some(kept), gathered)
            }
            (None, None) => self.scan_best_first(&scan, index, &plans, filters, languages, limit),
        };
        if !loose_done && gathered.full_matches() < limit.min(PARTIAL_BELOW_FULL) {
            let positions: Vec<u32> = (0..index.len() as u32)
                .into_par_iter()
                .filter(|&position| keeps(index, filters, languages, position))
                .collect();
            gathered.replace_loose(scan_loosely(&scan, index, &positions, limit));
        }
        let candidates = gathered.best(index, limit);
        let candidate_words = plans
            .iter()
            .map(|plan| {
                plan.single_word.then(|| {
                    let mut words = plan.pieces[0].candidates.clone();
                    words.sort_unstable();
                    words
                })
            })
            .collect();
        self.previous = Some(Previous {
            generation: index.generation,
            filters: filters.clone(),
            loose_terms: terms,
            survivors,
            candidate_words,
        });
        candidates
            .into_iter()
            .filter_map(|candidate| {
                let phrase = index.phrase(candidate.position)?;
                Some(Hit {
                    position: candidate.position,
                    id: phrase.id.clone(),
                    score: candidate.score,
                    field: candidate.field,
                    // Letters of the query found in the text by chance ("my" in "myself") only
                    // mislead when the phrase matched through its blunt line or tags.
                    ranges: match candidate.field {
                        Field::Text => highlight::ranges(&phrase.content.text, &query, &self.matcher),
                        _ => Vec::new(),
                    },
                })
            })
            .collect()
    }
}

/// How a reading in best-first order ended.
enum BestFirstEnd {
    /// Every phrase was read.
    AllRead,
    /// Nothing left unread could beat the results.
    Settled,
    /// [`BEST_FIRST_AT_MOST`] phrases were read without settling.
    Unsettled,
}

/// Reads the phrases the filters keep in best-first order, in batches of 256, 512, … (a short
/// query over a big phrasebook is often settled within a few hundred) and at most
/// [`BEST_FIRST_AT_MOST`] phrases. `read` gets each batch and the most a phrase not read yet could
/// score (`None` once all are read), and says whether its results are settled.
fn read_best_first(
    index: &SearchIndex,
    filters: &Filters,
    languages: Option<&FilterView>,
    most_a_match_adds: f32,
    mut read: impl FnMut(&[u32], Option<f32>) -> bool,
) -> BestFirstEnd {
    let order = index.best_first();
    let (mut start, mut batch) = (0, 256);
    while start < order.len().min(BEST_FIRST_AT_MOST) {
        let end = (start + batch).min(order.len());
        let positions: Vec<u32> = order[start..end]
            .par_iter()
            .copied()
            .filter(|&position| keeps(index, filters, languages, position))
            .collect();
        start = end;
        batch *= 2;
        let best_left = order.get(start).map(|&next| index.entries[next as usize].static_score() + most_a_match_adds);
        let settled = read(&positions, best_left);
        match (best_left, settled) {
            (None, _) => return BestFirstEnd::AllRead,
            (Some(_), true) => return BestFirstEnd::Settled,
            (Some(_), false) => {}
        }
    }
    BestFirstEnd::Unsettled
}

/// Whether `filters` keep the phrase at `position`; without filters the index entry says so, and
/// with the filters' verdicts worked out (see [`FilterView`]) the verdict does: the phrase itself
/// is read only when neither can tell.
fn keeps(index: &SearchIndex, filters: &Filters, languages: Option<&FilterView>, position: u32) -> bool {
    if filters == &Filters::default() {
        return index.entries[position as usize].status != Status::Retired;
    }
    if let Some(kept) = languages.and_then(|view| view.kept.as_deref()) {
        return kept.get(position as usize).copied().unwrap_or(false);
    }
    index.phrase(position).is_some_and(|phrase| filters.keeps(phrase, languages.map(|view| &view.rule)))
}

/// The register rule for a searcher's filters, and their verdict on every phrase of the index
/// version it was built for: a keystroke then checks a phrase by its position instead of reading
/// the phrase (the most of a two-term keystroke under the window's filters was those reads).
pub(super) struct FilterView {
    rule: LanguageView,
    /// Per position, whether the filters keep the phrase; `None` when they ask about use
    /// (favourites, recently copied), which changes without a new index version.
    kept: Option<Vec<bool>>,
}

impl FilterView {
    fn new(index: &SearchIndex, filters: &Filters) -> Self {
        let phrases = index.phrases();
        let rule = match filters.lang.as_deref().unwrap_or_default() {
            "" => LanguageView::every_language(phrases),
            lang => LanguageView::new(lang, phrases),
        };
        let kept = (!filters.favorites_only && !filters.recent_only)
            .then(|| phrases.par_iter().map(|phrase| filters.keeps(phrase, Some(&rule))).collect());
        Self { rule, kept }
    }
}

/// Every phrase the empty query lists without filters, in [`browse`] order: what a stored index
/// keeps, so browsing it decodes only the phrases shown.
pub(super) fn default_browse_order(index: &SearchIndex) -> Vec<u32> {
    let languages = LanguageView::every_language(index.phrases());
    let query = Query::parse("");
    let matcher = SkimMatcherV2::default();
    browse(index, &query, &Filters::default(), Some(&languages), usize::MAX, &matcher)
        .into_iter()
        .map(|hit| hit.position)
        .collect()
}

/// [`browse`] over its order worked out before without filters: the phrases `keeps` keeps
/// (see [`SearchIndex::browse_order_for`]) less the query's exclusions (`!word`).
fn browse_in_order(
    index: &SearchIndex,
    query: &Query,
    order: &[u32],
    keeps: impl Fn(u32) -> bool,
    limit: usize,
    matcher: &SkimMatcherV2,
) -> Vec<Hit> {
    let scan = Scan::new(index, query, &[], matcher, Vec::new(), Vec::new());
    order
        .iter()
        .copied()
        .filter(|&position| keeps(position))
        .filter(|&position| {
            let situation = index.entries.get(position as usize).map_or(field::NO_SITUATION, |entry| entry.situation);
            !scan.is_excluded(position, situation, &mut None)
        })
        .take(limit)
        .filter_map(|position| {
            Some(Hit {
                position,
                id: index.phrase(position)?.id.clone(),
                score: index.entries.get(position as usize)?.boost,
                field: Field::Text,
                ranges: Vec::new(),
            })
        })
        .collect()
}

/// The empty query: favourites, then recently used, then vetted before draft, by situation.
fn browse(
    index: &SearchIndex,
    query: &Query,
    filters: &Filters,
    languages: Option<&LanguageView>,
    limit: usize,
    matcher: &SkimMatcherV2,
) -> Vec<Hit> {
    let scan = Scan::new(index, query, &[], matcher, Vec::new(), Vec::new());
    // Browsing orders by what only the phrases hold (use, situation, tags): all of them.
    let phrases = index.phrases();
    let mut positions: Vec<u32> = (0..index.len() as u32)
        .into_par_iter()
        .filter(|&position| {
            let situation = index.entries[position as usize].situation;
            phrases.get(position as usize).is_some_and(|phrase| filters.keeps(phrase, languages))
                && !scan.is_excluded(position, situation, &mut None)
        })
        .collect();
    let key = |position: &u32| {
        let phrase = &phrases[*position as usize];
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
            id: phrases[position as usize].id.clone(),
            score: index.entries[position as usize].boost,
            field: Field::Text,
            ranges: Vec::new(),
        })
        .collect()
}
