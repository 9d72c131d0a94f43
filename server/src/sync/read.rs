//! Reading Atlassian's JSON into facts: one small function per record shape. Pure and tested
//! here, so the collectors only walk pages.

use app::users::{AccountType, Status};
use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::snapshot::facts::{AccountFacts, CatalogItem, ProductActivity};

fn text(value: &Value, key: &str) -> Option<String> {
    value.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// A field Atlassian sends as a string or a number (ids, keys, names), as text.
pub fn scalar(value: &Value, key: &str) -> Option<String> {
    match value.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn time(value: &Value, key: &str) -> Option<DateTime<Utc>> {
    let raw = value.get(key)?.as_str()?;
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
pub fn org_user(user: &Value) -> Option<(String, AccountFacts)> {
    let id = text(user, "accountId")?;
    let status = match user.get("status").and_then(Value::as_str) {
        Some("suspended") => Status::Suspended,
        Some("deactivated") => Status::Deactivated,
        Some("not_invited") => Status::Pending,
        _ if user.get("accountStatus").and_then(Value::as_str).is_some_and(|s| s != "active") => Status::Deactivated,
        _ => Status::Active,
    };
    let products = user
        .get("productAccess")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|p| {
                    Some(ProductActivity { key: text(p, "key")?, last_active: time(p, "lastActiveTimestamp") })
                })
                .collect()
        })
        .unwrap_or_default();
    let groups = user
        .get("groups")
        .and_then(Value::as_array)
        .map(|list| list.iter().filter_map(|g| text(g, "id")).collect())
        .unwrap_or_default();
    let org_admin = user
        .get("platformRoles")
        .and_then(Value::as_array)
        .is_some_and(|roles| roles.iter().any(|r| r.as_str() == Some("atlassian/org-admin")));
    let facts = AccountFacts {
        name: text(user, "name").unwrap_or_default(),
        email: text(user, "email").filter(|e| !e.is_empty()),
        account_type: account_type(user.get("accountType").and_then(Value::as_str)),
        status: Some(status),
        managed: user.get("claimStatus").and_then(Value::as_str) == Some("managed"),
        scim: user.get("managementSource").and_then(Value::as_str) == Some("synced"),
        org_admin,
        directory_id: None,
        added_to_org: time(user, "addedToOrg"),
        products,
        groups,
    };
    Some((id, facts))
}

/// A user as Jira, JSM or Confluence describe one (`displayName`, `emailAddress` or `email`,
/// `active` or `accountStatus`).
pub fn site_user(user: &Value) -> Option<(String, AccountFacts)> {
    let id = text(user, "accountId")?;
    let active = match (user.get("active").and_then(Value::as_bool), user.get("accountStatus").and_then(Value::as_str))
    {
        (Some(active), _) => active,
        (None, Some(status)) => status == "active",
        (None, None) => true,
    };
    let facts = AccountFacts {
        name: text(user, "displayName").or_else(|| text(user, "publicName")).unwrap_or_default(),
        email: text(user, "emailAddress").or_else(|| text(user, "email")).filter(|e| !e.is_empty()),
        account_type: account_type(user.get("accountType").and_then(Value::as_str)),
        status: Some(if active { Status::Active } else { Status::Deactivated }),
        ..AccountFacts::default()
    };
    Some((id, facts))
}

/// A workspace of the admin API: a product with its seats.
pub fn workspace(item: &Value) -> Option<(String, CatalogItem)> {
    let attributes = item.get("attributes")?;
    let ari = text(item, "id")?;
    let key = text(attributes, "typeKey")?;
    let count = |k: &str| attributes.get(k).and_then(Value::as_u64);
    let product = CatalogItem::Product {
        name: text(attributes, "name").unwrap_or_else(|| key.clone()),
        key,
        ari: ari.clone(),
        seats_used: count("usage"),
        capacity: count("capacity"),
    };
    Some((ari, product))
}

/// Jira's application roles: product key → (seats bought, seats used); unlimited gives no limit.
pub fn application_role_seats(role: &Value) -> Option<(String, Option<u64>, Option<u64>)> {
    let key = text(role, "key")?;
    let unlimited = role.get("hasUnlimitedSeats").and_then(Value::as_bool).unwrap_or(false);
    let seats = role.get("numberOfSeats").and_then(Value::as_i64).filter(|n| *n >= 0 && !unlimited).map(|n| n as u64);
    let used = role.get("userCount").and_then(Value::as_u64);
    Some((key, seats, used))
}

/// The role id at the end of a Jira role URL (`.../project/10000/role/10002`).
pub fn role_id(url: &str) -> Option<&str> {
    url.trim_end_matches('/').rsplit('/').next().filter(|id| !id.is_empty())
}

/// A Jira role actor as a principal: `user:<accountId>` or `group:<groupId>` (with the group's name).
pub fn role_actor(actor: &Value) -> Option<(String, Option<String>)> {
    if let Some(user) = actor.get("actorUser").and_then(|u| text(u, "accountId")) {
        return Some((format!("user:{user}"), None));
    }
    let group = actor.get("actorGroup")?;
    let id = text(group, "groupId")?;
    Some((format!("group:{id}"), text(group, "name").or_else(|| text(group, "displayName"))))
}

/// A Confluence role assignment as a principal; access classes ("all licensed users") are not
/// memberships and are skipped.
pub fn space_principal(assignment: &Value) -> Option<String> {
    let principal = assignment.get("principal")?;
    let id = text(principal, "principalId")?;
    match principal.get("principalType").and_then(Value::as_str)?.to_ascii_uppercase().as_str() {
        "USER" => Some(format!("user:{id}")),
        "GROUP" => Some(format!("group:{id}")),
        _ => None,
    }
}

