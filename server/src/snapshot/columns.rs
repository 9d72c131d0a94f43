//! Compact column storage for the index: strings packed into one buffer each, lists packed into
//! one vector each. A few large allocations instead of millions of small ones keep the index
//! small, let the allocator give memory back, and make a full scan a sequential read.

/// Room for a column that was `len` long last time, and a little more. A new snapshot is usually
/// about the size of the last: filling a buffer reserved up front never reallocates, where
/// doubling as it grows briefly holds the old and the new buffer at once (at the swap, while the
/// previous index is still served, that was the peak).
pub fn room_for(len: usize) -> usize {
    len + len / 32
}

/// Strings packed end to end; string `i` is `bytes[ends[i-1]..ends[i]]`.
#[derive(Default)]
pub struct StrColumn {
    bytes: String,
    ends: Vec<u32>,
}

impl StrColumn {
    pub fn with_capacity(rows: usize) -> StrColumn {
        StrColumn { bytes: String::new(), ends: Vec::with_capacity(rows) }
    }

    /// Empty, with room for a column like `other`.
    pub fn sized_like(other: &StrColumn) -> StrColumn {
        StrColumn {
            bytes: String::with_capacity(room_for(other.bytes.len())),
            ends: Vec::with_capacity(room_for(other.len())),
        }
    }

    pub fn push(&mut self, text: &str) {
        self.bytes.push_str(text);
        self.ends.push(self.bytes.len() as u32);
    }

    pub fn get(&self, row: usize) -> &str {
        let start = if row == 0 { 0 } else { self.ends[row - 1] as usize };
        &self.bytes[start..self.ends[row] as usize]
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn shrink(&mut self) {
        self.bytes.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    /// The strings in the order of `rows`.
    pub fn gather(&self, rows: &[u32]) -> StrColumn {
        let mut out = StrColumn::with_capacity(rows.len());
        for &row in rows {
            out.push(self.get(row as usize));
        }
        out
    }
}

/// Lists packed end to end; list `i` is `items[ends[i-1]..ends[i]]`.
pub struct ListColumn<T> {
    items: Vec<T>,
    ends: Vec<u32>,
}

impl<T> Default for ListColumn<T> {
    fn default() -> Self {
        ListColumn { items: Vec::new(), ends: Vec::new() }
    }
}

impl<T> ListColumn<T> {
    /// Empty, with room for a column like `other`.
    pub fn sized_like(other: &ListColumn<T>) -> ListColumn<T> {
        ListColumn {
            items: Vec::with_capacity(room_for(other.items.len())),
            ends: Vec::with_capacity(room_for(other.ends.len())),
        }
    }

    /// Every item of every list.
    pub fn items_len(&self) -> usize {
        self.items.len()
    }

    pub fn push(&mut self, list: impl IntoIterator<Item = T>) {
        self.items.extend(list);
        self.ends.push(self.items.len() as u32);
    }

    pub fn get(&self, row: usize) -> &[T] {
        let start = if row == 0 { 0 } else { self.ends[row - 1] as usize };
        &self.items[start..self.ends[row] as usize]
    }

    pub fn shrink(&mut self) {
        self.items.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    /// The lists in the order of `rows`.
    pub fn gather(&self, rows: &[u32]) -> ListColumn<T>
    where
        T: Copy,
    {
        let mut out = ListColumn::default();
        for &row in rows {
            out.push(self.get(row as usize).iter().copied());
        }
        out
    }
}

/// A set of rows, one bit each.
pub struct Bits(Vec<u64>);

impl Bits {
    pub fn new(rows: usize) -> Bits {
        Bits(vec![0; rows.div_ceil(64)])
    }

    pub fn set(&mut self, row: usize) {
        self.0[row / 64] |= 1 << (row % 64);
    }

    pub fn has(&self, row: usize) -> bool {
        self.0[row / 64] & (1 << (row % 64)) != 0
    }

    pub fn count(&self) -> u64 {
        self.0.iter().map(|w| u64::from(w.count_ones())).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_hand_back_what_was_pushed() {
        let mut strings = StrColumn::default();
        for s in ["", "ada", "", "zoë"] {
            strings.push(s);
        }
        assert_eq!((0..4).map(|i| strings.get(i)).collect::<Vec<_>>(), ["", "ada", "", "zoë"]);
        let mut lists = ListColumn::default();
        lists.push([1, 2]);
        lists.push([]);
        lists.push([3]);
        assert_eq!((lists.get(0), lists.get(1), lists.get(2)), (&[1, 2][..], &[][..], &[3][..]));
        let mut bits = Bits::new(130);
        bits.set(0);
        bits.set(129);
        assert!(bits.has(129) && !bits.has(128));
        assert_eq!(bits.count(), 2);
    }
}
