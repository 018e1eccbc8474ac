//! Writes the deterministic benchmark phrasebooks.
//!
//! - `generate_corpus 100000 > corpus.json`: short phrases (text, one blunt line, a tag);
//! - `generate_corpus 100000 full > corpus.json`: every field filled, as real phrasebooks are;
//! - `generate_corpus 100000 full 300000 > part.json`: the same shape, phrases 300000..400000 of a
//!   larger corpus (an import takes at most 64 MiB per file, about 120,000 such phrases);
//! - `generate_corpus 85000 espanso DIR`: one collection file per package in `DIR`, shaped like
//!   the public Espanso hub once imported.

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let count = args.next().and_then(|value| value.parse().ok()).unwrap_or(100_000);
    match args.next().as_deref() {
        Some("full") => match args.next().and_then(|value| value.parse().ok()) {
            Some(first) => print!("{}", corpus::full_collection_part_json(first, count)),
            None => print!("{}", corpus::full_collection_json(count)),
        },
        Some("espanso") => {
            let folder = std::path::PathBuf::from(args.next().unwrap_or_else(|| "espanso-shaped".into()));
            std::fs::create_dir_all(&folder)?;
            for (name, json) in corpus::espanso_shaped_packages(count) {
                std::fs::write(folder.join(name), json)?;
            }
        }
        _ => print!("{}", corpus::collection_json(count)),
    }
    Ok(())
}
