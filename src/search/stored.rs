//! A [`SearchIndex`] as one file's bytes, so a process that searches once (`tactful search` from a
//! launcher, at every keystroke) reads the index instead of tokenising every phrase again. The
//! file has two parts: the *front* (every array search reads, and where each phrase's record
//! lies) and the *records* (the phrases themselves, about half the file). Loading reads the front
//! into memory once, as `u32` words, and uses its arrays where they lie (see [`Column`]); the
//! vocabulary and the ids are each one text with the ends of its pieces, copied whole. The
//! records are only read through (to check them) and stay in the file until a result needs one:
//! a chunk of [`CHUNK`] phrases is read and decoded at a time. Fresh memory is what a
//! short-lived process pays most for (the kernel zeroes every page it hands out), so every copy
//! not made, and the records not held, save more than the reading itself.
//!
//! What makes a file trustworthy is checked before any of it is used: its magic, its format
//! version and the build that wrote it, the stamp of the database content it was built from (the
//! caller passes the database's current stamp), its length, and a hash over each part (the
//! records are hashed a buffer at a time as they stream past, never held whole). Any mismatch
//! is an error and the caller builds afresh. Each chunk of records also has its own hash, in the
//! (checked) front, and is checked again when it is read for a result: the records are read
//! later through the same open file, which Tactful only ever replaces by renaming a new file
//! over it (the open handle keeps the old one), so only a write into the file in place could
//! change them, and that is caught as damage, never shown. Boosts that depend on the clock
//! (recency of use) are worked out again at load, so a file written yesterday ranks as a fresh
//! build would.
//!
//! Positions, vocabulary and token order are kept exactly, so searches over a loaded index give
//! the same results and scores as over the index it was written from (a test holds them to it).

use std::io::{Read, Seek, SeekFrom};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use chrono::{DateTime, Utc};
use rayon::prelude::*;

use super::codec::{Decoded, HASH_BLOCK, Hasher, Reader, StoredIndexError, Writer, hash};
use super::column::Column;
use super::field::{NO_SITUATION, TOKEN_FIELDS};
use super::index::{Entry, PhraseTable, SearchIndex, Summary, boost_of, next_generation};
use super::postings::Postings;
use super::vocabulary::{LINE_BREAK, Words};
use crate::model::{Lang, Phrase, PhraseContent, PhraseId, SituationKey, Status, Usage};

/// Bump whenever the layout, or what building an index makes of the same phrases (tokenising,
/// folding, situation keywords), changes: an older file is then rebuilt, never misread. The test
/// `a_fixed_phrasebook_stores_to_the_recorded_bytes` fails until the bump is made.
pub const FORMAT_VERSION: u32 = 4;

const MAGIC: [u8; 8] = *b"TACTIDX\0";

/// Phrases decoded together when one of them is first needed.
const CHUNK: usize = 64;

/// Which build wrote a file: the format, the crate version, and the search lists the index's
/// situation keywords come from.
fn build_fingerprint() -> u64 {
    static FINGERPRINT: OnceLock<u64> = OnceLock::new();
    *FINGERPRINT.get_or_init(|| {
        let mut bytes = Vec::new();
        bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        bytes.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
        for (code, text) in super::language::FILES {
            bytes.extend_from_slice(code.as_bytes());
            bytes.extend_from_slice(text.as_bytes());
        }
        hash(&bytes)
    })
}

fn status_code(status: Status) -> u8 {
    match status {
        Status::Draft => 0,
        Status::Vetted => 1,
        Status::Retired => 2,
    }
}

fn status_of(code: u8) -> Decoded<Status> {
    match code {
        0 => Ok(Status::Draft),
        1 => Ok(Status::Vetted),
        2 => Ok(Status::Retired),
        _ => Err(StoredIndexError::Damaged("an unknown status")),
    }
}

/// [`Words`] as [`put_words`] wrote them: the text copied once, the ends in place in `front`.
fn read_words(reader: &mut Reader<'_>, front: &Arc<Vec<u32>>) -> Decoded<Words> {
    let text = std::str::from_utf8(reader.u8s()?).map_err(|_| StoredIndexError::Damaged("a text that is not UTF-8"))?;
    let ends = column(reader, front)?;
    Words::from_parts(text.to_owned(), ends).ok_or(StoredIndexError::Damaged("texts that do not fit"))
}

/// Writes `words` as their one text and where each ends, so reading them back is two pieces
/// rather than one allocation per word (125,000 on a large snippet collection).
fn put_words(writer: &mut Writer, words: &Words) {
    let (text, ends) = words.parts();
    writer.u8s(text.as_bytes());
    writer.u32s(ends);
}

/// The next `u32` array of the front, in place.
fn column(reader: &mut Reader<'_>, front: &Arc<Vec<u32>>) -> Decoded<Column> {
    let range = reader.u32s_in_place()?;
    Column::shared(front, range).ok_or(StoredIndexError::Damaged("an array beyond the end"))
}

/// The front part's `length` bytes as `u32` words (its arrays start at multiples of four bytes,
/// see [`super::codec`]), and the bytes of those words that are the front.
fn front_words(length: usize) -> Vec<u32> {
    vec![0u32; length.div_ceil(4)]
}

