//! Bulk actions: what an admin asks for, what the pre-flight found for each user, and how a job
//! is doing. The server plans and runs jobs; the Users page, the details panel and the job page
//! show these.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};

use crate::{
    code::Code,
    format,
    i18n::I18n,
    users::{FilterOptions, UserQuery},
};

/// Batches that change more users than this need the admin to type the number to confirm.
pub const DEFAULT_CONFIRM_THRESHOLD: u32 = 25;
/// The most users one job may act on.
pub const MAX_JOB_USERS: usize = 100_000;
/// Rows of a job's results per page.
pub const JOB_PAGE_SIZE: u32 = 100;

/// What to do to each selected user. Its code (`deactivate`, `revoke_access`, ...) names it in the
/// audit log and the translation ids (`bulk-action-<code>`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, IntoStaticStr)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum BulkAction {
    /// Managed accounts are deactivated (user-management lifecycle API); other accounts lose
    /// their access to the organisation (v2 suspend).
    Deactivate,
    /// The reverse: enable the account, or restore its org access.
    Reactivate,
    /// Take away these products (keys such as `jira-software`).
    RevokeAccess { products: Vec<String> },
    /// Give these products.
    AssignAccess { products: Vec<String> },
    /// Remove JSM customers from these service desks (ids); empty: from every desk they are in.
    RemoveCustomer { desks: Vec<String> },
}

impl BulkAction {
    /// Actions that take something away: protected accounts are never their targets.
    pub fn removes(&self) -> bool {
        matches!(self, BulkAction::Deactivate | BulkAction::RevokeAccess { .. } | BulkAction::RemoveCustomer { .. })
    }

    /// The products or desks the action names.
    pub fn subjects(&self) -> &[String] {
        match self {
            BulkAction::RevokeAccess { products } | BulkAction::AssignAccess { products } => products,
            BulkAction::RemoveCustomer { desks } => desks,
            BulkAction::Deactivate | BulkAction::Reactivate => &[],
        }
    }
}

/// What a job does to its users, as its title and its buttons say it. An undo job stores the
/// action of the job it undoes (its steps are that job's, inverted), so its effect is the reverse:
/// undoing a deactivation reactivates. Its code names the title (`job-title-<code>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum JobEffect {
    Deactivate,
    Reactivate,
    RevokeAccess,
    AssignAccess,
    RemoveCustomer,
    /// Customers put back on the desks an earlier job removed them from (only an undo does this).
    AddCustomer,
}

impl JobEffect {
    /// What a job with this stored `action` does; `undo`: the job undoes an earlier one.
    pub fn of(action: &BulkAction, undo: bool) -> JobEffect {
        let (done, reversed) = match action {
            BulkAction::Deactivate => (JobEffect::Deactivate, JobEffect::Reactivate),
            BulkAction::Reactivate => (JobEffect::Reactivate, JobEffect::Deactivate),
            BulkAction::RevokeAccess { .. } => (JobEffect::RevokeAccess, JobEffect::AssignAccess),
            BulkAction::AssignAccess { .. } => (JobEffect::AssignAccess, JobEffect::RevokeAccess),
            BulkAction::RemoveCustomer { .. } => (JobEffect::RemoveCustomer, JobEffect::AddCustomer),
        };
        if undo { reversed } else { done }
    }

    /// Whether it takes something away: its confirm button is the danger colour, where a
    /// restoring or granting one is the primary colour.
    pub fn destructive(self) -> bool {
        matches!(self, JobEffect::Deactivate | JobEffect::RevokeAccess | JobEffect::RemoveCustomer)
    }

    /// The button class for confirming it.
    pub fn button_class(self) -> &'static str {
        if self.destructive() { "button button-danger" } else { "button button-primary" }
    }
}

/// How people read a job's id: its first 8 hex characters ("1a2b3c4d"), as a commit is named by
/// its short hash. Ids are 32 hex characters; anything shorter is shown whole.
pub fn short_job_id(id: &str) -> &str {
    id.get(..8).unwrap_or(id)
}

