//! What this app's audit log says happened: every action it records and every outcome an entry
//! can have. One snake_case code each, the same in the database (where entries are hash-chained
//! over it, so a code never changes), on the wire and in the filter's URL; each has a translated
//! label, `audit-action-<code>` or `audit-outcome-<code>`.

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, EnumString, IntoStaticStr, VariantArray};

use crate::{
    bulk::{BulkAction, JobState, Skip},
    code::Code,
};

/// An action this app records in its own log.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, AsRefStr, IntoStaticStr, EnumString, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum AuditAction {
    SignIn,
    SignOut,
    /// A sign-in (Atlassian, Forge) of someone who is not an allowed org admin.
    AuthnDenied,
    /// A session closed because its admin lost the org-admin role.
    SessionEnded,
    LocalAdminCreated,
    SettingsChanged,
    SecretReplaced,
    DataExported,
    DataDeleted,
    DataErasureScheduled,
    DataErasureCancelled,
    AuditViewed,
    AuditExport,
    /// Entries older than the retention period left the log (the one recorded way they leave).
    AuditPruned,
    UsersExported,
    BulkJobQueued,
    BulkJobCancel,
    BulkJobRefused,
    BulkJobEnded,
    /// One user's part in a bulk job, by the job's action ([`crate::bulk::BulkAction::code`]).
    BulkDeactivate,
    BulkReactivate,
    BulkRevokeAccess,
    BulkAssignAccess,
    BulkRemoveCustomer,
    /// One user's part in a job that undoes an earlier one.
    BulkUndoDeactivate,
    BulkUndoReactivate,
    BulkUndoRevokeAccess,
    BulkUndoAssignAccess,
    BulkUndoRemoveCustomer,
}

/// How an entry's action turned out.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, AsRefStr, IntoStaticStr, EnumString, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum AuditOutcome {
    Ok,
    Denied,
    Failed,
    /// Written before a change is sent to Atlassian; its result follows in another entry.
    Intent,
    Skipped,
    /// Written by earlier versions; kept so their entries keep their label.
    Blocked,
    /// A bulk job's rules left the user alone.
    Refused,
    /// The call may or may not have reached Atlassian.
    Unknown,
    /// The job stopped before the call was sent.
    NotSent,
    /// The result was settled by reading the user again.
    Reread,
    /// A bulk job's state when its closing entry was written (`failed` is shared above).
    Queued,
    Running,
    Cancelling,
    Cancelled,
    Finished,
}

/// A setting whose change the log records (the `setting` of `settings_changed` and
/// `secret_replaced` entries). Each is named as the Settings page names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, AsRefStr, IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum AuditSetting {
    InactivityThresholds,
    ProtectedAccounts,
    SyncIntervalHours,
    AuditRetentionDays,
    SeatPrices,
    Connection,
    AdminApiKey,
    SiteApiToken,
}

impl AuditSetting {
    /// The message id of the Settings page's label for it.
    pub fn message(self) -> &'static str {
        match self {
            AuditSetting::InactivityThresholds => "settings-thresholds-title",
            AuditSetting::ProtectedAccounts => "settings-protected-title",
            AuditSetting::SyncIntervalHours => "settings-sync-interval",
            AuditSetting::AuditRetentionDays => "settings-retention",
            AuditSetting::SeatPrices => "settings-prices-title",
            AuditSetting::Connection => "settings-connection-title",
            AuditSetting::AdminApiKey => "settings-admin-key",
            AuditSetting::SiteApiToken => "settings-site-token",
        }
    }
}

impl AuditAction {
    /// The translated label's message id.
    pub fn message(self) -> String {
        format!("audit-action-{}", self.code())
    }