fn front_bytes(front: &[u32], length: usize) -> &[u8] {
    bytemuck::cast_slice::<u32, u8>(front).get(..length).unwrap_or_default()
}

/// The bytes [`put_time`] writes.
const TIME_BYTES: usize = 8 + 4;

fn put_time(writer: &mut Writer, time: DateTime<Utc>) {
    writer.i64(time.timestamp());
    writer.u32(time.timestamp_subsec_nanos());
}

fn time(reader: &mut Reader<'_>) -> Decoded<DateTime<Utc>> {
    let seconds = reader.i64()?;
    let nanos = reader.u32()?;
    DateTime::from_timestamp(seconds, nanos).ok_or(StoredIndexError::Damaged("a time out of range"))
}

/// Where the records of a stored index are read from.
#[derive(Debug, Clone)]
enum Records {
    /// The records part in memory (an index read from bytes).
    Bytes(Arc<Vec<u8>>),
    /// The open index file and where its records part starts.
    File(Arc<Mutex<std::fs::File>>, u64),
}

impl Records {
    /// The bytes at `range` of the records part.
    fn read(&self, range: std::ops::Range<u64>) -> Option<Vec<u8>> {
        match self {
            Records::Bytes(bytes) => {
                bytes.get(usize::try_from(range.start).ok()?..usize::try_from(range.end).ok()?).map(<[u8]>::to_vec)
            }
            Records::File(file, start) => {
                let mut bytes = vec![0; usize::try_from(range.end.checked_sub(range.start)?).ok()?];
                let mut file = file.lock().ok()?;
                file.seek(SeekFrom::Start(start.checked_add(range.start)?)).ok()?;
                file.read_exact(&mut bytes).ok()?;
                Some(bytes)
            }
        }
    }
}

/// The phrases of an index read from a file.
#[derive(Debug, Clone)]
pub(crate) struct StoredPhrases {
    records: Records,
    /// Where each phrase's record starts in the records part, and where the last one ends.
    record_starts: Vec<u64>,
    /// The hash of each [`CHUNK`] of records.
    chunk_hashes: Vec<u64>,
    /// Every id, one after another, and where each ends.
    ids: Words,
    collections: Vec<Box<str>>,
    usage: Vec<Usage>,
    chunks: Vec<OnceLock<Vec<Phrase>>>,
    all: OnceLock<Vec<Phrase>>,
    /// Set when a chunk read did not match its hash (see [`SearchIndex::found_damage`]).
    damage_found: Arc<AtomicBool>,
}

impl StoredPhrases {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether a chunk of records was found not to match its hash.
    pub fn found_damage(&self) -> bool {
        self.damage_found.load(Ordering::Relaxed)
    }

    pub fn id(&self, position: u32) -> &str {
        self.ids.get(position as usize).unwrap_or("")
    }

    /// The phrase at `position`; `None` past the end, or when its chunk of records was changed
    /// in the file since it was checked (see the module docs).
    pub fn get(&self, position: u32) -> Option<&Phrase> {
        if let Some(all) = self.all.get() {
            return all.get(position as usize);
        }
        let chunk = position as usize / CHUNK;
        let phrases = self.chunks.get(chunk)?.get_or_init(|| self.read_chunk(chunk).unwrap_or_default());
        phrases.get(position as usize % CHUNK)
    }

    pub fn all(&self) -> &[Phrase] {
        self.all.get_or_init(|| {
            // One read of every record rather than one per chunk; then decoded on every core.
            let end = self.record_starts.last().copied().unwrap_or(0);
            let Some(bytes) = self.records.read(0..end) else { return Vec::new() };
            let chunks: Option<Vec<Vec<Phrase>>> = (0..self.chunks.len())
                .into_par_iter()
                .map(|chunk| {
                    let (first, last) = self.chunk_span(chunk)?;
                    let range = self.record_starts.get(first).copied()?..self.record_starts.get(last).copied()?;
                    let piece = bytes.get(usize::try_from(range.start).ok()?..usize::try_from(range.end).ok()?)?;
                    self.decode_chunk(chunk, piece, range.start)
                })
                .collect();
            // A chunk that failed its check: answer with no phrases rather than with the wrong
            // phrases at the wrong positions.
            chunks.map(|chunks| chunks.into_iter().flatten().collect()).unwrap_or_default()
        })
    }

    pub fn into_all(self) -> Vec<Phrase> {
        self.all();
        self.all.into_inner().unwrap_or_default()
    }

    /// The first position of `chunk` and one past its last.
    fn chunk_span(&self, chunk: usize) -> Option<(usize, usize)> {
        let first = chunk * CHUNK;
        (first < self.len()).then(|| (first, (first + CHUNK).min(self.len())))
    }

    fn read_chunk(&self, chunk: usize) -> Option<Vec<Phrase>> {
        let (first, last) = self.chunk_span(chunk)?;
        let range = self.record_starts.get(first).copied()?..self.record_starts.get(last).copied()?;
        let bytes = self.records.read(range.clone())?;
        self.decode_chunk(chunk, &bytes, range.start)
    }

