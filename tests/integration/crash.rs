//! Kill a writer at random moments, many times: the database must stay intact and every import
//! that committed must be wholly present (no half batches).

use std::process::{Command, Stdio};
use std::time::Duration;

use tactful::store::{Seed, Store};

const BATCH: usize = 1500;
const ROUNDS: usize = 24;

#[test]
fn sigkill_mid_import_never_leaves_half_a_batch() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("crash.sqlite");
    drop(Store::open(&db, Seed::Empty).expect("creates"));
    for round in 0..ROUNDS {
        let file = directory.path().join(format!("batch{round}.json"));
        std::fs::write(&file, crate::collection(&format!("Batch {round}"), &format!("b{round}-"), BATCH))
            .expect("writes");
        let mut child = Command::new(crate::tactful_binary())
            .args(["import", file.to_str().expect("utf-8")])
            .env("TACTFUL_DB", &db)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starts");
        // Spread the kills over the writer's whole life: start-up, backup, the transaction, commit.
        let delay = (round as u64 * 37) % 260;
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill(); // SIGKILL on Unix; an already finished import is fine too.
        let _ = child.wait();
    }
    let store = Store::open(&db, Seed::Empty).expect("reopens after kills");
    assert_eq!(store.check_integrity().expect("checks"), Vec::<String>::new());
    let phrases = store.phrases().expect("reads");
    let mut complete = 0;
    for round in 0..ROUNDS {
        let prefix = format!("b{round}-");
        let present = phrases.iter().filter(|phrase| phrase.id.as_str().starts_with(&prefix)).count();
        assert!(present == 0 || present == BATCH, "round {round}: {present} of {BATCH} phrases — a torn batch");
        complete += usize::from(present == BATCH);
    }
    eprintln!("{complete} of {ROUNDS} imports committed before their kill");
    assert!(complete < ROUNDS, "no kill landed mid-import; the test proved nothing");
}
