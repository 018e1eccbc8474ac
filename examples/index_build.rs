//! Times building the search index from phrases already in memory, at each size given, and how the
//! time grows from one size to the next: `cargo run --release --example index_build -- 25000 100000
//! 400000` (five builds per size; `BUILDS=9` for more). The phrases come from the benchmark corpus
//! (`benches/corpus.rs`) as the store hands them over, in id order, so the build is timed alone:
//! no database, no import. A build on its own, again and again, is also what a profiler wants.

use std::path::Path;
use std::time::Instant;

use tactful::interchange::{json, validate};
use tactful::model::{Phrase, Situation, Usage};
use tactful::search::SearchIndex;

#[path = "../benches/corpus.rs"]
mod corpus;

/// The corpus's phrases and situations, as a fresh import would store them.
fn phrases(count: usize) -> (Vec<Phrase>, Vec<Situation>) {
    let path = Path::new("corpus.json");
    let text = corpus::collection_json(count);
    let collection = validate::validate(path, json::parse(path, &text).expect("parses")).expect("valid");
    let now = tactful::model::now();
    let mut phrases: Vec<Phrase> = collection
        .phrases
        .into_iter()
        .map(|incoming| Phrase {
            id: incoming.id,
            collection: collection.name.clone(),
            content: incoming.content,
            created_at: now,
            updated_at: now,
            usage: Usage::default(),
        })
        .collect();
    phrases.sort_by(|left, right| left.id.cmp(&right.id));
    (phrases, collection.situations)
}

/// CPU time of the whole process so far (every thread), in milliseconds, where Linux tells it: on a
/// shared machine it moves less with the load than the wall clock does. Clock ticks, so 10 ms steps.
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at state; utime and stime are
    // the 14th and 15th fields of the line, in ticks of 1/100 s.
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace().skip(11);
    let user: f64 = fields.next()?.parse().ok()?;
    let system: f64 = fields.next()?.parse().ok()?;
    Some((user + system) * 10.0)
}

fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|value| value.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![25_000, 100_000, 400_000] } else { sizes };
    let builds: usize = std::env::var("BUILDS").ok().and_then(|value| value.parse().ok()).unwrap_or(5).max(1);
    let mut previous: Option<(usize, f64)> = None;
    for count in sizes {
        let (phrases, situations) = phrases(count);
        let mut times = Vec::with_capacity(builds);
        let mut cpu = Vec::with_capacity(builds);
        for _ in 0..builds {
            // The index takes the phrases it is built from; the copy is made before the clock starts.
            let copy = phrases.clone();
            let cpu_before = cpu_ms();
            let started = Instant::now();
            let index = SearchIndex::build(copy, &situations, tactful::model::now());
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            if let (Some(before), Some(after)) = (cpu_before, cpu_ms()) {
                cpu.push(after - before);
            }
            // Dropped outside the timing, as the window keeps its index.
            assert_eq!(index.len(), count);
        }
        times.sort_by(f64::total_cmp);
        cpu.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        let cpu = cpu.get(cpu.len() / 2).map(|cpu| format!(", CPU {cpu:.0} ms")).unwrap_or_default();
        let growth = previous
            .map(|(size, time)| format!("; ×{:.2} for ×{:.1} phrases", median / time, count as f64 / size as f64))
            .unwrap_or_default();
        println!(
            "index build {count:>8} phrases: median {median:.1} ms ({:.1}–{:.1}, {builds} builds{cpu}){growth}",
            times[0],
            times[times.len() - 1]
        );
        previous = Some((count, median));
    }
}
