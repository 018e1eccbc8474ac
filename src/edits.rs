//! Edit distance: the one definition of "a typo" for search and the draft check. An edit is an
//! insertion, a deletion, a substitution or a swap of two neighbours (optimal string alignment),
//! so "teh" is one edit from "the", as a person would count it.

/// Whether `a` and `b` differ by at most one edit. The specialised form of
/// [`edits_within`]`(a, b, 1)` for the search hot path: no table, one pass.
pub fn within_one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (shorter, longer) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match longer.len() - shorter.len() {
        0 => {
            let Some(first) = shorter.iter().zip(longer).position(|(x, y)| x != y) else {
                return true;
            };
            let rest_equal = |from: usize| shorter[from..] == longer[from..];
            rest_equal(first + 1)
                || (first + 1 < shorter.len()
                    && shorter[first] == longer[first + 1]
                    && shorter[first + 1] == longer[first]
                    && rest_equal(first + 2))
        }
        1 => {
            let first = shorter.iter().zip(longer).position(|(x, y)| x != y).unwrap_or(shorter.len());
            shorter[first..] == longer[first + 1..]
        }
        _ => false,
    }
}

/// Words this long or longer are never compared by edits (no word of a phrasebook is; the table
/// below stays on the stack).
pub const MAX_EDIT_CHARS: usize = 40;

/// Whether `left` becomes `right` in at most `limit` edits. Stops as soon as a whole row of the
/// table exceeds `limit`, so unlike words are rejected after a few characters.
pub fn edits_within(left: &[char], right: &[char], limit: usize) -> bool {
    const MAX: usize = MAX_EDIT_CHARS;
    if left.len() >= MAX || right.len() >= MAX {
        return false;
    }
    let mut before = [0usize; MAX];
    let mut previous: [usize; MAX] = std::array::from_fn(|column| column);
    let mut current = [0usize; MAX];
    for row in 1..=left.len() {
        current[0] = row;
        let mut best = current[0];
        for column in 1..=right.len() {
            let cost = usize::from(left[row - 1] != right[column - 1]);
            let mut value = (previous[column] + 1).min(current[column - 1] + 1).min(previous[column - 1] + cost);
            if row > 1 && column > 1 && left[row - 1] == right[column - 2] && left[row - 2] == right[column - 1] {
                value = value.min(before[column - 2] + 1);
            }
            current[column] = value;
            best = best.min(value);
        }
        if best > limit {
            return false;
        }
        before = previous;
        previous = current;
    }
    previous[right.len()] <= limit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn one_edit_of_each_kind_is_counted_once() {
        for (left, right) in [("refund", "refnd"), ("refund", "refunds"), ("refund", "refind"), ("refund", "rfeund")] {
            assert!(within_one_edit(&chars(left), &chars(right)), "{left} / {right}");
            assert!(edits_within(&chars(left), &chars(right), 1), "{left} / {right}");
        }
        assert!(!within_one_edit(&chars("refund"), &chars("rfnd")));
        assert!(edits_within(&chars("refund"), &chars("rfnd"), 2));
    }

    proptest::proptest! {
        /// The fast check and the table agree on every pair: one definition of a typo.
        #[test]
        fn the_fast_check_is_the_table_at_one(left in "[abc]{0,7}", right in "[abc]{0,7}") {
            let (left, right) = (chars(&left), chars(&right));
            proptest::prop_assert_eq!(within_one_edit(&left, &right), edits_within(&left, &right, 1));
        }
    }
}
