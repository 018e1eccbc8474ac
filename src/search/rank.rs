//! Choosing the best results: per tier, only the best `limit` candidates of each thread are kept
//! while phrases are scanned, so a one-letter query over 100,000 phrases never sorts (or even
//! stores) 100,000 scored candidates.

use std::cmp::Ordering;

use super::field::Field;
use super::index::SearchIndex;
use super::terms::Class;

/// A scored phrase.
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate {
    pub position: u32,
    /// Not every term matched as a word, part of one or with one typo: some only as scattered
    /// letters, or not at all.
    pub fuzzy_tier: bool,
    pub score: f32,
    /// The field that contributed most.
    pub field: Field,
}

/// Ordering: tier, score, then id for ties, so equal scores come out the same on every run.
pub(super) fn compare(index: &SearchIndex, left: &Candidate, right: &Candidate) -> Ordering {
    left.fuzzy_tier
        .cmp(&right.fuzzy_tier)
        .then_with(|| right.score.total_cmp(&left.score))
        .then_with(|| index.phrase_id(left.position).cmp(index.phrase_id(right.position)))
}

/// Sorts `candidates` and keeps the best `limit`.
pub(super) fn top(index: &SearchIndex, mut candidates: Vec<Candidate>, limit: usize) -> Vec<Candidate> {
    if limit == 0 {
        return Vec::new();
    }
    if candidates.len() > limit {
        candidates.select_nth_unstable_by(limit - 1, |left, right| compare(index, left, right));
        candidates.truncate(limit);
    }
    candidates.sort_by(|left, right| compare(index, left, right));
    candidates
}

fn tier(worst: Class) -> usize {
    match worst {
        Class::Exact => 0,
        Class::Typo => 1,
        _ => 2,
    }
}

/// What one share of a scan found: per tier (exact, one typo, loose: some terms only as scattered
/// letters or not at all) how many phrases matched and the best of them.
#[derive(Default)]
pub(super) struct Gathered {
    best: [Vec<Candidate>; 3],
    counts: [usize; 3],
    /// Per tier, the worst candidate still in the best `limit` after the last trim: anything
    /// worse can be dropped on sight.
    bar: [Option<Candidate>; 3],
}

impl Gathered {
    /// Records a match whose weakest term needed `worst`.
    pub fn offer(&mut self, index: &SearchIndex, candidate: Candidate, worst: Class, limit: usize) {
        let tier = tier(worst);
        self.counts[tier] += 1;
        if limit == 0 || self.bar[tier].is_some_and(|bar| compare(index, &candidate, &bar) != Ordering::Less) {
            return;
        }
        let best = &mut self.best[tier];
        best.push(candidate);
        // Trimming in batches keeps this amortised constant per candidate.
        if best.len() >= 4 * limit.max(16) {
            best.select_nth_unstable_by(limit - 1, |left, right| compare(index, left, right));
            best.truncate(limit);
            self.bar[tier] = best.iter().copied().max_by(|left, right| compare(index, left, right));
        }
    }

    /// Whether the best `limit` results are settled. `ceiling` is the best class any phrase can
    /// reach; the results come from that tier alone once it holds `limit` matches (see
    /// [`Gathered::best`]), and they are settled when the worst of its best `limit` scores above
    /// `best_left`, the most any phrase not scanned yet could score.
    pub fn settled(&mut self, index: &SearchIndex, limit: usize, ceiling: Class, best_left: f32) -> bool {
        if limit == 0 {
            return true;
        }
        // Below the typo tier the loose tier decides, and it is worked out over every phrase
        // (for a query of one term, see [`Gathered::settled_loosely`]).
        if ceiling < Class::Typo {
            return false;
        }
        self.settled_in(index, limit, tier(ceiling), best_left)
    }

    /// [`Gathered::settled`] for the loose tier, when it is all there is: a query of one term
    /// that no word takes as a word, a part of one or with one typo.
    pub fn settled_loosely(&mut self, index: &SearchIndex, limit: usize, best_left: f32) -> bool {
        limit == 0 || self.settled_in(index, limit, tier(Class::Scattered), best_left)
    }

    fn settled_in(&mut self, index: &SearchIndex, limit: usize, tier: usize, best_left: f32) -> bool {
        let best = &mut self.best[tier];
        if self.counts[tier] < limit || best.len() < limit {
            return false;
        }
        best.select_nth_unstable_by(limit - 1, |left, right| compare(index, left, right));
        best.truncate(limit);
        let worst_kept = best.iter().map(|candidate| candidate.score).fold(f32::INFINITY, f32::min);
        worst_kept > best_left
    }

    /// The score a phrase must beat to enter the best `limit` exact matches found so far, once
    /// there are that many (`None` before): a phrase scoring less can change nothing shown, since
    /// with a page of exact matches the other tiers are not shown either (see [`Gathered::best`]).
    /// Such a phrase would be dropped on sight by [`Gathered::offer`]; knowing the bar lets a scan
    /// skip scoring it. It counts in no tier then, which changes nothing either: the counts
    /// only ever decide whether a tier holds `limit` matches, and this one already does.
    pub fn exact_bar(&self) -> Option<f32> {
        self.bar[0].map(|bar| bar.score)
    }

    /// Brings [`Gathered::exact_bar`] up to date: the worst of the best `limit` exact matches
    /// found so far, once there are that many (it is otherwise worked out only every few hundred
    /// matches).
    pub fn tighten(&mut self, index: &SearchIndex, limit: usize) {
        let best = &mut self.best[0];
        if limit == 0 || best.len() < limit {
            return;
        }
        best.select_nth_unstable_by(limit - 1, |left, right| compare(index, left, right));
        best.truncate(limit);
        self.bar[0] = best.iter().copied().max_by(|left, right| compare(index, left, right));
    }

    /// How many phrases matched every term (the exact and typo tiers).
    pub fn full_matches(&self) -> usize {
        self.counts[0] + self.counts[1]
    }

    /// Puts `loose` in place of the loose tier.
    pub fn replace_loose(&mut self, loose: Gathered) {
        let [_, _, best] = loose.best;
        self.best[2] = best;
        self.counts[2] = loose.counts[2];
        self.bar[2] = None;
    }

    /// Joins the findings of two shares.
    pub fn join(mut self, other: Gathered, index: &SearchIndex, limit: usize) -> Gathered {
        for (tier, best) in other.best.into_iter().enumerate() {
            self.counts[tier] += other.counts[tier];
            self.best[tier].extend(best);
            if self.best[tier].len() > limit {
                self.best[tier] = top(index, std::mem::take(&mut self.best[tier]), limit);
            }
        }
        self
    }

    /// The best `limit` results. Typo matches count only when exact ones leave room in the top
    /// `limit`, loose ones only when both do: a person looking for `refund` does not want
    /// `refnud`-like neighbours above the fold, nor phrases that hold half of what was typed. (A
    /// phrase holding every term as one run is offered as exact even with a typo in it: see
    /// `Scan::evaluate`.)
    pub fn best(self, index: &SearchIndex, limit: usize) -> Vec<Candidate> {
        let [exact, typo, _] = self.counts;
        let tiers_needed = if exact >= limit {
            1
        } else if exact + typo >= limit {
            2
        } else {
            3
        };
        let candidates: Vec<Candidate> = self.best.into_iter().take(tiers_needed).flatten().collect();
        top(index, candidates, limit)
    }
}
