//! The byte layout of the stored index: little-endian integers, length-prefixed strings and
//! arrays, read back with every length checked against what is left, so a cut-short or garbled
//! file is an error and never a panic or an out-of-bounds read. A `u32` array starts at a
//! multiple of four bytes from the start of its buffer (zero bytes pad the gap), so a buffer read
//! into `u32` words can lend its arrays in place instead of copying them. A leaf: it knows
//! nothing of the index.

/// What a stored index's bytes can be found to be, other than usable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoredIndexError {
    /// Not an index file, or one cut short, garbled, or from another build of Tactful.
    #[error("the stored search index is unreadable ({0}); it is rebuilt from the database")]
    Damaged(&'static str),
    /// A readable index of other content than the database holds now.
    #[error("the stored search index is out of date; it is rebuilt from the database")]
    Stale,
}

pub(super) type Decoded<T> = Result<T, StoredIndexError>;

fn damaged<T>(what: &'static str) -> Decoded<T> {
    Err(StoredIndexError::Damaged(what))
}

/// Marks a string or list that is absent (`None`), as opposed to empty.
const ABSENT: u32 = u32::MAX;

/// Appends values to a growing buffer.
#[derive(Default)]
pub(super) struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, value: u8) {
        self.bytes.push(value);
    }

    pub fn u32(&mut self, value: u32) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    pub fn u64(&mut self, value: u64) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    pub fn i64(&mut self, value: i64) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    pub fn len(&mut self, length: usize) {
        self.u64(length as u64);
    }

    pub fn str(&mut self, text: &str) {
        // Texts come from the database, whose reads are bounded far below 4 GiB.
        self.u32(text.len() as u32);
        self.bytes.extend_from_slice(text.as_bytes());
    }

    pub fn optional_str(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.str(text),
            None => self.u32(ABSENT),
        }
    }

    pub fn strs<'a>(&mut self, texts: impl ExactSizeIterator<Item = &'a str>) {
        self.len(texts.len());
        for text in texts {
            self.str(text);
        }
    }

    pub fn u32s(&mut self, values: &[u32]) {
        self.len(values.len());
        self.bytes.resize(self.bytes.len().next_multiple_of(4), 0);
        self.bytes.reserve(values.len() * 4);
        for value in values {
            self.bytes.extend_from_slice(&value.to_le_bytes());
        }
    }

    pub fn u8s(&mut self, values: &[u8]) {
        self.len(values.len());
        self.bytes.extend_from_slice(values);
    }

    pub fn u32_lists(&mut self, lists: &[Vec<u32>]) {
        self.len(lists.len());
        for list in lists {
            self.u32s(list);
        }
    }
}

