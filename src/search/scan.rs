//! Running one query over the index: each term's verdicts on the vocabulary are looked up for
//! every word of a phrase, and the best word per term becomes the phrase's match. A phrase that
//! matches every term is scored in the exact or typo tier; one that matches only some of them,
//! or some only as scattered letters, goes to the loose tier, which is filled only when the
//! others leave room, so an agent always gets an answer when anything in the phrasebook relates.

use fuzzy_matcher::skim::SkimMatcherV2;

use super::bound::LooseMasks;
use super::field::{Field, MOST_WEIGHT, MOST_WEIGHT_OUTSIDE_TITLES, NO_SITUATION, TITLE_TOKENS, TOKEN_FIELDS};
use super::index::SearchIndex;
use super::matcher::{Quality, TermMatch, match_in_fields};
use super::query::{Query, Term, TermKind};
use super::rank::Candidate;
use super::terms::{Class, Key, Placement, TermPlan, class_of, containing, points_of, word_level};
use super::vocabulary::LINE_BREAK;

/// Bonus when the matched terms sit in one field, more when in the order typed, more the nearer;
/// each scaled by how much of the query matched.
const TOGETHER_BONUS: f32 = 12.0;
const IN_ORDER_BONUS: f32 = 10.0;
const NEARNESS_BONUS: f32 = 20.0;

/// Bonus for the query's words found one after another, in order, in the phrase ("make the
/// customer feel you" in "…make the customer feel you're working together…"), scaled by the
/// share of the query the run holds. It is worth more than any amount of the same words
/// scattered: a run is what an agent remembers.
const RUN_BONUS: f32 = 90.0;

/// Bonus for a run that holds every term typed. The run's share is weighed like the terms, so
/// function words add little to it ("want to" is most of "want to her" by weight); yet a phrase
/// holding every word typed, in order, is the one being quoted, and one holding all but the small
/// words is not.
const WHOLE_RUN_BONUS: f32 = 20.0;

/// Added to a bound on a score, so that float rounding never lets a bound fall below the score.
const BOUND_SLACK: f32 = 0.01;

/// The most terms a run is looked for across; longer queries are pasted text, not remembered.
const RUN_TERMS_AT_MOST: usize = 24;

/// The fields a run is looked for in: what the agent read and may remember word for word.
const RUN_FIELDS: [usize; 3] = [0, 1, 2];

/// The word ids of each stored field of one phrase, in [`TOKEN_FIELDS`] order.
type PhraseFields<'a> = [&'a [u32]; TOKEN_FIELDS.len()];

/// The stored fields of the phrase at `position`, looked up once for all the terms that read them.
fn phrase_fields(index: &SearchIndex, position: u32) -> PhraseFields<'_> {
    let mut fields: PhraseFields<'_> = [&[]; TOKEN_FIELDS.len()];
    let (Some(entry), tokens) = (index.entries.get(position as usize), index.phrase_tokens(position)) else {
        return fields;
    };
    let mut from = 0;
    for (field, &end) in fields.iter_mut().zip(&entry.ends) {
        let to = (end as usize).min(tokens.len());
        *field = tokens.get(from.min(to)..to).unwrap_or(&[]);
        from = to;
    }
    fields
}

/// What a phrase makes of the query.
pub(super) enum Outcome {
    /// Some term cannot match it, however the query goes on.
    Gone,
    /// No full match now, but a longer query might match it.
    Kept,
    /// A match of every term, with the worst class any term needed.
    Scored(Candidate, Class),
}

