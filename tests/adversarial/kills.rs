//! SIGKILL at spread moments during an import and an export: the database is always the old or
//! the new state, never a mix, and a killed export never leaves a half file in the target's place.

use std::time::Duration;

use crate::support::{Scratch, path_str};

fn kill_import_after(millis: u64) {
    let scratch = Scratch::new();
    scratch.seed("base.json", "base", 10);
    let file = scratch.write("big.json", crate::support::collection("k", 5_000).replace("\"Team\"", "\"Big\""));
    let mut child = scratch.command(&["import", path_str(&file)]).spawn().expect("spawns");
    std::thread::sleep(Duration::from_millis(millis));
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(scratch.integrity(), "ok");
    let count = scratch.phrase_count();
    assert!(count == 10 || count == 5_010, "old or new, found {count} after {millis} ms");
    // The database still works: a second import completes.
    scratch.run(&["import", path_str(&file)]).ok();
    assert_eq!(scratch.phrase_count(), 5_010);
}

fn kill_export_after(millis: u64) {
    let scratch = Scratch::new();
    scratch.seed("base.json", "e", 5_000);
    let out = scratch.write("out.json", "the previous export");
    let mut child = scratch.command(&["export", "-o", path_str(&out)]).spawn().expect("spawns");
    std::thread::sleep(Duration::from_millis(millis));
    let _ = child.kill();
    let _ = child.wait();
    let content = std::fs::read_to_string(&out).expect("reads");
    assert!(
        content == "the previous export" || serde_json::from_str::<serde_json::Value>(&content).is_ok(),
        "the target is the old file or a whole new one after {millis} ms"
    );
}

macro_rules! kills {
    ($kind:ident: $($name:ident = $millis:expr;)*) => {$(
        #[test]
        fn $name() {
            $kind($millis);
        }
    )*};
}

kills! { kill_import_after:
    import_killed_after_5_ms = 5;
    import_killed_after_25_ms = 25;
    import_killed_after_60_ms = 60;
    import_killed_after_120_ms = 120;
    import_killed_after_250_ms = 250;
    import_killed_after_500_ms = 500;
    import_killed_after_1000_ms = 1000;
    import_killed_after_2000_ms = 2000;
}

kills! { kill_export_after:
    export_killed_after_5_ms = 5;
    export_killed_after_50_ms = 50;
    export_killed_after_200_ms = 200;
    export_killed_after_600_ms = 600;
    export_killed_after_1500_ms = 1500;
}
