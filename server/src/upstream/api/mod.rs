//! The shapes of what the product sends to Atlassian and reads back, one file per API family,
//! named as the published specs (or, for the calls they lack, the documented client) name them.
//! Answers keep only the fields the product reads; every field is optional and read with the
//! forgiving readers of [`loose`], so an absent, `null` or oddly typed field is "not given"
//! rather than a failed page. Requests are plain structs serialised by serde.

pub mod admin;
pub mod confluence;
pub mod forge;
pub mod jira;
pub mod jsm;
pub mod loose;
pub mod oauth;

use serde::Serialize;

/// The body that names accounts (`accountIds`): JSM customers to add or remove, and the
/// Confluence accounts to look up.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountIds<'a> {
    pub account_ids: &'a [String],
}

/// A record with an id and a name: a group of the org, a Confluence space role, a JSM
/// organization. Ids and names may come as strings or numbers.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Named {
    #[serde(default, deserialize_with = "loose::scalar")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "loose::scalar")]
    pub name: Option<String>,
}

/// A record with an id, a key and a name: a Jira project, a Confluence space.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Keyed {
    #[serde(default, deserialize_with = "loose::scalar")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "loose::scalar")]
    pub key: Option<String>,
    #[serde(default, deserialize_with = "loose::scalar")]
    pub name: Option<String>,
}

/// An account as Jira, JSM and Confluence describe one: Jira and JSM say `displayName`,
/// `emailAddress` and `active`; Confluence `publicName`, `email` and `accountStatus`.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SiteUser {
    #[serde(default, deserialize_with = "loose::text")]
    pub account_id: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub account_type: Option<String>,
    #[serde(default, deserialize_with = "loose::flag")]
    pub active: Option<bool>,
    #[serde(default, deserialize_with = "loose::text")]
    pub account_status: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub display_name: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub public_name: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub email_address: Option<String>,
    #[serde(default, deserialize_with = "loose::text")]
    pub email: Option<String>,
}