    /// The phrases of `chunk` from its records' bytes, which start at `offset` in the records
    /// part; `None` unless they hash as when written.
    fn decode_chunk(&self, chunk: usize, bytes: &[u8], offset: u64) -> Option<Vec<Phrase>> {
        if hash(bytes) != *self.chunk_hashes.get(chunk)? {
            self.damage_found.store(true, Ordering::Relaxed);
            return None;
        }
        let (first, last) = self.chunk_span(chunk)?;
        (first..last)
            .map(|position| {
                let start = usize::try_from(self.record_starts.get(position)?.checked_sub(offset)?).ok()?;
                let end = usize::try_from(self.record_starts.get(position + 1)?.checked_sub(offset)?).ok()?;
                self.decode(position, bytes.get(start..end)?)
            })
            .collect()
    }

    fn decode(&self, position: usize, record: &[u8]) -> Option<Phrase> {
        let mut reader = Reader::new(record);
        let collection = self.collections.get(reader.u32().ok()? as usize)?;
        let situation = SituationKey::new(reader.str().ok()?).ok()?;
        let lang = Lang::new(reader.str().ok()?).ok()?;
        let title = reader.optional_str().ok()?.map(str::to_owned);
        let text = reader.str().ok()?.to_owned();
        let avoid = reader.strs().ok()?.into_iter().map(str::to_owned).collect();
        let note = reader.optional_str().ok()?.map(str::to_owned);
        let tags = reader.strs().ok()?.into_iter().map(str::to_owned).collect();
        let status = status_of(reader.u8().ok()?).ok()?;
        let group = reader.optional_str().ok()?.map(str::to_owned);
        let created_at = time(&mut reader).ok()?;
        let updated_at = time(&mut reader).ok()?;
        Some(Phrase {
            id: PhraseId::new(self.id(position as u32)).ok()?,
            collection: collection.to_string(),
            content: PhraseContent { situation, lang, title, text, avoid, note, tags, status, group },
            created_at,
            updated_at,
            usage: self.usage.get(position)?.clone(),
        })
    }
}

fn put_record(writer: &mut Writer, phrase: &Phrase, collection: u32) {
    let content = &phrase.content;
    writer.u32(collection);
    writer.str(content.situation.as_str());
    writer.str(content.lang.as_str());
    writer.optional_str(content.title.as_deref());
    writer.str(&content.text);
    writer.strs(content.avoid.iter().map(String::as_str));
    writer.optional_str(content.note.as_deref());
    writer.strs(content.tags.iter().map(String::as_str));
    writer.u8(status_code(content.status));
    writer.optional_str(content.group.as_deref());
    put_time(writer, phrase.created_at);
    put_time(writer, phrase.updated_at);
}

/// The file's header: magic, format, build, content stamp, then the front's length and hash and
/// the records' length and hash.
const HEADER: usize = 8 + 4 + 8 + 8 + 8 + 8 + 8 + 8;

/// What a file's header says, once its magic, format, build and stamp were found right.
struct Header {
    front_length: usize,
    front_hash: u64,
    records_length: u64,
    records_hash: u64,
}

/// Reads a file's header and checks it against this build and the database's `stamp`.
fn read_header(bytes: &[u8], stamp: i64) -> Decoded<Header> {
    if SearchIndex::stored_stamp(bytes)? != stamp {
        return Err(StoredIndexError::Stale);
    }
    let mut header = Reader::new(bytes.get(HEADER - 32..HEADER).unwrap_or_default());
    let front_length = usize::try_from(header.u64()?).map_err(|_| StoredIndexError::Damaged("a huge front"))?;
    Ok(Header { front_length, front_hash: header.u64()?, records_length: header.u64()?, records_hash: header.u64()? })
}

/// The bytes read through at a time to check the records part.
const READ_THROUGH: usize = HASH_BLOCK * 32 * 1024;

/// When the records of an index read from a file are checked against their hashes. Either way a
/// record is only decoded from a chunk that matches its own hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordsCheck {
    /// All of them while loading, so a damaged file is rebuilt at once: for a window, which keeps
    /// the index for hours and decodes every phrase.
    AtLoad,
    /// Only the chunks a search reads, when it reads them: for a process that searches once and
    /// then asks [`SearchIndex::found_damage`] (about a tenth of the load saved on a large
    /// phrasebook: the records are half the file).
    WhenRead,
}

/// The hash of the next `length` bytes of `file`, read through a buffer at a time: the records
/// stay in the file.
fn read_through(file: &mut std::fs::File, length: u64) -> Decoded<u64> {
    let unreadable = |_| StoredIndexError::Damaged("cut short or unreadable");
    let mut hasher = Hasher::default();
    let mut buffer = vec![0; READ_THROUGH.min(usize::try_from(length).unwrap_or(READ_THROUGH))];
    let mut left = length;
    loop {
        let take = buffer.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        file.read_exact(&mut buffer[..take]).map_err(unreadable)?;
        left -= take as u64;
        let whole = take - take % HASH_BLOCK;
        hasher.update(&buffer[..whole]);
        if left == 0 {
            return Ok(hasher.finish(&buffer[whole..take]));
        }
        if whole != take {
            return Err(StoredIndexError::Damaged("cut short or unreadable"));
        }
    }
}