/// What a first look at a phrase tells ([`Scan::first_look`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Look {
    /// Some term accepts none of its words: [`Outcome::Gone`].
    Gone,
    /// Every term accepts one of its words at least loosely: [`Outcome::Kept`] or
    /// [`Outcome::Scored`], scoring at most `most`; `whole_run` when it holds every term one
    /// after another, in order (such phrases score far above the others).
    Kept { most: f32, whole_run: bool },
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

    fn join(&mut self, other: &Best) {
        if (other.class, other.score) > (self.class, self.score) {
            *self = *other;
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
    /// Per term, how much it counts; they add up to the number of terms.
    weights: Vec<f32>,
    /// Per term, whether it carries meaning (not "the", "de", "и").
    meaningful: Vec<bool>,
    /// Per term, per situation: (best match in its titles, whether any word matched loosely).
    situations: Vec<Vec<(Best, bool)>>,
    /// Per term, per situation and language: the same for its description and keywords.
    about: Vec<Vec<(Best, bool)>>,
    /// Per exclusion term: the words containing it (`None` for terms spanning words).
    exclusions: Vec<(&'a Term, Option<Vec<bool>>)>,
    /// Per exclusion term, per situation: whether its titles contain it.
    excluded_situations: Vec<Vec<bool>>,
    /// Per word id, a bit for each of the first [`RUN_TERMS_AT_MOST`] terms that it matches as a
    /// word (what a run is made of); empty for a query of one term.
    run_masks: Vec<u32>,
    /// Per term, per length: the share of the query held by a run of that many terms ending with
    /// it (worked out once per query, not per phrase).
    run_shares: Vec<[f32; RUN_TERMS_AT_MOST + 1]>,
    /// For a query of several one-word terms: which terms accept which words, for a first look at
    /// a phrase before scoring it (see [`Scan::first_look`]).
    first_look: Option<LooseMasks>,
}

/// [`Scan::run_masks`] and [`Scan::run_shares`] for a query.
fn run_tables(plans: &[TermPlan<'_>], weights: &[f32], words: usize) -> (Vec<u32>, Vec<[f32; RUN_TERMS_AT_MOST + 1]>) {
    let terms = plans.len().min(RUN_TERMS_AT_MOST);
    if terms < 2 {
        return (Vec::new(), Vec::new());
    }
    let mut masks = vec![0u32; words];
    for (number, plan) in plans.iter().take(terms).enumerate() {
        if !plan.single_word || plan.placement != Placement::Anywhere {
            continue;
        }
        let verdicts = &plan.pieces[0];
        for &word in &verdicts.candidates {
            if verdicts.keys.get(word as usize).is_some_and(|key| word_level(*key))
                && let Some(mask) = masks.get_mut(word as usize)
            {
                *mask |= 1 << number;
            }
        }
    }
    let total: f32 = weights.iter().sum();
    let shares = (0..terms)
        .map(|number| {
            let mut by_length = [0.0f32; RUN_TERMS_AT_MOST + 1];
            for (length, share) in by_length.iter_mut().enumerate().take(number + 2).skip(2) {
                *share = weights[number + 1 - length..=number].iter().sum::<f32>() / total;
            }
            by_length
        })
        .collect();
    (masks, shares)
}

/// Per term, the best match so far and whether any word matched it even loosely.
fn shared_verdicts(plan: &TermPlan<'_>, token_lists: &[Vec<u32>], field: Field) -> Vec<(Best, bool)> {
    token_lists
        .iter()
        .map(|tokens| {
            let mut best = Best::default();
            let loose = plan
                .pieces
                .iter()
                .all(|piece| tokens.iter().any(|&token| piece.keys.get(token as usize).is_some_and(|key| *key > 0)));
            if plan.single_word {
                scan_tokens(plan, tokens, field, &mut best);
            }
            (best, loose)
        })
        .collect()
}

impl<'a> Scan<'a> {
    /// `weights` say how much each term counts (rare words more, function words little) and
    /// `meaningful` which terms are more than function words.
    pub fn new(
        index: &'a SearchIndex,
        query: &'a Query,
        plans: &'a [TermPlan<'a>],
        matcher: &'a SkimMatcherV2,
        weights: Vec<f32>,
        meaningful: Vec<bool>,
    ) -> Self {
        let situations =
            plans.iter().map(|plan| shared_verdicts(plan, &index.situation_tokens, Field::Situation)).collect();
        let about = plans.iter().map(|plan| shared_verdicts(plan, &index.about_tokens, Field::Keywords)).collect();
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
        let (run_masks, run_shares) = run_tables(plans, &weights, index.words.len());
        let loose_in = |lists: &Vec<Vec<(Best, bool)>>| -> Vec<Vec<bool>> {
            lists.iter().map(|list| list.iter().map(|(_, loose)| *loose).collect()).collect()
        };
        let first_look = LooseMasks::new(plans, &weights, index.words.len(), &loose_in(&situations), &loose_in(&about));
        Self {
            index,
            plans,
            matcher,
            weights,
            meaningful,
            situations,
            about,
            exclusions,
            excluded_situations,
            run_masks,
            run_shares,
            first_look,
        }
    }

    /// How much each term counts.
    pub fn weights(&self) -> &[f32] {
        &self.weights
    }

    /// Whether some situation's titles, description or keywords hold a word term `number`
    /// accepts, even loosely (worked out once per query in [`Scan::new`]).
    pub fn matches_a_situation(&self, number: usize) -> bool {
        let any =
            |lists: &Vec<Vec<(Best, bool)>>| lists.get(number).is_some_and(|list| list.iter().any(|(_, loose)| *loose));
        any(&self.situations) || any(&self.about)
    }

    /// Each term's best match in the phrase at `position` (`None` where it has none), and whether
    /// every single-word term matched at least loosely somewhere.
    fn term_matches(
        &self,
        position: u32,
        fields: &PhraseFields<'_>,
        out: &mut Vec<Option<(TermMatch, Class)>>,
        full_only: bool,
    ) -> bool {
        let index = self.index;
        let entry = &index.entries[position as usize];
        let situation = entry.situation;
        let about_slot = index.about_slot(situation, entry.lang);
        out.clear();
        let mut folded: Option<[String; 7]> = None;
        let mut every_term_loose = true;
        for (number, plan) in self.plans.iter().enumerate() {
            let (mut shared, mut shared_loose) = (Best::default(), false);
            if situation != NO_SITUATION {
                if let Some((best, loose)) = self.situations[number].get(situation as usize) {
                    shared.join(best);
                    shared_loose |= loose;
                }
                if let Some((best, loose)) = self.about[number].get(about_slot) {
                    shared.join(best);
                    shared_loose |= loose;
                }
            }
            if plan.single_word {
                let mut best = shared;
                let mut loose = shared_loose;
                for (tokens, field) in fields.iter().zip(TOKEN_FIELDS) {
                    loose |= scan_tokens(plan, tokens, field, &mut best);
                }
                every_term_loose &= loose;
                if full_only && !every_term_loose {
                    return false;
                }
                out.push(best.term_match().map(|found| (found, best.class())));
                continue;
            }
            let every_piece_present = shared_loose
                || plan.pieces.iter().all(|piece| {
                    fields.iter().any(|tokens| {
                        tokens.iter().any(|&token| piece.keys.get(token as usize).is_some_and(|key| *key > 0))
                    })
                });
            every_term_loose &= every_piece_present;
            if !every_piece_present {
                if full_only {
                    return false;
                }
                out.push(None);
                continue;
            }
            let fields = folded.get_or_insert_with(|| Field::ALL.map(|field| index.folded_field(position, field)));
            out.push(match_in_fields(fields, plan.term, self.matcher).map(|found| {
                let class = if found.quality == Quality::Scattered { Class::Scattered } else { Class::Exact };
                (found, class)
            }));
        }
        every_term_loose
    }

    /// What the phrase at `position` makes of the query, for the exact and typo tiers: every term
    /// must match as a word, a part of one, or with one typo. `matches` is scratch space.
    pub fn evaluate(&self, position: u32, matches: &mut Vec<Option<(TermMatch, Class)>>) -> Outcome {
        let fields = phrase_fields(self.index, position);
        if !self.term_matches(position, &fields, matches, true) {
            return Outcome::Gone;
        }
        let all_matched = matches.iter().all(|found| found.is_some_and(|(_, class)| class >= Class::Typo));
        let situation = self.index.entries[position as usize].situation;
        if !all_matched || self.is_excluded(position, situation, &mut None) {
            return Outcome::Kept;
        }
        let worst = matches.iter().flatten().map(|(_, class)| *class).min().unwrap_or(Class::Exact);
        let (candidate, whole_run) = self.finish(position, &fields, matches, false);
        // Every term typed, found one after another in the order typed, is the run the agent
        // remembers even when a word of it needed a typo, a stem or a letter left out ("want to
        // her" for "…I want to hear…"): it competes with exact matches, where its weaker word
        // still counts against it, instead of waiting below phrases that merely hold the same
        // words scattered ("here … want … to").
        let worst = if worst == Class::Typo && whole_run { Class::Exact } else { worst };
        Outcome::Scored(candidate, worst)
    }

    /// A first look at the phrase at `position`, without scoring it: whether every term accepts
    /// one of its words at least loosely ([`Scan::evaluate`] would say [`Outcome::Gone`]
    /// otherwise, and keep it for the next keystroke if so), and if so the most it can score.
    /// `None` for a query the first look does not apply to (see [`LooseMasks::new`]).
    pub fn first_look(&self, position: u32) -> Option<Look> {
        let first_look = self.first_look.as_ref()?;
        let fields = phrase_fields(self.index, position);
        let entry = &self.index.entries[position as usize];
        let about_slot = self.index.about_slot(entry.situation, entry.lang);
        if !first_look.every_term_loose(&fields, entry.situation, about_slot) {
            return Some(Look::Gone);
        }
        let (most, whole_run) = self.most_with_every_term(position, &fields, first_look);
        Some(Look::Kept { most, whole_run })
    }

    /// The most the phrase at `position` can score when every term matches it, [`Scan::finish`]
    /// with each term at its best word anywhere: the run of the query's words is read from the
    /// phrase, the rest is the most each bonus gives. (The float sums here and there add the same
    /// parts in another order: [`BOUND_SLACK`] covers their rounding.)
    fn most_with_every_term(&self, position: u32, fields: &PhraseFields<'_>, first_look: &LooseMasks) -> (f32, bool) {
        let entry = &self.index.entries[position as usize];
        let has_title = entry.ends[TITLE_TOKENS] > entry.ends[TITLE_TOKENS - 1];
        let terms = self.plans.len();
        let coverage = self.weights.iter().sum::<f32>() / terms.max(1) as f32;
        let (share, whole) = self.run_share(fields);
        let (bonus, length) = match whole {
            Some(_) => {
                let span = terms.saturating_sub(1) as f32;
                let together = TOGETHER_BONUS + IN_ORDER_BONUS + (NEARNESS_BONUS - span).max(0.0);
                (coverage * together + WHOLE_RUN_BONUS, 2.0 * entry.length_penalty)
            }
            None => (coverage * (TOGETHER_BONUS + IN_ORDER_BONUS + NEARNESS_BONUS), entry.length_penalty),
        };
        let most = first_look.terms_most(has_title) + RUN_BONUS * share + bonus + entry.boost - length + BOUND_SLACK;
        (most, whole.is_some())
    }

    /// The phrase at `position` for the loose tier: it matches some of the terms, or all of them
    /// with some only as scattered letters. `None` when it belongs to a better tier or relates to
    /// nothing that matters (a function word alone).
    pub fn evaluate_loosely(&self, position: u32, matches: &mut Vec<Option<(TermMatch, Class)>>) -> Option<Candidate> {
        let fields = phrase_fields(self.index, position);
        self.term_matches(position, &fields, matches, false);
        let all_full = matches.iter().all(|found| found.is_some_and(|(_, class)| class >= Class::Typo));
        if all_full {
            return None;
        }
        let all_loose = matches.iter().all(Option::is_some);
        let something_meant = matches
            .iter()
            .zip(&self.meaningful)
            .any(|(found, meaningful)| *meaningful && found.is_some_and(|(_, class)| class >= Class::Typo));
        if !(all_loose || something_meant) {
            return None;
        }
        let situation = self.index.entries[position as usize].situation;
        if self.is_excluded(position, situation, &mut None) {
            return None;
        }
        Some(self.finish(position, &fields, matches, true).0)
    }

    pub fn is_excluded(&self, position: u32, situation: u32, folded: &mut Option<[String; 7]>) -> bool {
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

    /// The share of the query (by weight, 0–1) held by its longest run of terms found one after
    /// another in one field, in the order typed (0 when no two terms are), and whether that run
    /// holds every term: then the field it lies in (the first of them, when several hold it).
    fn run_share(&self, fields: &PhraseFields<'_>) -> (f32, Option<Field>) {
        let terms = self.plans.len().min(RUN_TERMS_AT_MOST);
        if terms < 2 {
            return (0.0, None);
        }
        let mut best = 0.0f32;
        let mut whole = None;
        // The length of the run ending at the current word with each term, updated in place from
        // the last term down, so each still holds the previous word's value when read.
        let mut lengths = [0u8; RUN_TERMS_AT_MOST];
        for field_number in RUN_FIELDS {
            let mut running = false;
            lengths.fill(0);
            for &token in fields[field_number] {
                let mask = match token {
                    LINE_BREAK => 0,
                    _ => self.run_masks.get(token as usize).copied().unwrap_or(0),
                };
                if mask == 0 {
                    // Most words of a phrase are none of the query's: nothing to carry on.
                    if running {
                        lengths.fill(0);
                        running = false;
                    }
                    continue;
                }
                running = true;
                for number in (0..terms).rev() {
                    let length = match (mask & (1 << number) != 0, number) {
                        (false, _) => 0,
                        (true, 0) => 1,
                        (true, _) => lengths[number - 1].saturating_add(1),
                    };
                    lengths[number] = length;
                    if length >= 2 {
                        best = best.max(self.run_shares[number][length as usize]);
                        if length as usize == self.plans.len() && whole.is_none() {
                            whole = Some(TOKEN_FIELDS[field_number]);
                        }
                    }
                }
            }
        }
        (best, whole)
    }

    /// Adds proximity, the run, length and query-independent signals to the per-term scores; says
    /// too whether every term was found in one run.
    fn finish(
        &self,
        position: u32,
        fields: &PhraseFields<'_>,
        matches: &[Option<(TermMatch, Class)>],
        loose_tier: bool,
    ) -> (Candidate, bool) {
        let entry = &self.index.entries[position as usize];
        let terms = matches.len().max(1) as f32;
        let mut score: f32 = matches
            .iter()
            .zip(&self.weights)
            .filter_map(|(found, weight)| found.map(|(found, _)| found.score * weight))
            .sum();
        // What the found terms say together, gathered in one pass: this runs for every phrase
        // that matches, so it allocates nothing.
        let mut found = 0usize;
        let (mut same_field, mut in_order) = (true, true);
        let (mut first, mut last) = (usize::MAX, 0usize);
        let mut previous: Option<TermMatch> = None;
        // The heaviest single word (the last of equals, as `Iterator::max_by` picks).
        let mut heaviest: Option<TermMatch> = None;
        for (term_match, _) in matches.iter().flatten() {
            found += 1;
            if let Some(previous) = previous {
                same_field &= previous.field == term_match.field;
                in_order &= previous.position < term_match.position;
            }
            previous = Some(*term_match);
            first = first.min(term_match.position);
            last = last.max(term_match.position);
            if heaviest.is_none_or(|heaviest| term_match.score.total_cmp(&heaviest.score).is_ge()) {
                heaviest = Some(*term_match);
            }
        }
        let coverage =
            matches.iter().zip(&self.weights).filter_map(|(found, weight)| found.map(|_| *weight)).sum::<f32>() / terms;
        let mut whole_run = None;
        if found >= 2 {
            let (share, whole) = self.run_share(fields);
            whole_run = whole;
            score += RUN_BONUS * share;
            if whole.is_some() {
                // The run itself proves the words together, in order and side by side, even where
                // a term's best single word lies elsewhere (an exact "where" in the situation's
                // keywords outranks the typo'd "hear" of the run as that term's match).
                let span = (found - 1) as f32;
                score += coverage * (TOGETHER_BONUS + IN_ORDER_BONUS + (NEARNESS_BONUS - span).max(0.0));
                score += WHOLE_RUN_BONUS;
            } else if same_field {
                let near = (NEARNESS_BONUS - (last - first) as f32).max(0.0);
                score += coverage * (TOGETHER_BONUS + if in_order { IN_ORDER_BONUS } else { 0.0 } + near);
            }
        }
        // A long text holds a query's common words somewhere by chance ("not" in an email
        // template), which lifts those terms' best matches a little. When every term was found
        // as one run, the run is the evidence, and between phrases quoting the same run (a blunt
        // line many phrases share) the shorter is the line to say: its length counts twice.
        let length = if whole_run.is_some() { 2.0 * entry.length_penalty } else { entry.length_penalty };
        score += entry.boost - length;
        // Where the whole run lies is what the agent recognised ("not my depa" in an avoid line),
        // whichever field holds the heaviest single word.
        let field = whole_run.or(heaviest.map(|heaviest| heaviest.field)).unwrap_or(Field::Text);
        (Candidate { position, fuzzy_tier: loose_tier, score, field }, whole_run.is_some())
    }
}

/// The words of every phrase's own title, sorted and each once: the only words a match can weigh
/// more for than in the text ([`most_points`]).
pub(super) fn title_words(index: &SearchIndex) -> Vec<u32> {
    // Most phrases have no title: their entry says so without a look at their words.
    let mut words: Vec<u32> = index
        .entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| entry.ends[TITLE_TOKENS] > entry.ends[TITLE_TOKENS - 1])
        .flat_map(|(position, _)| index.field_tokens(position as u32, TITLE_TOKENS))
        .copied()
        .filter(|&token| token != LINE_BREAK)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The most points a phrase's match can add to its query-independent score: every term at its
/// best word, weighed by the heaviest field that word can be in (`title_words` hold the only
/// words a title can weigh up), plus every bonus in full.
pub(super) fn most_points(plans: &[TermPlan<'_>], weights: &[f32], title_words: &[u32]) -> f32 {
    let terms: f32 = plans
        .iter()
        .zip(weights)
        .map(|(plan, weight)| {
            weight
                * match plan.single_word {
                    true => {
                        let verdicts = &plan.pieces[0];
                        verdicts
                            .candidates
                            .iter()
                            .map(|&word| {
                                let key = verdicts.keys.get(word as usize).copied().unwrap_or(0);
                                let heaviest = match title_words.binary_search(&word) {
                                    Ok(_) => MOST_WEIGHT,
                                    Err(_) => MOST_WEIGHT_OUTSIDE_TITLES,
                                };
                                points_of(key) * heaviest
                            })
                            .fold(0.0, f32::max)
                    }
                    false => Quality::Word.points() * MOST_WEIGHT,
                }
        })
        .sum();
    let together = match plans.len() >= 2 {
        true => TOGETHER_BONUS + IN_ORDER_BONUS + NEARNESS_BONUS + RUN_BONUS + WHOLE_RUN_BONUS,
        false => 0.0,
    };
    terms + together
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
