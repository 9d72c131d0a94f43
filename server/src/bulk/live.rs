//! Reads of users' current state from Atlassian, for the pre-flight, for the check right before
//! each batch's calls, and for the re-read after a call whose outcome is unknown. Directory users
//! come a hundred at a time from `users/search`; roles and desk customers only when the action
//! needs them.

use std::{
    collections::{BTreeMap, HashMap},
    sync::atomic::{AtomicBool, Ordering},
};

use futures_util::{StreamExt, stream};

use super::plan::Live;
use crate::{
    sync::read,
    upstream::{
        Upstream, UpstreamError,
        api::admin::{Directories, Expand, GroupSearch, OrgUser, UserExpand, UserSearch, roles_by_product},
    },
};

/// Accounts per `users/search` request (the admin API's largest page).
pub const LOOKUP_BATCH: usize = 100;
/// Per-user reads in flight at once (the engine caps the host's concurrency anyway).
const USER_READS: usize = 4;
/// The role a product grants by default: what a user holds when only their product access, not
/// their role assignments, could be read.
const DEFAULT_ROLE: &str = "atlassian/user";

/// Product ARI → the user's roles there.
type Roles = BTreeMap<String, Vec<String>>;

/// What a read covers besides the directory record.
#[derive(Clone, Copy, Debug, Default)]
pub struct Needs {
    pub roles: bool,
    /// Desk customers (for JSM actions): read for these desks.
    pub desks: bool,
    /// The directory holding each user (for the v2 writes).
    pub directories: bool,
}

/// What a pre-flight or a job learns about the org while it reads, kept for its duration: the
/// org's directories, and whether the org offers the `x-experimental` role APIs.
#[derive(Default)]
pub struct Learned {
    /// The org's directory ids once listed; `Some(None)` when the listing is absent (it is
    /// `x-experimental`: such an org answers 404).
    directories: tokio::sync::Mutex<Option<Option<Vec<String>>>>,
    /// The per-user role-assignments listing answered 404 for a user the directory lists: the
    /// org lacks the `x-experimental` role APIs, the direct product-role writes among them.
    roles_absent: AtomicBool,
}

impl Learned {
    pub fn roles_absent(&self) -> bool {
        self.roles_absent.load(Ordering::Relaxed)
    }

    /// The org's directory ids, listed once; `None` where the org does not offer the listing.
    async fn directories(&self, up: &Upstream) -> Result<Option<Vec<String>>, UpstreamError> {
        let mut cached = self.directories.lock().await;
        if cached.is_none() {
            *cached = Some(match up.directories().collect().await {
                Ok(all) => Some(all.into_iter().filter_map(|d| d.directory_id).collect()),
                Err(UpstreamError::NotFound) => None,
                Err(error) => return Err(error),
            });
        }
        Ok(cached.clone().flatten())
    }
}

/// Searches for these accounts, each found user with the directory that holds it. With one
/// directory in the org, it is that one; with several, each directory is searched on its own, so
/// the search that found a user names its directory (one search per directory and batch, where a
/// lookup per user would double a job's requests); where the directory list is absent,
/// Atlassian's own link to the user names it. Never `-`.
async fn search_with_directories(
    up: &Upstream,
    search: &UserSearch<'_>,
    needs: Needs,
    learned: &Learned,
) -> Result<Vec<(OrgUser, Option<String>)>, UpstreamError> {
    let listed = if needs.directories { learned.directories(up).await? } else { None };
    match listed {
        Some(ids) if ids.len() > 1 => {
            let mut found: Vec<(OrgUser, Option<String>)> = Vec::new();
            for directory in ids {
                for user in up.search_users(Directories::One(&directory), search).collect().await? {
                    // An account in two directories is written through the first that lists it.
                    if !found.iter().any(|(known, _)| known.account_id == user.account_id) {
                        found.push((user, Some(directory.clone())));
                    }
                }
            }
            Ok(found)
        }
        listed => {
            let only = listed.and_then(|ids| ids.into_iter().next());
            let found = up.search_users(Directories::All, search).collect().await?;
            Ok(found
                .into_iter()
                .map(|user| {
                    let linked = || user.linked_directory().map(str::to_owned);
                    let directory = needs.directories.then(|| only.clone().or_else(linked)).flatten();
                    (user, directory)
                })
                .collect())
        }
    }
}

/// The directory record of a `users/search` item (its directory is resolved apart).
fn from_search(user: &OrgUser) -> Option<Live> {
    let (id, facts) = read::org_user(user)?;
    Some(Live {
        account_id: id,
        name: facts.name,
        email: facts.email,
        account_type: facts.account_type,
        in_directory: true,
        directory: None,
        account_active: user.account_status.as_deref().is_none_or(|s| s == "active"),
        suspended: user.membership_status.as_deref() == Some("suspended"),
        managed: facts.managed,
        scim: facts.scim,
        org_admin: facts.org_admin,
        groups: facts.groups,
        roles: None,
        desks: None,
    })
}

/// Product ARI → the default role, from a `users/search` item's `productAccess` (where the role
/// assignments cannot be read, this is what the stable API tells).
fn roles_from_access(user: &OrgUser) -> Roles {
    user.product_access
        .iter()
        .filter_map(|p| p.id.as_deref())
        .map(|ari| (ari.to_owned(), vec![DEFAULT_ROLE.to_owned()]))
        .collect()
}

