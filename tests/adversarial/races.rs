//! Several processes at once. SQLite's lock serialises writers; a process that loses a race waits
//! and retries instead of failing (before #17, four processes adding at once failed six commands
//! with `UNIQUE constraint failed: phrases.phrase_id`).

use crate::support::{Run, Scratch, finish, path_str};

fn spawn_all(scratch: &Scratch, commands: &[Vec<String>]) -> Vec<Run> {
    let children: Vec<_> = commands
        .iter()
        .map(|args| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            scratch
                .command(&args)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawns")
        })
        .collect();
    children.into_iter().map(finish).collect()
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|arg| (*arg).to_owned()).collect()
}

fn concurrent_adds(processes: usize, each: usize) {
    let scratch = Scratch::new();
    scratch.seed("base.json", "base", 1);
    let script = format!(
        "for n in $(seq {each}); do '{}' --no-builtin add --situation s --lang en \"Added $n by $$\" || exit 1; done",
        crate::support::binary().display()
    );
    let children: Vec<_> = (0..processes)
        .map(|_| {
            std::process::Command::new("sh")
                .arg("-c")
                .arg(&script)
                .env("TACTFUL_DB", scratch.db())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawns")
        })
        .collect();
    for run in children.into_iter().map(finish) {
        run.ok();
    }
    assert_eq!(scratch.phrase_count(), 1 + (processes * each) as i64);
}

#[test]
fn two_processes_adding_at_once_all_succeed() {
    concurrent_adds(2, 15);
}

#[test]
fn four_processes_adding_at_once_all_succeed() {
    concurrent_adds(4, 10);
}

#[test]
fn eight_processes_adding_at_once_all_succeed() {
    concurrent_adds(8, 4);
}

#[test]
fn processes_opening_a_new_database_at_once_seed_it_once() {
    let scratch = Scratch::new();
    let mut children = Vec::new();
    for _ in 0..4 {
        children.push(
            std::process::Command::new(crate::support::binary())
                .args(["situations"])
                .env("TACTFUL_DB", scratch.db())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawns"),
        );
    }
    let runs: Vec<Run> = children.into_iter().map(finish).collect();
    for run in &runs {
        run.ok();
    }
    let first = runs[0].stdout.clone();
    assert!(runs.iter().all(|run| run.stdout == first), "every process sees the same seeded phrasebook");
}

#[test]
fn imports_of_two_sources_at_once_both_land() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "base", 1);
    let one = scratch.write("one.json", crate::support::collection("one", 2_000).replace("\"Team\"", "\"One\""));
    let two = scratch.write("two.json", crate::support::collection("two", 2_000).replace("\"Team\"", "\"Two\""));
    for run in spawn_all(&scratch, &[args(&["import", path_str(&one)]), args(&["import", path_str(&two)])]) {
        run.ok();
    }
    assert_eq!(scratch.phrase_count(), 4_001);
}

#[test]
fn the_same_file_imported_twice_at_once_lands_once() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "base", 1);
    let one = scratch.write("one.json", crate::support::collection("one", 2_000).replace("\"Team\"", "\"One\""));
    let import = args(&["import", path_str(&one)]);
    for run in spawn_all(&scratch, &[import.clone(), import]) {
        run.ok();
    }
    assert_eq!(scratch.phrase_count(), 2_001);
}

#[test]
fn exports_to_one_file_at_once_leave_one_whole_file() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "e", 3_000);
    let out = scratch.path("out.json");
    let export = args(&["export", "-o", path_str(&out)]);
    for run in spawn_all(&scratch, &[export.clone(), export.clone(), export]) {
        run.ok();
    }
    let content = std::fs::read_to_string(&out).expect("reads");
    assert!(serde_json::from_str::<serde_json::Value>(&content).is_ok());
    assert!(scratch.names("").iter().all(|name| !name.contains("tactful-tmp")));
}

#[test]
fn an_import_and_an_export_at_once_see_old_or_new() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "base", 10);
    let big = scratch.write("big.json", crate::support::collection("big", 3_000).replace("\"Team\"", "\"Big\""));
    let out = scratch.path("out.json");
    let runs = spawn_all(&scratch, &[args(&["import", path_str(&big)]), args(&["export", "-o", path_str(&out)])]);
    for run in &runs {
        run.ok();
    }
    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("reads")).expect("JSON");
    let count = exported["phrases"].as_array().map(Vec::len).unwrap_or(0);
    assert!(count == 10 || count == 3_010, "a consistent snapshot, found {count}");
}

#[test]
fn edits_and_deletes_of_one_phrase_at_once_never_fail_on_a_race() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "r", 5);
    let runs = spawn_all(
        &scratch,
        &[
            args(&["edit", "r0", "--text", "First edit"]),
            args(&["edit", "r0", "--text", "Second edit"]),
            args(&["edit", "r1", "--text", "Other edit"]),
            args(&["rm", "r2"]),
        ],
    );
    for run in &runs {
        run.ok();
    }
    assert_eq!(scratch.integrity(), "ok");
    assert_eq!(scratch.phrase_count(), 4);
}