/// The products or desks an action names, as the snapshot calls them (`names`; their keys or ids
/// when it does not know them). Removing customers from no desk in particular names "every service
/// desk"; its undo, "the service desks they were in".
pub fn subject_names(i18n: I18n, action: &BulkAction, undo: bool, names: Option<&FilterOptions>) -> Vec<String> {
    let named = |list: Option<&Vec<(String, String)>>, prefix: &str, subject: &String| {
        list.and_then(|l| l.iter().find(|(id, _)| id.strip_prefix(prefix) == Some(subject.as_str())))
            .map_or_else(|| subject.clone(), |(_, name)| name.clone())
    };
    match action {
        BulkAction::RemoveCustomer { desks } if desks.is_empty() => {
            vec![i18n.t(if undo { "bulk-their-desks" } else { "bulk-every-desk" })]
        }
        BulkAction::RemoveCustomer { desks } => {
            desks.iter().map(|d| named(names.map(|n| &n.desks), "desk:", d)).collect()
        }
        _ => action.subjects().iter().map(|p| named(names.map(|n| &n.products), "", p)).collect(),
    }
}

/// A job's title: what it does and to how many users, in the admin's language ("Deactivate 3
/// users", "Revoke Confluence from 2 users", and for an undo of a deactivation "Reactivate 2
/// users"). The Jobs pages, the pre-flight and its confirm button, and the Audit page name a job
/// with it.
/// - `action`: the job's stored action (for an undo, the original's: see [`JobEffect::of`]);
/// - `undo`: whether the job undoes an earlier one;
/// - `users`: the users it sets out to change ([`Preflight::changing`], [`JobSummary::changing`],
///   or the `changing` an audit entry of a queued job records);
/// - `names`: products and desks by name, when loaded.
///
/// Pair it with [`short_job_id`] (and, for an undo, `job-undo-of-job` with the original's short id)
/// where jobs must be told apart.
pub fn job_title(i18n: I18n, action: &BulkAction, undo: bool, users: u64, names: Option<&FilterOptions>) -> String {
    let effect = JobEffect::of(action, undo);
    let users = i18n.t_with("users-count", [("count", users.into()), ("formatted", format::count(i18n, users).into())]);
    let subjects = subject_names(i18n, action, undo, names).join(", ");
    i18n.t_with(&format!("job-title-{}", effect.code()), [("users", users.into()), ("subjects", subjects.into())])
}

/// Which users a bulk action is for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Targets {
    /// These account ids (a selection, or one user from the details panel).
    Accounts(Vec<String>),
    /// Everyone the query matches in the current snapshot (the inactivity presets).
    Matching(UserQuery),
}

/// One Atlassian call a job makes for a user. Each knows its inverse, which is how undo restores
/// exactly what was there before. Its code names it in the audit log and the translation ids
/// (`bulk-step-<code>`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, IntoStaticStr)]
#[serde(tag = "op", rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Step {
    /// `POST /users/{id}/manage/lifecycle/disable` (managed accounts).
    DisableAccount,
    /// `POST /users/{id}/manage/lifecycle/enable`.
    EnableAccount,
    /// `POST /admin/v2/orgs/{org}/directories/{dir}/users/{id}/suspend`.
    Suspend { directory: String },
    /// `.../restore`.
    Restore { directory: String },
    /// `DELETE .../groups/{group}/memberships/{id}`; `products` are what the group grants.
    LeaveGroup { directory: String, group: String, group_name: String, products: Vec<String> },
    /// `POST .../groups/{group}/memberships`.
    JoinGroup { directory: String, group: String, group_name: String, products: Vec<String> },
    /// `POST /admin/v1/orgs/{org}/users/{id}/roles/revoke` (a role held directly).
    RevokeRole { product: String, resource: String, role: String },
    /// `.../roles/assign`.
    AssignRole { product: String, resource: String, role: String },
    /// `DELETE /rest/servicedeskapi/servicedesk/{desk}/customer`.
    RemoveCustomer { desk: String, desk_name: String },
    /// `POST /rest/servicedeskapi/servicedesk/{desk}/customer`.
    AddCustomer { desk: String, desk_name: String },
}

