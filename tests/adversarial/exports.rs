//! Exports to targets that are not ours to replace, and exports that must not lose data. Before
//! #17, `-o /dev/full` replaced the device node with a file, `-o link` replaced the link, and a
//! killed export left its temporary file behind forever.

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::time::Duration;

use crate::support::{Scratch, age, fifo, path_str};

fn seeded() -> Scratch {
    let scratch = Scratch::new();
    scratch.seed("team.json", "t", 5);
    scratch
}

/// A device node to export to: a private copy in the scratch folder when the suite may create one
/// (as root), so a build that replaces devices (as Tactful did before #17) only damages the copy;
/// otherwise the system's own, which an unprivileged build cannot replace.
fn device(scratch: &Scratch, name: &str, minor: u32) -> std::path::PathBuf {
    let private = scratch.path(name);
    let made = std::process::Command::new("mknod")
        .arg(&private)
        .args(["c", "1", &minor.to_string()])
        .status()
        .is_ok_and(|status| status.success());
    if made { private } else { std::path::PathBuf::from(format!("/dev/{name}")) }
}

#[test]
fn export_to_dev_full_is_refused_and_the_device_stays() {
    let scratch = seeded();
    let full = device(&scratch, "full", 7);
    scratch.run(&["export", "-o", path_str(&full)]).refused("a device");
    let kind = std::fs::symlink_metadata(&full).expect("exists").file_type();
    assert!(kind.is_char_device(), "the device is still a device");
}

#[test]
fn export_to_dev_null_is_refused() {
    let scratch = seeded();
    let null = device(&scratch, "null", 3);
    scratch.run(&["export", "-o", path_str(&null)]).refused("a device");
    assert!(std::fs::symlink_metadata(&null).expect("exists").file_type().is_char_device());
}

#[test]
fn export_to_dev_stdout_is_refused_and_points_to_dash() {
    let scratch = seeded();
    // What /dev/stdout is: a link to the process's descriptor 1 (here a pipe).
    let stdout = scratch.path("stdout");
    std::os::unix::fs::symlink("/proc/self/fd/1", &stdout).expect("links");
    scratch.run(&["export", "-o", path_str(&stdout)]).refused("`-` for standard output");
    assert!(std::fs::symlink_metadata(&stdout).expect("exists").file_type().is_symlink());
}

#[test]
fn export_to_dash_streams_to_standard_output() {
    let run = seeded().run(&["export", "-o", "-"]);
    run.ok();
    assert!(run.stdout.contains("\"tactful.collection\""), "{run:?}");
}

#[test]
fn export_to_a_fifo_is_refused_without_hanging() {
    let scratch = seeded();
    let pipe = scratch.path("out.json");
    fifo(&pipe);
    scratch.run(&["export", "-o", path_str(&pipe)]).refused("named pipe");
    assert!(std::fs::symlink_metadata(&pipe).expect("exists").file_type().is_fifo());
}

#[test]
fn export_to_a_folder_is_refused() {
    let scratch = seeded();
    std::fs::create_dir(scratch.path("out.json")).expect("creates");
    scratch.run(&["export", "-o", path_str(&scratch.path("out.json"))]).refused("a folder");
}

#[test]
fn export_through_a_link_replaces_the_file_and_keeps_the_link() {
    let scratch = seeded();
    let real = scratch.write("real.json", "old");
    let link = scratch.path("link.json");
    std::os::unix::fs::symlink(&real, &link).expect("links");
    scratch.run(&["export", "-o", path_str(&link)]).ok();
    assert!(std::fs::symlink_metadata(&link).expect("exists").file_type().is_symlink(), "the link stays");
    let written = std::fs::read_to_string(&real).expect("reads");
    assert!(written.contains("\"t0\""), "the linked file holds the export: {written}");
}

#[test]
fn export_through_a_link_to_a_device_is_refused() {
    let scratch = seeded();
    let link = scratch.path("null.json");
    std::os::unix::fs::symlink(device(&scratch, "null", 3), &link).expect("links");
    scratch.run(&["export", "-o", path_str(&link)]).refused("a device");
    assert!(std::fs::symlink_metadata(&link).expect("exists").file_type().is_symlink());
}

#[test]
fn export_through_a_dangling_link_is_refused() {
    let scratch = seeded();
    let link = scratch.path("gone.json");
    std::os::unix::fs::symlink(scratch.path("missing/nowhere.json"), &link).expect("links");
    scratch.run(&["export", "-o", path_str(&link)]).refused("does not exist");
}

