//! An entry's details as people read them: sentences in the admin's language, written from the
//! JSON the entry stores (which stays as it is, hash-chained, in the entry's panel and the CSV's
//! JSON column). Each action has its own sentences; a shape this version does not know (an older
//! version's, or a newer one's) is shown as its fields, `name: value`, never as raw JSON.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{
    AuditAction, AuditFilter, AuditJob, AuditOutcome, AuditRow, AuditSetting, AuditSource, action_message,
    outcome_message,
};
use crate::{
    bulk::{Skip, Step, job_title, short_job_id},
    code::Code,
    format,
    i18n::I18n,
};

/// The details of `row` as sentences, in order.
pub fn sentences(i18n: I18n, row: &AuditRow) -> Vec<String> {
    if row.source == AuditSource::Atlassian {
        return vec![row.details_summary()].into_iter().filter(|s| !s.is_empty()).collect();
    }
    let details: Value = match serde_json::from_str(&row.details) {
        Ok(value) => value,
        Err(_) => return vec![row.details.clone()].into_iter().filter(|s| !s.trim().is_empty()).collect(),
    };
    let said = Say { i18n, details: &details };
    let mut out = match row.action.parse::<AuditAction>() {
        Ok(action) => said.action(action, row.outcome.parse().ok()),
        Err(_) => Vec::new(),
    };
    if out.is_empty() {
        out = said.fields();
    }
    out
}

/// The details in one line, as the table and the CSV show them.
pub fn details_line(i18n: I18n, row: &AuditRow) -> String {
    sentences(i18n, row).join(" ")
}

/// A job as the Audit page names it: its title and short id ("Deactivate 3 users · job
/// 1a2b3c4d"), or the short id alone when the job is no longer stored.
pub fn job_name(i18n: I18n, id: &str, jobs: &[AuditJob]) -> String {
    let short = short_job_id(id).to_owned();
    match jobs.iter().find(|job| job.id == id) {
        Some(job) => {
            let title = job_title(i18n, &job.action, job.undo_of.is_some(), job.users.into(), None);
            i18n.t_with("audit-job-titled", [("title", title.into()), ("id", short.into())])
        }
        None => i18n.t_with("audit-job", [("id", short.into())]),
    }
}

struct Say<'a> {
    i18n: I18n,
    details: &'a Value,
}

