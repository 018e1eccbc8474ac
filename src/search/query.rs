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

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Terms in the order typed.
    pub terms: Vec<Term>,
}

impl Query {
    /// Parses `input`. An unclosed quote runs to the end, as the agent is still typing it.
    pub fn parse(input: &str) -> Self {
        let mut terms = Vec::new();
        let mut rest = input.trim_start();
        while !rest.is_empty() {
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
        Self { terms }
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
