//! The filters of the v2 user listings: the `users/search` body and the query parameters of the
//! GET list and count, checked and matched against the org.

use axum::response::Response;
use http::StatusCode;
use serde::{Deserialize, Serialize};

use super::{
    answer::err,
    filter::{any_of, expands},
    paging::{Listing, Window},
};
use crate::{
    api::Params,
    model::{AccountIx, ORG_ADMIN_ROLE, World},
};

/// The filters of `users/search` (JSON body) and of the GET list and count (query parameters).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UserQuery {
    #[serde(flatten)]
    pub window: Window,
    account_ids: Option<Vec<String>>,
    directory_ids: Option<Vec<String>>,
    resource_ids: Option<Vec<String>>,
    group_ids: Option<Vec<String>>,
    mfa_enabled: Option<bool>,
    claim_status: Option<String>,
    status: Option<Vec<String>>,
    account_status: Option<Vec<String>>,
    membership_status: Option<Vec<String>>,
    role_ids: Option<Vec<String>>,
    email_domains: Option<Vec<String>>,
    search_term: Option<String>,
    emails: Option<Vec<String>>,
    expand: Option<Vec<String>>,
    sort_by: Option<String>,
}

impl Listing for UserQuery {
    fn window(&mut self) -> &mut Window {
        &mut self.window
    }
}

impl UserQuery {
    pub fn from_params(params: &Params) -> Result<UserQuery, Response> {
        Ok(UserQuery {
            window: Window::from_params(params)?,
            account_ids: params.all("accountIds"),
            directory_ids: params.all("directoryIds"),
            resource_ids: params.all("resourceIds"),
            group_ids: params.all("groupIds"),
            mfa_enabled: params.flag("mfaEnabled"),
            claim_status: params.get("claimStatus").map(str::to_owned),
            status: params.all("status"),
            account_status: params.all("accountStatus"),
            membership_status: params.all("membershipStatus"),
            role_ids: params.all("roleIds"),
            email_domains: params.all("emailDomains"),
            search_term: params.get("searchTerm").map(str::to_owned),
            emails: params.all("emails"),
            expand: params.all("expand"),
            sort_by: params.get("sortBy").map(str::to_owned),
        })
    }

    pub fn validate(&self) -> Result<(), Response> {
        let bad = |m: &str| Err(err(StatusCode::BAD_REQUEST, m));
        if self.search_term.is_some() && self.emails.is_some() {
            return bad("searchTerm and emails cannot be used together");
        }
        let allowed = |values: &Option<Vec<String>>, allowed: &[&str]| {
            values.iter().flatten().all(|v| allowed.contains(&v.as_str()))
        };
        if !allowed(&self.status, &["active", "suspended", "not_invited", "deactivated"]) {
            return bad("status must be one of active, suspended, not_invited, deactivated");
        }
        if !allowed(&self.account_status, &["active", "inactive", "closed"]) {
            return bad("accountStatus must be one of active, inactive, closed");
        }
        if !allowed(&self.membership_status, &["active", "suspended", "no_membership"]) {
            return bad("membershipStatus must be one of active, suspended, no_membership");
        }
        if !allowed(&self.expand, &["groups", "platformRoles", "productAccess", "counts.resources"]) {
            return bad("expand must be among groups, platformRoles, productAccess, counts.resources");
        }
        if self.claim_status.as_deref().is_some_and(|c| c != "managed" && c != "unmanaged") {
            return bad("claimStatus must be managed or unmanaged");
        }
        Ok(())
    }

    pub fn expands(&self, what: &str) -> bool {
        expands(&self.expand, what)
    }

    pub fn matches(&self, world: &World, ix: AccountIx, directory: Option<usize>) -> bool {
        let a = world.acc(ix);
        let lower = |s: &str| s.to_lowercase();
        directory.is_none_or(|d| a.directory == Some(d))
            && any_of(&self.directory_ids, &|id| a.directory.is_some_and(|d| world.directories[d].id == id))
            && any_of(&self.account_ids, &|id| a.id == id)
            && any_of(&self.resource_ids, &|ari| world.product_by_ari(ari).is_some_and(|p| world.holds_role(ix, p)))
            && any_of(&self.group_ids, &|id| {
                world.group_by_id(id).is_some_and(|g| world.groups[g].members.contains(&ix))
            })
            && self.mfa_enabled.is_none_or(|m| a.mfa == m)
            && self.claim_status.as_deref().is_none_or(|c| (c == "managed") == a.managed)
            && any_of(&self.status, &|s| a.admin_status() == s)
            && any_of(&self.account_status, &|s| <&str>::from(a.status) == s)
            && any_of(&self.membership_status, &|s| <&str>::from(a.membership) == s)
            && any_of(&self.role_ids, &|r| {
                (r == ORG_ADMIN_ROLE && a.org_admin)
                    || world.roles_of(ix).iter().any(|(_, roles)| roles.iter().any(|x| x == r))
            })
            && any_of(&self.email_domains, &|d| a.email_domain().eq_ignore_ascii_case(d))
            && any_of(&self.emails, &|e| a.email.eq_ignore_ascii_case(e))
            && self.search_term.as_deref().is_none_or(|t| {
                let t = lower(t);
                lower(&a.name).contains(&t) || lower(&a.email).contains(&t) || lower(&a.nickname).contains(&t)
            })
    }
}
