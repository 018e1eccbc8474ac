//! The content stamp during a bulk write. Migration 6's triggers draw a new stamp for every row
//! changed in what search reads, so a stored index is never trusted over stale content; an import
//! of 100,000 phrases fired them hundreds of thousands of times (about 3 s of a 6 s import).
//! Inside the import's own transaction the triggers are set aside, and put back with one new
//! stamp drawn before it commits: other connections only ever see the triggers in place and a
//! new stamp, and a failed or dry-run import rolls the setting-aside back with everything else.

use rusqlite::Transaction;

use super::StoreResult;

/// The content stamp's triggers, set aside for the rest of a transaction.
#[derive(Debug)]
pub(super) struct PausedStamp {
    /// Each trigger's statement, as SQLite keeps it.
    statements: Vec<String>,
}

/// Sets the content stamp's triggers aside for the rest of `transaction`.
pub(super) fn pause(transaction: &Transaction<'_>) -> StoreResult<PausedStamp> {
    let triggers: Vec<(String, String)> = transaction
        .prepare(
            "SELECT name, sql FROM sqlite_master
             WHERE type = 'trigger' AND name LIKE 'content\\_stamp\\_%' ESCAPE '\\' ORDER BY name",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (name, _) in &triggers {
        // Names come from sqlite_master and are quoted anyway.
        transaction.execute_batch(&format!("DROP TRIGGER \"{}\"", name.replace('"', "\"\"")))?;
    }
    Ok(PausedStamp { statements: triggers.into_iter().map(|(_, statement)| statement).collect() })
}

/// Puts the triggers back and draws the one new stamp the transaction's changes call for.
pub(super) fn resume(transaction: &Transaction<'_>, paused: PausedStamp) -> StoreResult<()> {
    for statement in &paused.statements {
        transaction.execute_batch(statement)?;
    }
    transaction.execute("UPDATE content_stamp SET stamp = random()", [])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::store::{Seed, Store};

    fn triggers(store: &Store) -> i64 {
        store
            .connection
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'content_stamp_%'",
                [],
                |row| row.get(0),
            )
            .expect("counts")
    }

    #[test]
    fn a_paused_stamp_comes_back_with_every_trigger_and_a_new_stamp() {
        let mut store = Store::open_in_memory(Seed::Builtin).expect("opens");
        let (before, count) = (store.content_stamp().expect("stamp"), triggers(&store));
        assert_eq!(count, 15, "migration 6 made 15 triggers");
        let transaction = store.connection.transaction().expect("begins");
        let paused = super::pause(&transaction).expect("pauses");
        transaction.execute("UPDATE phrases SET text = text || ' '", []).expect("updates");
        super::resume(&transaction, paused).expect("resumes");
        transaction.commit().expect("commits");
        assert_eq!(triggers(&store), count);
        let after = store.content_stamp().expect("stamp");
        assert_ne!(after, before, "the changes drew a new stamp");
        // The triggers put back still fire.
        store.connection.execute("UPDATE phrases SET text = trim(text)", []).expect("updates");
        assert_ne!(store.content_stamp().expect("stamp"), after);
    }

    #[test]
    fn a_rolled_back_transaction_keeps_the_triggers() {
        let mut store = Store::open_in_memory(Seed::Builtin).expect("opens");
        let transaction = store.connection.transaction().expect("begins");
        let _paused = super::pause(&transaction).expect("pauses");
        transaction.rollback().expect("rolls back");
        assert_eq!(triggers(&store), 15);
    }
}
