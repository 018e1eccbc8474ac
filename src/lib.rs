//! Tactful: a phrasebook of vetted, tactful alternatives to the blunt thing, for people who talk to
//! customers all day.
//!
//! The core — [`model`], [`store`], [`search`], [`interchange`], [`template`], [`remote`],
//! [`signing`], [`i18n`] — has no GUI dependency. The `gui` feature adds the desktop window and the
//! system clipboard.

// First, so the `tr!` macro is in scope in every module below.
#[macro_use]
pub mod i18n;
pub mod about;
pub mod builtin;
pub mod check;
pub mod cli;
pub mod clipboard;
pub mod edits;
pub mod interchange;
pub mod model;
pub mod paths;
pub mod register;
pub mod remote;
pub mod search;
pub mod signing;
pub mod store;
pub mod template;
pub mod watch;

#[cfg(feature = "gui")]
pub mod gui;

#[cfg(feature = "gui")]
pub mod paste;

/// Loading and indexing a phrasebook allocates millions of small strings and frees them as
/// often; mimalloc does that several times faster than the system allocator (see README,
/// performance). Declared here so the app, the tests and the benchmarks all measure the same.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
