//! The search index stored beside the database: a loaded index answers every query exactly as
//! the index it was written from (ids, scores, fields, highlights, the phrases themselves), and a
//! file that does not hold the database's current content is never used.

use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;
use tactful::model::{Lang, Phrase, PhraseId, Situation, Status};
use tactful::search::{Filters, RecordsCheck, SearchIndex, Searcher, StoredIndexError};
use tactful::store::{IndexOrigin, PhraseEdit, Seed, Store, stored_index_path};

fn moment() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).single().expect("valid date")
}

fn builtin() -> (Vec<Phrase>, Vec<Situation>) {
    let store = Store::open_in_memory(Seed::Builtin).expect("opens");
    (store.phrases().expect("reads"), store.situations().expect("reads"))
}

const QUERIES: &[&str] = &[
    "",
    "r",
    "refund",
    "refnud",
    "sorry policy",
    "понимаю",
    "e-mail",
    "^we",
    "!refund man",
    "\"not my department\"",
    "'exact",
    "manager today",
    "zzzz",
];

/// Everything a query answers, best first.
fn answers(index: &SearchIndex, query: &str, filters: &Filters) -> Vec<(String, u32, String, String)> {
    Searcher::new()
        .search(index, query, filters, 20)
        .into_iter()
        .map(|hit| {
            let phrase = index.phrase(hit.position).expect("a hit's phrase");
            assert_eq!(phrase.id, hit.id);
            (
                hit.id.as_str().to_owned(),
                hit.score.to_bits(),
                format!("{:?} {:?}", hit.field, hit.ranges),
                format!("{phrase:?}"),
            )
        })
        .collect()
}

fn filters() -> Vec<Filters> {
    let statuses = |statuses: &[Status]| Some(statuses.to_vec());
    vec![
        Filters::default(),
        Filters { lang: Some("nl".into()), ..Filters::default() },
        Filters { tag: Some("email".into()), ..Filters::default() },
        Filters { favorites_only: true, ..Filters::default() },
        // The window's filters: browsing reads the stored order for statuses and a primary
        // language, and must list what a fresh index lists.
        Filters { statuses: statuses(&[Status::Vetted, Status::Draft]), ..Filters::default() },
        Filters { statuses: statuses(&[Status::Vetted]), ..Filters::default() },
        Filters { statuses: statuses(&[Status::Draft]), ..Filters::default() },
        Filters { statuses: statuses(&[Status::Vetted, Status::Retired]), ..Filters::default() },
        Filters { lang: Some("RU".into()), statuses: statuses(&[Status::Vetted]), ..Filters::default() },
        Filters { lang: Some("ru-x-formal".into()), ..Filters::default() },
        Filters { lang: Some("en".into()), statuses: statuses(&[Status::Vetted, Status::Draft]), ..Filters::default() },
        Filters { lang: Some("fi".into()), ..Filters::default() },
    ]
}

fn assert_same_answers(loaded: &SearchIndex, fresh: &SearchIndex, queries: &[&str]) {
    for query in queries {
        for filter in filters() {
            assert_eq!(answers(loaded, query, &filter), answers(fresh, query, &filter), "query {query:?} {filter:?}");
        }
    }
}

fn round_trip(index: &SearchIndex) -> SearchIndex {
    SearchIndex::from_bytes(index.to_bytes(42), 42, moment()).expect("reads back")
}

#[test]
fn a_stored_index_answers_as_the_index_it_was_written_from() {
    let (mut phrases, situations) = builtin();
    phrases[3].usage.favorite = true;
    phrases[5].usage.copy_count = 4;
    phrases[5].usage.last_copied_at = Some(moment() - chrono::Duration::hours(30));
    phrases[7].content.status = Status::Retired;
    phrases[8].content.status = Status::Draft;
    // Register variants: one beside its base language's line (hidden unless chosen), one in a
    // group without one (shown under its primary language), one without a group.
    let variant = |phrase: &Phrase, id: &str, lang: &str, group: Option<&str>| {
        let mut phrase = phrase.clone();
        phrase.id = PhraseId::new(id).expect("valid id");
        phrase.content.lang = Lang::new(lang).expect("valid tag");
        phrase.content.group = group.map(str::to_owned);
        phrase
    };
    let russian = phrases
        .iter()
        .find(|phrase| phrase.content.lang.as_str() == "ru" && phrase.content.group.is_some())
        .expect("a Russian line in a group")
        .clone();
    let group = russian.content.group.clone();
    phrases.push(variant(&russian, "zz-formal", "ru-x-formal", group.as_deref()));
    phrases.push(variant(&phrases[2].clone(), "zz-us", "en-US", Some("zz-lonely-group")));
    phrases.push(variant(&phrases[4].clone(), "zz-gb", "en-GB", None));
    let fresh = SearchIndex::build(phrases.clone(), &situations, moment());
    let loaded = round_trip(&fresh);
    assert_eq!(loaded.len(), fresh.len());
    assert_same_answers(&loaded, &fresh, QUERIES);
    assert_eq!(loaded.summary(), fresh.summary(), "the languages, tags and counts it keeps");
    assert!(fresh.summary().languages.iter().any(|lang| lang == "ru-x-formal"), "{:?}", fresh.summary());
    assert_eq!(loaded.phrases(), phrases.as_slice(), "every phrase decodes as it was");
}

