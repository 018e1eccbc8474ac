//! The search engine's promises that hold for any query: typing one more letter reuses the last
//! keystroke's work without changing the answer, and the operators do what `--help` says.

use std::sync::OnceLock;

use proptest::prelude::*;
use tactful::model::PhraseId;
use tactful::search::{Field, Filters, SearchIndex, Searcher};
use tactful::store::{Seed, Store};

fn builtin_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let store = Store::open_in_memory(Seed::Builtin).expect("opens");
        SearchIndex::build(store.phrases().expect("reads"), &store.situations().expect("reads"), tactful::model::now())
    })
}

fn ids(index: &SearchIndex, searcher: &mut Searcher, query: &str, filters: &Filters) -> Vec<String> {
    searcher.search(index, query, filters, 20).into_iter().map(|hit| hit.id.as_str().to_owned()).collect()
}

/// Words from the phrasebook, with the slips people make while typing them.
fn typed_query() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "refund",
        "manager",
        "department",
        "wrong",
        "policy",
        "помочь",
        "rätt",
        "uitleggen",
        "niet",
        "sorry",
        "delivery",
        "понимаю",
        "kan",
        "jullie",
        "escalate",
        "{customer",
        "e-mail",
        "'exact",
        "^we",
        "!refund",
    ]);
    let typo = prop::sample::select(vec!["", "swap", "drop", "double"]);
    prop::collection::vec((words, typo), 1..4).prop_map(|words| {
        let typed: Vec<String> = words
            .into_iter()
            .map(|(word, typo)| {
                let mut characters: Vec<char> = word.chars().collect();
                match typo {
                    "swap" if characters.len() > 3 => characters.swap(1, 2),
                    "drop" if characters.len() > 3 => {
                        characters.remove(2);
                    }
                    "double" => characters.insert(1, characters[1.min(characters.len() - 1)]),
                    _ => {}
                }
                characters.into_iter().collect()
            })
            .collect();
        typed.join(" ")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn typing_letter_by_letter_gives_the_same_results_as_a_fresh_search(query in typed_query()) {
        let index = builtin_index();
        let filters = Filters::default();
        let mut typing = Searcher::new();
        for end in query.char_indices().map(|(byte, character)| byte + character.len_utf8()) {
            let typed = &query[..end];
            let incremental = ids(index, &mut typing, typed, &filters);
            let fresh = ids(index, &mut Searcher::new(), typed, &filters);
            let exhaustive = ids(index, &mut Searcher::exhaustive(), typed, &filters);
            prop_assert_eq!(&incremental, &fresh, "after typing {:?}", typed);
            prop_assert_eq!(&fresh, &exhaustive, "stopping early changed the results for {:?}", typed);
        }
    }
}

#[test]
fn stopping_early_never_changes_the_results_whatever_the_page_size() {
    let index = builtin_index();
    // "итоги" is a template's title word: a title weighs more than text, which the bound on what
    // phrases not yet read could score must allow for.
    for query in [
        "r",
        "re",
        "we",
        "я",
        "sorry",
        "kan",
        "refund !policy",
        "^we",
        "'ik",
        "not my",
        "итоги",
        "и",
        "refund t",
        "not my d",
        "и п",
        "we are s",
    ] {
        for limit in [1, 3, 10, 50] {
            for filters in [Filters::default(), Filters { lang: Some("nl".into()), ..Filters::default() }] {
                let fast: Vec<_> = Searcher::new().search(index, query, &filters, limit);
                let slow: Vec<_> = Searcher::exhaustive().search(index, query, &filters, limit);
                let fast: Vec<&str> = fast.iter().map(|hit| hit.id.as_str()).collect();
                let slow: Vec<&str> = slow.iter().map(|hit| hit.id.as_str()).collect();
                assert_eq!(fast, slow, "{query:?}, {limit} results, {filters:?}");
            }
        }
    }
}

/// The built-in phrasebook forty times over (25,120 phrases, new ids), big enough for the word
/// lists and best-first scans that small phrasebooks skip.
fn large_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let store = Store::open_in_memory(Seed::Builtin).expect("opens");
        let builtin = store.phrases().expect("reads");
        let mut phrases = Vec::new();
        for copy in 0..40 {
            for (position, phrase) in builtin.iter().enumerate() {
                let mut phrase = phrase.clone();
                // Short new ids: a register variant's id ("….nl-x-informal") comes close to the
                // 64-character limit, so appending to it would not always give a valid id.
                phrase.id = PhraseId::new(format!("copy{copy}.phrase{position}")).expect("valid id");
                // Vary the query-independent scores so best-first order matters.
                phrase.usage.copy_count = (copy * 7 % 13) as u32;
                phrase.usage.last_copied_at = (copy % 3 == 0).then(tactful::model::now);
                phrases.push(phrase);
            }
        }
        SearchIndex::build(phrases, &store.situations().expect("reads"), tactful::model::now())
    })
}

