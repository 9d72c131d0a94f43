//! The organization admin API (`api.atlassian.com/admin`) and the user management API
//! (`api.atlassian.com/users/{id}/manage`): `admin-organizations.swagger.v3.json`,
//! `admin-user-management.swagger.v3.json`, and for the v2 searches and writes the saved spec
//! predates, the client generated from the official admin spec (`endpoints::ADMIN_CLIENT`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize, Serializer, ser::SerializeSeq};
use strum::{IntoStaticStr, VariantArray};

use super::loose;

/// An organisation the key can see (`GET /admin/v1/orgs`).
#[derive(Debug, Default, Deserialize)]
pub struct Org {
    #[serde(default, deserialize_with = "loose::text")]
    pub id: Option<String>,
    #[serde(default)]
    pub attributes: Option<OrgAttributes>,
    /// Older answers name the organisation beside its attributes.
    #[serde(default, deserialize_with = "loose::text")]
    pub name: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct OrgAttributes {
    #[serde(default, deserialize_with = "loose::text")]
    pub name: Option<String>,
}

impl Org {
    /// Its name as shown to admins: the attributes' name, else the older one.
    pub fn display_name(&self) -> Option<&str> {
        self.attributes.as_ref().and_then(|a| a.name.as_deref()).or(self.name.as_deref())
    }
}

/// A directory of the organisation (`GET /admin/v2/orgs/{orgId}/directories`).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Directory {
    #[serde(default, deserialize_with = "loose::text")]
    pub directory_id: Option<String>,
}

/// Which directories a search reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Directories<'a> {
    /// Every directory the key manages (`-`).
    All,
    /// One directory, by id: the search that found a user then names the directory holding it.
    One(&'a str),
}

impl Directories<'_> {
    pub fn segment(&self) -> &str {
        match self {
            Directories::All => "-",
            Directories::One(id) => id,
        }
    }
}

/// What a `users/search` answer adds to each user (its code is the `expand` value).
#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "camelCase")]
pub enum UserExpand {
    /// `groups[]{id,name}`.
    Groups,
    /// `productAccess[]{key,id,lastActiveTimestamp}`.
    ProductAccess,
    /// `platformRoles[]` (e.g. `atlassian/org-admin`).
    PlatformRoles,
}

impl UserExpand {
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of [`UserExpand`]s, sent as the `expand` list (always in the same order).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Expand(u8);

impl Expand {
    /// Nothing expanded.
    pub const NONE: Expand = Expand(0);
    /// Everything the directory snapshot holds: groups, product access and platform roles.
    pub const FULL: Expand = Expand(0b111);

    pub fn of(parts: &[UserExpand]) -> Expand {
        Expand(parts.iter().fold(0, |bits, part| bits | part.bit()))
    }

    pub fn with(self, part: UserExpand) -> Expand {
        Expand(self.0 | part.bit())
    }

    pub fn contains(self, part: UserExpand) -> bool {
        self.0 & part.bit() != 0
    }

    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }
}

impl Serialize for Expand {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let parts = UserExpand::VARIANTS.iter().filter(|part| self.contains(**part));
        let mut seq = serializer.serialize_seq(None)?;
        for &part in parts {
            let code: &'static str = part.into();
            seq.serialize_element(code)?;
        }
        seq.end()
    }
}

/// The body of `POST .../directories/{directoryId}/users/search` (the pager adds `limit` and
/// `cursor`).
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserSearch<'a> {
    /// Only these accounts (an empty list matches none; `None` does not filter).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_ids: Option<&'a [String]>,
    /// Only holders of these platform roles.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub role_ids: &'a [&'a str],
    #[serde(skip_serializing_if = "Expand::is_empty")]
    pub expand: Expand,
}

impl<'a> UserSearch<'a> {
    /// Every user, with `expand`.
    pub fn everyone(expand: Expand) -> UserSearch<'a> {
        UserSearch { expand, ..UserSearch::default() }
    }

    /// These accounts, with `expand`.
    pub fn accounts(account_ids: &'a [String], expand: Expand) -> UserSearch<'a> {
        UserSearch { account_ids: Some(account_ids), expand, ..UserSearch::default() }
    }
}

