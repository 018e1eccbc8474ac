//! Command-line edges from #17's smaller findings: each gives a clear answer, and no message
//! repeats itself or shows internal formatting.

use crate::support::{Scratch, path_str};

#[test]
fn check_with_a_malformed_language_is_refused() {
    Scratch::new().run(&["check", "--lang", "xx_YY", "-"]).refused("not a language code");
}

#[test]
fn check_with_a_language_the_phrasebook_lacks_is_refused() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "c", 2);
    scratch.run(&["check", "--lang", "fi", "-"]).refused("no phrases in fi");
}

#[test]
fn search_with_limit_zero_is_a_usage_error() {
    let run = Scratch::new().run(&["search", "refund", "--limit", "0"]);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert!(!run.stdout.contains("nothing"), "{run:?}");
}

#[test]
fn an_os_error_is_printed_once() {
    let scratch = Scratch::new();
    std::fs::create_dir(scratch.path("folder.json")).expect("creates");
    let run = scratch.run(&["export", "-o", path_str(&scratch.path("folder.json"))]);
    run.refused("folder");
    let run = scratch.run(&["import", "/no/such/file.json"]);
    run.refused("no such file");
    assert_eq!(run.stderr.matches("No such file or directory").count(), 1, "{run:?}");
}

#[test]
fn a_duplicate_id_message_shows_the_id_plainly() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "c", 1);
    let file = scratch.write(
        "dup.json",
        r#"{"format":"tactful.collection","version":1,"name":"T","phrases":[{"id":"t.1","situation":"s","lang":"en","text":"A","status":"vetted"},{"id":"t.1","situation":"s","lang":"en","text":"B","status":"vetted"}]}"#,
    );
    let run = scratch.run(&["import", path_str(&file)]);
    run.refused("\"t.1\" appears twice");
    assert!(!run.stderr.contains("PhraseId("), "{run:?}");
}

#[test]
fn a_failed_migration_step_is_reported_in_one_short_message() {
    let scratch = Scratch::new();
    {
        // A version-1 database that already has a table step 2 creates: step 2 fails.
        let connection = rusqlite::Connection::open(scratch.db()).expect("creates");
        connection
            .execute_batch(
                "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                 CREATE TABLE phrases (phrase_id TEXT PRIMARY KEY);
                 CREATE TABLE subscriptions (path TEXT);
                 PRAGMA user_version = 1;",
            )
            .expect("writes");
    }
    let run = scratch.run(&["situations"]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stderr.contains("schema version 2"), "{run:?}");
    assert!(run.stderr.lines().count() <= 2, "short: {run:?}");
    assert!(!run.stderr.contains("CREATE TABLE"), "no SQL: {run:?}");
}

#[test]
fn a_long_pasted_query_is_answered() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "q", 50);
    let query = "refund please help ".repeat(4_000);
    let run = scratch.run(&["search", &query]);
    run.ok();
    assert!(run.stderr.contains("only the first 8 words of the query count"), "{run:?}");
}

#[test]
fn copy_without_a_display_fails_quickly_with_a_hint() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "c", 1);
    let run = scratch.run(&["copy", "c0"]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stderr.contains("--print"), "{run:?}");
}