#[test]
fn shortcuts_on_a_large_phrasebook_give_what_a_full_scan_gives() {
    let index = large_index();
    let filters = Filters::default();
    for query in [
        "r",
        "sorry",
        "refnud",
        "not my depa",
        "rätt lösa",
        "понимаю заказ",
        "kan niet",
        "we !refund",
        "итоги",
        "refund t",
        "bestelling w",
        "и п",
        "manager p",
        "we are s",
        // A second term begun with one letter, in each language: most phrases holding the first
        // term hold a word the letter starts, and only those with the two side by side are scored.
        "sorry t",
        "ik w",
        "jag f",
        "понимаю з",
    ] {
        let mut typing = Searcher::new();
        for end in query.char_indices().map(|(byte, character)| byte + character.len_utf8()) {
            let typed = &query[..end];
            let incremental = ids(index, &mut typing, typed, &filters);
            let exhaustive = ids(index, &mut Searcher::exhaustive(), typed, &filters);
            assert_eq!(incremental, exhaustive, "after typing {typed:?}");
        }
    }
}

#[test]
fn excluded_words_remove_phrases_and_quotes_need_the_words_together() {
    let index = builtin_index();
    let filters = Filters { lang: Some("en".into()), ..Filters::default() };
    let mut searcher = Searcher::new();
    let with_refund = searcher.search(index, "refund", &filters, 50);
    assert!(!with_refund.is_empty());
    // Phrases found through a synonym or their situation's keywords may remain; none may say it.
    let without = searcher.search(index, "refund !refund", &filters, 50);
    for hit in &without {
        let phrase = index.phrase(hit.position).expect("hit exists");
        let content = &phrase.content;
        let fields = format!("{} {} {}", content.text, content.avoid.join(" "), content.tags.join(" ")).to_lowercase();
        assert!(!fields.contains("refund"), "{} mentions the excluded word", hit.id);
    }

    let quoted = searcher.search(index, "\"not my department\"", &filters, 10);
    assert!(!quoted.is_empty());
    for hit in &quoted {
        let phrase = index.phrase(hit.position).expect("hit exists");
        let fields = format!("{} {}", phrase.content.text, phrase.content.avoid.join(" ")).to_lowercase();
        // Its situation's keywords may hold the words together ("not my department").
        assert!(
            fields.contains("not my department") || hit.field == Field::Keywords,
            "{} matched without the words together",
            hit.id
        );
    }
}

#[test]
fn the_blunt_line_finds_the_tactful_alternatives_through_their_avoid_field() {
    let index = builtin_index();
    let filters = Filters { lang: Some("en".into()), ..Filters::default() };
    let hits = Searcher::new().search(index, "as I said, the charge is correct", &filters, 5);
    assert!(!hits.is_empty());
    assert_eq!(hits[0].field, Field::Avoid, "{:?}", hits[0]);
}

#[test]
fn only_text_matches_are_highlighted_in_the_text() {
    let index = builtin_index();
    let filters = Filters { lang: Some("en".into()), ..Filters::default() };
    let mut searcher = Searcher::new();
    let through_avoid = searcher.search(index, "not my depa", &filters, 3);
    assert!(through_avoid.iter().all(|hit| hit.field == Field::Avoid && hit.ranges.is_empty()), "{through_avoid:?}");
    let in_text = searcher.search(index, "sorted", &filters, 1);
    let hit = in_text.first().expect("a phrase says sorted");
    let phrase = index.phrase(hit.position).expect("hit exists");
    let highlighted: Vec<String> = hit
        .ranges
        .iter()
        .map(|range| phrase.content.text.chars().skip(range.start).take(range.len()).collect())
        .collect();
    assert_eq!(hit.field, Field::Text);
    assert!(highlighted.iter().any(|word| word.eq_ignore_ascii_case("sorted")), "{highlighted:?}");
}

#[test]
fn hyphenated_words_are_found_written_either_way() {
    let index = builtin_index();
    let mut searcher = Searcher::new();
    let hyphenated = searcher.search(index, "follow-up", &Filters::default(), 5);
    let joined = searcher.search(index, "followup", &Filters::default(), 5);
    assert!(!hyphenated.is_empty());
    assert!(!joined.is_empty(), "`followup` finds `follow-up`");
}

#[test]
fn a_remembered_run_with_a_letter_left_out_beats_the_same_words_scattered() {
    let index = builtin_index();
    let filters = Filters { lang: Some("en".to_owned()), ..Filters::default() };
    // "her" for "hear": phrases holding "want", "to" and "here", "there" or "other" match every
    // word exactly, but only one holds the run the agent remembers.
    let found = ids(index, &mut Searcher::new(), "want to her", &filters);
    assert_eq!(found.first().map(String::as_str), Some("angry-customers.every-right-to-be-upset.en"), "{found:?}");
}
