//! Hostile and malformed content: nesting bombs, encodings, sizes, and values meant to confuse.
//! Every file is refused with a message naming its problem, or imported exactly; none hangs,
//! panics or changes anything when refused.

use crate::support::{Scratch, path_str};

fn import(name: &str, content: impl AsRef<[u8]>) -> (Scratch, crate::support::Run) {
    let scratch = Scratch::new();
    scratch.seed("base.json", "base", 2);
    let file = scratch.write(name, content);
    let run = scratch.run(&["import", path_str(&file)]);
    (scratch, run)
}

fn refused(name: &str, content: impl AsRef<[u8]>, needle: &str) {
    let (scratch, run) = import(name, content);
    run.refused(needle);
    assert_eq!(scratch.phrase_count(), 2, "nothing changed");
}

fn phrase_json(text: &str) -> String {
    format!(
        r#"{{"format":"tactful.collection","version":1,"name":"Team","phrases":[{{"id":"x","situation":"s","lang":"en","text":{text},"status":"vetted"}}]}}"#
    )
}

macro_rules! refused_files {
    ($($name:ident: $file:expr, $content:expr, $needle:expr;)*) => {$(
        #[test]
        fn $name() {
            refused($file, $content, $needle);
        }
    )*};
}

refused_files! {
    deeply_nested_json_arrays: "deep.json", "[".repeat(100_000), "deep.json";
    deeply_nested_json_objects: "deep.json", "{\"a\":".repeat(50_000), "deep.json";
    yaml_flow_sequences_nested_200_kb: "deep.yml", format!("matches: {}", "[".repeat(200_000)), "nest more than 64";
    yaml_flow_mappings_nested_100_kb: "deep.yml", format!("matches: {}", "{a: ".repeat(25_000)), "nest more than 64";
    yaml_alias_bomb: "bomb.yml", "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\nmatches: *h\n", "bomb.yml";
    yaml_that_is_a_list: "list.yml", "- a\n- b\n", "mapping";
    invalid_utf8_json: "bad.json", b"{\"name\": \"\xff\xfe\"}", "not UTF-8";
    utf16_json: "wide.json", [0xFFu8, 0xFE, b'{', 0, b'}', 0], "not UTF-8";
    nul_bytes_json: "nul.json", "\0".repeat(1000), "nul.json";
    empty_json: "empty.json", "", "empty.json";
    whitespace_json: "space.json", "   \n\t  ", "space.json";
    json_null: "null.json", "null", "null.json";
    json_wrong_format_name: "other.json", r#"{"format":"other","version":1,"phrases":[]}"#, "format";
    json_future_version: "v9.json", r#"{"format":"tactful.collection","version":9,"phrases":[]}"#, "version";
    json_unknown_situation: "unknown.json", phrase_json("\"Hi\"").replace("\"s\"", "\"nowhere\""), "nowhere";
    json_id_with_path_traversal: "dots.json", phrase_json("\"Hi\"").replace("\"id\":\"x\"", "\"id\":\"../../etc/passwd\""), "id";
    json_empty_text: "blank.json", phrase_json("\"   \""), "text";
    json_unclosed_placeholder: "brace.json", phrase_json("\"Dear {name\""), "brace.json";
    json_language_with_underscore: "lang.json", phrase_json("\"Hi\"").replace("\"en\"", "\"xx_YY\""), "lang";
    json_duplicate_ids: "twice.json", r#"{"format":"tactful.collection","version":1,"name":"T","phrases":[{"id":"d","situation":"s","lang":"en","text":"A","status":"vetted"},{"id":"d","situation":"s","lang":"en","text":"B","status":"vetted"}]}"#, "appears twice";
    json_huge_number_version: "num.json", r#"{"format":"tactful.collection","version":1e400,"phrases":[]}"#, "num.json";
    json_truncated: "cut.json", &phrase_json("\"Hi\"")[..40], "cut.json";
    csv_unclosed_quote: "open.csv", "situation,lang,text\ns,en,\"never closed\n", "never closed";
    csv_header_only_with_unknown_columns: "cols.csv", "situation,lang,text,colour\n", "unknown column";
    csv_missing_required_column: "req.csv", "situation,text\ns,hello\n", "\"lang\" is missing";
    csv_ragged_rows: "ragged.csv", "situation,lang,text\ns,en\n", "cells where the header has";
    csv_bad_status: "status.csv", "situation,lang,text,status\ns,en,Hi,approved\n", "status";
    csv_ten_thousand_columns: "wide.csv", format!("situation,lang,text,{}\n", (0..10_000).map(|n| format!("c{n}")).collect::<Vec<_>>().join(",")), "unknown column";
    csv_binary_garbage: "garbage.csv", (0..=255u8).cycle().take(100_000).collect::<Vec<u8>>(), "garbage.csv";
}

#[test]
fn yaml_tags_are_never_executed() {
    let (scratch, run) = import(
        "tags.yml",
        "matches:\n  - trigger: ':x'\n    replace: !!python/object/apply:os.system ['touch /tmp/pwned']\n",
    );
    assert!(!run.hung && !run.stderr.contains("panicked"), "{run:?}");
    assert!(scratch.phrase_count() >= 2);
}

#[test]
fn a_megabyte_long_phrase_is_imported_whole() {
    let text = "word ".repeat(200_000);
    let (scratch, run) = import(
        "long.json",
        phrase_json(&format!("\"{}\"", text.trim())).replace(
            "\"name\":\"Team\",",
            "\"name\":\"Team\",\"situations\":[{\"key\":\"s\",\"title\":{\"en\":\"S\"}}],",
        ),
    );
    run.ok();
    assert_eq!(scratch.phrase_count(), 3);
}

#[test]
fn a_hundred_thousand_distinct_placeholders_import_and_copy() {
    let text: String = (0..100_000).map(|n| format!("{{p{n}}} ")).collect();
    let (scratch, run) = import("many.json", phrase_json(&format!("\"{}\"", text.trim())));
    run.ok();
    let copied = scratch.run(&["copy", "x", "--print"]);
    copied.ok();
    assert!(copied.stdout.contains("{p99999}"), "unfilled placeholders stay visible");
}

#[test]
fn ten_thousand_tags_are_kept_once_each() {
    let tags: Vec<String> = (0..10_000).map(|n| format!("\"tag{}\"", n % 5_000)).collect();
    let content = phrase_json("\"Hi\"").replace("\"status\"", &format!("\"tags\":[{}],\"status\"", tags.join(",")));
    let (scratch, run) = import("tags.json", content);
    run.ok();
    assert_eq!(scratch.phrase_count(), 3);
}

#[test]
fn formula_cells_come_back_neutral() {
    let (scratch, run) = import("f.csv", "situation,lang,text,avoid\ns,en,'=cmd|' /C calc'!A0,'@SUM(1)\n");
    run.ok();
    let export = scratch.run(&["export", "--format", "csv"]);
    assert!(export.stdout.contains("'=cmd"), "{export:?}");
}

#[test]
fn crlf_csv_with_bom_is_read() {
    let (scratch, run) = import("crlf.csv", "\u{feff}situation,lang,text\r\ns,en,Hello there\r\n");
    run.ok();
    assert_eq!(scratch.phrase_count(), 3);
}