impl SearchIndex {
    /// The index as bytes, stamped with `stamp`, the database content it was built from.
    pub fn to_bytes(&self, stamp: i64) -> Vec<u8> {
        let mut body = Writer::default();
        let count = self.len();
        body.len(count);
        body.strs(self.langs.iter().map(AsRef::as_ref));
        body.strs(self.situation_keys.iter().map(AsRef::as_ref));
        body.u32_lists(&self.situation_tokens);
        body.strs(self.situation_texts.iter().map(String::as_str));
        body.u32_lists(&self.about_tokens);
        body.strs(self.about_texts.iter().map(String::as_str));
        put_words(&mut body, &self.words);
        // One block of tokens, phrase after phrase in position order.
        let mut tokens = Vec::new();
        let mut starts = Vec::with_capacity(count);
        for position in 0..count as u32 {
            starts.push(tokens.len() as u32);
            tokens.extend_from_slice(self.phrase_tokens(position));
        }
        body.u32s(&tokens);
        body.u32s(&starts);
        let ends: Vec<u32> = self.entries.iter().flat_map(|entry| entry.ends).collect();
        body.u32s(&ends);
        body.u32s(&self.entries.iter().map(|entry| entry.situation).collect::<Vec<_>>());
        body.u32s(&self.entries.iter().map(|entry| entry.lang).collect::<Vec<_>>());
        body.u32s(&self.entries.iter().map(|entry| entry.length_penalty.to_bits()).collect::<Vec<_>>());
        body.u32s(&self.entries.iter().map(|entry| entry.boost.to_bits()).collect::<Vec<_>>());
        body.u8s(&self.entries.iter().map(|entry| status_code(entry.status)).collect::<Vec<_>>());
        body.u32s(self.word_counts());
        body.u32s(self.best_first());
        body.u32s(&super::default_browse_order(self));
        // The word lists: built once here rather than by the first search of every process.
        match self.postings().built_parts() {
            Some((starts, positions)) => {
                body.u32s(starts);
                body.u32s(positions);
            }
            None => {
                body.u32s(&[]);
                body.u32s(&[]);
            }
        }
        put_words(&mut body, &(0..count as u32).map(|position| self.phrase_id(position)).collect());
        let phrases = self.phrases();
        let mut collections: Vec<&str> = phrases.iter().map(|phrase| phrase.collection.as_str()).collect();
        collections.sort_unstable();
        collections.dedup();
        body.strs(collections.iter().copied());
        // What the window's side panel lists, so it need not decode every phrase at start.
        let summary = self.summary();
        body.strs(summary.languages.iter().map(String::as_str));
        body.strs(summary.tags.iter().map(String::as_str));
        body.strs(summary.situation_counts.keys().map(String::as_str));
        let counts: Vec<u32> =
            summary.situation_counts.values().map(|&count| u32::try_from(count).unwrap_or(u32::MAX)).collect();
        body.u32s(&counts);
        for phrase in phrases {
            let usage = &phrase.usage;
            body.u8(u8::from(usage.favorite));
            body.u32(usage.copy_count);
            body.u8(u8::from(usage.last_copied_at.is_some()));
            put_time(&mut body, usage.last_copied_at.unwrap_or_default());
        }
        let mut records = Writer::default();
        let mut record_ends = Vec::with_capacity(count);
        for phrase in phrases {
            let collection = collections.binary_search(&phrase.collection.as_str()).unwrap_or(0) as u32;
            put_record(&mut records, phrase, collection);
            record_ends.push(records.bytes.len() as u64);
        }
        body.len(record_ends.len());
        for &end in &record_ends {
            body.u64(end);
        }
        let mut chunk_start = 0;
        let chunk_hashes: Vec<u64> = record_ends
            .chunks(CHUNK)
            .map(|ends| {
                let end = ends.last().copied().unwrap_or(chunk_start);
                let chunk_hash = hash(&records.bytes[chunk_start as usize..end as usize]);
                chunk_start = end;
                chunk_hash
            })
            .collect();
        body.len(chunk_hashes.len());
        for chunk_hash in chunk_hashes {
            body.u64(chunk_hash);
        }

        let mut file = Writer::default();
        file.bytes.reserve(HEADER + body.bytes.len() + records.bytes.len());
        file.bytes.extend_from_slice(&MAGIC);
        file.u32(FORMAT_VERSION);
        file.u64(build_fingerprint());
        file.i64(stamp);
        file.len(body.bytes.len());
        file.u64(hash(&body.bytes));
        file.len(records.bytes.len());
        file.u64(hash(&records.bytes));
        file.bytes.extend_from_slice(&body.bytes);
        file.bytes.extend_from_slice(&records.bytes);
        file.bytes
    }