/// A user of `users/search` (`MultiDirectoryUser`), with what the expansions add.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgUser {
    #[serde(default, deserialize_with = "loose::text")]
    pub account_id: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub account_type: Option<String>,
    /// `active`, `suspended`, `not_invited` or `deactivated`.
    #[serde(default, deserialize_with = "loose::text")]
    pub status: Option<String>,
    /// `active`, `inactive` or `closed`: the Atlassian account itself.
    #[serde(default, deserialize_with = "loose::text")]
    pub account_status: Option<String>,
    /// `active`, `suspended` or `no_membership`: the account's access to the org.
    #[serde(default, deserialize_with = "loose::text")]
    pub membership_status: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub email: Option<String>,
    /// `managed` or `unmanaged`.
    #[serde(default, deserialize_with = "loose::text")]
    pub claim_status: Option<String>,
    /// `invited`, `synced` (SCIM) or none.
    #[serde(default, deserialize_with = "loose::text")]
    pub management_source: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub added_to_org: Option<String>,
    #[serde(default, deserialize_with = "loose::texts")]
    pub platform_roles: Vec<String>,
    #[serde(default, deserialize_with = "loose::list")]
    pub product_access: Vec<ProductAccess>,
    #[serde(default, deserialize_with = "loose::list")]
    pub groups: Vec<GroupRef>,
    #[serde(default)]
    pub links: Option<SelfLink>,
}

/// A product a user may use, and when they last did.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductAccess {
    #[serde(default, deserialize_with = "loose::text")]
    pub key: Option<String>,
    /// The product's ARI.
    #[serde(default, deserialize_with = "loose::text")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub last_active_timestamp: Option<String>,
}

/// A group a user belongs to.
#[derive(Debug, Default, Deserialize)]
pub struct GroupRef {
    #[serde(default, deserialize_with = "loose::text")]
    pub id: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct SelfLink {
    #[serde(default, rename = "self", deserialize_with = "loose::text")]
    pub self_: Option<String>,
}

/// The platform role of an organisation admin.
pub const ORG_ADMIN: &str = "atlassian/org-admin";

impl OrgUser {
    /// Whether the user holds this platform role.
    pub fn holds(&self, role: &str) -> bool {
        self.platform_roles.iter().any(|r| r == role)
    }

    /// Whether the user is an organisation admin (as `platformRoles` reports it): what sign-in,
    /// the directory snapshot and bulk jobs' checks all go by.
    pub fn is_org_admin(&self) -> bool {
        self.holds(ORG_ADMIN)
    }

    /// The directory the user's own link names (`.../directories/{id}/users/...`), unless it
    /// is the all-directories `-`.
    pub fn linked_directory(&self) -> Option<&str> {
        self.links
            .as_ref()
            .and_then(|links| links.self_.as_deref())
            .and_then(|href| href.split("/directories/").nth(1))
            .and_then(|rest| rest.split('/').next())
            .filter(|id| !id.is_empty() && *id != "-")
    }
}

/// The body of `POST .../directories/-/groups/search` (the pager adds `limit` and `cursor`).
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupSearch<'a> {
    /// Only the groups that grant these products (ARIs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_ids: Option<&'a [&'a str]>,
}

/// A group of `groups/search`.
pub type Group = super::Named;

/// One product's roles for a user (`GET .../users/{accountId}/role-assignments`).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleAssignment {
    /// The product's ARI.
    #[serde(default, deserialize_with = "loose::text")]
    pub resource_id: Option<String>,
    /// Older answers list role ids here.
    #[serde(default, deserialize_with = "loose::texts")]
    pub roles: Vec<String>,
    /// Newer answers carry `roleAssignments[]{roleId}`.
    #[serde(default, deserialize_with = "loose::list")]
    pub role_assignments: Vec<RoleRef>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleRef {
    #[serde(default, deserialize_with = "loose::text")]
    pub role_id: Option<String>,
}

/// Product ARI → the roles held there, from role assignments of either shape (each role once,
/// in the order listed).
pub fn roles_by_product(assignments: &[RoleAssignment]) -> BTreeMap<String, Vec<String>> {
    let mut roles: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for assignment in assignments {
        let Some(resource) = &assignment.resource_id else { continue };
        let newer = assignment.role_assignments.iter().filter_map(|r| r.role_id.as_ref());
        let entry = roles.entry(resource.clone()).or_default();
        for role in assignment.roles.iter().chain(newer) {
            if !entry.contains(role) {
                entry.push(role.clone());
            }
        }
    }
    roles
}

/// The body of the workspaces search: no filter (every product).
#[derive(Debug, Default, Serialize)]
pub struct WorkspaceSearch {}

/// A workspace: a product of the organisation with its seats.
#[derive(Debug, Default, Deserialize)]
pub struct Workspace {
    /// The product's ARI.
    #[serde(default, deserialize_with = "loose::text")]
    pub id: Option<String>,
    pub attributes: Option<WorkspaceAttributes>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceAttributes {
    #[serde(default, deserialize_with = "loose::text")]
    pub type_key: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub name: Option<String>,
    /// Seats used.
    #[serde(default, deserialize_with = "loose::count")]
    pub usage: Option<u64>,
    /// Seats bought.
    #[serde(default, deserialize_with = "loose::count")]
    pub capacity: Option<u64>,
}

/// The body of `POST .../groups/{groupId}/memberships`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Membership<'a> {
    pub account_id: &'a str,
}