#[test]
fn a_large_stored_index_answers_as_a_fresh_build() {
    // Past the size where searches start from the word lists.
    let (list, situations) = builtin();
    let mut phrases = Vec::new();
    for copy in 0..(24_000 / list.len() + 1) {
        for (number, phrase) in list.iter().enumerate() {
            let mut phrase = phrase.clone();
            phrase.id = PhraseId::new(format!("c{copy:03}.{number:04}")).expect("valid id");
            phrases.push(phrase);
        }
    }
    let fresh = SearchIndex::build(phrases, &situations, moment());
    let loaded = round_trip(&fresh);
    assert_same_answers(&loaded, &fresh, QUERIES);
}

#[test]
fn recency_is_worked_out_at_load_as_a_fresh_build_would() {
    let (mut phrases, situations) = builtin();
    phrases[0].usage.copy_count = 9;
    phrases[0].usage.last_copied_at = Some(moment() - chrono::Duration::hours(20));
    let written = SearchIndex::build(phrases.clone(), &situations, moment());
    // Read back a week later: the copy is no longer recent.
    let later = moment() + chrono::Duration::days(7);
    let loaded = SearchIndex::from_bytes(written.to_bytes(1), 1, later).expect("reads back");
    let fresh = SearchIndex::build(phrases, &situations, later);
    assert_same_answers(&loaded, &fresh, QUERIES);
}

/// Queries as an agent types them: words of the phrasebook, typos, operators.
fn typed_query() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("refund"),
        Just("sorry"),
        Just("manager"),
        Just("wait"),
        Just("bestelling"),
        Just("понимаю"),
        Just("tack"),
        Just("policy"),
        Just("refnd"),
        Just("^we"),
        Just("!late"),
        Just("'order"),
        Just("e-mail"),
    ];
    prop::collection::vec(word, 1..4).prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn every_typed_query_answers_as_a_fresh_build(query in typed_query()) {
        let (phrases, situations) = builtin();
        let fresh = SearchIndex::build(phrases, &situations, moment());
        let loaded = round_trip(&fresh);
        let mut typed_fresh = Searcher::new();
        let mut typed_loaded = Searcher::new();
        for end in query.char_indices().map(|(byte, character)| byte + character.len_utf8()) {
            let prefix = &query[..end];
            let ids = |hits: Vec<tactful::search::Hit>| hits.into_iter().map(|hit| (hit.id, hit.score.to_bits())).collect::<Vec<_>>();
            prop_assert_eq!(
                ids(typed_loaded.search(&loaded, prefix, &Filters::default(), 10)),
                ids(typed_fresh.search(&fresh, prefix, &Filters::default(), 10)),
                "{:?}", prefix
            );
        }
    }
}

/// A phrasebook database in a folder of its own.
fn database() -> (tempfile::TempDir, Store) {
    let folder = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&folder.path().join("phrases.sqlite"), Seed::Builtin).expect("opens");
    (folder, store)
}

fn search(store: &Store) -> (Vec<(String, u32, String, String)>, IndexOrigin) {
    let (index, origin) = store.search_index_stored(moment(), RecordsCheck::AtLoad).expect("an index");
    let fresh = store.search_index(moment()).expect("builds");
    let found = answers(&index, "refund", &Filters::default());
    assert_eq!(found, answers(&fresh, "refund", &Filters::default()), "as a fresh build");
    (found, origin)
}

#[test]
fn the_first_search_stores_the_index_and_the_next_reads_it() {
    let (folder, store) = database();
    assert_eq!(search(&store).1, IndexOrigin::Built(None));
    assert!(stored_index_path(&folder.path().join("phrases.sqlite")).exists());
    assert_eq!(search(&store).1, IndexOrigin::Stored);
}

#[test]
fn an_edited_database_is_never_answered_from_the_stored_index() {
    let (_folder, mut store) = database();
    search(&store);
    let id = store.phrases().expect("reads")[0].id.clone();
    let edit = PhraseEdit { text: Some("A quokka asked for a refund.".into()), ..PhraseEdit::default() };
    store.edit_phrase(&id, edit).expect("edits");
    let (found, origin) = search(&store);
    assert_eq!(origin, IndexOrigin::Built(Some(StoredIndexError::Stale)));
    assert!(found.iter().any(|(found_id, ..)| found_id == id.as_str()), "the edit is found");
    assert_eq!(search(&store).1, IndexOrigin::Stored, "and stored again");
    // Personal use changes the ranking, so it changes the stamp too.
    store.set_favorite(&id, true).expect("marks");
    assert_eq!(search(&store).1, IndexOrigin::Built(Some(StoredIndexError::Stale)));
}