/// Reads values back from a buffer, front to back.
pub(super) struct Reader<'a> {
    bytes: &'a [u8],
    /// How many bytes the buffer had, to know how far in the reader is.
    length: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, length: bytes.len() }
    }

    /// Skips the zero bytes [`Writer::u32s`] puts before an array's values.
    fn align_u32s(&mut self) -> Decoded<()> {
        let at = self.length - self.bytes.len();
        let padding = self.take(at.next_multiple_of(4) - at)?;
        match padding.iter().all(|&byte| byte == 0) {
            true => Ok(()),
            false => damaged("padding that is not zero"),
        }
    }

    /// Whether everything was read.
    pub fn is_done(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn take(&mut self, count: usize) -> Decoded<&'a [u8]> {
        if count > self.bytes.len() {
            return damaged("cut short");
        }
        let (taken, rest) = self.bytes.split_at(count);
        self.bytes = rest;
        Ok(taken)
    }

    fn array<const N: usize>(&mut self) -> Decoded<[u8; N]> {
        let mut array = [0u8; N];
        array.copy_from_slice(self.take(N)?);
        Ok(array)
    }

    pub fn u8(&mut self) -> Decoded<u8> {
        Ok(self.array::<1>()?[0])
    }

    pub fn u32(&mut self) -> Decoded<u32> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    pub fn u64(&mut self) -> Decoded<u64> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    pub fn i64(&mut self) -> Decoded<i64> {
        Ok(i64::from_le_bytes(self.array()?))
    }

    /// A count of items each at least `item_bytes` long, checked against what is left so a garbled
    /// count cannot ask for a huge allocation.
    pub fn len(&mut self, item_bytes: usize) -> Decoded<usize> {
        let length = usize::try_from(self.u64()?).unwrap_or(usize::MAX);
        if length.saturating_mul(item_bytes.max(1)) > self.bytes.len() {
            return damaged("a length beyond the end");
        }
        Ok(length)
    }

    pub fn str(&mut self) -> Decoded<&'a str> {
        match self.optional_str()? {
            Some(text) => Ok(text),
            None => damaged("a missing text"),
        }
    }

    pub fn optional_str(&mut self) -> Decoded<Option<&'a str>> {
        let length = self.u32()?;
        if length == ABSENT {
            return Ok(None);
        }
        let bytes = self.take(length as usize)?;
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(Some(text)),
            Err(_) => damaged("a text that is not UTF-8"),
        }
    }

    pub fn strs(&mut self) -> Decoded<Vec<&'a str>> {
        let count = self.len(4)?;
        let mut texts = Vec::with_capacity(count);
        for _ in 0..count {
            texts.push(self.str()?);
        }
        Ok(texts)
    }

    pub fn u32s(&mut self) -> Decoded<Vec<u32>> {
        let count = self.len(4)?;
        self.align_u32s()?;
        let bytes = self.take(count * 4)?;
        Ok(bytes.chunks_exact(4).map(|word| u32::from_le_bytes([word[0], word[1], word[2], word[3]])).collect())
    }

    /// Where a `u32` array's values are, counted in `u32` words from the start of the buffer
    /// (which the caller holds as words); the reader moves past them.
    pub fn u32s_in_place(&mut self) -> Decoded<std::ops::Range<usize>> {
        let count = self.len(4)?;
        self.align_u32s()?;
        let start = (self.length - self.bytes.len()) / 4;
        self.take(count * 4)?;
        Ok(start..start + count)
    }

    pub fn u32_lists(&mut self) -> Decoded<Vec<Vec<u32>>> {
        let count = self.len(8)?;
        (0..count).map(|_| self.u32s()).collect()
    }

    /// The raw bytes of a `u8` array.
    pub fn u8s(&mut self) -> Decoded<&'a [u8]> {
        let count = self.len(1)?;
        self.take(count)
    }
}

/// A 64-bit hash of `bytes`, to tell a file that was cut short or garbled from a good one (not
/// against tampering: whoever can write the file can write the database beside it). Four lanes
/// of multiply-and-rotate over 8-byte words: several gigabytes a second, so checking a 100,000-
/// phrase index costs a few milliseconds.
pub(super) fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = Hasher::default();
    let whole = bytes.len() - bytes.len() % HASH_BLOCK;
    hasher.update(&bytes[..whole]);
    hasher.finish(&bytes[whole..])
}

/// The bytes [`Hasher::update`] takes at a time.
pub(super) const HASH_BLOCK: usize = 32;

const PRIME: [u64; 4] = [0x9E37_79B1_85EB_CA87, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63];

/// [`hash`] over bytes that arrive in pieces (a file read a buffer at a time, so checking it
/// needs no copy of it all): every piece but the last a whole number of [`HASH_BLOCK`]s.
pub(super) struct Hasher {
    lanes: [u64; 4],
    length: u64,
}

impl Default for Hasher {
    fn default() -> Self {
        Self { lanes: PRIME, length: 0 }
    }
}