/// The body of `POST /admin/v1/orgs/{orgId}/users/{userId}/roles/assign` (and `revoke`).
#[derive(Debug, Serialize)]
pub struct RoleChange<'a> {
    pub role: &'a str,
    /// The product's ARI.
    pub resource: &'a str,
}

/// The body of `POST /users/{account_id}/manage/lifecycle/disable`: an object whose `message`
/// is optional (Atlassian shows a default one without it).
#[derive(Debug, Default, Serialize)]
pub struct Disable<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<&'a str>,
}

/// A managed account's profile (`GET /users/{account_id}/manage/profile`).
#[derive(Debug, Default, Deserialize)]
pub struct Profile {
    #[serde(default)]
    pub account: Option<ProfileAccount>,
}

#[derive(Debug, Default, Deserialize)]
pub struct ProfileAccount {
    #[serde(default, deserialize_with = "loose::text")]
    pub email: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub account_status: Option<String>,
}

/// A user's last activity per product (`GET /admin/v1/orgs/{orgId}/directory/users/{accountId}/
/// last-active-dates`, `UserProductAccessActivityPage`).
#[derive(Debug, Default, Deserialize)]
pub struct LastActiveDates {
    #[serde(default)]
    pub data: Option<LastActive>,
}

#[derive(Debug, Default, Deserialize)]
pub struct LastActive {
    #[serde(default, deserialize_with = "loose::list")]
    pub product_access: Vec<ProductLastActive>,
}

/// `UserProductLastActive`.
#[derive(Debug, Default, Deserialize)]
pub struct ProductLastActive {
    #[serde(default, deserialize_with = "loose::text")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub key: Option<String>,
    /// A date (`YYYY-MM-DD`).
    #[serde(default, deserialize_with = "loose::text")]
    pub last_active: Option<String>,
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn searches_send_what_they_name() {
        let ids = ["a".to_owned()];
        let body = |search: &UserSearch| serde_json::to_value(search).expect("body");
        assert_eq!(body(&UserSearch::default()), json!({}));
        assert_eq!(
            body(&UserSearch::everyone(Expand::FULL)),
            json!({"expand": ["groups", "productAccess", "platformRoles"]})
        );
        let expand = Expand::of(&[UserExpand::PlatformRoles, UserExpand::Groups]);
        assert_eq!(
            body(&UserSearch::accounts(&ids, expand)),
            json!({"accountIds": ["a"], "expand": ["groups", "platformRoles"]})
        );
        assert_eq!(body(&UserSearch::accounts(&[], Expand::NONE)), json!({"accountIds": []}));
        assert_eq!(serde_json::to_value(GroupSearch::default()).expect("body"), json!({}));
        assert_eq!(
            serde_json::to_value(GroupSearch { resource_ids: Some(&["ari:x"]) }).expect("body"),
            json!({"resourceIds": ["ari:x"]})
        );
        assert_eq!(serde_json::to_value(Disable::default()).expect("body"), json!({}));
    }

    #[test]
    fn roles_from_either_shape() {
        let assignments: Vec<RoleAssignment> = serde_json::from_value(json!([
            {"resourceId": "ari:j", "roles": ["atlassian/user"]},
            {"resourceId": "ari:c", "roleAssignments": [{"roleId": "atlassian/user"}, {"roleId": "admin"}]},
            {"resourceId": "ari:j", "roles": ["atlassian/user"]},
            {"roles": ["no resource"]},
        ]))
        .expect("assignments");
        let roles = roles_by_product(&assignments);
        assert_eq!(roles["ari:j"], ["atlassian/user"]);
        assert_eq!(roles["ari:c"], ["atlassian/user", "admin"]);
        assert_eq!(roles.len(), 2);
    }

    #[test]
    fn users_name_their_directory_and_roles() {
        let user: OrgUser = serde_json::from_value(json!({
            "accountId": "a1", "platformRoles": ["atlassian/org-admin", 3],
            "links": {"self": "https://x/admin/v2/orgs/o/directories/dir-9/users/a1"}
        }))
        .expect("user");
        assert!(user.is_org_admin() && !user.holds("atlassian/user"));
        assert_eq!(user.linked_directory(), Some("dir-9"));
        let everywhere: OrgUser =
            serde_json::from_value(json!({"links": {"self": "https://x/admin/v2/orgs/o/directories/-/users/b"}}))
                .expect("user");
        assert_eq!(everywhere.linked_directory(), None, "never a guessed -");
    }
}
