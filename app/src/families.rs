//! How each of the site's product API families fared in a sync. Real sites differ: one has no
//! Confluence, another's site account may not read some projects, a third offers no experimental
//! endpoints. Each family is read on its own and reported here, so the dashboard, the sync history
//! and `uam sync` can say what was read, what was skipped and why, and what would fix it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

/// A product API family on the organisation's site (the admin API is not one: when it fails, the
/// whole sync fails).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Family {
    Jira,
    Jsm,
    Confluence,
}

impl Family {
    /// The Fluent message of the product's name (Atlassian's, the same in every language).
    pub fn message_id(self) -> &'static str {
        match self {
            Family::Jira => "family-jira",
            Family::Jsm => "family-jsm",
            Family::Confluence => "family-confluence",
        }
    }

    /// Whether a product key of the admin API's workspaces belongs to this family.
    pub fn has_product(self, key: &str) -> bool {
        match self {
            Family::Jira => key.starts_with("jira") && key != "jira-servicedesk",
            Family::Jsm => key == "jira-servicedesk",
            Family::Confluence => key == "confluence",
        }
    }
}

/// How one family's part of a sync ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FamilyState {
    /// Everything was read.
    Complete,
    /// Read, except the parts in `skipped`.
    Partial,
    /// The site does not have this product (Atlassian answered 404 where it lives).
    NotOnSite,
    /// No site address or site account is configured.
    NotConfigured,
    /// This sync could not read it (Atlassian unavailable, a timeout): the data shown is the
    /// previous sync's, from `data_from`, and the next sync tries again.
    Stale,
}

/// What a sync skipped in one family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// A Jira project's role members.
    Project,
    /// Jira's seat counts (application roles).
    Seats,
    /// The members of a group only the site knows (Jira or Confluence).
    Group,
    /// A service desk's customers or organizations.
    Desk,
    /// A JSM organization's members.
    JsmOrg,
    /// A Confluence space's members.
    Space,
}

/// Why a part was skipped, and so what would fix it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// The site account lacks this permission (Atlassian answered 401 or 403).
    Permission(Permission),
    /// The site does not offer the experimental endpoint this part is read from, and no stable
    /// endpoint lists it.
    NotOffered,
}

/// The Atlassian permission the site account needs, as the API documentation names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    /// Jira's "Administer Projects" for the project (or "Administer Jira").
    AdministerProjects,
    /// Jira's "Administer Jira" global permission.
    AdministerJira,
    /// Jira's "Browse users and groups" global permission.
    BrowseUsers,
    /// JSM: agent or service-desk administrator.
    DeskAgent,
    /// Confluence: permission to view the space.
    ViewSpace,
}

impl Permission {
    /// The Fluent message naming the permission.
    pub fn message_id(self) -> &'static str {
        match self {
            Permission::AdministerProjects => "permission-administer-projects",
            Permission::AdministerJira => "permission-administer-jira",
            Permission::BrowseUsers => "permission-browse-users",
            Permission::DeskAgent => "permission-desk-agent",
            Permission::ViewSpace => "permission-view-space",
        }
    }
}

/// Parts of one kind skipped for one reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub part: Part,
    pub reason: SkipReason,
    pub count: u64,
    /// The first few of them by name (`PROJ · Project name`), so the admin can find them.
    pub names: Vec<String>,
}

/// How many names a skip keeps.
pub const NAMES_KEPT: usize = 5;

/// One family's report in a sync.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyReport {
    pub family: Family,
    pub state: FamilyState,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Skipped>,
    /// When the data shown for this family was read: this sync's start, or for a stale family
    /// the earlier sync's (none when no sync ever read it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_from: Option<DateTime<Utc>>,
    /// Why this sync could not read it, in plain words (never an Atlassian body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl FamilyReport {
    pub fn new(family: Family, state: FamilyState) -> FamilyReport {
        FamilyReport { family, state, skipped: Vec::new(), data_from: None, error: None }
    }

    /// Whether the family shows data (read now or kept from before).
    pub fn has_data(&self) -> bool {
        match self.state {
            FamilyState::Complete | FamilyState::Partial => true,
            FamilyState::Stale => self.data_from.is_some(),
            FamilyState::NotOnSite | FamilyState::NotConfigured => false,
        }
    }
}

