//! What a sync learns, in the shape it is stored: facts about accounts from each source, grants
//! (who holds what role where, or belongs to what), and the catalog of products, groups,
//! projects, spaces, service desks and JSM organizations. The index merges them into one record
//! per account.

use app::users::{AccountType, Status};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr};

/// Where facts about an account came from, in order of authority: the org directory knows the
/// most, then the site's own user lookups, then JSM customer listings. Its code (`org`, `site`,
/// `customer`) is stored with each fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, IntoStaticStr, EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum Source {
    Org,
    Site,
    Customer,
}

/// What one source says of one account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AccountFacts {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub account_type: Option<AccountType>,
    pub status: Option<Status>,
    #[serde(default)]
    pub managed: bool,
    #[serde(default)]
    pub scim: bool,
    #[serde(default)]
    pub org_admin: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_to_org: Option<DateTime<Utc>>,
    /// Products the account has access to or has used, with its last activity there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub products: Vec<ProductActivity>,
    /// Group ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductActivity {
    /// The product key as the admin API reports it (`jira-software`, `confluence`, ...).
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active: Option<DateTime<Utc>>,
}

/// A principal's role in, or membership of, a target. Principals and targets are typed ids:
/// `user:<accountId>`, `group:<groupId>`; `project:<id>`, `space:<id>`, `desk:<id>`,
/// `jsm_org:<id>`, `group:<id>` (membership of a group the org directory does not list).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Grant {
    pub principal: String,
    pub target: String,
    /// The role name; empty for plain memberships.
    pub role: String,
}

impl Grant {
    pub fn new(principal: String, target: String, role: impl Into<String>) -> Grant {
        Grant { principal, target, role: role.into() }
    }
}

/// A thing accounts relate to, as listed by Atlassian.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CatalogItem {
    Product {
        key: String,
        name: String,
        ari: String,
        seats_used: Option<u64>,
        capacity: Option<u64>,
    },
    Group {
        id: String,
        name: String,
        /// Product keys whose access the group grants (through role assignments).
        grants: Vec<String>,
    },
    Project {
        id: String,
        key: String,
        name: String,
    },
    Space {
        id: String,
        key: String,
        name: String,
    },
    Desk {
        id: String,
        project_key: String,
        name: String,
    },
    JsmOrg {
        id: String,
        name: String,
    },
}

impl CatalogItem {
    /// The catalog kind, as the target prefix of grants uses it.
    pub fn kind(&self) -> &'static str {
        match self {
            CatalogItem::Product { .. } => "product",
            CatalogItem::Group { .. } => "group",
            CatalogItem::Project { .. } => "project",
            CatalogItem::Space { .. } => "space",
            CatalogItem::Desk { .. } => "desk",
            CatalogItem::JsmOrg { .. } => "jsm_org",
        }
    }

    pub fn id(&self) -> &str {
        match self {
            CatalogItem::Product { key, .. } => key,
            CatalogItem::Group { id, .. }
            | CatalogItem::Project { id, .. }
            | CatalogItem::Space { id, .. }
            | CatalogItem::Desk { id, .. }
            | CatalogItem::JsmOrg { id, .. } => id,
        }
    }
}

/// One page worth of facts, as the sync hands them to the store.
#[derive(Debug)]
pub enum Batch {
    Accounts(Source, Vec<(String, AccountFacts)>),
    Grants(Vec<Grant>),
    Catalog(Vec<CatalogItem>),
}

impl Batch {
    pub fn len(&self) -> usize {
        match self {
            Batch::Accounts(_, rows) => rows.len(),
            Batch::Grants(rows) => rows.len(),
            Batch::Catalog(rows) => rows.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What the store streams a stored snapshot into (the index builder is one), record by record, so
/// it is never held twice in memory: the catalog first, then accounts grouped by id in ascending id
/// order, then grants.
pub trait SnapshotSink: Send {
    fn account(&mut self, source: Source, id: String, facts: AccountFacts);
    fn grant(&mut self, grant: Grant);
    fn catalog(&mut self, item: CatalogItem);
}
