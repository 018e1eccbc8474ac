//! For each word, the phrases that hold it. Built on first need (the first query that cannot stop
//! early), so building the index stays as fast as before; after that, a query whose rarest term
//! is in a tenth of the phrasebook reads a tenth of it.

use super::column::Column;
use super::field::TOKEN_FIELDS;
use super::index::SearchIndex;
use super::vocabulary::LINE_BREAK;

/// Phrase positions per word id. After phrases change in place the lists may also name positions
/// that no longer hold the word (or no longer exist): a superset, which is all a candidate list
/// needs, since every candidate is matched against its own words before it counts.
#[derive(Debug, Clone, Default)]
pub(super) struct Postings {
    /// `positions[starts[word]..starts[word + 1]]` are the phrases holding `word` at build time.
    starts: Column,
    positions: Column,
    /// Positions that gained a word since the build (a phrase added, edited, or moved by a
    /// removal), by word id.
    added: rustc_hash::FxHashMap<u32, Vec<u32>>,
}

impl Postings {
    pub fn build(index: &SearchIndex) -> Self {
        let words = index.words.len();
        // Each phrase counts once per word, however often the word appears in it.
        let mut last_seen = vec![u32::MAX; words];
        let mut each_word = |mut visit: Box<dyn FnMut(usize, u32) + '_>| {
            last_seen.fill(u32::MAX);
            for position in 0..index.len() as u32 {
                for field_number in 0..TOKEN_FIELDS.len() {
                    for &token in index.field_tokens(position, field_number) {
                        if token != LINE_BREAK && last_seen[token as usize] != position {
                            last_seen[token as usize] = position;
                            visit(token as usize, position);
                        }
                    }
                }
            }
        };
        let mut counts = vec![0u32; words + 1];
        each_word(Box::new(|word, _| counts[word + 1] += 1));
        for word in 0..words {
            counts[word + 1] += counts[word];
        }
        let starts = counts;
        let mut positions = vec![0u32; starts[words] as usize];
        let mut next: Vec<u32> = starts[..words].to_vec();
        each_word(Box::new(|word, position| {
            positions[next[word] as usize] = position;
            next[word] += 1;
        }));
        Self { starts: starts.into(), positions: positions.into(), added: Default::default() }
    }

    /// The lists as built (`None` once phrases changed in place), to store.
    pub fn built_parts(&self) -> Option<(&[u32], &[u32])> {
        self.added.is_empty().then_some((&*self.starts, &*self.positions))
    }

    /// Lists stored by [`Postings::built_parts`], if they fit `words` words and `phrases` phrases.
    pub fn from_parts(starts: Column, positions: Column, words: usize, phrases: usize) -> Option<Self> {
        let fits = starts.len() == words + 1
            && starts.first() == Some(&0)
            && starts.last().is_some_and(|&last| last as usize == positions.len())
            && starts.windows(2).all(|pair| pair[0] <= pair[1])
            && positions.iter().all(|&position| (position as usize) < phrases);
        fits.then(|| Self { starts, positions, added: Default::default() })
    }

    /// Records that the phrase at `position` now holds `words`.
    pub fn add(&mut self, position: u32, words: impl IntoIterator<Item = u32>) {
        for word in words {
            let list = self.added.entry(word).or_default();
            if list.last() != Some(&position) {
                list.push(position);
            }
        }
    }

    fn built(&self, word: u32) -> &[u32] {
        let word = word as usize;
        match (self.starts.get(word), self.starts.get(word + 1)) {
            (Some(&start), Some(&end)) => self.positions.get(start as usize..end as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    fn added(&self, word: u32) -> &[u32] {
        self.added.get(&word).map_or(&[], Vec::as_slice)
    }

    /// The phrases (below `phrases`) that may hold any of `words` in their own fields (not the
    /// situation's), ascending; `None` when that is more than `at_most` word occurrences.
    pub fn candidates(&self, words: &[u32], at_most: usize, phrases: usize) -> Option<Vec<u32>> {
        let total: usize = words.iter().map(|&word| self.built(word).len() + self.added(word).len()).sum();
        if total > at_most {
            return None;
        }
        let mut positions = Vec::with_capacity(total);
        for &word in words {
            positions.extend_from_slice(self.built(word));
            positions.extend_from_slice(self.added(word));
        }
        positions.retain(|&position| (position as usize) < phrases);
        positions.sort_unstable();
        positions.dedup();
        Some(positions)
    }
}
