//! Highlight ranges for the rows actually shown: the text is folded again with a map back to its
//! original characters, so ranges are character indices of the text as written ("café", emoji).

use std::ops::Range;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::fold::fold_with_map;
use super::matcher::typo_length;
use super::query::{Query, TermKind};

/// Matched character ranges of `text` for `query`, sorted and merged.
pub(super) fn ranges(text: &str, query: &Query, matcher: &SkimMatcherV2) -> Vec<Range<usize>> {
    let folded = fold_with_map(text);
    let haystack = &folded.text;
    let mut folded_ranges: Vec<Range<usize>> = Vec::new();
    for term in query.positive() {
        let needle = term.text.as_str();
        let length = needle.chars().count();
        let found: Vec<Range<usize>> = if term.kind == TermKind::Prefix {
            // One range: the prefix itself.
            #[allow(clippy::single_range_in_vec_init)]
            let prefix = if haystack.starts_with(needle) { vec![0..length] } else { Vec::new() };
            prefix
        } else {
            let occurrences: Vec<(usize, bool)> = haystack
                .match_indices(needle)
                .map(|(start, _)| (start, !haystack[..start].chars().next_back().is_some_and(char::is_alphanumeric)))
                .collect();
            // Word starts are what the eye looks for; letters inside words only when a term
            // matched nowhere else, and then only its first occurrence.
            let word_starts: Vec<usize> =
                occurrences.iter().filter(|(_, word_start)| *word_start).map(|(start, _)| *start).collect();
            let chosen = if word_starts.is_empty() {
                occurrences.first().map(|(start, _)| vec![*start]).unwrap_or_default()
            } else {
                word_starts
            };
            chosen
                .into_iter()
                .map(|start| {
                    let first = haystack[..start].chars().count();
                    first..first + length
                })
                .collect()
        };
        if !found.is_empty() {
            folded_ranges.extend(found);
            continue;
        }
        if term.kind != TermKind::Fuzzy {
            continue;
        }
        let term_chars: Vec<char> = needle.chars().collect();
        if let Some(word) = typo_word(haystack, &term_chars) {
            folded_ranges.push(word);
            continue;
        }
        // Scattered letters are highlighted only when they sit close together; letters strewn
        // across a paragraph (the match was in another field) would only distract.
        if let Some((_, indices)) = matcher.fuzzy_indices(haystack, needle)
            && let (Some(first), Some(last)) = (indices.first(), indices.last())
            && last - first < 3 * length
        {
            folded_ranges.extend(indices.into_iter().map(|index| index..index + 1));
        }
    }
    let mut original: Vec<Range<usize>> =
        folded_ranges.into_iter().filter_map(|range| folded.original_range(range)).collect();
    original.sort_by_key(|range| (range.start, range.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for range in original {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// The character range of the word (or typed prefix of it) that `term` matches with one typo.
fn typo_word(haystack: &str, term: &[char]) -> Option<Range<usize>> {
    let characters: Vec<char> = haystack.chars().collect();
    let mut start = 0;
    while start < characters.len() {
        if !characters[start].is_alphanumeric() {
            start += 1;
            continue;
        }
        let end = characters[start..]
            .iter()
            .position(|c| !c.is_alphanumeric())
            .map_or(characters.len(), |offset| start + offset);
        if let Some(length) = typo_length(term, &characters[start..end]) {
            return Some(start..start + length);
        }
        start = end;
    }
    None
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn ranges_for(text: &str, query: &str) -> Vec<Range<usize>> {
        ranges(text, &Query::parse(query), &SkimMatcherV2::default())
    }

    #[test]
    fn ranges_are_character_indices_of_the_original() {
        assert_eq!(ranges_for("Un café, s'il vous plaît", "cafe"), [3..7]);
        assert_eq!(ranges_for("😀 Kunden har rätt", "rätt"), [13..17]);
    }

    #[test]
    fn typo_highlights_the_word() {
        assert_eq!(ranges_for("Your refund is on its way", "refnud"), [5..11]);
    }

    #[test]
    fn scattered_letters_are_highlighted_one_by_one_and_merged() {
        assert_eq!(ranges_for("abc", "ac"), [0..1, 2..3]);
        assert_eq!(ranges_for("abc", "ab"), [0..2]);
    }
}