/// A Confluence space permission (the stable v2 API) as a principal and its operation
/// (`key`, `targetType`); access classes and roles are not memberships and are skipped.
pub fn space_permission(permission: &Value) -> Option<(String, (String, String))> {
    let principal = permission.get("principal")?;
    let id = text(principal, "id")?;
    let principal = match principal.get("type").and_then(Value::as_str)?.to_ascii_lowercase().as_str() {
        "user" => format!("user:{id}"),
        "group" => format!("group:{id}"),
        _ => return None,
    };
    let operation = permission.get("operation")?;
    Some((principal, (text(operation, "key")?, text(operation, "targetType").unwrap_or_default())))
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

    #[test]
    fn org_users_map_every_field() {
        let user = json!({
            "accountId": "abc", "accountType": "atlassian", "status": "suspended", "accountStatus": "active",
            "name": "Zoë", "email": "zoe@acme.example", "claimStatus": "managed", "managementSource": "synced",
            "addedToOrg": "2024-02-03T04:05:06.000Z", "platformRoles": ["atlassian/org-admin"],
            "productAccess": [{"key": "confluence", "id": "ari", "lastActiveTimestamp": "2026-01-02T00:00:00Z"}, {"key": "jira-software", "id": "ari2"}],
            "groups": [{"id": "g1", "name": "x"}],
        });
        let (id, facts) = org_user(&user).expect("user");
        assert_eq!(id, "abc");
        assert_eq!(facts.status, Some(Status::Suspended));
        assert!(facts.managed && facts.scim && facts.org_admin);
        assert_eq!(facts.products.len(), 2);
        assert_eq!(facts.products[1].last_active, None);
        assert_eq!(facts.groups, ["g1"]);
        assert_eq!(facts.added_to_org.map(|t| t.to_rfc3339()).as_deref(), Some("2024-02-03T04:05:06+00:00"));
        let pending = json!({"accountId": "p", "status": "not_invited", "name": "P"});
        assert_eq!(org_user(&pending).expect("user").1.status, Some(Status::Pending));
        let closed = json!({"accountId": "c", "status": "active", "accountStatus": "closed"});
        assert_eq!(org_user(&closed).expect("user").1.status, Some(Status::Deactivated));
        assert!(org_user(&json!({"name": "no id"})).is_none());
    }

    #[test]
    fn site_users_from_each_family() {
        let jira = json!({"accountId": "a", "displayName": "A", "active": false, "accountType": "customer"});
        let (_, facts) = site_user(&jira).expect("user");
        assert_eq!(
            (facts.status, facts.account_type, facts.email),
            (Some(Status::Deactivated), Some(AccountType::Customer), None)
        );
        let confluence =
            json!({"accountId": "b", "publicName": "B", "email": "b@x.example", "accountStatus": "active"});
        let (_, facts) = site_user(&confluence).expect("user");
        assert_eq!((facts.name.as_str(), facts.email.as_deref()), ("B", Some("b@x.example")));
    }

    #[test]
    fn principals_and_role_ids() {
        assert_eq!(role_id("https://x.atlassian.net/rest/api/3/project/10000/role/10002"), Some("10002"));
        let user = json!({"type": "atlassian-user-role-actor", "actorUser": {"accountId": "u1"}});
        assert_eq!(role_actor(&user), Some(("user:u1".into(), None)));
        let group = json!({"actorGroup": {"groupId": "g1", "name": "devs"}});
        assert_eq!(role_actor(&group), Some(("group:g1".into(), Some("devs".into()))));
        let space = json!({"principal": {"principalType": "GROUP", "principalId": "g2"}, "roleId": "r"});
        assert_eq!(space_principal(&space).as_deref(), Some("group:g2"));
        let class = json!({"principal": {"principalType": "ACCESS_CLASS", "principalId": "all"}});
        assert_eq!(space_principal(&class), None);
    }

    #[test]
    fn space_permissions_amount_to_a_role() {
        let read =
            json!({"principal": {"type": "user", "id": "u1"}, "operation": {"key": "read", "targetType": "space"}});
        assert_eq!(space_permission(&read), Some(("user:u1".into(), ("read".into(), "space".into()))));
        let role =
            json!({"principal": {"type": "role", "id": "r"}, "operation": {"key": "read", "targetType": "space"}});
        assert_eq!(space_permission(&role), None);
        let op = |k: &str, t: &str| (k.to_owned(), t.to_owned());
        assert_eq!(permission_role(&[op("read", "space"), op("create", "comment")]), "Viewer");
        assert_eq!(permission_role(&[op("read", "space"), op("create", "page")]), "Collaborator");
        assert_eq!(permission_role(&[op("administer", "space"), op("read", "space")]), "Admin");
    }

    #[test]
    fn seats_from_workspaces_and_application_roles() {
        let ws = json!({"id": "ari:cloud:confluence::site/1", "attributes": {"typeKey": "confluence", "name": "Confluence", "usage": 12, "capacity": null}});
        let (ari, item) = workspace(&ws).expect("workspace");
        assert_eq!(ari, "ari:cloud:confluence::site/1");
        assert!(matches!(item, CatalogItem::Product { seats_used: Some(12), capacity: None, .. }));
        let role = json!({"key": "jira-software", "numberOfSeats": 50, "userCount": 40, "hasUnlimitedSeats": false});
        assert_eq!(application_role_seats(&role), Some(("jira-software".into(), Some(50), Some(40))));
        let unlimited = json!({"key": "jira-core", "numberOfSeats": -1, "hasUnlimitedSeats": true});
        assert_eq!(application_role_seats(&unlimited), Some(("jira-core".into(), None, None)));
    }
}
