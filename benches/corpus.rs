//! A deterministic generated phrasebook for benchmarks: the same seed gives the same file on every
//! machine, so figures are comparable between runs.

use std::fmt::Write;

const WORDS: &[&str] = &[
    "refund",
    "order",
    "delivery",
    "invoice",
    "account",
    "password",
    "manager",
    "policy",
    "return",
    "exchange",
    "today",
    "tomorrow",
    "together",
    "understand",
    "happy",
    "sorry",
    "check",
    "confirm",
    "update",
    "option",
    "offer",
    "customer",
    "kunden",
    "bestelling",
    "levering",
    "factuur",
    "wachten",
    "oplossen",
    "begrijp",
    "graag",
    "samen",
    "meteen",
    "beställning",
    "leverans",
    "faktura",
    "vänta",
    "lösa",
    "förstår",
    "gärna",
    "tillsammans",
    "direkt",
    "rätt",
    "заказ",
    "доставка",
    "счёт",
    "возврат",
    "решим",
    "понимаю",
    "сегодня",
    "вместе",
    "проверю",
    "вариант",
    "the",
    "we",
    "can",
    "will",
    "you",
    "your",
    "this",
    "that",
    "for",
    "with",
    "and",
    "right",
    "now",
    "soon",
    "time",
    "email",
    "phone",
    "chat",
    "ticket",
    "team",
    "help",
    "look",
    "into",
    "make",
    "sure",
    "sorted",
    "step",
    "next",
];
const LANGS: &[&str] = &["en", "nl", "sv", "ru"];
const TAGS: &[&str] = &["call", "chat", "email", "refund", "delivery", "billing", "order", "policy", "manager"];

struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

fn sentence(random: &mut Random, words: usize) -> String {
    let mut text = String::new();
    for index in 0..words {
        if index > 0 {
            text.push(' ');
        }
        text.push_str(WORDS[random.below(WORDS.len())]);
    }
    text.push('.');
    text
}

/// A collection file (format v1) with `count` phrases over 18 situations.
pub fn collection_json(count: usize) -> String {
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let mut json =
        String::from("{\"format\":\"tactful.collection\",\"version\":1,\"name\":\"Benchmark corpus\",\"situations\":[");
    for situation in 0..18 {
        if situation > 0 {
            json.push(',');
        }
        let _ = write!(json, "{{\"key\":\"situation-{situation}\",\"title\":{{\"en\":\"Situation {situation}\"}}}}");
    }
    json.push_str("],\"phrases\":[");
    for index in 0..count {
        if index > 0 {
            json.push(',');
        }
        let words = 8 + random.below(22);
        let text = sentence(&mut random, words);
        let avoid_words = 3 + random.below(5);
        let avoid = sentence(&mut random, avoid_words);
        let tag = TAGS[random.below(TAGS.len())];
        let status = if random.below(10) == 0 { "draft" } else { "vetted" };
        let _ = write!(
            json,
            "{{\"id\":\"bench-{index}\",\"situation\":\"situation-{}\",\"lang\":\"{}\",\"text\":\"{text}\",\"avoid\":[\"{avoid}\"],\"tags\":[\"{tag}\"],\"status\":\"{status}\",\"group\":\"g{}\"}}",
            index % 18,
            LANGS[index % 4],
            index / 4
        );
    }
    json.push_str("]}\n");
    json
}

/// Queries as an agent types them, one keystroke at a time.
#[allow(dead_code)]
pub const TYPED_QUERIES: &[&str] =
    &["refund today", "refnud", "понимаю заказ", "bestelling wachten", "rätt lösa", "manager policy"];

/// Escapes a generated string for a JSON literal (the generators write quotes only through here).
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            other => out.push(other),
        }
    }
    out.push('"');
    out
}

/// Like [`collection_json`], with every field a real phrasebook fills: the text, two blunt lines,
/// a note and two or three tags (the built-in phrasebook's shape). Whole-process figures
/// (`benches/vs_fzf.sh`, `benches/startup.sh`) use this one: reading and indexing cost follows
/// the fields, not only the text.
#[allow(dead_code)]
pub fn full_collection_json(count: usize) -> String {
    full_collection_part_json(0, count)
}

