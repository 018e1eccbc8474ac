//! An array of `u32` that an index either built itself or reads in place from a stored index's
//! front: loading a stored index then copies none of its large arrays (word ids, word lists,
//! orders), only reads the front once into one buffer. A process that searches once pays
//! mostly for fresh memory, and each copy was as much fresh memory again.

use std::ops::{Deref, Range};
use std::sync::Arc;

/// A `u32` array, owned or a part of a shared buffer. Changing one that is shared copies it
/// first (an edit after loading a stored index; the next edit changes the copy).
#[derive(Clone, Default)]
pub(crate) struct Column {
    owned: Vec<u32>,
    /// The buffer and the part of it that are the values, instead of `owned`.
    shared: Option<(Arc<Vec<u32>>, Range<usize>)>,
}

impl Column {
    /// The values at `range` of `buffer`, whose words were written little-endian; `None` when
    /// the range is not inside it.
    pub fn shared(buffer: &Arc<Vec<u32>>, range: Range<usize>) -> Option<Self> {
        let values = buffer.get(range.clone())?;
        if cfg!(target_endian = "big") {
            return Some(values.iter().map(|&value| u32::from_le(value)).collect::<Vec<u32>>().into());
        }
        Some(Column { owned: Vec::new(), shared: Some((Arc::clone(buffer), range)) })
    }

    /// The values, to change (copied out of a shared buffer first).
    pub fn to_mut(&mut self) -> &mut Vec<u32> {
        if let Some((buffer, range)) = self.shared.take() {
            self.owned = buffer.get(range).unwrap_or_default().to_vec();
        }
        &mut self.owned
    }
}

impl Deref for Column {
    type Target = [u32];

    fn deref(&self) -> &[u32] {
        match &self.shared {
            // Checked when made; an empty slice rather than a panic if that ever changes.
            Some((buffer, range)) => buffer.get(range.clone()).unwrap_or_default(),
            None => &self.owned,
        }
    }
}

impl From<Vec<u32>> for Column {
    fn from(values: Vec<u32>) -> Self {
        Column { owned: values, shared: None }
    }
}

impl std::fmt::Debug for Column {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for Column {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for Column {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_column_reads_its_part_and_copies_before_a_change() {
        let buffer = Arc::new(vec![1, 2, 3, 4, 5]);
        let mut column = Column::shared(&buffer, 1..4).expect("inside the buffer");
        assert_eq!(&*column, &[2, 3, 4]);
        column.to_mut().push(9);
        assert_eq!(&*column, &[2, 3, 4, 9]);
        assert_eq!(&*buffer, &[1, 2, 3, 4, 5], "the shared buffer is never changed");
        assert!(Column::shared(&buffer, 3..6).is_none());
    }
}
