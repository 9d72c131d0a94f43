//! Reads of users' current state from Atlassian, for the pre-flight, for the check right before
//! each batch's calls, and for the re-read after a call whose outcome is unknown. Directory users
//! come a hundred at a time from `users/search`; roles and desk customers only when the action
//! needs them.

use std::collections::{BTreeMap, HashMap};

use futures_util::{StreamExt, stream};
use serde_json::{Value, json};

use super::plan::Live;
use crate::{
    sync::read,
    upstream::{Upstream, UpstreamError},
};

/// Accounts per `users/search` request (the admin API's largest page).
pub const LOOKUP_BATCH: usize = 100;
/// Role-assignment reads in flight at once (the engine caps the host's concurrency anyway).
const ROLE_READS: usize = 4;

/// Product ARI → the user's roles there.
type Roles = BTreeMap<String, Vec<String>>;

/// What a read covers besides the directory record.
#[derive(Clone, Copy, Debug, Default)]
pub struct Needs {
    pub roles: bool,
    /// Desk customers (for JSM actions): read for these desks.
    pub desks: bool,
}

/// The directory record of a `users/search` item.
fn from_search(user: &Value) -> Option<Live> {
    let (id, facts) = read::org_user(user)?;
    // The user's own link names the directory that holds them (the write paths need it).
    let directory = user
        .pointer("/links/self")
        .and_then(Value::as_str)
        .and_then(|href| href.split("/directories/").nth(1))
        .and_then(|rest| rest.split('/').next())
        .unwrap_or("-")
        .to_owned();
    Some(Live {
        account_id: id,
        name: facts.name,
        email: facts.email,
        account_type: facts.account_type,
        in_directory: true,
        directory,
        account_active: user.get("accountStatus").and_then(Value::as_str).is_none_or(|s| s == "active"),
        suspended: user.get("membershipStatus").and_then(Value::as_str) == Some("suspended"),
        managed: facts.managed,
        scim: facts.scim,
        org_admin: facts.org_admin,
        groups: facts.groups,
        roles: None,
        desks: None,
    })
}

/// Product ARI → roles, from a user's role assignments.
fn roles_of(assignments: &[Value]) -> Roles {
    let mut roles = Roles::new();
    for assignment in assignments {
        let Some(resource) = assignment["resourceId"].as_str() else { continue };
        // Newer answers carry `roleAssignments[]{roleId}`; older ones `roles[]`.
        let listed = assignment["roles"].as_array().into_iter().flatten().filter_map(Value::as_str);
        let newer = assignment["roleAssignments"].as_array().into_iter().flatten().filter_map(|r| r["roleId"].as_str());
        let entry = roles.entry(resource.to_owned()).or_default();
        for role in listed.chain(newer) {
            if !entry.iter().any(|r| r == role) {
                entry.push(role.to_owned());
            }
        }
    }
    roles
}

/// Service desk id → its customers (account id → e-mail), for the desks named.
pub async fn desk_customers(
    up: &Upstream,
    desks: &[String],
) -> Result<HashMap<String, HashMap<String, Option<String>>>, UpstreamError> {
    let mut all = HashMap::new();
    for desk in desks {
        let customers = up.desk_customers(desk)?.collect(&up.engine).await?;
        let members = customers
            .iter()
            .filter_map(|c| Some((c["accountId"].as_str()?.to_owned(), c["emailAddress"].as_str().map(str::to_owned))))
            .collect();
        all.insert(desk.clone(), members);
    }
    Ok(all)
}

/// The current state of these accounts (at most [`LOOKUP_BATCH`]). Accounts the directory does
/// not list come back with `in_directory: false`; those whose roles could not be read keep
/// `roles: None` (and so are refused by anything that needs them).
pub async fn read_accounts(
    up: &Upstream,
    ids: &[String],
    needs: Needs,
    customers: Option<&HashMap<String, HashMap<String, Option<String>>>>,
) -> Result<HashMap<String, Live>, UpstreamError> {
    let body = json!({ "accountIds": ids, "expand": ["groups", "platformRoles"], "limit": LOOKUP_BATCH });
    let found = up.search_users(body).collect(&up.engine).await?;
    let mut live: HashMap<String, Live> = found
        .iter()
        .filter_map(from_search)
        .filter(|l| ids.contains(&l.account_id))
        .map(|l| (l.account_id.clone(), l))
        .collect();
    if needs.roles {
        let reads = live.values().map(|l| (l.account_id.clone(), l.directory.clone())).collect::<Vec<_>>();
        let roles: Vec<(String, Option<Roles>)> = stream::iter(reads)
            .map(|(id, directory)| async move {
                let read = up.user_role_assignments(&directory, &id).collect(&up.engine).await;
                (id, read.ok().map(|a| roles_of(&a)))
            })
            .buffer_unordered(ROLE_READS)
            .collect()
            .await;
        for (id, roles) in roles {
            if let Some(l) = live.get_mut(&id) {
                l.roles = roles;
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_search_item_with_its_directory() {
        let user = json!({
            "accountId": "a1", "name": "Ann", "email": "ann@acme.example", "accountType": "atlassian",
            "status": "suspended", "accountStatus": "active", "membershipStatus": "suspended",
            "claimStatus": "managed", "managementSource": "synced",
            "platformRoles": ["atlassian/org-admin"], "groups": [{"id": "g1", "name": "x"}],
            "links": {"self": "https://api.atlassian.com/admin/v2/orgs/o/directories/dir-9/users/a1"}
        });
        let live = from_search(&user).expect("live");
        assert_eq!(live.directory, "dir-9");
        assert!(live.account_active && live.suspended && live.managed && live.scim && live.org_admin);
        assert_eq!(live.groups, ["g1"]);
        let deactivated = json!({"accountId": "b", "accountStatus": "inactive", "status": "deactivated"});
        let live = from_search(&deactivated).expect("live");
        assert!(!live.account_active && live.directory == "-");
    }

    #[test]
    fn roles_from_either_shape() {
        let roles = roles_of(&[
            json!({"resourceId": "ari:j", "roles": ["atlassian/user"]}),
            json!({"resourceId": "ari:c", "roleAssignments": [{"roleId": "atlassian/user"}, {"roleId": "admin"}]}),
            json!({"resourceId": "ari:j", "roles": ["atlassian/user"]}),
        ]);
        assert_eq!(roles["ari:j"], ["atlassian/user"]);
        assert_eq!(roles["ari:c"], ["atlassian/user", "admin"]);
    }
}