/// The phrases `first..first + count` of a large full-field corpus, as one collection file: an
/// import refuses files over 64 MiB, so a million phrases go in as several parts. Each part draws
/// its words from its own seed; part 0 is [`full_collection_json`].
#[allow(dead_code)]
pub fn full_collection_part_json(first: usize, count: usize) -> String {
    let mut random = Random(0x2545_f491_4f6c_dd1d ^ (first as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let mut json = String::from(
        "{\"format\":\"tactful.collection\",\"version\":1,\"name\":\"Benchmark corpus, full fields\",\"situations\":[",
    );
    for situation in 0..18 {
        if situation > 0 {
            json.push(',');
        }
        let _ = write!(json, "{{\"key\":\"situation-{situation}\",\"title\":{{\"en\":\"Situation {situation}\"}}}}");
    }
    json.push_str("],\"phrases\":[");
    for index in first..first + count {
        if index > first {
            json.push(',');
        }
        let text_words = 10 + random.below(25);
        let text = sentence(&mut random, text_words);
        let avoid_words = (3 + random.below(6), 3 + random.below(6));
        let first_avoid = sentence(&mut random, avoid_words.0);
        let second_avoid = sentence(&mut random, avoid_words.1);
        let note_words = 6 + random.below(12);
        let note = sentence(&mut random, note_words);
        let tag_count = 2 + random.below(2);
        let tags: Vec<String> = (0..tag_count).map(|_| json_string(TAGS[random.below(TAGS.len())])).collect();
        let status = if random.below(10) == 0 { "draft" } else { "vetted" };
        let _ = write!(
            json,
            "{{\"id\":\"full-{index}\",\"situation\":\"situation-{}\",\"lang\":\"{}\",\"text\":{},\"avoid\":[{},{}],\"note\":{},\"tags\":[{}],\"status\":\"{status}\",\"group\":\"g{}\"}}",
            index % 18,
            LANGS[index % 4],
            json_string(&text),
            json_string(&first_avoid),
            json_string(&second_avoid),
            json_string(&note),
            tags.join(","),
            index / 4
        );
    }
    json.push_str("]}\n");
    json
}

/// Syllables for made-up words: with two to four of them the vocabulary runs to tens of thousands
/// of distinct words, as in a public snippet hub (typo fixers alone bring thousands).
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "sta", "tor", "ve", "qui", "bel", "dra", "fen", "gor", "hal", "jin", "kre", "lum", "mor",
    "nat", "ost", "pra", "rus", "sel", "tam", "urb", "vol", "wen", "xa", "yor", "zen", "ab", "ec", "id",
];
const SYMBOLS: &[&str] =
    &["→", "←", "⇒", "✓", "✗", "©", "®", "™", "°", "±", "×", "÷", "€", "£", "¥", "§", "¶", "•", "…", "≈"];
const EMOJI: &[&str] =
    &["😀", "😂", "🙂", "😉", "😍", "👍", "👎", "🙏", "🎉", "🔥", "💡", "✅", "❌", "⭐", "🚀", "❤️"];

fn made_up_word(random: &mut Random) -> String {
    let syllables = 2 + random.below(3);
    (0..syllables).map(|_| SYLLABLES[random.below(SYLLABLES.len())]).collect()
}

/// Collection files shaped like the public Espanso hub once imported: `total` short snippets in
/// 175 packages (one collection each) of four kinds — typo fixers, symbols, postal codes with
/// place names, emoji — each a draft in the Espanso situation, tagged `espanso`, with the trigger
/// in its note. Returns (file name, JSON) per package. No one here wrote this data's shape: it is
/// what an agent who imports the hub gets.
#[allow(dead_code)]
pub fn espanso_shaped_packages(total: usize) -> Vec<(String, String)> {
    const PACKAGES: usize = 175;
    let mut random = Random(0x9fb2_1c65_1e98_df25);
    let mut files = Vec::with_capacity(PACKAGES);
    let mut made = 0;
    for package in 0..PACKAGES {
        let share = (total - made) / (PACKAGES - package);
        let kind = package % 4;
        let name = format!("espanso-package-{package:03}");
        let mut json = format!(
            "{{\"format\":\"tactful.collection\",\"version\":1,\"name\":\"{name}\",\"situations\":[{{\"key\":\"espanso-snippets\",\"title\":{{\"en\":\"Espanso snippets\"}}}}],\"phrases\":["
        );
        for index in 0..share {
            if index > 0 {
                json.push(',');
            }
            let (trigger, text) = match kind {
                0 => {
                    let word = made_up_word(&mut random);
                    let mut typo: Vec<char> = word.chars().collect();
                    let at = random.below(typo.len().saturating_sub(1).max(1));
                    typo.swap(at, at + 1);
                    (typo.into_iter().collect::<String>(), word)
                }
                1 => {
                    let symbol = SYMBOLS[random.below(SYMBOLS.len())];
                    (format!(":{}{index}", made_up_word(&mut random)), symbol.to_owned())
                }
                2 => {
                    let code = 10_000 + random.below(89_999);
                    let place = format!("{} {}", made_up_word(&mut random), made_up_word(&mut random));
                    (format!(":zip{code}"), format!("{code} {place}"))
                }
                _ => {
                    let emoji = EMOJI[random.below(EMOJI.len())];
                    (format!(":{}:", made_up_word(&mut random)), emoji.to_owned())
                }
            };
            let _ = write!(
                json,
                "{{\"id\":\"espanso.p{package}-{index}.en\",\"situation\":\"espanso-snippets\",\"lang\":\"en\",\"text\":{},\"note\":{},\"tags\":[\"espanso\"],\"status\":\"draft\"}}",
                json_string(&text),
                json_string(&format!("Espanso trigger: {trigger}")),
            );
        }
        json.push_str("]}\n");
        made += share;
        files.push((format!("{name}.json"), json));
    }
    files
}
