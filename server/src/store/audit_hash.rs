//! The canonical hash of an audit entry: what the store writes beside each entry and what
//! verification recomputes. Changing anything here changes every hash already stored, so it
//! never changes; a new column joins the array the way migration 3's columns did (only when set).

use chrono::{DateTime, SecondsFormat, Utc};
use sha2::{Digest, Sha256};

use crate::store::AuditEntry;

/// The previous hash of the first entry of a log.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// An entry's time as hashed (and as the store writes it): RFC 3339 in UTC with microseconds, so
/// a time read back from the database hashes exactly as the one written.
pub fn time_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// Lower-case hexadecimal SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The hash of `entry` as number `seq` after `prev_hash`: SHA-256 over one JSON array of the
/// previous hash and the fields (an array leaves no doubt where one field ends and the next
/// begins; JSON escapes every quote and control character). The details are the compact JSON
/// of the value, keys in sorted order. The columns added by migration 3 join the array only when
/// one of them is set, so entries written before it keep verifying; clearing them afterwards
/// changes the array and so the hash.
pub fn entry_hash(prev_hash: &str, seq: i64, entry: &AuditEntry) -> String {
    let details = entry.details.to_string();
    let mut fields = serde_json::json!([
        prev_hash,
        seq,
        time_text(entry.at),
        entry.actor,
        entry.action,
        entry.target,
        entry.outcome,
        details
    ]);
    if entry.has_detail_columns()
        && let Some(array) = fields.as_array_mut()
    {
        array.extend([
            serde_json::json!(entry.actor_name),
            serde_json::json!(entry.auth_via),
            serde_json::json!(entry.target_name),
            serde_json::json!(entry.target_email),
            serde_json::json!(entry.atlassian_status),
            serde_json::json!(entry.request_id),
            serde_json::json!(entry.job_id),
        ]);
        // Added with the Jira panel: covered only when set, so earlier entries keep their hashes.
        if let Some(installation) = &entry.installation_id {
            array.push(serde_json::json!(installation));
        }
    }
    sha256_hex(fields.to_string().as_bytes())
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use serde_json::json;

    use super::*;

    fn entry() -> AuditEntry {
        AuditEntry {
            at: Utc.with_ymd_and_hms(2026, 11, 27, 10, 30, 0).single().expect("a time"),
            ..AuditEntry::new("cli", "data_exported", "ok")
        }
    }

    #[test]
    fn an_entry_without_detail_columns_hashes_the_first_schemas_eight_fields() {
        // Written out by hand: the form entries written before migration 3 were hashed in.
        let text = format!(r#"["{GENESIS}",1,"2026-11-27T10:30:00.000000Z","cli","data_exported",null,"ok","{{}}"]"#);
        assert_eq!(entry_hash(GENESIS, 1, &entry()), sha256_hex(text.as_bytes()));
    }

    #[test]
    fn detail_columns_join_the_array_only_when_one_is_set() {
        let plain = entry();
        let with_job = AuditEntry { job_id: Some("job-1".into()), ..entry() };
        let text = format!(
            r#"["{GENESIS}",1,"2026-11-27T10:30:00.000000Z","cli","data_exported",null,"ok","{{}}",null,null,null,null,null,null,"job-1"]"#
        );
        assert_eq!(entry_hash(GENESIS, 1, &with_job), sha256_hex(text.as_bytes()));
        assert_ne!(entry_hash(GENESIS, 1, &plain), entry_hash(GENESIS, 1, &with_job));
        // The same value in another column is another entry.
        let with_request = AuditEntry { request_id: Some("job-1".into()), ..entry() };
        assert_ne!(entry_hash(GENESIS, 1, &with_request), entry_hash(GENESIS, 1, &with_job));
    }

    #[test]
    fn every_field_and_the_place_in_the_chain_count() {
        let base = entry_hash(GENESIS, 1, &entry());
        let variants = [
            entry_hash(GENESIS, 2, &entry()),
            entry_hash(&"1".repeat(64), 1, &entry()),
            entry_hash(GENESIS, 1, &AuditEntry { actor: "cli ".into(), ..entry() }),
            entry_hash(GENESIS, 1, &AuditEntry { action: "data_deleted".into(), ..entry() }),
            entry_hash(GENESIS, 1, &AuditEntry { outcome: "failed".into(), ..entry() }),
            entry_hash(GENESIS, 1, &AuditEntry { details: json!({ "n": 1 }), ..entry() }),
            entry_hash(GENESIS, 1, &AuditEntry { at: entry().at + chrono::TimeDelta::microseconds(1), ..entry() }),
            entry_hash(GENESIS, 1, &AuditEntry { atlassian_status: Some(204), ..entry() }),
        ];
        for (i, variant) in variants.iter().enumerate() {
            assert_ne!(&base, variant, "variant {i} hashes like the original");
        }
    }

    #[test]
    fn the_vocabulary_writes_the_codes_entries_were_hashed_over() {
        use app::audit::{AuditAction, AuditOutcome};
        let typed =
            AuditEntry { at: entry().at, ..AuditEntry::new("cli", AuditAction::DataExported, AuditOutcome::Ok) };
        assert_eq!(entry_hash(GENESIS, 1, &typed), entry_hash(GENESIS, 1, &entry()));
    }

    #[test]
    fn no_target_and_an_empty_target_differ() {
        let none = entry_hash(GENESIS, 1, &entry());
        let empty = entry_hash(GENESIS, 1, &AuditEntry { target: Some(String::new()), ..entry() });
        let null_text = entry_hash(GENESIS, 1, &AuditEntry { target: Some("null".into()), ..entry() });
        assert_ne!(none, empty);
        assert_ne!(none, null_text);
    }

    #[test]
    fn quotes_and_separators_cannot_move_text_between_fields() {
        // Naive concatenation would make these two the same string.
        let a = AuditEntry { actor: "a\",\"b".into(), action: "c".into(), ..entry() };
        let b = AuditEntry { actor: "a".into(), action: "b\",\"c".into(), ..entry() };
        assert_ne!(entry_hash(GENESIS, 1, &a), entry_hash(GENESIS, 1, &b));
        let c = AuditEntry { actor: "ab".into(), action: "c".into(), ..entry() };
        let d = AuditEntry { actor: "a".into(), action: "bc".into(), ..entry() };
        assert_ne!(entry_hash(GENESIS, 1, &c), entry_hash(GENESIS, 1, &d));
    }

    #[test]
    fn unicode_and_control_characters_hash_as_escaped_json() {
        let e = AuditEntry { target: Some("Zoë\u{0}\n\u{202e}".into()), ..entry() };
        let text = format!(
            "[\"{GENESIS}\",1,\"2026-11-27T10:30:00.000000Z\",\"cli\",\"data_exported\",\"Zoë\\u0000\\n\u{202e}\",\"ok\",\"{{}}\"]"
        );
        assert_eq!(entry_hash(GENESIS, 1, &e), sha256_hex(text.as_bytes()));
    }

    #[test]
    fn details_hash_the_same_whatever_order_their_keys_were_built_in() {
        let mut one = serde_json::Map::new();
        one.insert("b".into(), json!(2));
        one.insert("a".into(), json!(1));
        let two: serde_json::Value = serde_json::from_str(r#"{ "a": 1, "b": 2 }"#).expect("json");
        let first = entry_hash(GENESIS, 1, &AuditEntry { details: serde_json::Value::Object(one), ..entry() });
        assert_eq!(first, entry_hash(GENESIS, 1, &AuditEntry { details: two, ..entry() }));
    }

    #[test]
    fn times_hash_at_microseconds_as_stored() {
        let precise = AuditEntry { at: entry().at + chrono::TimeDelta::nanoseconds(1_500), ..entry() };
        let stored: DateTime<Utc> =
            DateTime::parse_from_rfc3339(&time_text(precise.at)).expect("parses").with_timezone(&Utc);
        assert_eq!(time_text(precise.at), "2026-11-27T10:30:00.000001Z");
        assert_eq!(entry_hash(GENESIS, 1, &precise), entry_hash(GENESIS, 1, &AuditEntry { at: stored, ..entry() }));
    }
}
