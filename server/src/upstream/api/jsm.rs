//! Jira Service Management's REST API (`jira-service-management.swagger.v3.json`): service
//! desks, their customers and the site's organizations. Customers and organization members are
//! [`super::SiteUser`]s; adding and removing customers sends [`super::AccountIds`].

use serde::Deserialize;

use super::loose;

/// A service desk (`GET servicedesk`).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceDesk {
    #[serde(default, deserialize_with = "loose::scalar")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "loose::scalar")]
    pub project_key: Option<String>,
    #[serde(default, deserialize_with = "loose::scalar")]
    pub project_name: Option<String>,
}

/// A JSM organization (`GET organization`).
pub type Organization = super::Named;
