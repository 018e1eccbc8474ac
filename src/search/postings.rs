//! For each word, the phrases that hold it. Built on first need (the first query that cannot stop
//! early), so building the index stays as fast as before; after that, a query whose rarest term
//! is in a tenth of the phrasebook reads a tenth of it.

use super::field::TOKEN_FIELDS;
use super::index::SearchIndex;
use super::vocabulary::LINE_BREAK;

/// Phrase positions per word id, each list ascending and without repeats.
#[derive(Debug, Clone, Default)]
pub(super) struct Postings {
    /// `positions[starts[word]..starts[word + 1]]` are the phrases holding `word`.
    starts: Vec<u32>,
    positions: Vec<u32>,
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
        Self { starts, positions }
    }

    fn of(&self, word: u32) -> &[u32] {
        let word = word as usize;
        match (self.starts.get(word), self.starts.get(word + 1)) {
            (Some(&start), Some(&end)) => self.positions.get(start as usize..end as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The phrases holding any of `words` in their own fields (not the situation's), ascending;
    /// `None` when that is more than `at_most` word occurrences.
    pub fn candidates(&self, words: &[u32], at_most: usize) -> Option<Vec<u32>> {
        let total: usize = words.iter().map(|&word| self.of(word).len()).sum();
        if total > at_most {
            return None;
        }
        let mut positions = Vec::with_capacity(total);
        for &word in words {
            positions.extend_from_slice(self.of(word));
        }
        positions.sort_unstable();
        positions.dedup();
        Some(positions)
    }
}