impl Step {
    /// The step that undoes this one.
    pub fn inverse(&self) -> Step {
        match self.clone() {
            Step::DisableAccount => Step::EnableAccount,
            Step::EnableAccount => Step::DisableAccount,
            Step::Suspend { directory } => Step::Restore { directory },
            Step::Restore { directory } => Step::Suspend { directory },
            Step::LeaveGroup { directory, group, group_name, products } => {
                Step::JoinGroup { directory, group, group_name, products }
            }
            Step::JoinGroup { directory, group, group_name, products } => {
                Step::LeaveGroup { directory, group, group_name, products }
            }
            Step::RevokeRole { product, resource, role } => Step::AssignRole { product, resource, role },
            Step::AssignRole { product, resource, role } => Step::RevokeRole { product, resource, role },
            Step::RemoveCustomer { desk, desk_name } => Step::AddCustomer { desk, desk_name },
            Step::AddCustomer { desk, desk_name } => Step::RemoveCustomer { desk, desk_name },
        }
    }

    /// Whether the step takes something away (and so must never touch a protected account).
    pub fn removes(&self) -> bool {
        matches!(
            self,
            Step::DisableAccount
                | Step::Suspend { .. }
                | Step::LeaveGroup { .. }
                | Step::RevokeRole { .. }
                | Step::RemoveCustomer { .. }
        )
    }

    /// What the step names besides the user: a group, product or desk (for tables and the log).
    pub fn object(&self) -> Option<&str> {
        match self {
            Step::LeaveGroup { group_name, .. } | Step::JoinGroup { group_name, .. } => Some(group_name),
            Step::RevokeRole { product, .. } | Step::AssignRole { product, .. } => Some(product),
            Step::RemoveCustomer { desk_name, .. } | Step::AddCustomer { desk_name, .. } => Some(desk_name),
            _ => None,
        }
    }
}

/// Why a user is left alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, EnumString, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Skip {
    /// Already in the state the action leads to.
    AlreadyDone,
    /// On the protected list in Settings (matched against the e-mail Atlassian reports now).
    Protected,
    /// An organisation admin: never deactivated or stripped by a bulk action.
    OrgAdmin,
    /// The admin running the action.
    ActingAdmin,
    /// Provisioned by the identity provider (SCIM), which owns the account's access.
    IdentityProvider,
    /// Atlassian could not be asked about the user's current state, so nothing is risked.
    LookupFailed,
    /// Atlassian no longer knows the account.
    NotFound,
    /// The action does not apply to this kind of account (an app, or a customer for a directory
    /// action, or an org user for removing customers).
    NotApplicable,
    /// Access comes from somewhere the product cannot change (such as a group the admin API
    /// may not edit).
    NoWay,
    /// The change needs a product role granted or revoked directly, and the organisation does
    /// not offer that API (Atlassian's limited-availability role API).
    DirectRoleUnavailable,
}

impl Skip {
    /// The audit log's outcome for a user left alone: skipped when there was nothing to do,
    /// refused when the rules forbade it.
    pub fn outcome(self) -> &'static str {
        if self == Skip::AlreadyDone { "skipped" } else { "refused" }
    }
}

/// What the pre-flight decided for one user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    Change { steps: Vec<Step> },
    Skip { skip: Skip },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedUser {
    pub account_id: String,
    pub name: String,
    pub email: Option<String>,
    pub verdict: Verdict,
}

/// The pre-flight of a bulk action: every selected user classified, before anything runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Preflight {
    /// Confirming this plan starts the job.
    pub plan_id: String,
    pub action: BulkAction,
    /// The job this plan undoes (its steps are that job's, reversed).
    #[serde(default)]
    pub undo_of: Option<String>,
    pub users: Vec<PlannedUser>,
    /// Above this many changes, the admin types the number to confirm.
    pub confirm_threshold: u32,
}

impl Preflight {
    /// What confirming it does (an undo's plan does the reverse of its job's action).
    pub fn effect(&self) -> JobEffect {
        JobEffect::of(&self.action, self.undo_of.is_some())
    }

    /// The title the job will have: "Reactivate 2 users".
    pub fn title(&self, i18n: I18n, names: Option<&FilterOptions>) -> String {
        job_title(i18n, &self.action, self.undo_of.is_some(), self.changing().into(), names)
    }

    pub fn changing(&self) -> u32 {
        self.users.iter().filter(|u| matches!(u.verdict, Verdict::Change { .. })).count() as u32
    }

    pub fn skipped(&self, skip: Skip) -> u32 {
        self.users.iter().filter(|u| u.verdict == Verdict::Skip { skip }).count() as u32
    }

    /// Users left alone for a reason other than already being in the target state.
    pub fn cannot(&self) -> u32 {
        self.users.len() as u32 - self.changing() - self.skipped(Skip::AlreadyDone)
    }

