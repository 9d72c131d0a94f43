//! Confluence's REST API v2 (`confluence-v2.openapi.v3.json`: spaces, their permissions and
//! role assignments, space roles, accounts by id) and v1 (`confluence-v1.swagger.v3.json`:
//! group members, as [`super::SiteUser`]s).

use serde::Deserialize;

use super::{SiteUser, loose};

/// A space (`GET /wiki/api/v2/spaces`).
pub type Space = super::Keyed;

/// A space role (`GET space-roles`): its id and name.
pub type SpaceRole = super::Named;

/// A principal's role in a space (`GET spaces/{id}/role-assignments`).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpaceRoleAssignment {
    pub principal: Option<RolePrincipal>,
    #[serde(default, deserialize_with = "loose::scalar")]
    pub role_id: Option<String>,
}

/// `USER`, `GROUP` or an access class, by id.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RolePrincipal {
    #[serde(default, deserialize_with = "loose::text")]
    pub principal_type: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub principal_id: Option<String>,
}

/// One operation a principal may perform in a space (`GET spaces/{id}/permissions`).
#[derive(Debug, Default, Deserialize)]
pub struct SpacePermission {
    pub principal: Option<PermissionPrincipal>,
    pub operation: Option<Operation>,
}

/// `user`, `group` or `role`, by id.
#[derive(Debug, Default, Deserialize)]
pub struct PermissionPrincipal {
    #[serde(default, rename = "type", deserialize_with = "loose::text")]
    pub kind: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub id: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Operation {
    #[serde(default, deserialize_with = "loose::text")]
    pub key: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub target_type: Option<String>,
}

/// The answer of `POST users-bulk`.
#[derive(Debug, Default, Deserialize)]
pub struct UsersBulk {
    #[serde(default, deserialize_with = "loose::list")]
    pub results: Vec<SiteUser>,
}
