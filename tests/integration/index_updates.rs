//! Changing one phrase of the search index in place (a save, a favourite, a delete) answers
//! every query exactly as an index built afresh from the same phrases would.

use std::collections::BTreeMap;

use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;
use tactful::model::{Phrase, PhraseId, Situation, Status};
use tactful::search::{Filters, SearchIndex, Searcher};
use tactful::store::{Seed, Store};

fn moment() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).single().expect("valid date")
}

fn builtin() -> (Vec<Phrase>, Vec<Situation>) {
    let store = Store::open_in_memory(Seed::Builtin).expect("opens");
    (store.phrases().expect("reads"), store.situations().expect("reads"))
}

/// Words the edits write and the queries look for: some the phrasebook has, some it does not.
const WORDS: &[&str] = &["refund", "manager", "zebrafish", "понимаю", "rätt", "policy", "quokka", "sorry", "e-mail"];

const QUERIES: &[&str] =
    &["", "refund", "zebrafish", "quokka manager", "refnud", "понимаю", "sorry policy", "e-mail", "^we", "!refund man"];

#[derive(Debug, Clone)]
enum Edit {
    /// New text for the phrase at this share of the list.
    Reword(usize, Vec<usize>),
    /// New tags and note.
    Retag(usize, usize),
    /// A copy of the phrase under a new id, reworded.
    Add(usize, Vec<usize>),
    Remove(usize),
    Favourite(usize),
    Retire(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let words = || prop::collection::vec(0..WORDS.len(), 1..6);
    prop_oneof![
        (any::<usize>(), words()).prop_map(|(at, words)| Edit::Reword(at, words)),
        (any::<usize>(), 0..WORDS.len()).prop_map(|(at, word)| Edit::Retag(at, word)),
        (any::<usize>(), words()).prop_map(|(at, words)| Edit::Add(at, words)),
        any::<usize>().prop_map(Edit::Remove),
        any::<usize>().prop_map(Edit::Favourite),
        any::<usize>().prop_map(Edit::Retire),
    ]
}

fn sentence(words: &[usize]) -> String {
    words.iter().map(|&word| WORDS[word]).collect::<Vec<_>>().join(" ") + "."
}

/// Applies `edit` to the phrases by id and to the index in place.
fn apply(phrases: &mut BTreeMap<PhraseId, Phrase>, index: &mut SearchIndex, edit: &Edit, serial: usize) {
    if phrases.is_empty() {
        return;
    }
    let pick = |at: usize| phrases.keys().nth(at % phrases.len()).cloned().expect("not empty");
    let changed = match edit {
        Edit::Reword(at, words) => {
            let mut phrase = phrases[&pick(*at)].clone();
            phrase.content.text = sentence(words);
            Some(phrase)
        }
        Edit::Retag(at, word) => {
            let mut phrase = phrases[&pick(*at)].clone();
            phrase.content.tags = vec![WORDS[*word].to_owned(), "call".to_owned()];
            phrase.content.note = Some(format!("Say {} first.", WORDS[*word]));
            Some(phrase)
        }
        Edit::Add(at, words) => {
            let mut phrase = phrases[&pick(*at)].clone();
            phrase.id = PhraseId::new(format!("added-{serial}.{}", phrase.content.lang)).expect("valid id");
            phrase.content.text = sentence(words);
            Some(phrase)
        }
        Edit::Favourite(at) => {
            let mut phrase = phrases[&pick(*at)].clone();
            phrase.usage.favorite = !phrase.usage.favorite;
            Some(phrase)
        }
        Edit::Retire(at) => {
            let mut phrase = phrases[&pick(*at)].clone();
            phrase.content.status = Status::Retired;
            Some(phrase)
        }
        Edit::Remove(at) => {
            let id = pick(*at);
            phrases.remove(&id);
            assert!(index.remove(&id), "the index held {id}");
            None
        }
    };
    if let Some(phrase) = changed {
        phrases.insert(phrase.id.clone(), phrase.clone());
        index.upsert(phrase, moment()).expect("a known language and situation change in place");
    }
}

/// What a query answers: ids with their scores, best first.
fn answers(index: &SearchIndex, query: &str, filters: &Filters) -> Vec<(String, u32)> {
    Searcher::new()
        .search(index, query, filters, 15)
        .into_iter()
        .map(|hit| (hit.id.as_str().to_owned(), hit.score.to_bits()))
        .collect()
}

fn assert_same_answers(updated: &SearchIndex, fresh: &SearchIndex) {
    let filters = [Filters::default(), Filters { lang: Some("nl".into()), ..Filters::default() }];
    for query in QUERIES {
        for filter in &filters {
            assert_eq!(answers(updated, query, filter), answers(fresh, query, filter), "query {query:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn an_index_changed_in_place_answers_as_a_fresh_build(edits in prop::collection::vec(edit(), 1..12)) {
        let (list, situations) = builtin();
        let mut index = SearchIndex::build(list.clone(), &situations, moment());
        // The lazily built parts (word counts, best-first order) exist before the edits, as in a
        // window that has searched already.
        answers(&index, "refund", &Filters::default());
        let mut phrases: BTreeMap<PhraseId, Phrase> = list.into_iter().map(|phrase| (phrase.id.clone(), phrase)).collect();
        for (serial, edit) in edits.iter().enumerate() {
            apply(&mut phrases, &mut index, edit, serial);
        }
        let fresh = SearchIndex::build(phrases.into_values().collect(), &situations, moment());
        prop_assert_eq!(index.len(), fresh.len());
        assert_same_answers(&index, &fresh);
    }
}

#[test]
fn a_large_index_changed_in_place_answers_as_a_fresh_build() {
    // Past the size where searches start from the word lists, so those are updated too.
    let (list, situations) = builtin();
    let mut phrases: BTreeMap<PhraseId, Phrase> = BTreeMap::new();
    for copy in 0..(24_000 / list.len() + 1) {
        for (number, phrase) in list.iter().enumerate() {
            let mut phrase = phrase.clone();
            phrase.id = PhraseId::new(format!("c{copy}.{number}")).expect("valid id");
            phrases.insert(phrase.id.clone(), phrase);
        }
    }
    let mut index = SearchIndex::build(phrases.values().cloned().collect(), &situations, moment());
    for query in QUERIES {
        answers(&index, query, &Filters::default());
    }
    let edits = [
        Edit::Reword(7, vec![2, 6]),
        Edit::Remove(3),
        Edit::Add(11, vec![2, 1]),
        Edit::Retag(500, 6),
        Edit::Remove(0),
        Edit::Favourite(900),
        Edit::Reword(12_000, vec![6, 2, 0]),
        Edit::Retire(40),
        Edit::Remove(phrases.len() - 5),
    ];
    for (serial, edit) in edits.iter().enumerate() {
        apply(&mut phrases, &mut index, edit, serial);
    }
    let fresh = SearchIndex::build(phrases.into_values().collect(), &situations, moment());
    assert_eq!(index.len(), fresh.len());
    assert_same_answers(&index, &fresh);
}

#[test]
fn a_phrase_in_a_language_the_index_lacks_asks_for_a_rebuild() {
    let (list, situations) = builtin();
    let mut index = SearchIndex::build(list.clone(), &situations, moment());
    let mut phrase = list[0].clone();
    phrase.id = PhraseId::new("new.phrase.fi").expect("valid id");
    phrase.content.lang = tactful::model::Lang::new("fi").expect("valid language");
    assert!(index.upsert(phrase, moment()).is_err());
    assert_eq!(index.len(), list.len(), "nothing changed");
}