    /// One user's part in a bulk job doing `action` (or undoing a job that did it).
    pub fn bulk_item(action: &BulkAction, undo: bool) -> AuditAction {
        match (action, undo) {
            (BulkAction::Deactivate, false) => AuditAction::BulkDeactivate,
            (BulkAction::Reactivate, false) => AuditAction::BulkReactivate,
            (BulkAction::RevokeAccess { .. }, false) => AuditAction::BulkRevokeAccess,
            (BulkAction::AssignAccess { .. }, false) => AuditAction::BulkAssignAccess,
            (BulkAction::RemoveCustomer { .. }, false) => AuditAction::BulkRemoveCustomer,
            (BulkAction::Deactivate, true) => AuditAction::BulkUndoDeactivate,
            (BulkAction::Reactivate, true) => AuditAction::BulkUndoReactivate,
            (BulkAction::RevokeAccess { .. }, true) => AuditAction::BulkUndoRevokeAccess,
            (BulkAction::AssignAccess { .. }, true) => AuditAction::BulkUndoAssignAccess,
            (BulkAction::RemoveCustomer { .. }, true) => AuditAction::BulkUndoRemoveCustomer,
        }
    }
}

impl AuditOutcome {
    /// The translated label's message id.
    pub fn message(self) -> String {
        format!("audit-outcome-{}", self.code())
    }
}

/// A user a bulk job left alone: skipped when there was nothing to do, refused when the rules
/// forbade it.
impl From<Skip> for AuditOutcome {
    fn from(skip: Skip) -> AuditOutcome {
        if skip == Skip::AlreadyDone { AuditOutcome::Skipped } else { AuditOutcome::Refused }
    }
}

/// A bulk job's state, as the outcome of the entry that closes it.
impl From<JobState> for AuditOutcome {
    fn from(state: JobState) -> AuditOutcome {
        match state {
            JobState::Queued => AuditOutcome::Queued,
            JobState::Running => AuditOutcome::Running,
            JobState::Cancelling => AuditOutcome::Cancelling,
            JobState::Cancelled => AuditOutcome::Cancelled,
            JobState::Finished => AuditOutcome::Finished,
            JobState::Failed => AuditOutcome::Failed,
        }
    }
}

/// Atlassian's action keys that have a translated label (`audit-action-<key>`): every key the
/// organisation's events report about accounts and access. Other keys are shown as Atlassian
/// wrote them (its events are its vocabulary, not ours).
pub const ATLASSIAN_ACTIONS: [&str; 16] = [
    "user_deactivated",
    "user_reactivated",
    "user_access_suspended",
    "user_access_restored",
    "user_added_to_group",
    "user_removed_from_group",
    "group_granted_role",
    "group_revoked_role",
    "user_granted_role",
    "user_revoked_role",
    "added_org_admin",
    "removed_org_admin",
    "service_desk_customer_added",
    "service_desk_customer_removed",
    "project_role_actor_added",
    "project_role_actor_removed",
];

/// A stored action's message id, when it has a label: one of ours, or one of Atlassian's keys.
/// An entry written by another version may hold a code this one does not know.
pub fn action_message(action: &str) -> Option<String> {
    match action.parse::<AuditAction>() {
        Ok(known) => Some(known.message()),
        Err(_) => ATLASSIAN_ACTIONS.contains(&action).then(|| format!("audit-action-{action}")),
    }
}

/// A stored outcome's message id, when this version knows it.
pub fn outcome_message(outcome: &str) -> Option<String> {
    outcome.parse::<AuditOutcome>().ok().map(AuditOutcome::message)
}

/// What the action picker offers: every action of ours and every labelled Atlassian key, then
/// any other code the log holds (an older version's, or a key Atlassian added since).
pub fn action_choices(in_log: &[String]) -> Vec<String> {
    let known = AuditAction::VARIANTS.iter().map(|a| a.code()).chain(ATLASSIAN_ACTIONS);
    with_the_rest(known, in_log)
}

/// What the outcome picker offers: every outcome, then any other the log holds.
pub fn outcome_choices(in_log: &[String]) -> Vec<String> {
    with_the_rest(AuditOutcome::VARIANTS.iter().map(|o| o.code()), in_log)
}