#[test]
fn a_truncated_index_file_is_rebuilt() {
    let (folder, store) = database();
    search(&store);
    let path = stored_index_path(&folder.path().join("phrases.sqlite"));
    let bytes = std::fs::read(&path).expect("reads");
    for keep in [0, 10, 40, bytes.len() / 2, bytes.len() - 1] {
        std::fs::write(&path, &bytes[..keep]).expect("cuts");
        assert!(matches!(search(&store).1, IndexOrigin::Built(Some(StoredIndexError::Damaged(_)))), "cut at {keep}");
        std::fs::write(&path, &bytes).expect("restores");
    }
}

#[test]
fn a_garbled_or_foreign_file_is_rebuilt() {
    let (folder, store) = database();
    search(&store);
    let path = stored_index_path(&folder.path().join("phrases.sqlite"));
    let bytes = std::fs::read(&path).expect("reads");
    std::fs::write(&path, b"not an index at all, just some text someone saved here").expect("writes");
    assert!(matches!(search(&store).1, IndexOrigin::Built(Some(StoredIndexError::Damaged(_)))));
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x10;
    std::fs::write(&path, &flipped).expect("writes");
    assert!(matches!(search(&store).1, IndexOrigin::Built(Some(StoredIndexError::Damaged(_)))));
}

#[test]
fn an_index_file_from_another_database_is_rebuilt() {
    let (folder, store) = database();
    let (other_folder, other) = database();
    search(&store);
    search(&other);
    std::fs::copy(
        stored_index_path(&other_folder.path().join("phrases.sqlite")),
        stored_index_path(&folder.path().join("phrases.sqlite")),
    )
    .expect("copies");
    assert_eq!(search(&store).1, IndexOrigin::Built(Some(StoredIndexError::Stale)));
}

#[test]
fn an_unwritable_folder_still_searches() {
    let (folder, store) = database();
    let path = stored_index_path(&folder.path().join("phrases.sqlite"));
    // A folder where the file should be: it can be neither read nor replaced.
    std::fs::create_dir(&path).expect("makes a folder");
    assert_eq!(search(&store).1, IndexOrigin::Built(None));
    assert_eq!(search(&store).1, IndexOrigin::Built(None));
}

/// The window's search worker prepares the register rule while it waits for a keystroke: what it
/// prepared must answer exactly as a searcher that prepared nothing, and must follow an edit.
#[test]
fn a_searcher_prepared_while_waiting_answers_as_one_that_was_not() {
    let (phrases, situations) = builtin();
    let mut loaded = round_trip(&SearchIndex::build(phrases, &situations, moment()));
    for filter in filters() {
        let mut prepared = Searcher::new();
        prepared.prepare(&loaded, &filter);
        for query in QUERIES {
            let found: Vec<_> = prepared.search(&loaded, query, &filter, 20).into_iter().map(|hit| hit.id).collect();
            let expected: Vec<_> = answers(&loaded, query, &filter).into_iter().map(|answer| answer.0).collect();
            assert_eq!(found.iter().map(PhraseId::as_str).collect::<Vec<_>>(), expected, "query {query:?} {filter:?}");
        }
    }
    let window = Filters { statuses: Some(vec![Status::Vetted, Status::Draft]), ..Filters::default() };
    let mut prepared = Searcher::new();
    prepared.prepare(&loaded, &window);
    let mut edited = loaded.phrases().first().expect("a phrase").clone();
    edited.content.text = "Our zebracrossing desk answers within the hour.".into();
    loaded.upsert(edited.clone(), moment()).expect("changes in place");
    prepared.prepare(&loaded, &window);
    let found = prepared.search(&loaded, "zebracrossing", &window, 5);
    assert_eq!(found.first().map(|hit| &hit.id), Some(&edited.id), "the edit is searched");
}

#[test]
fn the_cli_answers_in_full_from_an_index_whose_records_were_garbled_in_place() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("phrases.sqlite");
    // A word, a phrase in quotes (read from the phrase's text, not its word ids) and a filter.
    let queries: [&[&str]; 3] = [&["refund"], &["\"not my department\""], &["manager", "--lang", "nl"]];
    let search = |query: &[&str]| {
        let output = crate::tactful(&db, &[&["search", "--json"], query].concat());
        assert!(output.status.success(), "{}", crate::stderr(&output));
        crate::stdout(&output)
    };
    let before: Vec<String> = queries.iter().map(|query| search(query)).collect();
    assert!(before.iter().all(|found| found.contains("\"id\"")), "every query finds something");
    // The records part (after the header and the front) garbled all through, its length kept.
    let path = stored_index_path(&db);
    let mut bytes = std::fs::read(&path).expect("the first search stored the index");
    let front_length = u64::from_le_bytes(bytes[28..36].try_into().expect("eight bytes")) as usize;
    for at in (60 + front_length..bytes.len()).step_by(97) {
        bytes[at] ^= 0x20;
    }
    std::fs::write(&path, &bytes).expect("writes");
    for (query, before) in queries.iter().zip(&before) {
        assert_eq!(&search(query), before, "{query:?} answers as before");
    }
    let store = Store::open(&db, Seed::Empty).expect("opens");
    let (_, origin) = store.search_index_stored(moment(), RecordsCheck::AtLoad).expect("an index");
    assert_eq!(origin, IndexOrigin::Stored, "the damaged file was replaced by a whole one");
}