    /// The content stamp a file was written with, if it is a readable index file of this build
    /// (the rest is not checked).
    pub fn stored_stamp(bytes: &[u8]) -> Result<i64, StoredIndexError> {
        let mut header = Reader::new(bytes);
        if header.take(MAGIC.len())? != MAGIC {
            return Err(StoredIndexError::Damaged("not an index file"));
        }
        if header.u32()? != FORMAT_VERSION || header.u64()? != build_fingerprint() {
            return Err(StoredIndexError::Damaged("written by another build"));
        }
        header.i64()
    }

    /// Reads an index written by [`SearchIndex::to_bytes`], if it was stamped with `stamp` and
    /// is whole; recency boosts are worked out as of `now`.
    pub fn from_bytes(bytes: Vec<u8>, stamp: i64, now: DateTime<Utc>) -> Result<Self, StoredIndexError> {
        let header = read_header(&bytes, stamp)?;
        let front_end = HEADER.saturating_add(header.front_length);
        if bytes.len() as u64 != (front_end as u64).saturating_add(header.records_length) {
            return Err(StoredIndexError::Damaged("cut short or garbled"));
        }
        let mut front = front_words(header.front_length);
        bytemuck::cast_slice_mut::<u32, u8>(&mut front)
            .get_mut(..header.front_length)
            .unwrap_or_default()
            .copy_from_slice(bytes.get(HEADER..front_end).unwrap_or_default());
        let records = bytes.get(front_end..).unwrap_or_default().to_vec();
        if hash(front_bytes(&front, header.front_length)) != header.front_hash || hash(&records) != header.records_hash
        {
            return Err(StoredIndexError::Damaged("cut short or garbled"));
        }
        Self::from_front(Arc::new(front), &header, Records::Bytes(Arc::new(records)), now)
    }

    /// Reads the index file `file` as [`SearchIndex::from_bytes`] reads its bytes, without
    /// holding its records part in memory (see the module docs); `check` says whether every
    /// record is checked now or each chunk only when it is read.
    pub fn from_file(
        mut file: std::fs::File,
        stamp: i64,
        now: DateTime<Utc>,
        check: RecordsCheck,
    ) -> Result<Self, StoredIndexError> {
        let unreadable = |_| StoredIndexError::Damaged("cut short or unreadable");
        let mut head = [0u8; HEADER];
        file.read_exact(&mut head).map_err(unreadable)?;
        let header = read_header(&head, stamp)?;
        let length = file.metadata().map_err(unreadable)?.len();
        let records_start = HEADER as u64 + header.front_length as u64;
        if length != records_start.saturating_add(header.records_length) {
            return Err(StoredIndexError::Damaged("cut short or garbled"));
        }
        // Read as words, so the front's arrays are used where they lie (see [`Column`]).
        let mut front = front_words(header.front_length);
        file.read_exact(
            bytemuck::cast_slice_mut::<u32, u8>(&mut front).get_mut(..header.front_length).unwrap_or_default(),
        )
        .map_err(unreadable)?;
        if hash(front_bytes(&front, header.front_length)) != header.front_hash
            || (check == RecordsCheck::AtLoad && read_through(&mut file, header.records_length)? != header.records_hash)
        {
            return Err(StoredIndexError::Damaged("cut short or garbled"));
        }
        Self::from_front(Arc::new(front), &header, Records::File(Arc::new(Mutex::new(file)), records_start), now)
    }

