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

/// Phrases per save in the editor-save test: far more than a person saves at once, so a kill
/// often lands inside the transaction.
const SAVE_SIZE: usize = 120;

/// Run only as the child of the test below: saves phrases with their translations, one editor
/// save after another, until it is killed.
#[test]
#[ignore = "the child process of sigkill_mid_editor_save_never_leaves_half_a_save"]
fn editor_saves_until_killed() {
    use tactful::model::{Lang, PhraseContent, PhraseId, SituationKey, Status};
    use tactful::store::{Change, PhraseEdit};
    let Some(db) = std::env::var_os("TACTFUL_CRASH_DB") else { return };
    let mut store = Store::open(std::path::Path::new(&db), Seed::Empty).expect("opens");
    let counter = PhraseId::new("counter").expect("valid");
    let mut save: usize = store.phrase(&counter).expect("seeded").content.text.parse().expect("a number");
    loop {
        save += 1;
        let group = format!("save-{save}");
        let mut changes: Vec<Change> = (0..SAVE_SIZE)
            .map(|index| Change::Add {
                content: PhraseContent {
                    situation: SituationKey::new("s").expect("valid"),
                    lang: Lang::new(["en", "nl", "sv"][index % 3]).expect("valid"),
                    title: None,
                    text: format!("Save {save}, phrase {index}"),
                    avoid: vec![],
                    note: None,
                    tags: vec![],
                    status: Status::Draft,
                    group: Some(group.clone()),
                },
                collection: None,
            })
            .collect();
        changes.push(Change::Edit {
            phrase_id: counter.clone(),
            edit: PhraseEdit { text: Some(save.to_string()), ..PhraseEdit::default() },
        });
        store.save_changes(changes).expect("saves");
    }
}

#[test]
fn sigkill_mid_editor_save_never_leaves_half_a_save() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("saves.sqlite");
    {
        let mut store = Store::open(&db, Seed::Empty).expect("creates");
        let collection = crate::collection("Counter", "unused", 0)
            .replace(r#""phrases":[]"#, r#""phrases":[{"id":"counter","situation":"s","lang":"en","text":"0"}]"#);
        let path = directory.path().join("counter.json");
        std::fs::write(&path, collection).expect("writes");
        let valid = tactful::interchange::read_file(&path).expect("valid");
        store.import(&path, &valid, tactful::store::ImportMode::Apply).expect("imports");
    }
    for round in 0..12u64 {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args(["crash::editor_saves_until_killed", "--exact", "--ignored", "--test-threads", "1"])
            .env("TACTFUL_CRASH_DB", &db)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starts");
        std::thread::sleep(Duration::from_millis(150 + (round * 53) % 400));
        let _ = child.kill();
        let _ = child.wait();
    }
    let store = Store::open(&db, Seed::Empty).expect("reopens after kills");
    assert_eq!(store.check_integrity().expect("checks"), Vec::<String>::new());
    let counter: usize = store
        .phrase(&tactful::model::PhraseId::new("counter").expect("valid"))
        .expect("kept")
        .content
        .text
        .parse()
        .expect("a number");
    assert!(counter > 0, "no save committed; the test proved nothing");
    for save in 1..=counter + 1 {
        let members = store.group_members(&format!("save-{save}")).expect("reads").len();
        let expected = if save <= counter { SAVE_SIZE } else { 0 };
        assert_eq!(members, expected, "save {save}: {members} phrases, the counter says {counter}");
    }
    eprintln!("{counter} editor saves committed across 12 kills");
}