impl Say<'_> {
    fn text(&self, key: &str) -> Option<&str> {
        self.details.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
    }

    /// The changed setting as the Settings page names it; a code this version does not know, as
    /// written.
    fn setting(&self) -> String {
        let code = self.text("setting").unwrap_or_default();
        code.parse::<AuditSetting>().map_or_else(|_| code.to_owned(), |known| self.t(known.message()))
    }

    fn number(&self, key: &str) -> Option<u64> {
        self.details.get(key).and_then(Value::as_u64)
    }

    fn count(&self, key: &str) -> String {
        format::count(self.i18n, self.number(key).unwrap_or(0))
    }

    fn time(&self, key: &str) -> Option<String> {
        let at = self.text(key)?.parse::<DateTime<Utc>>().ok()?;
        Some(format::moment(self.i18n, at))
    }

    fn t(&self, id: &str) -> String {
        self.i18n.t(id)
    }

    fn with(&self, id: &str, args: Vec<(&'static str, String)>) -> String {
        self.i18n.t_with(id, args.into_iter().map(|(name, value)| (name, value.into())))
    }

    /// A message by `id` when this version has it.
    fn known(&self, id: &str) -> Option<String> {
        Some(self.t(id)).filter(|text| text != id)
    }

    fn action(&self, action: AuditAction, outcome: Option<AuditOutcome>) -> Vec<String> {
        use AuditAction as A;
        let mut out = Vec::new();
        if self.text("exercise").is_some() {
            out.push(self.t("audit-say-exercise"));
        }
        match action {
            A::SignIn | A::SignOut | A::AuthnDenied => {
                if action == A::SignIn && outcome == Some(AuditOutcome::Ok) {
                    out.extend(self.text("via").and_then(|via| self.known(&format!("audit-say-via-{via}"))));
                }
                out.extend(self.text("reason").map(|reason| self.sign_in_refusal(reason)));
                if let Some(count) = self.number("count").filter(|&n| n > 1) {
                    let since = self.time("since").unwrap_or_default();
                    out.push(self.with(
                        "audit-say-attempts",
                        vec![("count", format::count(self.i18n, count)), ("since", since)],
                    ));
                }
                out.extend(
                    self.text("from").map(|from| self.with("audit-say-from", vec![("address", from.to_owned())])),
                );
            }
            A::SessionEnded => out.push(self.t("audit-say-session-ended")),
            A::LocalAdminCreated => match self.details.get("totp").and_then(Value::as_bool) {
                Some(true) => out.push(self.t("audit-say-totp-on")),
                Some(false) => out.push(self.t("audit-say-totp-off")),
                None => {}
            },
            A::SettingsChanged => {
                let setting = self.setting();
                out.push(self.with(
                    "audit-say-setting",
                    vec![
                        ("setting", setting),
                        ("before", self.value(self.details.get("before"))),
                        ("after", self.value(self.details.get("after"))),
                    ],
                ));
            }
            A::SecretReplaced => {
                let setting = self.setting();
                let ends = |key: &str| self.text(key).map(|hint| hint.trim_start_matches('…').to_owned());
                out.push(match ends("before") {
                    Some(before) => self.with(
                        "audit-say-secret",
                        vec![("setting", setting), ("before", before), ("after", ends("after").unwrap_or_default())],
                    ),
                    None => self.with(
                        "audit-say-secret-first",
                        vec![("setting", setting), ("after", ends("after").unwrap_or_default())],
                    ),
                });
            }
            A::DataExported => {
                let kb = self.number("bytes").unwrap_or(0).div_ceil(1024);
                out.push(self.with(
                    "audit-say-data-exported",
                    vec![("users", self.count("users")), ("size", format::count(self.i18n, kb))],
                ));
            }
            A::DataDeleted => {
                out.push(self.t("audit-say-data-deleted"));
                out.extend(self.erasure_times());
            }
            A::DataErasureScheduled => match self.text("reason") {
                Some(reason) => out.push(self.refusal(self.notice(reason))),
                None => {
                    out.extend(self.time("due_at").map(|due| self.with("audit-say-erasure-due", vec![("due", due)])))
                }
            },
            A::DataErasureCancelled => out.push(self.with(
                "audit-say-erasure-cancelled",
                vec![
                    ("by", self.text("scheduled_by").unwrap_or_default().to_owned()),
                    ("due", self.time("due_at").unwrap_or_default()),
                ],
            )),
            A::AuditViewed => {
                out.push(self.t("audit-say-viewed"));
                out.extend(self.filter());
            }
            A::AuditExport => {
                out.push(self.with("audit-say-audit-export", vec![("count", self.count("rows"))]));
                out.extend(self.filter());
            }
            A::AuditPruned => {
                let seq = self.details.pointer("/last_removed/seq").and_then(Value::as_i64).unwrap_or(0);
                out.push(self.with(
                    "audit-say-pruned",
                    vec![
                        ("count", self.count("count")),
                        ("cutoff", self.time("cutoff").unwrap_or_default()),
                        ("seq", seq.to_string()),
                    ],
                ));
            }
            A::UsersExported => match self.number("selected") {
                Some(_) => out.push(self.with("audit-say-users-selected", vec![("count", self.count("rows"))])),
                None => out.push(self.with("audit-say-users-exported", vec![("count", self.count("rows"))])),
            },
            A::BulkJobQueued => out.push(self.with(
                "audit-say-job-queued",
                vec![
                    ("users", self.count("users")),
                    ("changing", self.count("changing")),
                    ("skipped", self.count("skipped")),
                ],
            )),
            A::BulkJobCancel => out.push(self.t("audit-say-job-cancel")),
            A::BulkJobRefused => {
                out.extend(self.text("reason").map(|reason| self.refusal(self.job_error(reason))));
            }
            A::BulkJobEnded => {
                let state =
                    self.text("state").and_then(|state| self.known(&format!("job-state-{state}"))).unwrap_or_default();
                let counts = self.details.get("counts");
                let n = |key: &str| {
                    format::count(self.i18n, counts.and_then(|c| c.get(key)).and_then(Value::as_u64).unwrap_or(0))
                };
                let counts = self.with(
                    "job-counts",
                    vec![
                        ("done", n("done")),
                        ("skipped", n("skipped")),
                        ("failed", n("failed")),
                        ("total", n("total")),
                    ],
                );
                out.push(self.with("audit-say-job-ended", vec![("state", state), ("counts", counts)]));
                out.extend(
                    self.text("error").map(|error| format!("{} {}", self.t("job-error"), self.job_error(error))),
                );
            }
            A::BulkDeactivate
            | A::BulkReactivate
            | A::BulkRevokeAccess
            | A::BulkAssignAccess
            | A::BulkRemoveCustomer
            | A::BulkUndoDeactivate
            | A::BulkUndoReactivate
            | A::BulkUndoRevokeAccess
            | A::BulkUndoAssignAccess
            | A::BulkUndoRemoveCustomer => out.extend(self.user_turn(outcome)),
        }
        out
    }

    /// One user's part in a job: the step, how it went, or why the user was left alone.
    fn user_turn(&self, outcome: Option<AuditOutcome>) -> Vec<String> {
        let mut out = Vec::new();
        let step = self.details.get("step").and_then(|s| serde_json::from_value::<Step>(s.clone()).ok());
        let steps: Vec<Step> = self
            .details
            .get("steps")
            .and_then(|s| serde_json::from_value::<Vec<Step>>(s.clone()).ok())
            .unwrap_or_default();
        let interrupted = self.details.get("interrupted").and_then(Value::as_bool) == Some(true);
        if interrupted {
            out.push(self.t("audit-say-interrupted"));
        }
        if let Some(step) = &step {
            let said = self.step(step);
            let error = self.text("error");
            out.push(match (outcome, error) {
                (Some(AuditOutcome::Intent), _) => self.with("audit-say-step-intent", vec![("step", said)]),
                (_, Some(error)) => self.with(
                    "audit-say-step-failed",
                    vec![
                        ("step", said),
                        ("attempt", self.number("attempt").unwrap_or(1).to_string()),
                        ("error", error.to_owned()),
                    ],
                ),
                _ => format!("{said}."),
            });
        } else if !steps.is_empty() {
            let said: Vec<String> = steps.iter().map(|s| self.step(s)).collect();
            out.push(format!("{}.", said.join(", ")));
        }
        match self.details.get("reread").and_then(Value::as_bool) {
            Some(true) => out.push(self.t("audit-say-reread-yes")),
            Some(false) => out.push(self.t("audit-say-reread-no")),
            None => {}
        }
        if let Some(skip) = self.text("skip").and_then(|code| code.parse::<Skip>().ok()) {
            let reason = self.t(&format!("bulk-skip-{}", skip.code()));
            out.push(match self.details.get("preflight").and_then(Value::as_bool) {
                Some(true) => self.with("audit-say-skip-preflight", vec![("reason", reason)]),
                _ => format!("{reason}."),
            });
        }
        // A failed re-read or look-up keeps its error; the English note beside it is the sentences
        // above.
        if step.is_none()
            && let Some(error) = self.text("error").or_else(|| self.text("skip").and(self.text("reason")))
        {
            out.push(self.with("audit-say-error", vec![("error", error.to_owned())]));
        }
        out
    }

    fn step(&self, step: &Step) -> String {
        self.i18n.t_with(
            &format!("bulk-step-{}", step.code()),
            [("object", step.object().unwrap_or_default().to_owned().into())],
        )
    }

    fn refusal(&self, reason: String) -> String {
        self.with("audit-say-refused", vec![("reason", reason)])
    }

    /// A sign-in refusal's code as the sign-in page words it.
    fn sign_in_refusal(&self, reason: &str) -> String {
        let id = format!("login-error-{}", reason.replace('_', "-"));
        self.refusal(self.known(&id).unwrap_or_else(|| reason.to_owned()))
    }

    /// A refused erasure's notice code as the Settings page words it.
    fn notice(&self, code: &str) -> String {
        [format!("error-{code}"), format!("settings-data-{code}")]
            .iter()
            .find_map(|id| self.known(id))
            .unwrap_or_else(|| code.to_owned())
    }

    /// Why a job stopped, as its page says it.
    fn job_error(&self, error: &str) -> String {
        match error.starts_with("job-stopped-") {
            true => self.known(error).unwrap_or_else(|| error.to_owned()),
            false => error.to_owned(),
        }
    }

    fn erasure_times(&self) -> Option<String> {
        let scheduled = self.time("scheduled_at")?;
        let due = self.time("due_at").unwrap_or_default();
        Some(self.with("audit-say-erasure-times", vec![("scheduled", scheduled), ("due", due)]))
    }

    /// The filter of a reading or an export of the log, by the page's own labels.
    fn filter(&self) -> Option<String> {
        let filter: AuditFilter = serde_json::from_value(self.details.get("filter")?.clone()).ok()?;
        let day = |d: Option<chrono::NaiveDate>| d.map(|d| format::date(self.i18n, d));
        let label = |code: Option<String>, message: fn(&str) -> Option<String>| {
            code.map(|code| message(&code).map_or(code, |id| self.t(&id)))
        };
        let source = filter.source.clone().and_then(|s| self.known(&format!("audit-source-{s}")));
        let parts: Vec<String> = [
            ("filter-search", filter.text.clone()),
            ("audit-filter-source", source),
            ("audit-filter-from", day(filter.from)),
            ("audit-filter-to", day(filter.to)),
            ("audit-filter-admin", filter.admin.clone()),
            ("audit-filter-action", label(filter.action.clone(), action_message)),
            ("audit-filter-outcome", label(filter.outcome.clone(), outcome_message)),
            ("audit-filter-user", filter.user.clone()),
        ]
        .into_iter()
        .filter_map(|(id, value)| value.map(|value| format!("{}: {value}", self.t(id))))
        .collect();
        (!parts.is_empty()).then(|| self.with("audit-say-filter", vec![("filter", parts.join("; "))]))
    }

    /// A setting's value as people read it: text and numbers as they are, lists joined, objects
    /// as `name: value` pairs, nothing as a word.
    fn value(&self, value: Option<&Value>) -> String {
        match value {
            None | Some(Value::Null) => self.t("audit-say-nothing"),
            Some(Value::String(text)) if text.is_empty() => self.t("audit-say-nothing"),
            Some(Value::String(text)) => text.clone(),
            Some(Value::Bool(true)) => self.t("audit-say-yes"),
            Some(Value::Bool(false)) => self.t("audit-say-no"),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::Array(items)) if items.is_empty() => self.t("audit-say-nothing"),
            Some(Value::Array(items)) => items.iter().map(|v| self.value(Some(v))).collect::<Vec<_>>().join(", "),
            Some(Value::Object(map)) => {
                map.iter().map(|(k, v)| format!("{k}: {}", self.value(Some(v)))).collect::<Vec<_>>().join(", ")
            }
        }
    }

    /// Details of a shape this version has no sentences for: each field, `name: value`.
    fn fields(&self) -> Vec<String> {
        match self.details {
            Value::Object(map) if map.is_empty() => Vec::new(),
            Value::Object(map) => vec![
                map.iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| format!("{k}: {}", self.value(Some(v))))
                    .collect::<Vec<_>>()
                    .join("; "),
            ],
            Value::Null => Vec::new(),
            other => vec![self.value(Some(other))],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        bulk::BulkAction,
        i18n::{Locale, message},
    };

    fn row(action: AuditAction, outcome: AuditOutcome, details: Value) -> AuditRow {
        AuditRow {
            action: action.code().to_owned(),
            outcome: outcome.code().to_owned(),
            details: details.to_string(),
            ..AuditRow::default()
        }
    }

    fn english(action: AuditAction, outcome: AuditOutcome, details: Value) -> String {
        details_line(I18n(Locale::ENGLISH), &row(action, outcome, details))
    }

    #[test]
    fn settings_and_sign_ins_read_as_sentences() {
        use serde_json::json;
        let setting = json!({ "setting": "thresholds", "before": { "warning_days": 90 }, "after": null });
        assert_eq!(
            english(AuditAction::SettingsChanged, AuditOutcome::Ok, setting),
            "thresholds changed from warning_days: 90 to nothing."
        );
        assert_eq!(
            english(AuditAction::SignIn, AuditOutcome::Ok, json!({ "via": "forge" })),
            "Signed in from the Jira panel."
        );
        let refused = json!({ "via": "local", "reason": "invalid", "count": 3, "from": "203.0.113.7", "since": "2026-11-27T08:15:02Z" });
        assert_eq!(
            english(AuditAction::SignIn, AuditOutcome::Denied, refused),
            "Refused: The login, password or authenticator code is not right. \
             Failed attempts: 3, since Nov 27, 2026, 8:15\u{202f}AM UTC. From the address 203.0.113.7."
        );
        let secret = json!({ "setting": "site_token", "before": null, "after": "…wxyz" });
        assert_eq!(english(AuditAction::SecretReplaced, AuditOutcome::Ok, secret), "site_token set: it ends in wxyz.");
        // Known settings are named as the Settings page names them.
        let secret = json!({ "setting": "site_api_token", "before": "…abcd", "after": "…wxyz" });
        assert_eq!(
            english(AuditAction::SecretReplaced, AuditOutcome::Ok, secret),
            "API token replaced: the old one ended in abcd, the new one ends in wxyz."
        );
        let retention = json!({ "setting": "sync_interval_hours", "before": 24, "after": 6 });
        assert_eq!(
            english(AuditAction::SettingsChanged, AuditOutcome::Ok, retention),
            "Hours between syncs changed from 24 to 6."
        );
    }

    #[test]
    fn jobs_and_their_users_read_as_sentences() {
        use serde_json::json;
        let ended = json!({
            "action": { "kind": "deactivate" }, "state": "finished", "undo_of": null,
            "error": "job-stopped-not-admin",
            "counts": { "total": 3, "pending": 0, "done": 2, "skipped": 1, "failed": 0, "unknown": 0, "cancelled": 0 },
        });
        let said = english(AuditAction::BulkJobEnded, AuditOutcome::Finished, ended);
        assert!(
            said.starts_with("The job ended (Finished): 2 done, 1 skipped, 0 failed of 3. Stopped early: the admin"),
            "{said}"
        );
        let step =
            json!({ "op": "leave_group", "directory": "d", "group": "g", "group_name": "jira-users", "products": [] });
        assert_eq!(
            english(
                AuditAction::BulkRevokeAccess,
                AuditOutcome::Intent,
                json!({ "step": step, "object": "jira-users" })
            ),
            "About to ask Atlassian: Removed from group jira-users."
        );
        let failed = json!({ "step": step, "object": "jira-users", "attempt": 2, "error": "Group not found" });
        assert_eq!(
            english(AuditAction::BulkRevokeAccess, AuditOutcome::Failed, failed),
            "Failed (attempt 2): Removed from group jira-users. Atlassian's answer: Group not found"
        );
        let skipped = json!({ "skip": "protected", "preflight": true });
        assert_eq!(
            english(AuditAction::BulkDeactivate, AuditOutcome::Refused, skipped),
            "Left alone at the pre-flight: Protected in Settings."
        );
        let interrupted =
            json!({ "steps": [{ "op": "disable_account" }], "interrupted": true, "reread": true, "reason": "…" });
        assert_eq!(
            english(AuditAction::BulkDeactivate, AuditOutcome::Ok, interrupted),
            "Interrupted by a server restart, then settled by reading the user again. Deactivated the account. \
             Reading the user again showed that the change was made."
        );
    }

    #[test]
    fn readings_of_the_log_name_their_filters_by_the_page_labels() {
        use serde_json::json;
        let viewed = json!({ "filter": { "action": "settings_changed", "text": "thresholds" } });
        assert_eq!(
            english(AuditAction::AuditViewed, AuditOutcome::Ok, viewed),
            "Read the log. Filters: Search: thresholds; Action: Setting changed."
        );
        assert_eq!(english(AuditAction::AuditViewed, AuditOutcome::Ok, json!({ "filter": {} })), "Read the log.");
        let export = json!({ "filter": {}, "rows": 1200, "until_seq": 4, "until_event": 0 });
        assert_eq!(english(AuditAction::AuditExport, AuditOutcome::Ok, export), "Entries exported: 1,200.");
    }

    #[test]
    fn unknown_shapes_show_their_fields_never_json() {
        use serde_json::json;
        let said = english(AuditAction::SignOut, AuditOutcome::Ok, json!({ "later": { "a": [1, 2] }, "gone": null }));
        assert_eq!(said, "later: a: 1, 2");
        let mut future = row(AuditAction::SignIn, AuditOutcome::Ok, json!({ "x": true }));
        future.action = "from_the_future".into();
        assert_eq!(details_line(I18n(Locale::ENGLISH), &future), "x: Yes");
        let text = AuditRow { details: "plain words".into(), ..AuditRow::default() };
        assert_eq!(details_line(I18n(Locale::ENGLISH), &text), "plain words");
    }

    #[test]
    fn a_job_is_named_by_its_title_and_short_id() {
        let en = I18n(Locale::ENGLISH);
        let id = "1a2b3c4d5e6f70819293a4b5c6d7e8f9";
        let job = AuditJob { id: id.into(), action: BulkAction::Deactivate, undo_of: None, users: 3 };
        let named = job_name(en, id, &[job]);
        assert!(named.ends_with(" · job 1a2b3c4d"), "{named}");
        assert!(!named.contains(id));
        assert_eq!(job_name(en, id, &[]), "Job 1a2b3c4d");
    }

    /// Every sentence id the module uses has a message in every language (the translations test
    /// checks the placeholders).
    #[test]
    fn every_sentence_is_a_message() {
        let source = include_str!("sentences.rs");
        let ids: std::collections::BTreeSet<&str> = source
            .split('"')
            .filter(|part| part.starts_with("audit-say-") && !part.ends_with('-') && !part.contains('{'))
            .collect();
        assert!(ids.len() > 30, "{ids:?}");
        for locale in Locale::all() {
            for id in &ids {
                assert_ne!(message(locale, id, None), *id, "{} lacks {id}", locale.tag());
            }
        }
    }
}
