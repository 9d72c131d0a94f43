//! Appends one audit entry for every action and one for every outcome this version records,
//! through `audit::append` as the server writes them, so the browser test of the Audit page can
//! check that each reads as a label in every language it tries:
//! `cargo run -p server --example audit_vocabulary <data folder> <admin name>`.
//!
//! The entries are by `system`, under the given display name (the test filters on it), and say in
//! their details that they only exercise the vocabulary. A real deployment never runs this.

use app::{
    audit::{AuditAction, AuditOutcome},
    code::Code,
};
use serde_json::json;
use server::store::AuditEntry;
use strum::VariantArray;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(name)) = (args.next(), args.next()) else {
        return Err("usage: audit_vocabulary <data folder> <admin name>".into());
    };
    let store = server::store::open_sqlite(&std::path::Path::new(&dir).join("uam.sqlite3")).await?;
    let entry = |action: AuditAction, outcome: AuditOutcome| AuditEntry {
        actor_name: Some(name.clone()),
        details: json!({ "exercise": "audit vocabulary" }),
        ..AuditEntry::new("system", action, outcome)
    };
    let every_action = AuditAction::VARIANTS.iter().map(|&action| entry(action, AuditOutcome::Ok));
    let every_outcome = AuditOutcome::VARIANTS.iter().map(|&outcome| entry(AuditAction::BulkDeactivate, outcome));
    let mut appended = 0;
    for entry in every_action.chain(every_outcome) {
        server::audit::append(store.as_ref(), &entry).await?;
        appended += 1;
    }
    // The codes, for the test to look for (and not find) on the page.
    let actions: Vec<&str> = AuditAction::VARIANTS.iter().map(|a| a.code()).collect();
    let outcomes: Vec<&str> = AuditOutcome::VARIANTS.iter().map(|o| o.code()).collect();
    println!("{}", json!({ "appended": appended, "actions": actions, "outcomes": outcomes }));
    Ok(())
}
