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