    /// How many users each kind of first step applies to (say "12 deactivated, 3 suspended").
    pub fn methods(&self) -> Vec<(&'static str, u32)> {
        let mut counts: Vec<(&'static str, u32)> = Vec::new();
        for user in &self.users {
            if let Verdict::Change { steps } = &user.verdict
                && let Some(first) = steps.first()
            {
                match counts.iter_mut().find(|(code, _)| *code == first.code()) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((first.code(), 1)),
                }
            }
        }
        counts
    }

    pub fn needs_typed_confirmation(&self) -> bool {
        self.changing() > self.confirm_threshold
    }

    /// Whether `typed` confirms the plan (the number of users that will change, when required).
    pub fn confirmed_by(&self, typed: Option<&str>) -> bool {
        !self.needs_typed_confirmation() || typed.map(str::trim) == Some(self.changing().to_string().as_str())
    }
}

/// A job's state; its code is stored with the job and names it on the page (`job-state-<code>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, EnumString, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum JobState {
    /// Waiting for the job before it (one job runs per organisation at a time).
    Queued,
    Running,
    /// Asked to stop; the user in progress finishes first.
    Cancelling,
    Cancelled,
    Finished,
    /// Stopped because a change could not be recorded in the audit log first.
    Failed,
}

impl JobState {
    pub fn is_over(self) -> bool {
        matches!(self, JobState::Cancelled | JobState::Finished | JobState::Failed)
    }
}

/// One user's state in a job; its code is stored with the item and filters the job's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, EnumString, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ItemState {
    Pending,
    /// A call is in flight (after a crash: "interrupted, outcome unknown" until re-read).
    Running,
    Done,
    Skipped,
    Failed,
    /// Interrupted with the outcome unknown, and the re-read could not settle it.
    Unknown,
    /// The job was cancelled before this user's turn.
    Cancelled,
}

/// One user's part in a job.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobItem {
    pub account_id: String,
    pub name: String,
    pub email: Option<String>,
    pub state: ItemState,
    /// The steps carried out (done) or attempted (failed).
    pub steps: Vec<Step>,
    pub skip: Option<Skip>,
    /// Atlassian's reason for a failure, or a note (such as "confirmed by re-reading").
    pub reason: Option<String>,
    pub atlassian_status: Option<u16>,
    pub request_id: Option<String>,
}

/// Counts per item state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobCounts {
    pub total: u32,
    pub pending: u32,
    pub done: u32,
    pub skipped: u32,
    pub failed: u32,
    pub unknown: u32,
    pub cancelled: u32,
}

impl JobCounts {
    pub fn add(&mut self, state: ItemState, n: u32) {
        self.total += n;
        match state {
            ItemState::Pending | ItemState::Running => self.pending += n,
            ItemState::Done => self.done += n,
            ItemState::Skipped => self.skipped += n,
            ItemState::Failed => self.failed += n,
            ItemState::Unknown => self.unknown += n,
            ItemState::Cancelled => self.cancelled += n,
        }
    }

    /// Users whose turn has come and gone.
    pub fn finished(&self) -> u32 {
        self.total - self.pending
    }
}

/// A job as its page and the jobs list show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobSummary {
    pub id: String,
    pub action: BulkAction,
    /// The job this one undoes.
    pub undo_of: Option<String>,
    /// The job that undid this one.
    pub undone_by: Option<String>,
    pub state: JobState,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub counts: JobCounts,
    /// Calls are held back by Atlassian's rate limit until then.
    pub waiting_until: Option<DateTime<Utc>>,
    /// Jobs ahead of this one in the queue.
    pub queue_position: Option<u32>,
    /// Why the job stopped early.
    pub error: Option<String>,
}

impl JobSummary {
    /// The users the job sets out to change: those the pre-flight (or the check right before a
    /// user's turn) found already done or left alone are not counted.
    pub fn changing(&self) -> u32 {
        self.counts.total.saturating_sub(self.counts.skipped)
    }

    pub fn effect(&self) -> JobEffect {
        JobEffect::of(&self.action, self.undo_of.is_some())
    }

    /// The job's title: "Reactivate 2 users" (see [`job_title`]).
    pub fn title(&self, i18n: I18n, names: Option<&FilterOptions>) -> String {
        job_title(i18n, &self.action, self.undo_of.is_some(), self.changing().into(), names)
    }