fn with_the_rest<'a>(known: impl Iterator<Item = &'a str>, in_log: &[String]) -> Vec<String> {
    let mut choices: Vec<String> = known.map(str::to_owned).collect();
    for code in in_log {
        if !choices.contains(code) {
            choices.push(code.clone());
        }
    }
    choices
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_stored_text() {
        assert_eq!(AuditAction::SignIn.code(), "sign_in");
        assert_eq!(AuditAction::AuthnDenied.code(), "authn_denied");
        assert_eq!(AuditAction::BulkUndoRevokeAccess.code(), "bulk_undo_revoke_access");
        assert_eq!(AuditOutcome::NotSent.code(), "not_sent");
        for &action in AuditAction::VARIANTS {
            assert_eq!(action.code().parse::<AuditAction>().ok(), Some(action));
            assert_eq!(serde_json::to_value(action).ok(), Some(serde_json::json!(action.code())));
        }
        for &outcome in AuditOutcome::VARIANTS {
            assert_eq!(outcome.code().parse::<AuditOutcome>().ok(), Some(outcome));
            assert_eq!(serde_json::to_value(outcome).ok(), Some(serde_json::json!(outcome.code())));
        }
    }

    #[test]
    fn bulk_entries_keep_the_codes_they_were_written_with() {
        let revoke = BulkAction::RevokeAccess { products: vec![] };
        assert_eq!(AuditAction::bulk_item(&revoke, false).code(), "bulk_revoke_access");
        assert_eq!(AuditAction::bulk_item(&BulkAction::Deactivate, true).code(), "bulk_undo_deactivate");
        assert_eq!(AuditOutcome::from(Skip::AlreadyDone).code(), "skipped");
        assert_eq!(AuditOutcome::from(Skip::Protected).code(), "refused");
        for &state in JobState::VARIANTS {
            assert_eq!(AuditOutcome::from(state).code(), state.code());
        }
    }

    #[test]
    fn pickers_offer_every_value_and_whatever_else_the_log_holds() {
        let actions = action_choices(&["sign_in".into(), "from_the_future".into()]);
        assert_eq!(actions.len(), AuditAction::VARIANTS.len() + ATLASSIAN_ACTIONS.len() + 1);
        assert_eq!(actions.last().map(String::as_str), Some("from_the_future"));
        assert!(actions.iter().any(|a| a == "bulk_undo_remove_customer"));
        assert_eq!(outcome_choices(&[]).len(), AuditOutcome::VARIANTS.len());
    }

    #[test]
    fn stored_codes_find_their_labels() {
        assert_eq!(action_message("sign_in").as_deref(), Some("audit-action-sign_in"));
        assert_eq!(action_message("bulk_job_ended").as_deref(), Some("audit-action-bulk_job_ended"));
        assert_eq!(action_message("user_access_suspended").as_deref(), Some("audit-action-user_access_suspended"));
        assert_eq!(action_message("made_up"), None);
        assert_eq!(action_message("SIGN_IN"), None, "codes are exact");
        assert_eq!(outcome_message("reread").as_deref(), Some("audit-outcome-reread"));
        assert_eq!(outcome_message("later"), None);
    }

    /// Every action and outcome reads as a label of its own in every language: present in the
    /// locale's bundle (not the English fallback, not the bare id) and not left in English.
    #[test]
    fn every_value_is_labelled_in_every_language() {
        use crate::i18n::{Locale, message};
        let ids: Vec<String> = AuditAction::VARIANTS
            .iter()
            .map(|action| action.message())
            .chain(AuditOutcome::VARIANTS.iter().map(|outcome| outcome.message()))
            .chain(ATLASSIAN_ACTIONS.iter().map(|key| format!("audit-action-{key}")))
            .chain(AuditSetting::VARIANTS.iter().map(|setting| setting.message().to_owned()))
            .collect();
        let mut missing = Vec::new();
        for locale in Locale::all() {
            for id in &ids {
                let label = message(locale, id, None);
                let english = message(Locale::ENGLISH, id, None);
                let copied = locale != Locale::ENGLISH && label == english;
                if label == *id || label.is_empty() || copied {
                    missing.push(format!("{}: {id} = {label}", locale.tag()));
                }
            }
        }
        assert!(missing.is_empty(), "missing or English labels:\n{}", missing.join("\n"));
    }
}
