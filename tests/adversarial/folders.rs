//! Followed files and folders: links out of the folder, special files in it, and copies cut short.
//! Before #17 a followed folder read `passwd.csv -> /etc/passwd` and stored its first line in the
//! subscription's last error, and a CSV cut at a row boundary retired the missing phrases.

use crate::support::{Scratch, csv_collection, fifo, path_str};

/// A scratch database following a folder `team/` that holds `files` (name, content).
fn following(files: &[(&str, String)]) -> Scratch {
    let scratch = Scratch::new();
    scratch.seed("base.json", "base", 1);
    std::fs::create_dir(scratch.path("team")).expect("creates");
    for (name, content) in files {
        std::fs::write(scratch.path("team").join(name), content).expect("writes");
    }
    scratch
}

fn subscribe(scratch: &Scratch) -> crate::support::Run {
    scratch.run(&["subscribe", path_str(&scratch.path("team"))])
}

#[test]
fn a_link_out_of_the_folder_is_not_read() {
    let scratch = following(&[]);
    std::os::unix::fs::symlink("/etc/passwd", scratch.path("team/passwd.csv")).expect("links");
    let run = subscribe(&scratch);
    run.ok();
    let listed = scratch.run(&["subscriptions"]);
    for text in [&run.stdout, &run.stderr, &listed.stdout] {
        assert!(!text.contains("root:"), "the system file was read: {run:?} {listed:?}");
    }
}

#[test]
fn a_link_to_a_collection_outside_is_not_followed() {
    let scratch = following(&[]);
    let outside = scratch.write("outside.json", crate::support::collection("out", 3));
    std::os::unix::fs::symlink(&outside, scratch.path("team/outside.json")).expect("links");
    subscribe(&scratch).ok();
    assert_eq!(scratch.phrase_count(), 1, "nothing from outside the folder");
}

#[test]
fn a_link_inside_the_folder_is_followed() {
    let scratch = following(&[("real.json", crate::support::collection("in", 2))]);
    std::os::unix::fs::symlink(scratch.path("team/real.json"), scratch.path("team/alias.json")).expect("links");
    subscribe(&scratch).ok();
    assert_eq!(scratch.phrase_count(), 3);
}

#[test]
fn a_link_to_a_device_in_the_folder_is_skipped() {
    let scratch = following(&[("ok.json", crate::support::collection("ok", 2))]);
    std::os::unix::fs::symlink("/dev/zero", scratch.path("team/zero.json")).expect("links");
    subscribe(&scratch).ok();
    assert_eq!(scratch.phrase_count(), 3);
}

#[test]
fn a_fifo_in_the_folder_is_skipped_without_hanging() {
    let scratch = following(&[("ok.json", crate::support::collection("ok", 2))]);
    fifo(&scratch.path("team/pipe.json"));
    subscribe(&scratch).ok();
    assert_eq!(scratch.phrase_count(), 3);
}

#[test]
fn following_a_fifo_directly_is_refused_without_hanging() {
    let scratch = Scratch::new();
    let pipe = scratch.path("team.json");
    fifo(&pipe);
    let run = scratch.run(&["subscribe", path_str(&pipe)]);
    assert!(!run.hung && run.code == Some(1), "{run:?}");
}

#[test]
fn following_dev_zero_is_refused() {
    let run = Scratch::new().run(&["subscribe", "/dev/zero"]);
    assert!(!run.hung && run.code == Some(1), "{run:?}");
}

#[test]
fn an_error_never_echoes_the_first_line_of_a_foreign_file() {
    let scratch = following(&[("notes.csv", "secret-token-123:x:0:0\nmore\n".to_owned())]);
    let run = subscribe(&scratch);
    let listed = scratch.run(&["subscriptions"]);
    assert!(listed.stdout.contains("not a header row"), "{listed:?}");
    for text in [&run.stdout, &run.stderr, &listed.stdout] {
        assert!(!text.contains("secret-token-123"), "{run:?} {listed:?}");
    }
}

#[test]
fn an_empty_followed_folder_says_so() {
    let scratch = following(&[]);
    subscribe(&scratch).ok();
    let run = scratch.run(&["sync"]);
    run.ok();
    assert!(!run.stdout.contains("No subscriptions"), "{run:?}");
    assert!(run.stdout.contains("hold no collection files"), "{run:?}");
}

fn followed_csv(count: usize) -> (Scratch, std::path::PathBuf) {
    let scratch = following(&[("team.csv", csv_collection("c", count))]);
    // The situation comes from the base collection.
    scratch.run(&["subscribe", path_str(&scratch.path("team/team.csv"))]).ok();
    assert_eq!(scratch.status_count("vetted"), count as i64 + 1);
    let file = scratch.path("team/team.csv");
    (scratch, file)
}

#[test]
fn a_csv_cut_at_a_row_boundary_does_not_retire_the_rest() {
    let (scratch, file) = followed_csv(100);
    std::fs::write(&file, csv_collection("c", 10)).expect("cuts");
    let run = scratch.run(&["sync"]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stderr.contains("would retire 90 of its 100 phrases"), "{run:?}");
    assert_eq!(scratch.status_count("retired"), 0);
}

#[test]
fn a_csv_cut_mid_row_is_not_imported() {
    let (scratch, file) = followed_csv(20);
    let full = csv_collection("c", 20);
    std::fs::write(&file, &full[..full.len() - 7]).expect("cuts");
    let run = scratch.run(&["sync"]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stderr.contains("does not end with a line break"), "{run:?}");
    assert_eq!(scratch.status_count("retired"), 0);
}

#[test]
fn a_json_cut_short_is_not_imported() {
    let scratch = following(&[("team.json", crate::support::collection("j", 30))]);
    subscribe(&scratch).ok();
    let full = crate::support::collection("j", 30);
    std::fs::write(scratch.path("team/team.json"), &full[..full.len() / 2]).expect("cuts");
    assert_eq!(scratch.run(&["sync"]).code, Some(1));
    assert_eq!(scratch.status_count("retired"), 0);
}

#[test]
fn removing_a_few_phrases_upstream_still_retires_them() {
    let (scratch, file) = followed_csv(100);
    std::fs::write(&file, csv_collection("c", 97)).expect("removes three");
    scratch.run(&["sync"]).ok();
    assert_eq!(scratch.status_count("retired"), 3);
}

#[test]
fn importing_by_hand_confirms_a_large_removal() {
    let (scratch, file) = followed_csv(100);
    std::fs::write(&file, csv_collection("c", 10)).expect("cuts");
    scratch.run(&["import", path_str(&file)]).ok();
    assert_eq!(scratch.status_count("retired"), 90);
    scratch.run(&["sync"]).ok();
}
