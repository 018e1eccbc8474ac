//! Rebuilds the library when the embedded phrasebook changes: `include_dir!` reads
//! `data/phrasebook` at compile time but cannot tell cargo so, and a new or edited phrase file
//! would otherwise ship only after some Rust file changed.

fn main() {
    println!("cargo:rerun-if-changed=data/phrasebook");
}
