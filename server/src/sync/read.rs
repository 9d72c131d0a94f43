//! Reading Atlassian's typed answers into facts: one small function per record shape. Pure and
//! tested here, so the collectors only walk pages.

use app::users::{AccountType, Status};
use chrono::{DateTime, Utc};

use crate::{
    snapshot::facts::{AccountFacts, CatalogItem, ProductActivity},
    upstream::api::{
        SiteUser,
        admin::{OrgUser, Workspace},
        confluence::{SpacePermission, SpaceRoleAssignment},
        jira::{ApplicationRole, RoleActor},
    },
};

fn time(raw: Option<&str>) -> Option<DateTime<Utc>> {
    let raw = raw?;
    DateTime::parse_from_rfc3339(raw)
        .map(|t| t.with_timezone(&Utc))
        .ok()
        .or_else(|| raw.parse::<chrono::NaiveDate>().ok().map(|d| d.and_time(chrono::NaiveTime::MIN).and_utc()))
}

fn account_type(raw: Option<&str>) -> Option<AccountType> {
    match raw? {
        "atlassian" => Some(AccountType::Atlassian),
        "customer" => Some(AccountType::Customer),
        "app" => Some(AccountType::App),
        _ => None,
    }
}

/// A user of the admin API's `users/search` (expanded with groups, product access and roles).
pub fn org_user(user: &OrgUser) -> Option<(String, AccountFacts)> {
    let id = user.account_id.clone()?;
    let status = match user.status.as_deref() {
        Some("suspended") => Status::Suspended,
        Some("deactivated") => Status::Deactivated,
        Some("not_invited") => Status::Pending,
        _ if user.account_status.as_deref().is_some_and(|s| s != "active") => Status::Deactivated,
        _ => Status::Active,
    };
    let products = user
        .product_access
        .iter()
        .filter_map(|p| {
            Some(ProductActivity { key: p.key.clone()?, last_active: time(p.last_active_timestamp.as_deref()) })
        })
        .collect();
    let facts = AccountFacts {
        name: user.name.clone().unwrap_or_default(),
        email: user.email.clone().filter(|e| !e.is_empty()),
        account_type: account_type(user.account_type.as_deref()),
        status: Some(status),
        managed: user.claim_status.as_deref() == Some("managed"),
        scim: user.management_source.as_deref() == Some("synced"),
        org_admin: user.is_org_admin(),
        directory_id: None,
        added_to_org: time(user.added_to_org.as_deref()),
        products,
        groups: user.groups.iter().filter_map(|g| g.id.clone()).collect(),
    };
    Some((id, facts))
}

/// A user as Jira, JSM or Confluence describe one (`displayName`, `emailAddress` or `email`,
/// `active` or `accountStatus`).
pub fn site_user(user: &SiteUser) -> Option<(String, AccountFacts)> {
    let id = user.account_id.clone()?;
    let active = match (user.active, user.account_status.as_deref()) {
        (Some(active), _) => active,
        (None, Some(status)) => status == "active",
        (None, None) => true,
    };
    let facts = AccountFacts {
        name: user.display_name.clone().or_else(|| user.public_name.clone()).unwrap_or_default(),
        email: user.email_address.clone().or_else(|| user.email.clone()).filter(|e| !e.is_empty()),
        account_type: account_type(user.account_type.as_deref()),
        status: Some(if active { Status::Active } else { Status::Deactivated }),
        ..AccountFacts::default()
    };
    Some((id, facts))
}

/// A workspace of the admin API: a product with its seats.
pub fn workspace(item: &Workspace) -> Option<(String, CatalogItem)> {
    let attributes = item.attributes.as_ref()?;
    let ari = item.id.clone()?;
    let key = attributes.type_key.clone()?;
    let product = CatalogItem::Product {
        name: attributes.name.clone().unwrap_or_else(|| key.clone()),
        key,
        ari: ari.clone(),
        seats_used: attributes.usage,
        capacity: attributes.capacity,
    };
    Some((ari, product))
}