impl Hasher {
    /// Takes `bytes`, whose length must be a multiple of [`HASH_BLOCK`] (a remainder would be
    /// ignored, so callers pass it to [`Hasher::finish`]).
    pub fn update(&mut self, bytes: &[u8]) {
        for block in bytes.chunks_exact(HASH_BLOCK) {
            for (lane, (word, prime)) in self.lanes.iter_mut().zip(block.chunks_exact(8).zip(PRIME)) {
                let value =
                    u64::from_le_bytes([word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7]]);
                *lane = (*lane ^ value).wrapping_mul(prime).rotate_left(31);
            }
        }
        self.length += (bytes.len() - bytes.len() % HASH_BLOCK) as u64;
    }

    /// The hash of everything taken, and then `tail` (shorter than a block).
    pub fn finish(self, tail: &[u8]) -> u64 {
        let mut total = (self.length + tail.len() as u64).wrapping_mul(PRIME[2]);
        for (lane, prime) in self.lanes.iter().zip(PRIME) {
            total = (total ^ lane.wrapping_mul(prime)).rotate_left(27).wrapping_mul(PRIME[0]);
        }
        for &byte in tail {
            total = (total ^ u64::from(byte)).wrapping_mul(PRIME[1]).rotate_left(23);
        }
        total ^ (total >> 29)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back_as_written() {
        let mut writer = Writer::default();
        writer.u8(7);
        writer.u32(70_000);
        writer.i64(-5);
        writer.str("café");
        writer.optional_str(None);
        writer.optional_str(Some(""));
        writer.u32s(&[1, u32::MAX, 3]);
        writer.strs(["a", "bc"].into_iter());
        let mut reader = Reader::new(&writer.bytes);
        assert_eq!(reader.u8(), Ok(7));
        assert_eq!(reader.u32(), Ok(70_000));
        assert_eq!(reader.i64(), Ok(-5));
        assert_eq!(reader.str(), Ok("café"));
        assert_eq!(reader.optional_str(), Ok(None));
        assert_eq!(reader.optional_str(), Ok(Some("")));
        assert_eq!(reader.u32s(), Ok(vec![1, u32::MAX, 3]));
        assert_eq!(reader.strs(), Ok(vec!["a", "bc"]));
        assert!(reader.is_done());
    }

    #[test]
    fn a_cut_short_buffer_is_an_error_at_every_length() {
        let mut writer = Writer::default();
        writer.str("refund");
        writer.u32s(&[1, 2, 3]);
        for end in 0..writer.bytes.len() {
            let mut reader = Reader::new(&writer.bytes[..end]);
            let read = reader.str().and_then(|_| reader.u32s());
            assert!(matches!(read, Err(StoredIndexError::Damaged(_))), "cut at {end}");
        }
    }

    #[test]
    fn a_huge_count_is_refused_before_anything_is_allocated() {
        let mut writer = Writer::default();
        writer.u64(u64::MAX / 2);
        assert!(Reader::new(&writer.bytes).u32s().is_err());
        assert!(Reader::new(&writer.bytes).strs().is_err());
    }

    #[test]
    fn the_hash_sees_one_changed_bit_and_the_length() {
        let bytes: Vec<u8> = (0..1000u32).map(|value| (value * 7) as u8).collect();
        let base = hash(&bytes);
        for at in [0, 31, 32, 500, 999] {
            let mut changed = bytes.clone();
            changed[at] ^= 1;
            assert_ne!(hash(&changed), base, "bit at {at}");
        }
        assert_ne!(hash(&bytes[..999]), base);
        assert_ne!(hash(&bytes[..992]), base);
    }

    #[test]
    fn the_hash_of_pieces_is_the_hash_of_the_whole() {
        let bytes: Vec<u8> = (0..1000u32).map(|value| (value * 13) as u8).collect();
        let mut hasher = Hasher::default();
        hasher.update(&bytes[..320]);
        hasher.update(&bytes[320..992]);
        assert_eq!(hasher.finish(&bytes[992..]), hash(&bytes));
    }
}