    /// The index from its file's front part (its hash checked), whose records are in `records`.
    fn from_front(
        front: Arc<Vec<u32>>,
        header: &Header,
        records: Records,
        now: DateTime<Utc>,
    ) -> Result<Self, StoredIndexError> {
        let mut reader = Reader::new(front_bytes(&front, header.front_length));
        let count = reader.len(1)?;
        let owned = |texts: Vec<&str>| texts.into_iter().map(Box::from).collect::<Vec<Box<str>>>();
        let langs = owned(reader.strs()?);
        let situation_keys = owned(reader.strs()?);
        let situation_tokens = reader.u32_lists()?;
        let situation_texts: Vec<String> = reader.strs()?.into_iter().map(str::to_owned).collect();
        let about_tokens = reader.u32_lists()?;
        let about_texts: Vec<String> = reader.strs()?.into_iter().map(str::to_owned).collect();
        let words = read_words(&mut reader, &front)?;
        let tokens = column(&mut reader, &front)?;
        let starts = column(&mut reader, &front)?;
        let ends = column(&mut reader, &front)?;
        let situations = column(&mut reader, &front)?;
        let lang_ids = column(&mut reader, &front)?;
        let penalties = column(&mut reader, &front)?;
        let boosts = column(&mut reader, &front)?;
        let statuses = reader.u8s()?;
        let word_counts = column(&mut reader, &front)?;
        let best_first = column(&mut reader, &front)?;
        let browse_order = column(&mut reader, &front)?;
        let posting_starts = column(&mut reader, &front)?;
        let posting_positions = column(&mut reader, &front)?;
        let ids = read_words(&mut reader, &front)?;
        let collections = owned(reader.strs()?);
        let summary = read_summary(&mut reader, count)?;
        let columns = [starts.len(), situations.len(), lang_ids.len(), penalties.len(), boosts.len(), statuses.len()];
        if columns.iter().any(|&length| length != count)
            || ids.len() != count
            || ends.len() != count * TOKEN_FIELDS.len()
            || word_counts.len() != words.len()
            || best_first.len() != count
        {
            return Err(StoredIndexError::Damaged("columns of different lengths"));
        }
        let usage = read_usage(&mut reader, count)?;
        let (record_starts, chunk_hashes) = read_records(&mut reader, count, header.records_length)?;

        let words_known = words.len() as u32;
        let known = |token: &u32| *token < words_known || *token == LINE_BREAK;
        if !tokens.par_iter().all(known)
            || !situation_tokens.iter().chain(&about_tokens).all(|list| list.iter().all(known))
            || about_tokens.len() != situation_keys.len() * langs.len()
            || about_texts.len() != about_tokens.len()
            || situation_texts.len() != situation_tokens.len()
            || situation_keys.len() != situation_tokens.len()
        {
            return Err(StoredIndexError::Damaged("a word or situation that is not there"));
        }
        let mut entries = Vec::with_capacity(count);
        let mut order_holds = true;
        for position in 0..count {
            let mut entry_ends = [0u32; TOKEN_FIELDS.len()];
            entry_ends.copy_from_slice(&ends[position * TOKEN_FIELDS.len()..(position + 1) * TOKEN_FIELDS.len()]);
            let start = starts[position];
            let fits = entry_ends.windows(2).all(|pair| pair[0] <= pair[1])
                && (start as usize).saturating_add(entry_ends[TOKEN_FIELDS.len() - 1] as usize) <= tokens.len();
            let situation = situations[position];
            let lang = lang_ids[position];
            if !fits
                || (situation as usize >= situation_keys.len() && situation != NO_SITUATION)
                || lang as usize >= langs.len().max(1)
            {
                return Err(StoredIndexError::Damaged("a phrase outside the tokens"));
            }
            let status = status_of(statuses[position])?;
            let boost = boost_of(status, &usage[position], now);
            order_holds &= boost.to_bits() == boosts[position];
            entries.push(Entry {
                block: 0,
                start,
                ends: entry_ends,
                situation,
                lang,
                length_penalty: f32::from_bits(penalties[position]),
                boost,
                status,
            });
        }
        check_order(&best_first, count)?;
        if browse_order.iter().any(|&position| position as usize >= count) {
            return Err(StoredIndexError::Damaged("a browsing order that is not of the phrases"));
        }
        let postings = match posting_starts.is_empty() {
            true => OnceLock::new(),
            false => Postings::from_parts(posting_starts, posting_positions, words.len(), count)
                .map(OnceLock::from)
                .ok_or(StoredIndexError::Damaged("word lists that do not fit"))?,
        };
        let phrases = StoredPhrases {
            damage_found: Arc::default(),
            chunks: (0..count.div_ceil(CHUNK)).map(|_| OnceLock::new()).collect(),
            all: OnceLock::new(),
            records,
            record_starts,
            chunk_hashes,
            ids,
            collections,
            usage,
        };
        Ok(SearchIndex {
            phrases: PhraseTable::stored(phrases, summary),
            entries,
            token_blocks: vec![tokens],
            words,
            situation_keys,
            situation_tokens,
            situation_texts,
            langs,
            about_tokens,
            about_texts,
            word_counts: OnceLock::from(word_counts),
            by_id: OnceLock::new(),
            generation: next_generation(),
            // A boost that moved with the clock (a phrase copied days ago ages) changes the order.
            best_first: if order_holds { OnceLock::from(best_first) } else { OnceLock::new() },
            postings,
            browse_order: OnceLock::from(browse_order),
            word_ids: OnceLock::new(),
        })
    }
}

/// The languages, tags and situation counts of `count` phrases.
fn read_summary(reader: &mut Reader<'_>, count: usize) -> Decoded<Summary> {
    let text = |texts: Vec<&str>| texts.into_iter().map(str::to_owned).collect::<Vec<String>>();
    let languages = text(reader.strs()?);
    let tags = text(reader.strs()?);
    let keys = text(reader.strs()?);
    let counts = reader.u32s()?;
    // Every phrase has one situation.
    let total = counts.iter().try_fold(0usize, |total, &count| total.checked_add(count as usize));
    if keys.len() != counts.len() || total != Some(count) {
        return Err(StoredIndexError::Damaged("situation counts of other phrases"));
    }
    let situation_counts = keys.into_iter().zip(counts.into_iter().map(|count| count as usize)).collect();
    Ok(Summary { languages, tags, situation_counts })
}

fn read_usage(reader: &mut Reader<'_>, count: usize) -> Decoded<Vec<Usage>> {
    let mut usage = Vec::with_capacity(count);
    for _ in 0..count {
        let favorite = reader.u8()? != 0;
        let copy_count = reader.u32()?;
        let copied = reader.u8()? != 0;
        // Most phrases were never copied: their time is a placeholder, not worth a date's
        // arithmetic.
        let last_copied_at = match copied {
            true => Some(time(reader)?),
            false => {
                reader.take(TIME_BYTES)?;
                None
            }
        };
        usage.push(Usage { favorite, copy_count, last_copied_at });
    }
    Ok(usage)
}