/// Jira's application roles: product key → (seats bought, seats used); unlimited gives no limit.
pub fn application_role_seats(role: &ApplicationRole) -> Option<(String, Option<u64>, Option<u64>)> {
    let key = role.key.clone()?;
    let unlimited = role.has_unlimited_seats.unwrap_or(false);
    let seats = role.number_of_seats.filter(|n| *n >= 0 && !unlimited).map(|n| n as u64);
    Some((key, seats, role.user_count))
}

/// The role id at the end of a Jira role URL (`.../project/10000/role/10002`).
pub fn role_id(url: &str) -> Option<&str> {
    url.trim_end_matches('/').rsplit('/').next().filter(|id| !id.is_empty())
}

/// A Jira role actor as a principal: `user:<accountId>` or `group:<groupId>` (with the group's name).
pub fn role_actor(actor: &RoleActor) -> Option<(String, Option<String>)> {
    if let Some(user) = actor.actor_user.as_ref().and_then(|u| u.account_id.as_deref()) {
        return Some((format!("user:{user}"), None));
    }
    let group = actor.actor_group.as_ref()?;
    let id = group.group_id.as_deref()?;
    Some((format!("group:{id}"), group.name.clone().or_else(|| group.display_name.clone())))
}

/// A Confluence role assignment as a principal; access classes ("all licensed users") are not
/// memberships and are skipped.
pub fn space_principal(assignment: &SpaceRoleAssignment) -> Option<String> {
    let principal = assignment.principal.as_ref()?;
    let id = principal.principal_id.as_deref()?;
    match principal.principal_type.as_deref()?.to_ascii_uppercase().as_str() {
        "USER" => Some(format!("user:{id}")),
        "GROUP" => Some(format!("group:{id}")),
        _ => None,
    }
}

/// A Confluence space permission (the stable v2 API) as a principal and its operation
/// (`key`, `targetType`); access classes and roles are not memberships and are skipped.
pub fn space_permission(permission: &SpacePermission) -> Option<(String, (String, String))> {
    let principal = permission.principal.as_ref()?;
    let id = principal.id.as_deref()?;
    let principal = match principal.kind.as_deref()?.to_ascii_lowercase().as_str() {
        "user" => format!("user:{id}"),
        "group" => format!("group:{id}"),
        _ => return None,
    };
    let operation = permission.operation.as_ref()?;
    Some((principal, (operation.key.clone()?, operation.target_type.clone().unwrap_or_default())))
}