    /// An ended job with changes to take back, not itself an undo, not already undone.
    pub fn can_undo(&self) -> bool {
        self.state.is_over() && self.counts.done > 0 && self.undo_of.is_none() && self.undone_by.is_none()
    }
}

/// A page of a job's per-user results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobPage {
    pub summary: JobSummary,
    pub items: Vec<JobItem>,
    /// Zero-based.
    pub page: u32,
    /// Items matching the state filter.
    pub matching: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(id: &str, verdict: Verdict) -> PlannedUser {
        PlannedUser { account_id: id.into(), name: id.into(), email: None, verdict }
    }

    fn plan(changes: usize, already: usize, protected: usize) -> Preflight {
        let mut users = Vec::new();
        for i in 0..changes {
            let steps =
                if i % 3 == 0 { vec![Step::Suspend { directory: "d".into() }] } else { vec![Step::DisableAccount] };
            users.push(user(&format!("c{i}"), Verdict::Change { steps }));
        }
        users.extend((0..already).map(|i| user(&format!("a{i}"), Verdict::Skip { skip: Skip::AlreadyDone })));
        users.extend((0..protected).map(|i| user(&format!("p{i}"), Verdict::Skip { skip: Skip::Protected })));
        Preflight {
            plan_id: "p".into(),
            action: BulkAction::Deactivate,
            undo_of: None,
            users,
            confirm_threshold: DEFAULT_CONFIRM_THRESHOLD,
        }
    }

    #[test]
    fn counts_and_methods() {
        let p = plan(6, 2, 3);
        assert_eq!((p.changing(), p.skipped(Skip::AlreadyDone), p.cannot()), (6, 2, 3));
        assert_eq!(p.methods(), vec![("suspend", 2), ("disable_account", 4)]);
    }

    #[test]
    fn large_batches_need_the_number_typed() {
        let small = plan(25, 10, 0);
        assert!(!small.needs_typed_confirmation() && small.confirmed_by(None));
        let large = plan(26, 0, 4);
        assert!(large.needs_typed_confirmation());
        assert!(!large.confirmed_by(None));
        assert!(!large.confirmed_by(Some("30")), "the number is of users that change, not selected");
        assert!(large.confirmed_by(Some(" 26 ")));
    }

    #[test]
    fn every_step_has_an_inverse_that_leads_back() {
        let steps = [
            Step::DisableAccount,
            Step::Suspend { directory: "d".into() },
            Step::LeaveGroup { directory: "d".into(), group: "g".into(), group_name: "n".into(), products: vec![] },
            Step::RevokeRole { product: "jira".into(), resource: "ari".into(), role: "atlassian/user".into() },
            Step::RemoveCustomer { desk: "1".into(), desk_name: "IT".into() },
        ];
        for step in steps {
            assert!(step.removes());
            assert!(!step.inverse().removes());
            assert_eq!(step.inverse().inverse(), step);
            assert_ne!(step.code(), step.inverse().code());
        }
    }

    /// The codes stored with jobs and items, written in the audit log and sent as translation ids
    /// are the names serde gives the same values on the wire.
    #[test]
    fn codes_are_the_serde_names() {
        let serde_name = |value: serde_json::Value, tag: &str| match value {
            serde_json::Value::String(code) => code,
            tagged => tagged[tag].as_str().unwrap_or_default().to_owned(),
        };
        let actions = [
            BulkAction::Deactivate,
            BulkAction::Reactivate,
            BulkAction::RevokeAccess { products: vec![] },
            BulkAction::AssignAccess { products: vec![] },
            BulkAction::RemoveCustomer { desks: vec![] },
        ];
        let codes: Vec<&str> = actions.iter().map(Code::code).collect();
        assert_eq!(codes, ["deactivate", "reactivate", "revoke_access", "assign_access", "remove_customer"]);
        for action in actions {
            assert_eq!(serde_name(serde_json::json!(action), "kind"), action.code());
        }
        let step =
            Step::LeaveGroup { directory: "d".into(), group: "g".into(), group_name: "n".into(), products: vec![] };
        for step in [
            step.clone(),
            step.inverse(),
            Step::DisableAccount,
            Step::RevokeRole { product: "p".into(), resource: "r".into(), role: "x".into() },
        ] {
            assert_eq!(serde_name(serde_json::json!(step), "op"), step.code());
        }
        assert_eq!(Step::AddCustomer { desk: "1".into(), desk_name: "IT".into() }.code(), "add_customer");
        for skip in Skip::VARIANTS {
            assert_eq!(serde_name(serde_json::json!(skip), ""), skip.code());
        }
        assert_eq!(Skip::DirectRoleUnavailable.code(), "direct_role_unavailable");
        for state in JobState::VARIANTS {
            assert_eq!(serde_name(serde_json::json!(state), ""), state.code());
        }
        for state in ItemState::VARIANTS {
            assert_eq!(serde_name(serde_json::json!(state), ""), state.code());
        }
        assert_eq!(JobState::Cancelling.code(), "cancelling");
    }

    #[test]
    fn undo_jobs_are_titled_by_what_they_do() {
        let i18n = I18n::default();
        assert_eq!(job_title(i18n, &BulkAction::Deactivate, false, 3, None), "Deactivate 3 users");
        assert_eq!(job_title(i18n, &BulkAction::Deactivate, true, 1, None), "Reactivate 1 user");
        assert_eq!(job_title(i18n, &BulkAction::Reactivate, true, 2, None), "Deactivate 2 users");
        let names = FilterOptions {
            products: vec![("confluence".into(), "Confluence".into())],
            desks: vec![("desk:3".into(), "Mobile Help Desk".into())],
            ..FilterOptions::default()
        };
        let revoke = BulkAction::RevokeAccess { products: vec!["confluence".into()] };
        assert_eq!(job_title(i18n, &revoke, false, 2, Some(&names)), "Revoke Confluence from 2 users");
        assert_eq!(job_title(i18n, &revoke, true, 2, Some(&names)), "Give Confluence to 2 users");
        let remove = BulkAction::RemoveCustomer { desks: vec!["3".into()] };
        assert_eq!(job_title(i18n, &remove, false, 1, Some(&names)), "Remove 1 user from Mobile Help Desk");
        assert_eq!(job_title(i18n, &remove, true, 1, None), "Add 1 user back to 3");
        let everywhere = BulkAction::RemoveCustomer { desks: vec![] };
        assert_eq!(job_title(i18n, &everywhere, false, 4, None), "Remove 4 users from every service desk");
        assert_eq!(job_title(i18n, &everywhere, true, 4, None), "Add 4 users back to the service desks they were in");
        assert_eq!(job_title(i18n, &BulkAction::Deactivate, false, 12_345, None), "Deactivate 12,345 users");
    }

    #[test]
    fn buttons_are_coloured_by_what_they_do() {
        assert!(JobEffect::of(&BulkAction::Deactivate, false).destructive());
        assert!(!JobEffect::of(&BulkAction::Deactivate, true).destructive(), "undoing a deactivation restores");
        assert!(JobEffect::of(&BulkAction::AssignAccess { products: vec![] }, true).destructive());
        assert_eq!(JobEffect::of(&BulkAction::Reactivate, false).button_class(), "button button-primary");
        assert_eq!(
            JobEffect::of(&BulkAction::RemoveCustomer { desks: vec![] }, false).button_class(),
            "button button-danger"
        );
        assert_eq!(JobEffect::of(&BulkAction::RemoveCustomer { desks: vec![] }, true), JobEffect::AddCustomer);
    }

    #[test]
    fn short_ids_are_the_first_eight_characters() {
        assert_eq!(short_job_id("1a2b3c4d5e6f70819293a4b5c6d7e8f9"), "1a2b3c4d");
        assert_eq!(short_job_id("abc"), "abc");
        assert_eq!(short_job_id(""), "");
    }

    #[test]
    fn codes_round_trip() {
        for state in JobState::VARIANTS {
            assert_eq!(state.code().parse::<JobState>().ok(), Some(*state));
        }
        for state in ItemState::VARIANTS {
            assert_eq!(state.code().parse::<ItemState>().ok(), Some(*state));
        }
        let mut counts = JobCounts::default();
        counts.add(ItemState::Done, 3);
        counts.add(ItemState::Running, 1);
        counts.add(ItemState::Skipped, 2);
        assert_eq!((counts.total, counts.finished()), (6, 5));
    }
}