/// Service desk id → its customers (account id → e-mail), for the desks named.
pub async fn desk_customers(
    up: &Upstream,
    desks: &[String],
) -> Result<HashMap<String, HashMap<String, Option<String>>>, UpstreamError> {
    let mut all = HashMap::new();
    for desk in desks {
        let customers = up.desk_customers(desk)?.collect().await?;
        let members = customers.into_iter().filter_map(|c| Some((c.account_id?, c.email_address))).collect();
        all.insert(desk.clone(), members);
    }
    Ok(all)
}

/// The current state of these accounts (at most [`LOOKUP_BATCH`]). Accounts the directory does
/// not list come back with `in_directory: false`; those whose roles could not be read keep
/// `roles: None` (and so are refused by anything that needs them), as do those whose directory
/// could not be told keep `directory: None`.
pub async fn read_accounts(
    up: &Upstream,
    ids: &[String],
    needs: Needs,
    customers: Option<&HashMap<String, HashMap<String, Option<String>>>>,
    learned: &Learned,
) -> Result<HashMap<String, Live>, UpstreamError> {
    let mut expand = Expand::of(&[UserExpand::Groups, UserExpand::PlatformRoles]);
    if needs.roles {
        expand = expand.with(UserExpand::ProductAccess);
    }
    let found: Vec<(Live, OrgUser)> = search_with_directories(up, &UserSearch::accounts(ids, expand), needs, learned)
        .await?
        .into_iter()
        .filter_map(|(user, directory)| Some((Live { directory, ..from_search(&user)? }, user)))
        .filter(|(l, _)| ids.contains(&l.account_id))
        .collect();
    let details: Vec<Live> = stream::iter(found)
        .map(|(mut live, user)| async move {
            if needs.roles {
                live.roles = roles(up, &user, &live.account_id, learned).await;
            }
            live
        })
        .buffer_unordered(USER_READS)
        .collect()
        .await;
    let mut live = HashMap::with_capacity(details.len());
    for read in details {
        live.insert(read.account_id.clone(), read);
    }
    if let (true, Some(customers)) = (needs.desks, customers) {
        for id in ids {
            let desks: Vec<String> =
                customers.iter().filter(|(_, m)| m.contains_key(id)).map(|(d, _)| d.clone()).collect();
            let email = customers.values().find_map(|m| m.get(id).cloned().flatten());
            let entry = live.entry(id.clone()).or_insert_with(|| Live { account_id: id.clone(), ..Live::default() });
            entry.desks = Some(desks);
            if entry.email.is_none() {
                entry.email = email;
            }
        }
    }
    Ok(live)
}

/// A user's roles per product: their role assignments, or, where the org lacks that
/// `x-experimental` listing (a 404 for a user the directory just listed), the product access the
/// stable `users/search` reported. `None` when they could not be read.
async fn roles(up: &Upstream, user: &OrgUser, account_id: &str, learned: &Learned) -> Option<Roles> {
    if learned.roles_absent() {
        return Some(roles_from_access(user));
    }
    match up.user_role_assignments(Directories::All, account_id).collect().await {
        Ok(assignments) => Some(roles_by_product(&assignments)),
        Err(UpstreamError::NotFound) => {
            learned.roles_absent.store(true, Ordering::Relaxed);
            Some(roles_from_access(user))
        }
        Err(error) => {
            tracing::warn!(%error, "cannot read a user's role assignments");
            None
        }
    }
}

/// The groups that grant a product (`groups/search` by `resourceIds`): id → name.
pub async fn granting_groups(up: &Upstream, ari: &str) -> Result<BTreeMap<String, String>, UpstreamError> {
    let groups = up.search_groups(&GroupSearch { resource_ids: Some(&[ari]) }).collect().await?;
    Ok(groups.into_iter().filter_map(|g| Some((g.id?, g.name.unwrap_or_default()))).collect())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn typed(value: serde_json::Value) -> OrgUser {
        serde_json::from_value(value).expect("user")
    }

    #[test]
    fn reads_a_search_item_with_its_directory() {
        let user = typed(json!({
            "accountId": "a1", "name": "Ann", "email": "ann@acme.example", "accountType": "atlassian",
            "status": "suspended", "accountStatus": "active", "membershipStatus": "suspended",
            "claimStatus": "managed", "managementSource": "synced",
            "platformRoles": ["atlassian/org-admin"], "groups": [{"id": "g1", "name": "x"}],
            "links": {"self": "https://api.atlassian.com/admin/v2/orgs/o/directories/dir-9/users/a1"}
        }));
        let live = from_search(&user).expect("live");
        assert_eq!(user.linked_directory(), Some("dir-9"));
        assert_eq!(live.directory, None, "resolved apart");
        assert!(live.account_active && live.suspended && live.managed && live.scim && live.org_admin);
        assert_eq!(live.groups, ["g1"]);
        let deactivated = typed(json!({"accountId": "b", "accountStatus": "inactive", "status": "deactivated"}));
        let live = from_search(&deactivated).expect("live");
        assert!(!live.account_active);
        let everywhere = typed(json!({"links": {"self": "https://x/admin/v2/orgs/o/directories/-/users/b"}}));
        assert_eq!(everywhere.linked_directory(), None, "never a guessed -");
        let access = typed(json!({"productAccess": [{"key": "jira-software", "id": "ari:j"}]}));
        assert_eq!(roles_from_access(&access), Roles::from([("ari:j".to_owned(), vec![DEFAULT_ROLE.to_owned()])]));
    }
}
