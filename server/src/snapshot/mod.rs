//! The snapshot of the organisation: the facts a sync stores ([`facts`]) and the in-memory index
//! that merges them into one record per account and answers every query ([`index`]). The store
//! stays the source of truth: an index is always built from a stored, complete run.

mod columns;
pub mod facts;
pub mod index;
mod query;

pub use self::index::{Index, IndexBuilder};
