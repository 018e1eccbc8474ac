//! Parsing what the agent typed into typed terms: plain words (fuzzy), `'exact`, `^prefix`,
//! `!exclude` and `"quoted words"`. Terms are folded here, once per keystroke.

use super::fold::fold;

/// How a term must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    /// Word prefix, substring, one typo (5+ letters) or scattered letters.
    Fuzzy,
    /// The exact (folded) characters somewhere: `'word` or `"several words"`.
    Exact,
    /// The exact characters at the start of the text or of an avoid line: `^word`.
    Prefix,
    /// Phrases containing it are left out: `!word`.
    Exclude,
}

/// One parsed term; `text` is folded and never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The folded characters to look for.
    pub text: String,
    /// How they must match.
    pub kind: TermKind,
}

/// How many terms of a query count. A pasted paragraph would otherwise make every keystroke judge
/// the whole vocabulary once per word (at 100k phrases a 10 KB paste took 9.5 s and 635 MB); the
/// first words of what someone types are the ones that say what they want.
pub const MAX_TERMS: usize = 8;

/// How many characters of one term count: longer than any word, short enough that one pasted
/// "word" without spaces costs no more than a normal one.
pub const MAX_TERM_CHARS: usize = 64;

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Terms in the order typed.
    pub terms: Vec<Term>,
}

impl Query {
    /// Parses `input`. An unclosed quote runs to the end, as the agent is still typing it. Only
    /// the first [`MAX_TERMS`] terms count, each cut to [`MAX_TERM_CHARS`] characters.
    pub fn parse(input: &str) -> Self {
        Self::parse_counting_ignored(input).0
    }

    /// Parses `input` as [`Query::parse`] does and says how many words beyond [`MAX_TERMS`] were
    /// left out, so a caller can tell the person.
    pub fn parse_counting_ignored(input: &str) -> (Self, usize) {
        let mut terms = Vec::new();
        let mut rest = input.trim_start();
        while !rest.is_empty() {
            if terms.len() >= MAX_TERMS {
                return (Self { terms }, rest.split_whitespace().count());
            }
            if let Some(quoted) = rest.strip_prefix('"') {
                let (inside, after) = quoted.split_once('"').unwrap_or((quoted, ""));
                let words: Vec<&str> = inside.split_whitespace().collect();
                push(&mut terms, &words.join(" "), TermKind::Exact);
                rest = after.trim_start();
                continue;
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = &rest[..end];
            rest = rest[end..].trim_start();
            if let Some(exact) = word.strip_prefix('\'') {
                push(&mut terms, exact, TermKind::Exact);
            } else if let Some(prefix) = word.strip_prefix('^') {
                push(&mut terms, prefix, TermKind::Prefix);
            } else if let Some(excluded) = word.strip_prefix('!') {
                push(&mut terms, excluded, TermKind::Exclude);
            } else {
                push(&mut terms, word, TermKind::Fuzzy);
            }
        }
        (Self { terms }, 0)
    }

    /// Terms a phrase must match (all but exclusions).
    pub fn positive(&self) -> impl Iterator<Item = &Term> {
        self.terms.iter().filter(|term| term.kind != TermKind::Exclude)
    }

    /// Whether nothing was typed that narrows the results.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

fn push(terms: &mut Vec<Term>, raw: &str, kind: TermKind) {
    let raw = raw.char_indices().nth(MAX_TERM_CHARS).map_or(raw, |(end, _)| &raw[..end]);
    let text = fold(raw);
    // Punctuation alone ("-", "...") narrows nothing and would only hide results.
    if text.chars().any(char::is_alphanumeric) {
        terms.push(Term { text: text.trim().to_owned(), kind });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(input: &str) -> Vec<(String, TermKind)> {
        Query::parse(input).terms.into_iter().map(|term| (term.text, term.kind)).collect()
    }

    #[test]
    fn a_pasted_paragraph_counts_only_its_first_terms() {
        let pasted = "refund ".repeat(1_000) + &"x".repeat(10_000);
        let (query, ignored) = Query::parse_counting_ignored(&pasted);
        assert_eq!(query.terms.len(), MAX_TERMS);
        assert_eq!(ignored, 1_001 - MAX_TERMS);
        let (long, _) = Query::parse_counting_ignored(&"y".repeat(70_000));
        assert_eq!(long.terms[0].text.chars().count(), MAX_TERM_CHARS);
    }

    #[test]
    fn words_are_folded_terms() {
        assert_eq!(kinds("  Kun  RÄT "), [("kun".into(), TermKind::Fuzzy), ("rat".into(), TermKind::Fuzzy)]);
    }

    #[test]
    fn operators_become_kinds() {
        assert_eq!(
            kinds("'exact ^start !never \"two words\""),
            [
                ("exact".into(), TermKind::Exact),
                ("start".into(), TermKind::Prefix),
                ("never".into(), TermKind::Exclude),
                ("two words".into(), TermKind::Exact),
            ]
        );
    }

    #[test]
    fn unclosed_quote_runs_to_the_end_and_lone_operators_vanish() {
        assert_eq!(kinds("\"not my dep"), [("not my dep".into(), TermKind::Exact)]);
        assert!(Query::parse("! ' ^ -").is_empty());
    }
}
