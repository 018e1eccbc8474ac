//! The CLI as a subprocess: exit codes, JSON output, import and export through files.

use crate::{collection, stderr, stdout, tactful};

#[test]
fn search_json_has_the_documented_fields() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let output = tactful(&db, &["search", "not my department", "--lang", "en", "--json", "--limit", "3"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let rows: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let first = &rows[0];
    for field in ["id", "text", "lang", "situation", "status", "score", "field", "ranges"] {
        assert!(!first[field].is_null(), "missing {field} in {first}");
    }
    assert_eq!(first["situation"], "owning-the-problem");
}

#[test]
fn no_results_is_an_empty_array_and_success() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let output = tactful(&db, &["search", "zzqxjv", "--json"]);
    assert!(output.status.success());
    assert_eq!(stdout(&output).trim(), "[]");
}

#[test]
fn usage_errors_exit_2_and_user_errors_exit_1_without_panics() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    assert_eq!(tactful(&db, &["search", "--limit", "many"]).status.code(), Some(2));
    let missing = tactful(&db, &["show", "no-such-phrase"]);
    assert_eq!(missing.status.code(), Some(1));
    let message = stderr(&missing);
    assert!(message.starts_with("tactful: ") && message.lines().count() == 1, "{message}");
    assert!(!message.contains("panicked"));
}

#[test]
fn import_export_through_files_and_dry_run() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let file = directory.path().join("team.json");
    std::fs::write(&file, collection("Team", "t", 3)).expect("writes");
    let file_arg = file.to_str().expect("utf-8 path");
    let dry = tactful(&db, &["--no-builtin", "import", file_arg, "--dry-run"]);
    assert!(dry.status.success(), "{}", stderr(&dry));
    assert!(stdout(&dry).contains("3 added"), "{}", stdout(&dry));
    assert_eq!(stdout(&tactful(&db, &["search", "--json"])).trim(), "[]", "dry run changed nothing");
    let real = tactful(&db, &["import", file_arg]);
    assert!(real.status.success(), "{}", stderr(&real));
    let exported = directory.path().join("out.json");
    let export = tactful(&db, &["export", "-o", exported.to_str().expect("utf-8"), "--collection", "Team"]);
    assert!(export.status.success(), "{}", stderr(&export));
    let text = std::fs::read_to_string(&exported).expect("reads");
    assert!(text.contains("\"name\": \"Team\"") && text.contains("\"id\": \"t2\""), "{text}");
}

#[test]
fn malformed_import_names_file_and_place_and_changes_nothing() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let file = directory.path().join("broken.json");
    std::fs::write(
        &file,
        collection("Team", "t", 2)
            .replace("\"lang\":\"en\",\"text\":\"Phrase 1", "\"lang\":\"english\",\"text\":\"Phrase 1"),
    )
    .expect("writes");
    let before = stdout(&tactful(&db, &["export"]));
    // `--strict`: without it the good phrase would be imported and the bad one listed as skipped.
    let output = tactful(&db, &["import", file.to_str().expect("utf-8"), "--strict"]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("broken.json") && message.contains("phrases[1].lang"), "{message}");
    assert_eq!(stdout(&tactful(&db, &["export"])), before);
}

#[test]
fn add_edit_rm_restore_and_copy_print() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let added = tactful(
        &db,
        &[
            "add",
            "--situation",
            "declining-a-request",
            "--lang",
            "en",
            "--avoid",
            "Nope.",
            "Here is what I can do, {customer_name}.",
        ],
    );
    assert!(added.status.success(), "{}", stderr(&added));
    let id = stdout(&added).trim().trim_start_matches("Added ").to_owned();
    assert!(tactful(&db, &["edit", &id, "--status", "vetted"]).status.success());
    let copied = tactful(&db, &["copy", &id, "--print", "--set", "customer_name=Ana"]);
    assert_eq!(stdout(&copied).trim(), "Here is what I can do, Ana.");
    let shown = stdout(&tactful(&db, &["show", &id]));
    assert!(shown.contains("copied once") && shown.contains("status: vetted"), "{shown}");
    assert!(tactful(&db, &["rm", &id]).status.success());
    assert_eq!(tactful(&db, &["show", &id]).status.code(), Some(1));
    assert!(tactful(&db, &["restore", &id]).status.success());
    assert!(tactful(&db, &["show", &id]).status.success());
}

#[test]
fn situations_lists_all_eighteen_with_titles_in_the_language() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let output = tactful(&db, &["situations", "--lang", "nl", "--json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).expect("JSON");
    let shipped = tactful::builtin::phrasebook().expect("the built-in phrasebook loads");
    assert_eq!(rows.len(), shipped.situations.len());
    assert!(rows.iter().all(|row| row["phrases"].as_u64().is_some_and(|count| count >= 24)));
    let declining = rows.iter().find(|row| row["key"] == "declining-a-request").expect("present");
    assert_ne!(declining["title"], "Declining a request", "title should be Dutch");
}

#[test]
fn newer_database_is_refused_clearly() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("future.sqlite");
    let connection = rusqlite::Connection::open(&db).expect("opens");
    connection.execute_batch("PRAGMA user_version = 42;").expect("writes");
    drop(connection);
    let output = tactful(&db, &["situations"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("newer Tactful"), "{}", stderr(&output));
}

#[test]
fn reader_closing_early_ends_every_command_quietly_with_success() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    assert!(tactful(&db, &["situations"]).status.success(), "creates the phrasebook");
    let draft = directory.path().join("draft.txt");
    std::fs::write(&draft, "That's not my department. Calm down.").expect("writes");
    let commands: [&[&str]; 6] = [
        &["search", "refund"],
        &["search", "--json"],
        &["situations"],
        &["show", "owning-the-problem.ill-take-this-on.en"],
        &["export"],
        &["check", draft.to_str().expect("utf-8 path")],
    ];
    for arguments in commands {
        let mut child = std::process::Command::new(crate::tactful_binary())
            .args(arguments)
            .env("TACTFUL_DB", &db)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("tactful starts");
        // Like `| head -0`: the reader is gone before the first line is written.
        drop(child.stdout.take());
        let output = child.wait_with_output().expect("tactful ends");
        let message = stderr(&output);
        assert!(!message.contains("panicked") && !message.contains("Broken pipe"), "{arguments:?}: {message}");
        assert_eq!(output.status.code(), Some(0), "{arguments:?}: {message}");
    }
}
