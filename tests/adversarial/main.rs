//! The adversarial suite: the real binary against hostile files, special files, faults, kills,
//! races and resource limits, in the spirit of SQLite's testing. Every case asserts the product's
//! rules: no hang, no panic, bounded memory, a clear error, nothing lost, nothing replaced that
//! is not ours. Run by `scripts/test` (`cargo test --test adversarial`).

mod commands;
mod content;
mod database;
mod exports;
mod faults;
mod folders;
mod inputs;
mod kills;
mod races;
mod support;