/// Where each phrase's record starts in the records part (of `records_length` bytes), and where
/// the last one ends; and the hash of each chunk of records.
fn read_records(reader: &mut Reader<'_>, count: usize, records_length: u64) -> Decoded<(Vec<u64>, Vec<u64>)> {
    if reader.len(8)? != count {
        return Err(StoredIndexError::Damaged("records of another count"));
    }
    let mut record_starts = Vec::with_capacity(count + 1);
    record_starts.push(0);
    for _ in 0..count {
        record_starts.push(reader.u64()?);
    }
    if reader.len(8)? != count.div_ceil(CHUNK) {
        return Err(StoredIndexError::Damaged("chunks of another count"));
    }
    let chunk_hashes = (0..count.div_ceil(CHUNK)).map(|_| reader.u64()).collect::<Decoded<Vec<u64>>>()?;
    if !reader.is_done()
        || record_starts.windows(2).any(|pair| pair[0] > pair[1])
        || record_starts.last().is_some_and(|&end| end != records_length)
    {
        return Err(StoredIndexError::Damaged("records beyond the end"));
    }
    Ok((record_starts, chunk_hashes))
}

/// Checks that `order` names each of `count` phrases once.
fn check_order(order: &[u32], count: usize) -> Decoded<()> {
    let mut seen = vec![false; count];
    for &position in order {
        match seen.get_mut(position as usize) {
            Some(slot) if !*slot => *slot = true,
            _ => return Err(StoredIndexError::Damaged("an order that is not one of the phrases")),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::model::{Situation, SituationText};

    fn moment() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 1, 9, 30, 0).single().unwrap_or_default()
    }

    /// A small phrasebook touching every part of the layout, with situation keys no search list
    /// has keywords for, so only the layout and tokenising decide its bytes.
    fn fixed_index() -> SearchIndex {
        let situation = |key: &str, title: &str| Situation {
            key: SituationKey::new(key).unwrap_or_else(|_| panic!("{key}")),
            texts: [(
                Lang::new("en").unwrap_or_else(|_| panic!("en")),
                SituationText { title: title.to_owned(), description: Some(format!("When {title} comes up.")) },
            )]
            .into_iter()
            .collect(),
        };
        let situations = [situation("fixture-late", "Late parcel"), situation("fixture-angry", "Angry caller")];
        let phrase = |id: &str, situation: &str, lang: &str, text: &str| Phrase {
            id: PhraseId::new(id).unwrap_or_else(|_| panic!("{id}")),
            collection: "Fixture".to_owned(),
            content: PhraseContent {
                situation: SituationKey::new(situation).unwrap_or_else(|_| panic!("{situation}")),
                lang: Lang::new(lang).unwrap_or_else(|_| panic!("{lang}")),
                title: None,
                text: text.to_owned(),
                avoid: vec!["Not my problem.".to_owned(), "Calm down!".to_owned()],
                note: Some("Names the next step; e-mail follows.".to_owned()),
                tags: vec!["call".to_owned(), "e-mail".to_owned()],
                status: Status::Vetted,
                group: Some("g1".to_owned()),
            },
            created_at: moment(),
            updated_at: moment(),
            usage: Usage::default(),
        };
        let mut phrases = vec![
            phrase("a.en", "fixture-late", "en", "I'm sorry your parcel is late; I'll chase it today."),
            phrase("b.nl", "fixture-late", "nl", "Het spijt me dat uw pakket te laat is — ik zoek het vandaag uit."),
            phrase("c.ru", "fixture-angry", "ru", "Понимаю, как это неприятно. Давайте разберёмся."),
            phrase("d.sv", "unknown-situation", "sv", "Jag förstår – vi löser det tillsammans, ½ steg i taget."),
        ];
        phrases[1].content.title = Some("Pakket te laat".to_owned());
        phrases[2].usage = Usage { favorite: true, copy_count: 3, last_copied_at: Some(moment()) };
        phrases[3].content.status = Status::Draft;
        phrases[3].content.note = None;
        SearchIndex::build(phrases, &situations, moment())
    }

    /// The hash of [`fixed_index`]'s bytes after the header, recorded with [`FORMAT_VERSION`].
    const FIXED_BODY_HASH: u64 = 0x0f42_4983_7f1b_2d4e;

    #[test]
    fn a_fixed_phrasebook_stores_to_the_recorded_bytes() {
        let bytes = fixed_index().to_bytes(7);
        let found = hash(&bytes[HEADER..]);
        assert_eq!(
            found, FIXED_BODY_HASH,
            "the stored index of a fixed phrasebook changed: bump FORMAT_VERSION (now {FORMAT_VERSION}) \
             and record {found:#x} as FIXED_BODY_HASH, so files written by the old build are rebuilt"
        );
    }

    #[test]
    fn a_file_is_read_only_with_its_own_stamp() {
        let bytes = fixed_index().to_bytes(7);
        assert_eq!(SearchIndex::stored_stamp(&bytes), Ok(7));
        assert_eq!(SearchIndex::from_bytes(bytes.clone(), 8, moment()).err(), Some(StoredIndexError::Stale));
        assert!(SearchIndex::from_bytes(bytes, 7, moment()).is_ok());
    }

    #[test]
    fn a_file_from_another_format_is_damaged_not_misread() {
        let mut bytes = fixed_index().to_bytes(7);
        bytes[MAGIC.len()] ^= 1;
        assert!(matches!(SearchIndex::from_bytes(bytes, 7, moment()), Err(StoredIndexError::Damaged(_))));
    }

    #[test]
    fn every_byte_cut_or_flipped_is_caught() {
        let bytes = fixed_index().to_bytes(7);
        for end in 0..bytes.len() {
            assert!(SearchIndex::from_bytes(bytes[..end].to_vec(), 7, moment()).is_err(), "cut at {end}");
        }
        for at in (0..bytes.len()).step_by(7) {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x40;
            assert!(SearchIndex::from_bytes(flipped, 7, moment()).is_err(), "flipped at {at}");
        }
    }

    fn file_of(bytes: &[u8]) -> std::fs::File {
        use std::io::Write as _;
        let mut file = tempfile::tempfile().unwrap_or_else(|error| panic!("a temporary file: {error}"));
        file.write_all(bytes).unwrap_or_else(|error| panic!("writes: {error}"));
        file.seek(SeekFrom::Start(0)).unwrap_or_else(|error| panic!("seeks: {error}"));
        file
    }

    #[test]
    fn a_file_reads_as_its_bytes_and_every_cut_or_flip_is_caught() {
        let built = fixed_index();
        let bytes = built.to_bytes(7);
        let index = SearchIndex::from_file(file_of(&bytes), 7, moment(), RecordsCheck::AtLoad)
            .unwrap_or_else(|error| panic!("{error}"));
        for position in 0..built.len() as u32 {
            assert_eq!(format!("{:?}", index.phrase(position)), format!("{:?}", built.phrase(position)));
        }
        assert_eq!(format!("{:?}", index.phrases()), format!("{:?}", built.phrases()));
        assert_eq!(index.summary(), built.summary(), "languages, tags and counts kept");
        assert_eq!(built.summary().situation_counts.get("unknown-situation"), Some(&1));
        assert_eq!(built.summary().languages, ["en", "nl", "ru", "sv"]);
        for end in (0..bytes.len()).step_by(3) {
            assert!(
                SearchIndex::from_file(file_of(&bytes[..end]), 7, moment(), RecordsCheck::AtLoad).is_err(),
                "cut at {end}"
            );
        }
        for at in (0..bytes.len()).step_by(7) {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x40;
            assert!(
                SearchIndex::from_file(file_of(&flipped), 7, moment(), RecordsCheck::AtLoad).is_err(),
                "flipped at {at}"
            );
        }
    }

    #[test]
    fn checking_records_when_read_finds_every_flip_the_load_would_have() {
        let built = fixed_index();
        let bytes = built.to_bytes(7);
        let records_start = bytes.len() - built_records_length(&bytes);
        for at in (0..bytes.len()).step_by(5) {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x40;
            match SearchIndex::from_file(file_of(&flipped), 7, moment(), RecordsCheck::WhenRead) {
                Err(_) => assert!(at < records_start, "a flip in the records fails only when read (at {at})"),
                // The hash of all the records, which this check does not use.
                Ok(_) if (HEADER - 8..HEADER).contains(&at) => {}
                Ok(index) => {
                    assert!(at >= records_start, "a flip in the front is caught at load (at {at})");
                    assert!(!index.found_damage(), "nothing read yet");
                    assert!(index.phrases().is_empty(), "the garbled chunk is not decoded (at {at})");
                    assert!(index.found_damage(), "and the damage is told (at {at})");
                }
            }
        }
        let index = SearchIndex::from_file(file_of(&bytes), 7, moment(), RecordsCheck::WhenRead)
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(format!("{:?}", index.phrases()), format!("{:?}", built.phrases()));
        assert!(!index.found_damage());
    }

    /// The records part's length, from the header.
    fn built_records_length(bytes: &[u8]) -> usize {
        let field = bytes.get(HEADER - 16..HEADER - 8).unwrap_or_default();
        u64::from_le_bytes(field.try_into().unwrap_or_default()) as usize
    }

    #[test]
    fn records_written_over_in_place_after_loading_are_never_shown() {
        use std::io::Write as _;
        let bytes = fixed_index().to_bytes(7);
        let file = file_of(&bytes);
        let mut same_file = file.try_clone().unwrap_or_else(|error| panic!("{error}"));
        let index =
            SearchIndex::from_file(file, 7, moment(), RecordsCheck::AtLoad).unwrap_or_else(|error| panic!("{error}"));
        let last = bytes.last().copied().unwrap_or_default();
        same_file.seek(SeekFrom::End(-1)).unwrap_or_else(|error| panic!("{error}"));
        same_file.write_all(&[!last]).unwrap_or_else(|error| panic!("{error}"));
        assert!(index.phrase(0).is_none(), "the garbled chunk is not decoded");
        assert!(index.phrases().is_empty());
        assert_eq!(index.phrase_id(0), "a.en", "what was checked at load still answers");
    }
}
