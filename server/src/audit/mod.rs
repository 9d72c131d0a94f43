//! The audit log's tamper evidence: the canonical entry hash the store chains,
//! signed checkpoints written outside the database, verification of the whole chain against
//! them (`uam audit verify` and the Audit page), and retention pruning, the one recorded way
//! entries leave the log.

pub mod checkpoint;
pub mod hash;
pub mod retention;
pub mod verify;

pub use checkpoint::{
    CHECKPOINT_ENTRIES, CHECKPOINT_EVERY, CheckpointError, CheckpointInfo, CheckpointPaths, Checkpoints, Mark,
};
pub use hash::{GENESIS, entry_hash};
pub use retention::{PRUNE_ACTION, PRUNE_EVERY, prune};
pub use verify::{Problem, ProblemKind, Verification, verify};
