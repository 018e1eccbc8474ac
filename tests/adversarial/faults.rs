//! Fault injection at the Nth byte written: `ulimit -f` makes every write past N bytes fail (as a
//! full disk does), at spread values of N. An export keeps the previous file whole; an import
//! keeps the database consistent, all or nothing; a backup cut short does not count as a backup.

use crate::support::{Scratch, path_str};

/// Export of 3,000 phrases (about 600 KiB) over an existing file with writes failing after
/// `blocks` 512-byte blocks. Below 64 blocks SQLite's own shared-memory file (32 KiB) cannot be
/// written and the database does not open: a clean error too, but not the export's.
fn export_fails_after(blocks: u64) {
    let scratch = Scratch::new();
    scratch.seed("team.json", "t", 3_000);
    let out = scratch.write("out.json", "the previous export");
    let run = scratch.run_limited(&format!("ulimit -f {blocks}"), &["export", "-o", path_str(&out)]);
    assert!(!run.hung && run.code == Some(1), "{run:?}");
    assert!(run.stderr.contains("cannot write"), "{run:?}");
    assert_eq!(std::fs::read_to_string(&out).expect("reads"), "the previous export");
    let leftovers: Vec<String> = scratch.names("").into_iter().filter(|n| n.contains("tactful-tmp")).collect();
    assert!(leftovers.is_empty(), "a failed export cleans up: {leftovers:?}");
}

/// Import of 2,000 new phrases into a 50-phrase database with writes failing after `blocks`.
fn import_fails_after(blocks: u64) {
    let scratch = Scratch::new();
    scratch.seed("base.json", "base", 50);
    // Large enough that the database must grow past any of the limits below.
    let file = scratch.write("big.json", crate::support::collection("big", 2_000).replace("\"Team\"", "\"Big\""));
    let run = scratch.run_limited(&format!("ulimit -f {blocks}"), &["import", path_str(&file)]);
    assert!(!run.hung, "{run:?}");
    assert!(!run.stderr.contains("panicked"), "{run:?}");
    assert_eq!(scratch.integrity(), "ok");
    let count = scratch.phrase_count();
    assert!(count == 50 || count == 2_050, "all or nothing, found {count}: {run:?}");
    if run.code != Some(0) {
        assert_eq!(count, 50, "{run:?}");
    }
    // Backups that could not be finished are not left as if they were backups.
    let partial: Vec<String> = scratch.names("backups").into_iter().filter(|n| n.ends_with(".partial")).collect();
    assert!(partial.is_empty(), "{partial:?}");
    let backups = scratch.names("backups");
    for name in backups {
        let connection = rusqlite::Connection::open(scratch.path("backups").join(&name)).expect("opens");
        let verdict: String = connection.query_row("PRAGMA integrity_check", [], |row| row.get(0)).expect("checks");
        assert_eq!(verdict, "ok", "backup {name} is whole");
    }
}

macro_rules! faults {
    ($kind:ident: $($name:ident = $blocks:expr;)*) => {$(
        #[test]
        fn $name() {
            $kind($blocks);
        }
    )*};
}

faults! { export_fails_after:
    export_fails_after_32_kib = 64;
    export_fails_after_64_kib = 128;
    export_fails_after_128_kib = 256;
    export_fails_after_256_kib = 512;
    export_fails_after_512_kib = 1024;
}

faults! { import_fails_after:
    import_fails_at_the_first_byte = 0;
    import_fails_after_8_kib = 16;
    import_fails_after_64_kib = 128;
    import_fails_after_128_kib = 256;
    import_fails_after_256_kib = 512;
    import_fails_after_512_kib = 1024;
    import_fails_after_1_mib = 2048;
}

#[test]
fn a_database_that_cannot_grow_its_shared_memory_file_fails_cleanly() {
    let scratch = Scratch::new();
    scratch.seed("team.json", "t", 3);
    let out = scratch.write("out.json", "the previous export");
    let run = scratch.run_limited("ulimit -f 8", &["export", "-o", path_str(&out)]);
    run.refused("cannot open the phrasebook");
    assert_eq!(std::fs::read_to_string(&out).expect("reads"), "the previous export");
}

#[test]
fn an_export_killed_by_the_file_size_signal_keeps_the_previous_file() {
    let scratch = Scratch::new();
    scratch.seed("team.json", "t", 3_000);
    let out = scratch.write("out.json", "the previous export");
    // Without `trap '' XFSZ` the kernel kills the process at the limit, mid-write.
    let mut command = std::process::Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "ulimit -f 128; exec '{}' --no-builtin export -o '{}'",
            crate::support::binary().display(),
            path_str(&out)
        ))
        .env("TACTFUL_DB", scratch.db())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let run = crate::support::finish(command.spawn().expect("spawns"));
    assert!(!run.hung && run.code.is_none(), "killed by SIGXFSZ: {run:?}");
    assert_eq!(std::fs::read_to_string(&out).expect("reads"), "the previous export");
}

#[test]
fn too_few_file_descriptors_is_a_clean_error() {
    let scratch = Scratch::new();
    scratch.seed("team.json", "t", 3);
    let run = scratch.run_limited("ulimit -n 4", &["export"]);
    assert!(!run.hung && !run.stderr.contains("panicked"), "{run:?}");
}

#[test]
fn a_memory_cap_is_respected_by_a_large_import() {
    let scratch = Scratch::new();
    let file = scratch.write("big.json", crate::support::collection("m", 5_000));
    // 1.5 GiB of address space: the import must fit (it needs far less), not die.
    let run = scratch.run_limited("ulimit -v 1572864", &["import", path_str(&file)]);
    run.ok();
    assert_eq!(scratch.phrase_count(), 5_000);
}