/// What a principal's space permissions amount to, named like Confluence's space roles: `Admin`
/// (may administer the space), `Collaborator` (may change pages or blog posts) or `Viewer` (may
/// read, and comment).
pub fn permission_role(operations: &[(String, String)]) -> &'static str {
    let content = |target: &str| matches!(target, "page" | "blogpost" | "attachment");
    if operations.iter().any(|(key, target)| key == "administer" && target == "space") {
        "Admin"
    } else if operations.iter().any(|(key, target)| key != "read" && content(target)) {
        "Collaborator"
    } else {
        "Viewer"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A record as Atlassian's JSON would read.
    fn typed<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
        serde_json::from_value(value).expect("record")
    }

    #[test]
    fn org_users_map_every_field() {
        let user = json!({
            "accountId": "abc", "accountType": "atlassian", "status": "suspended", "accountStatus": "active",
            "name": "Zoë", "email": "zoe@acme.example", "claimStatus": "managed", "managementSource": "synced",
            "addedToOrg": "2024-02-03T04:05:06.000Z", "platformRoles": ["atlassian/org-admin"],
            "productAccess": [{"key": "confluence", "id": "ari", "lastActiveTimestamp": "2026-01-02T00:00:00Z"}, {"key": "jira-software", "id": "ari2"}],
            "groups": [{"id": "g1", "name": "x"}],
        });
        let (id, facts) = org_user(&typed(user)).expect("user");
        assert_eq!(id, "abc");
        assert_eq!(facts.status, Some(Status::Suspended));
        assert!(facts.managed && facts.scim && facts.org_admin);
        assert_eq!(facts.products.len(), 2);
        assert_eq!(facts.products[1].last_active, None);
        assert_eq!(facts.groups, ["g1"]);
        assert_eq!(facts.added_to_org.map(|t| t.to_rfc3339()).as_deref(), Some("2024-02-03T04:05:06+00:00"));
        let pending = json!({"accountId": "p", "status": "not_invited", "name": "P"});
        assert_eq!(org_user(&typed(pending)).expect("user").1.status, Some(Status::Pending));
        let closed = json!({"accountId": "c", "status": "active", "accountStatus": "closed"});
        assert_eq!(org_user(&typed(closed)).expect("user").1.status, Some(Status::Deactivated));
        assert!(org_user(&typed(json!({"name": "no id"}))).is_none());
    }

    #[test]
    fn site_users_from_each_family() {
        let jira = json!({"accountId": "a", "displayName": "A", "active": false, "accountType": "customer"});
        let (_, facts) = site_user(&typed(jira)).expect("user");
        assert_eq!(
            (facts.status, facts.account_type, facts.email),
            (Some(Status::Deactivated), Some(AccountType::Customer), None)
        );
        let confluence =
            json!({"accountId": "b", "publicName": "B", "email": "b@x.example", "accountStatus": "active"});
        let (_, facts) = site_user(&typed(confluence)).expect("user");
        assert_eq!((facts.name.as_str(), facts.email.as_deref()), ("B", Some("b@x.example")));
    }

    #[test]
    fn principals_and_role_ids() {
        assert_eq!(role_id("https://x.atlassian.net/rest/api/3/project/10000/role/10002"), Some("10002"));
        let user = json!({"type": "atlassian-user-role-actor", "actorUser": {"accountId": "u1"}});
        assert_eq!(role_actor(&typed(user)), Some(("user:u1".into(), None)));
        let group = json!({"actorGroup": {"groupId": "g1", "name": "devs"}});
        assert_eq!(role_actor(&typed(group)), Some(("group:g1".into(), Some("devs".into()))));
        let space = json!({"principal": {"principalType": "GROUP", "principalId": "g2"}, "roleId": "r"});
        assert_eq!(space_principal(&typed(space)).as_deref(), Some("group:g2"));
        let class = json!({"principal": {"principalType": "ACCESS_CLASS", "principalId": "all"}});
        assert_eq!(space_principal(&typed(class)), None);
    }

    #[test]
    fn space_permissions_amount_to_a_role() {
        let read =
            json!({"principal": {"type": "user", "id": "u1"}, "operation": {"key": "read", "targetType": "space"}});
        assert_eq!(space_permission(&typed(read)), Some(("user:u1".into(), ("read".into(), "space".into()))));
        let role =
            json!({"principal": {"type": "role", "id": "r"}, "operation": {"key": "read", "targetType": "space"}});
        assert_eq!(space_permission(&typed(role)), None);
        let op = |k: &str, t: &str| (k.to_owned(), t.to_owned());
        assert_eq!(permission_role(&[op("read", "space"), op("create", "comment")]), "Viewer");
        assert_eq!(permission_role(&[op("read", "space"), op("create", "page")]), "Collaborator");
        assert_eq!(permission_role(&[op("administer", "space"), op("read", "space")]), "Admin");
    }

    #[test]
    fn seats_from_workspaces_and_application_roles() {
        let ws = json!({"id": "ari:cloud:confluence::site/1", "attributes": {"typeKey": "confluence", "name": "Confluence", "usage": 12, "capacity": null}});
        let (ari, item) = workspace(&typed(ws)).expect("workspace");
        assert_eq!(ari, "ari:cloud:confluence::site/1");
        assert!(matches!(item, CatalogItem::Product { seats_used: Some(12), capacity: None, .. }));
        let role = json!({"key": "jira-software", "numberOfSeats": 50, "userCount": 40, "hasUnlimitedSeats": false});
        assert_eq!(application_role_seats(&typed(role)), Some(("jira-software".into(), Some(50), Some(40))));
        let unlimited = json!({"key": "jira-core", "numberOfSeats": -1, "hasUnlimitedSeats": true});
        assert_eq!(application_role_seats(&typed(unlimited)), Some(("jira-core".into(), None, None)));
    }
}
