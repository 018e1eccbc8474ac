//! The interface's message files: every id in all four languages with the same variables, every
//! id the code names present in English, and no English label left as a literal in `src/gui`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use tactful::i18n::{Language, Message, messages};

fn by_id(language: Language) -> BTreeMap<String, Message> {
    let list = messages(language)
        .unwrap_or_else(|errors| panic!("{} does not parse:\n{}", language.code(), errors.join("\n")));
    let mut map = BTreeMap::new();
    for message in list {
        let id = message.id.clone();
        assert!(map.insert(id.clone(), message).is_none(), "{}: {id} is defined twice", language.code());
    }
    map
}

/// What one translation lacks, has extra, or uses with other variables than English.
fn differences(english: &BTreeMap<String, Message>, translation: &BTreeMap<String, Message>) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, source) in english {
        match translation.get(id) {
            None => problems.push(format!("missing {id}")),
            Some(translated) if translated.variables != source.variables => {
                problems.push(format!("{id}: variables {:?}, English has {:?}", translated.variables, source.variables))
            }
            Some(_) => {}
        }
    }
    problems
        .extend(translation.keys().filter(|id| !english.contains_key(*id)).map(|id| format!("{id} is not in English")));
    problems
}

#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let english = by_id(Language::En);
    assert!(english.len() > 300, "the English files hold every message ({} found)", english.len());
    let mut report = Vec::new();
    for language in [Language::Nl, Language::Sv, Language::Ru] {
        for problem in differences(&english, &by_id(language)) {
            report.push(format!("{}: {problem}", language.code()));
        }
    }
    assert!(report.is_empty(), "{} differences:\n{}", report.len(), report.join("\n"));
}

#[test]
fn the_comparison_notices_a_missing_message_and_a_renamed_variable() {
    let message = |id: &str, variables: &[&str]| Message {
        id: id.to_owned(),
        file: "window.ftl".to_owned(),
        variables: variables.iter().map(|name| (*name).to_owned()).collect::<BTreeSet<_>>(),
    };
    let english: BTreeMap<_, _> =
        [("a".to_owned(), message("a", &["count"])), ("b".to_owned(), message("b", &[]))].into_iter().collect();
    let translation: BTreeMap<_, _> = [("a".to_owned(), message("a", &["number"]))].into_iter().collect();
    let problems = differences(&english, &translation);
    assert_eq!(problems.len(), 2, "{problems:?}");
}

fn rust_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![folder.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("reads the source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn source_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The string literals of one line of code (plain and raw), with escapes left as written.
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let characters: Vec<char> = line.chars().collect();
    let mut index = 0;
    while index < characters.len() {
        match characters[index] {
            // A comment ends the code on this line (a `//` inside a literal is skipped below).
            '/' if characters.get(index + 1) == Some(&'/') => break,
            // A character literal such as '"' is not the start of a string.
            '\'' if characters.get(index + 2) == Some(&'\'') || characters.get(index + 3) == Some(&'\'') => {
                index += if characters.get(index + 1) == Some(&'\\') { 4 } else { 3 };
            }
            'r' if characters.get(index + 1) == Some(&'#') && characters.get(index + 2) == Some(&'"') => {
                let start = index + 3;
                let mut end = start;
                while end + 1 < characters.len() && !(characters[end] == '"' && characters[end + 1] == '#') {
                    end += 1;
                }
                found.push(characters[start..end.min(characters.len())].iter().collect());
                index = end + 2;
            }
            '"' => {
                let start = index + 1;
                let mut end = start;
                while end < characters.len() && characters[end] != '"' {
                    end += if characters[end] == '\\' { 2 } else { 1 };
                }
                found.push(characters[start..end.min(characters.len())].iter().collect());
                index = end + 1;
            }
            _ => index += 1,
        }
    }
    found
}

/// Literals that are not words for people: brand and key names, paths, environment variables.
const ALLOWED: [&str; 8] = ["Tactful", "Esc", "Enter", "tactful: {}", "TeamState", "show\\n", "ok\\n", "ctrl+alt+KeyT"];

/// Whether a literal reads as words for a person: after placeholders and escapes are taken out it
/// has a letter, and it is not an id, key or salt (`search-box`, `draft`), an all-capitals
/// environment name, a path, a key combination or on the allow-list.
fn reads_as_words(literal: &str, line: &str) -> bool {
    // Debug names, embedded files and messages for programmers (`expect`) are not for agents.
    let for_programmers =
        ["debug_struct(", "include_bytes!(", ".expect(", "reason = \""].iter().any(|call| line.contains(call));
    if ALLOWED.contains(&literal) || for_programmers {
        return false;
    }
    let mut text = String::new();
    let mut depth = 0;
    for character in literal.chars() {
        match character {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => text.push(character),
            _ => {}
        }
    }
    let text = text.replace("\\n", " ").replace("\\t", " ");
    // A strftime pattern such as "%H:%M" has letters only as directives.
    let text = text
        .split('%')
        .enumerate()
        .map(|(index, part)| if index == 0 { part } else { part.get(1..).unwrap_or("") })
        .collect::<String>();
    let text = text.trim();
    if !text.chars().any(char::is_alphabetic) {
        return false;
    }
    let id_like = text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c));
    let environment = text.chars().all(|c| c.is_ascii_uppercase() || c == '_');
    let path = text.contains('/') && !text.contains(' ');
    let keys =
        ["Alt+", "Ctrl+", "Shift+", "Cmd+"].iter().any(|modifier| text.starts_with(modifier)) && !text.contains(' ');
    !(id_like || environment || path || keys)
}

