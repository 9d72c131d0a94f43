//! Jira's platform REST API v3 (`jira-platform.swagger-v3.v3.json`): projects, their roles and
//! actors, group members, application roles (seats) and the site account itself.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::loose;

/// A project of `project/search`.
pub type Project = super::Keyed;

/// A project's roles (`GET project/{projectIdOrKey}/role`): role name → role URL, whose last
/// segment is the role id. Anything but an object is no roles.
#[derive(Debug, Default)]
pub struct ProjectRoles(pub BTreeMap<String, loose::Text>);

impl<'de> Deserialize<'de> for ProjectRoles {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ProjectRoles, D::Error> {
        Ok(ProjectRoles(loose::map(deserializer)?))
    }
}

impl ProjectRoles {
    /// The role URLs (those given as text), in the order of the roles' names.
    pub fn urls(&self) -> impl Iterator<Item = &str> {
        self.0.values().filter_map(|url| url.0.as_deref())
    }
}

/// One project role with its actors (`GET project/{projectIdOrKey}/role/{id}`).
#[derive(Debug, Default, Deserialize)]
pub struct ProjectRole {
    #[serde(default, deserialize_with = "loose::text")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "loose::list")]
    pub actors: Vec<RoleActor>,
}

/// A role actor: a user or a group.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleActor {
    pub actor_user: Option<ActorUser>,
    pub actor_group: Option<ActorGroup>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActorUser {
    #[serde(default, deserialize_with = "loose::text")]
    pub account_id: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActorGroup {
    #[serde(default, deserialize_with = "loose::text")]
    pub group_id: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub display_name: Option<String>,
}

/// A Jira application role (`GET applicationrole`): a product with its seats.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationRole {
    #[serde(default, deserialize_with = "loose::text")]
    pub key: Option<String>,
    #[serde(default, deserialize_with = "loose::flag")]
    pub has_unlimited_seats: Option<bool>,
    /// Seats bought; `-1` when unlimited.
    #[serde(default, deserialize_with = "loose::number")]
    pub number_of_seats: Option<i64>,
    #[serde(default, deserialize_with = "loose::count")]
    pub user_count: Option<u64>,
}

/// The site account the credentials belong to (`GET myself`).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Myself {
    #[serde(default, deserialize_with = "loose::text")]
    pub account_id: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub email_address: Option<String>,
}