/// Collects skipped parts as a family is read (from several tasks at once), merging those of one
/// kind and reason.
#[derive(Debug, Default)]
pub struct Skips(Vec<Skipped>);

impl Skips {
    /// Counts one skipped part; `name` (empty when it has none) is kept among the first few.
    pub fn add(&mut self, part: Part, reason: SkipReason, name: impl Into<String>) {
        let name = name.into();
        match self.0.iter_mut().find(|s| s.part == part && s.reason == reason) {
            Some(skipped) => {
                skipped.count += 1;
                if skipped.names.len() < NAMES_KEPT && !name.is_empty() {
                    skipped.names.push(name);
                }
            }
            None => {
                let names = if name.is_empty() { Vec::new() } else { vec![name] };
                self.0.push(Skipped { part, reason, count: 1, names });
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The skips in a stable order: by part, then reason.
    pub fn into_sorted(mut self) -> Vec<Skipped> {
        self.0.sort_by_key(|s| (s.part, s.reason));
        self.0
    }
}

/// The Fluent message and arguments that describe one skip ("3 projects could not be read: the
/// site account needs Administer Projects").
pub fn skip_message(skipped: &Skipped) -> (&'static str, Option<Permission>) {
    match skipped.reason {
        SkipReason::Permission(permission) => ("sync-skipped-permission", Some(permission)),
        SkipReason::NotOffered => ("sync-skipped-not-offered", None),
    }
}

/// The Fluent selector of a part (`project`, `space`, ...), for plural-aware messages.
pub fn part_key(part: Part) -> &'static str {
    match part {
        Part::Project => "project",
        Part::Seats => "seats",
        Part::Group => "group",
        Part::Desk => "desk",
        Part::JsmOrg => "jsm-org",
        Part::Space => "space",
    }
}

/// The state's Fluent message.
pub fn state_message(state: FamilyState) -> &'static str {
    match state {
        FamilyState::Complete => "sync-family-complete",
        FamilyState::Partial => "sync-family-partial",
        FamilyState::NotOnSite => "sync-family-not-on-site",
        FamilyState::NotConfigured => "sync-family-not-configured",
        FamilyState::Stale => "sync-family-stale",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_merge_by_part_and_reason_and_keep_a_few_names() {
        let mut skips = Skips::default();
        let denied = SkipReason::Permission(Permission::AdministerProjects);
        for i in 0..7 {
            skips.add(Part::Project, denied, format!("P{i}"));
        }
        skips.add(Part::Space, SkipReason::Permission(Permission::ViewSpace), "S");
        skips.add(Part::Project, SkipReason::NotOffered, "Q");
        let sorted = skips.into_sorted();
        assert_eq!(sorted.len(), 3);
        assert_eq!((sorted[0].part, sorted[0].count, sorted[0].names.len()), (Part::Project, 7, NAMES_KEPT));
        assert_eq!(sorted[1].reason, SkipReason::NotOffered);
        assert_eq!(sorted[2].part, Part::Space);
    }

    #[test]
    fn family_codes_are_the_serde_names() {
        use crate::code::Code;
        let codes: Vec<&str> = Family::VARIANTS.iter().map(Code::code).collect();
        assert_eq!(codes, ["jira", "jsm", "confluence"]);
        for family in Family::VARIANTS {
            assert_eq!(serde_json::json!(family), family.code());
        }
    }

    #[test]
    fn product_keys_belong_to_one_family() {
        assert!(Family::Jira.has_product("jira-software") && Family::Jira.has_product("jira-core"));
        assert!(!Family::Jira.has_product("jira-servicedesk") && Family::Jsm.has_product("jira-servicedesk"));
        assert!(Family::Confluence.has_product("confluence") && !Family::Confluence.has_product("jira-software"));
    }

    #[test]
    fn reports_round_trip_as_stored() {
        let report = FamilyReport {
            skipped: vec![Skipped {
                part: Part::Desk,
                reason: SkipReason::NotOffered,
                count: 1,
                names: vec!["D".into()],
            }],
            ..FamilyReport::new(Family::Jsm, FamilyState::Partial)
        };
        let text = serde_json::to_string(&report).expect("json");
        assert_eq!(serde_json::from_str::<FamilyReport>(&text).expect("back"), report);
        assert!(text.contains(r#""reason":"not_offered""#), "{text}");
    }
}