/// `file:line: "literal"` for every literal that reads as words, outside `#[cfg(test)]` modules.
fn english_literals(file: &Path, source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]\nmod tests").next().unwrap_or(source);
    let mut found = Vec::new();
    for (number, line) in code.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        for literal in literals(line) {
            if reads_as_words(&literal, line) {
                found.push(format!("{}:{}: \"{literal}\"", file.display(), number + 1));
            }
        }
    }
    found
}

#[test]
fn no_english_label_is_left_as_a_literal_in_the_window() {
    let root = source_root();
    let mut found = Vec::new();
    for file in rust_files(&root.join("gui")) {
        let source = std::fs::read_to_string(&file).expect("reads a source file");
        found.extend(english_literals(file.strip_prefix(&root).unwrap_or(&file), &source));
    }
    assert!(
        found.is_empty(),
        "words for people belong in assets/i18n/en/*.ftl, looked up with tr!(\"id\"):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_catches_a_new_english_label_and_passes_ids_and_format_strings() {
    let source = r##"
fn panel(ui: &mut egui::Ui) {
    ui.label("Search phrases");
    ui.button("Copy");
    ui.label(format!("{count} more in other languages"));
    ui.label(tr!("search-label"));
    egui::Id::unique("search-box");
    let keys = format!("{}  ({})", a, b);
    let alt = "Alt+↓";
    let path = "/path/to/team.json";
}

#[cfg(test)]
mod tests {
    fn fixture() { let _ = "An English test fixture"; }
}
"##;
    let found = english_literals(Path::new("gui/example.rs"), source);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].contains("Search phrases") && found[1].contains("\"Copy\"") && found[2].contains("more in other"));
}

/// The ids the code names as literals: `tr!("id"…)`, `text("id")`, and ids chosen in `match`
/// arms or tables (`"sidebar-trash"`), recognised by a prefix the message files use.
fn ids_named_in(source: &str, prefixes: &BTreeSet<String>) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for line in source.lines() {
        for literal in literals(line) {
            let id_shaped = literal.contains('-')
                && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            let prefix = literal.split('-').next().unwrap_or_default();
            let named = line.contains(&format!("tr!(\"{literal}\"")) || line.contains(&format!("text(\"{literal}\""));
            if id_shaped && (named || prefixes.contains(prefix)) {
                ids.insert(literal);
            }
        }
    }
    ids
}

#[test]
fn every_id_the_code_names_is_in_english() {
    let english = by_id(Language::En);
    // Prefixes that only message ids use; egui salts such as "draft-findings" share "draft-", so
    // those are checked through tr! calls and the kittest flows (tactful::i18n::missing_ids).
    let prefixes: BTreeSet<String> = [
        "badge",
        "calendar",
        "cli",
        "command",
        "help",
        "hotkey",
        "language",
        "menu",
        "sidebar",
        "status",
        "subscribe",
        "team",
        "toast",
        "trash",
        "window",
    ]
    .iter()
    .map(|prefix| (*prefix).to_owned())
    .collect();
    let root = source_root();
    let mut missing = Vec::new();
    for folder in ["gui", "cli"] {
        for file in rust_files(&root.join(folder)) {
            let source = std::fs::read_to_string(&file).expect("reads a source file");
            let code = source.split("#[cfg(test)]\nmod tests").next().unwrap_or(&source);
            for id in ids_named_in(code, &prefixes) {
                if !english.contains_key(&id) {
                    missing.push(format!("{}: {id}", file.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "ids the code uses but assets/i18n/en lacks:\n{}", missing.join("\n"));
}

#[test]
fn command_line_errors_follow_the_desktop_language_and_stay_the_core_words_in_english() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let missing = folder.path().join("missing.json");
    let run = |locale: &str| {
        let output = std::process::Command::new(crate::tactful_binary())
            .arg("import")
            .arg(&missing)
            .env("TACTFUL_DB", folder.path().join("phrasebook.sqlite"))
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .env("LANG", locale)
            .output()
            .expect("tactful runs");
        assert!(!output.status.success(), "{locale}: importing a missing file fails");
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let russian = run("ru_RU.UTF-8");
    assert!(russian.contains("не удаётся прочитать файл"), "{russian}");
    let swedish = run("sv_SE.UTF-8");
    assert!(swedish.contains("det går inte att läsa filen"), "{swedish}");
    let english = run("en_US.UTF-8");
    assert!(english.contains("cannot read the file"), "{english}");
}