#[test]
fn export_into_a_missing_folder_fails_cleanly() {
    let scratch = seeded();
    scratch.run(&["export", "-o", path_str(&scratch.path("no/such/folder/out.json"))]).refused("cannot write");
}

#[test]
fn a_stale_temporary_file_is_cleaned_by_the_next_export() {
    let scratch = seeded();
    let stale = scratch.write(".out.json.abc123.tactful-tmp", "half an export");
    age(&stale, Duration::from_secs(3600));
    scratch.run(&["export", "-o", path_str(&scratch.path("out.json"))]).ok();
    assert!(!stale.exists(), "a killed export's leftover is removed");
}

#[test]
fn a_young_temporary_file_is_left_to_its_writer() {
    let scratch = seeded();
    let young = scratch.write(".out.json.xyz789.tactful-tmp", "an export in progress");
    scratch.run(&["export", "-o", path_str(&scratch.path("out.json"))]).ok();
    assert!(young.exists(), "another export may still be writing it");
}

#[test]
fn an_export_leaves_no_temporary_file() {
    let scratch = seeded();
    scratch.run(&["export", "-o", path_str(&scratch.path("out.csv"))]).ok();
    let leftovers: Vec<String> = scratch.names("").into_iter().filter(|name| name.contains("tactful-tmp")).collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn replacing_a_file_keeps_its_permissions() {
    let scratch = seeded();
    let out = scratch.write("out.json", "old");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    scratch.run(&["export", "-o", path_str(&out)]).ok();
    assert_eq!(std::fs::metadata(&out).expect("exists").permissions().mode() & 0o777, 0o640);
}

#[test]
fn a_new_export_is_readable_by_the_team() {
    let scratch = seeded();
    let out = scratch.path("new.json");
    scratch.run(&["export", "-o", path_str(&out)]).ok();
    assert_eq!(std::fs::metadata(&out).expect("exists").permissions().mode() & 0o777, 0o644);
}

fn with_phrase(scratch: &Scratch, avoid: &str, tags: &str) {
    let file = scratch.write(
        "tricky.json",
        format!(
            r#"{{"format":"tactful.collection","version":1,"name":"Team","situations":[{{"key":"s","title":{{"en":"S"}}}}],
            "phrases":[{{"id":"tricky","situation":"s","lang":"en","text":"Hello","avoid":[{avoid}],"tags":[{tags}],"status":"vetted"}}]}}"#
        ),
    );
    scratch.run(&["import", path_str(&file)]).ok();
}

#[test]
fn csv_export_refuses_a_blunt_line_with_a_line_break() {
    let scratch = Scratch::new();
    with_phrase(&scratch, r#""No.\nNever.""#, "");
    let out = scratch.write("out.csv", "previous export");
    scratch.run(&["export", "-o", path_str(&out)]).refused("line break");
    assert_eq!(std::fs::read_to_string(&out).expect("reads"), "previous export", "nothing was replaced");
}

#[test]
fn csv_export_refuses_a_tag_with_a_comma() {
    let scratch = Scratch::new();
    with_phrase(&scratch, "", r#""billing, urgent""#);
    scratch.run(&["export", "--format", "csv"]).refused("comma");
}

#[test]
fn json_export_keeps_what_csv_cannot() {
    let scratch = Scratch::new();
    with_phrase(&scratch, r#""No.\nNever.""#, r#""billing, urgent""#);
    let run = scratch.run(&["export"]);
    run.ok();
    assert!(run.stdout.contains(r#"No.\nNever."#) && run.stdout.contains("billing, urgent"), "{run:?}");
}

#[test]
fn csv_export_of_formulas_and_quotes_round_trips() {
    let scratch = Scratch::new();
    with_phrase(&scratch, r#""=HYPERLINK(\"x\")", "+1 \"quoted\"", "'already""#, r#""a""#);
    let out = scratch.path("out.csv");
    scratch.run(&["export", "-o", path_str(&out)]).ok();
    let fresh = Scratch::new();
    fresh.write("s.json", crate::support::collection("x", 0));
    fresh.run(&["import", path_str(&fresh.path("s.json"))]).ok();
    fresh.run(&["import", path_str(&out), "--collection", "Team"]).ok();
    let again = fresh.path("again.csv");
    fresh.run(&["export", "-o", path_str(&again), "--collection", "Team"]).ok();
    assert_eq!(std::fs::read_to_string(&out).expect("reads"), std::fs::read_to_string(&again).expect("reads"));
}
