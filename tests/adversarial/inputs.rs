//! Imports and draft checks of paths that are not regular files: devices, FIFOs, folders, sockets,
//! links to them, and files over the size limit. Each is refused at once, with the database as it
//! was (before #17, /dev/zero grew to the memory cap and a FIFO with no writer hung forever).

use std::path::{Path, PathBuf};

use crate::support::{Scratch, fifo, path_str};

/// Imports `target` (optionally through a link named `link_name`) into a seeded database and
/// checks it is refused with `needle`, changing nothing.
fn import_refused(target: &Path, link_name: Option<&str>, needle: &str) {
    let scratch = Scratch::new();
    scratch.seed("team.json", "t", 3);
    let path: PathBuf = match link_name {
        Some(name) => {
            let link = scratch.path(name);
            std::os::unix::fs::symlink(target, &link).expect("links");
            link
        }
        None => target.to_path_buf(),
    };
    scratch.run(&["import", path_str(&path)]).refused(needle);
    assert_eq!(scratch.phrase_count(), 3, "nothing changed");
}

macro_rules! refused_imports {
    ($($name:ident: $target:expr, $link:expr, $needle:expr;)*) => {$(
        #[test]
        fn $name() {
            import_refused(Path::new($target), $link, $needle);
        }
    )*};
}

refused_imports! {
    dev_zero_is_refused: "/dev/zero", None, "not a file";
    dev_urandom_is_refused: "/dev/urandom", None, "not a file";
    dev_null_is_refused: "/dev/null", None, "not a file";
    dev_full_is_refused: "/dev/full", None, "not a file";
    link_to_dev_zero_as_json_is_refused: "/dev/zero", Some("zero.json"), "a device";
    link_to_dev_zero_as_csv_is_refused: "/dev/zero", Some("zero.csv"), "a device";
    link_to_dev_zero_as_yaml_is_refused: "/dev/zero", Some("zero.yml"), "a device";
    link_to_dev_urandom_as_csv_is_refused: "/dev/urandom", Some("random.csv"), "a device";
    link_to_a_folder_is_refused: "/tmp", Some("folder.json"), "a folder";
    dangling_link_is_refused: "/no/such/file.json", Some("dangling.json"), "cannot read";
    root_folder_is_refused: "/", None, "a folder";
}

#[test]
fn fifo_without_a_writer_is_refused_at_once() {
    let scratch = Scratch::new();
    let pipe = scratch.path("team.json");
    fifo(&pipe);
    scratch.run(&["import", path_str(&pipe)]).refused("named pipe");
}

#[test]
fn link_to_a_fifo_is_refused_at_once() {
    let scratch = Scratch::new();
    let pipe = scratch.path("pipe");
    fifo(&pipe);
    import_refused(&pipe, Some("team.csv"), "named pipe");
}

#[test]
fn fifo_streaming_80_mib_is_refused_without_reading_it() {
    let scratch = Scratch::new();
    let pipe = scratch.path("stream.json");
    fifo(&pipe);
    // A writer that would stream 80 MiB, past the 64 MiB limit the size check alone trusted.
    let mut writer = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("head -c 83886080 /dev/zero > '{}'", path_str(&pipe)))
        .spawn()
        .expect("writer starts");
    scratch.run(&["import", path_str(&pipe)]).refused("named pipe");
    let _ = writer.kill();
    let _ = writer.wait();
}

#[test]
fn unix_socket_is_refused() {
    let scratch = Scratch::new();
    let socket = scratch.path("team.json");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("binds");
    scratch.run(&["import", path_str(&socket)]).refused("cannot read");
}

#[test]
fn sparse_file_over_the_limit_is_refused_before_reading() {
    let scratch = Scratch::new();
    let big = scratch.path("big.json");
    std::fs::File::create(&big).expect("creates").set_len(65 * 1024 * 1024).expect("sizes");
    scratch.run(&["import", path_str(&big)]).refused("over the import limit");
}

#[test]
fn sparse_csv_over_the_limit_is_refused_before_reading() {
    let scratch = Scratch::new();
    let big = scratch.path("big.csv");
    std::fs::File::create(&big).expect("creates").set_len(200 * 1024 * 1024).expect("sizes");
    scratch.run(&["import", path_str(&big)]).refused("over the import limit");
}

#[test]
fn a_file_exactly_at_the_limit_is_read_and_judged_on_content() {
    let scratch = Scratch::new();
    let file = scratch.path("limit.json");
    std::fs::File::create(&file).expect("creates").set_len(64 * 1024 * 1024).expect("sizes");
    // Zero bytes are not JSON: refused for what it holds, not for its size.
    let run = scratch.run(&["import", path_str(&file)]);
    run.refused("limit.json");
    assert!(!run.stderr.contains("over the import limit"), "{run:?}");
}

#[test]
fn check_refuses_dev_zero() {
    Scratch::new().run(&["check", "/dev/zero"]).refused("not a file");
}

#[test]
fn check_refuses_a_fifo_without_hanging() {
    let scratch = Scratch::new();
    let pipe = scratch.path("draft.txt");
    fifo(&pipe);
    scratch.run(&["check", path_str(&pipe)]).refused("named pipe");
}

#[test]
fn check_refuses_a_link_to_dev_urandom() {
    let scratch = Scratch::new();
    let link = scratch.path("draft.txt");
    std::os::unix::fs::symlink("/dev/urandom", &link).expect("links");
    scratch.run(&["check", path_str(&link)]).refused("a device");
}

#[test]
fn check_refuses_a_draft_over_a_megabyte() {
    let scratch = Scratch::new();
    let draft = scratch.write("draft.txt", "word ".repeat(300_000));
    scratch.run(&["check", path_str(&draft)]).refused("over 1048576 bytes");
}

#[test]
fn check_refuses_a_megabyte_on_standard_input() {
    let scratch = Scratch::new();
    let draft = scratch.write("draft.txt", "word ".repeat(300_000));
    let child = scratch
        .command(&["check"])
        .stdin(std::fs::File::open(&draft).expect("opens"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    crate::support::finish(child).refused("over 1048576 bytes");
}

#[test]
fn check_refuses_a_folder() {
    Scratch::new().run(&["check", "/tmp"]).refused("a folder");
}
