//! The audit log: appending to it (fail-closed), the Audit page's service, and its tamper
//! evidence (the canonical entry hash the store chains is the store's own, `store::audit_hash`):
//! signed checkpoints written outside the database, verification of the whole chain against them
//! (`uam audit verify` and the Audit page), and retention pruning, the one recorded way entries
//! leave the log.
//! What an entry's action and outcome may be is the app's vocabulary
//! ([`app::audit::AuditAction`], [`app::audit::AuditOutcome`]), shared with the browser.
//!
//! Sits low among the server's modules: it uses the store, and nothing that uses it.

pub mod append;
pub mod checkpoint;
pub mod page;
pub mod retention;
pub mod verify;

pub use append::{AuditUnavailable, append};

pub use crate::store::audit_hash::{GENESIS, entry_hash};
pub use checkpoint::{
    CHECKPOINT_ENTRIES, CHECKPOINT_EVERY, CheckpointError, CheckpointInfo, CheckpointPaths, Checkpoints, Mark,
};
pub use retention::{PRUNE_EVERY, prune};
pub use verify::{Problem, ProblemKind, Verification, verify};
