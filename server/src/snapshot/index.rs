//! The in-memory index: one compact entry per account, merged from every source, with each
//! sortable column's order computed once, so that a query is one pass over a precomputed order.

use std::collections::HashMap;

use app::users::{AccountType, Status, SyncRun};
use chrono::{DateTime, Utc};

use super::facts::{AccountFacts, CatalogItem, Grant, Source};
use crate::store::SnapshotSink;

/// No role (a plain membership).
pub(super) const NO_ROLE: u32 = u32::MAX;

pub(super) struct Entry {
    pub id: Box<str>,
    pub name: Box<str>,
    pub email: Option<Box<str>>,
    /// Lower-cased name and e-mail, for the free-text filter.
    pub haystack: Box<str>,
    pub account_type: AccountType,
    pub status: Status,
    pub managed: bool,
    pub scim: bool,
    pub org_admin: bool,
    pub org_user: bool,
    pub added: Option<DateTime<Utc>>,
    pub last_active: Option<DateTime<Utc>>,
    /// (product index, last active there).
    pub products: Box<[(u16, Option<DateTime<Utc>>)]>,
    /// Group indexes.
    pub groups: Box<[u32]>,
    /// (target index, role index or [`NO_ROLE`]).
    pub links: Box<[(u32, u32)]>,
}

impl Entry {
    /// The lower-cased name (the haystack's first line).
    pub fn lower_name(&self) -> &str {
        self.haystack.split_once('\n').map_or(&*self.haystack, |(name, _)| name)
    }

    pub fn lower_email(&self) -> Option<&str> {
        self.haystack.split_once('\n').map(|(_, email)| email)
    }

    pub fn product_activity(&self, product: u16) -> Option<Option<DateTime<Utc>>> {
        self.products.iter().find(|(p, _)| *p == product).map(|(_, at)| *at)
    }
}

pub(super) struct ProductInfo {
    pub key: String,
    pub name: String,
    pub seats_used: Option<u64>,
    pub capacity: Option<u64>,
}

pub(super) struct GroupInfo {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetKind {
    Project,
    Space,
    Desk,
    JsmOrg,
}

pub(super) struct TargetInfo {
    /// `project:<id>`, `space:<id>`, `desk:<id>`, `jsm_org:<id>`.
    pub typed_id: String,
    pub kind: TargetKind,
    pub key: Option<String>,
    pub name: String,
}

/// The merged snapshot of one complete sync run.
pub struct Index {
    pub(super) run: Option<SyncRun>,
    pub(super) accounts: Vec<Entry>,
    pub(super) by_id: HashMap<Box<str>, u32>,
    pub(super) products: Vec<ProductInfo>,
    pub(super) groups: Vec<GroupInfo>,
    pub(super) targets: Vec<TargetInfo>,
    pub(super) roles: Vec<String>,
    /// Per [`app::users::SortKey`] (in `SortKey::ALL` order): account indexes in ascending order.
    pub(super) orders: Vec<Vec<u32>>,
}

impl Index {
    /// An index with nothing in it (before the first sync).
    pub fn empty() -> Index {
        IndexBuilder::default().build(None)
    }

    pub fn set_run(&mut self, run: Option<SyncRun>) {
        self.run = run;
    }

    /// The sync run this snapshot comes from.
    pub fn run(&self) -> Option<&SyncRun> {
        self.run.as_ref()
    }

    pub fn len(&self) -> usize {
        self.accounts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.accounts.is_empty()
    }
}

/// Collects a stored snapshot (it is the store's [`SnapshotSink`]) and merges it into an [`Index`].
#[derive(Default)]
pub struct IndexBuilder {
    accounts: HashMap<String, Merged>,
    grants: Vec<Grant>,
    catalog: Vec<CatalogItem>,
}

/// An account's facts, the most authoritative source's fields first.
struct Merged {
    source: Source,
    facts: AccountFacts,
    org_user: bool,
}

impl SnapshotSink for IndexBuilder {
    fn account(&mut self, source: Source, id: String, facts: AccountFacts) {
        match self.accounts.get_mut(&id) {
            None => {
                self.accounts.insert(id, Merged { source, org_user: source == Source::Org, facts });
            }
            Some(merged) => {
                merged.org_user |= source == Source::Org;
                let (mut main, other) = if source < merged.source {
                    merged.source = source;
                    (facts, std::mem::take(&mut merged.facts))
                } else {
                    (std::mem::take(&mut merged.facts), facts)
                };
                // A less authoritative source may still know what the main one does not.
                if main.email.is_none() {
                    main.email = other.email;
                }
                if main.name.is_empty() {
                    main.name = other.name;
                }
                main.account_type = main.account_type.or(other.account_type);
                main.status = main.status.or(other.status);
                merged.facts = main;
            }
        }
    }

    fn grant(&mut self, grant: Grant) {
        self.grants.push(grant);
    }

    fn catalog(&mut self, item: CatalogItem) {
        self.catalog.push(item);
    }
}

fn boxed(text: &str) -> Box<str> {
    text.into()
}

impl IndexBuilder {
    /// Merges everything collected into an index for `run`.
    pub fn build(self, run: Option<SyncRun>) -> Index {
        let IndexBuilder { accounts, grants, catalog } = self;
        let mut products: Vec<ProductInfo> = Vec::new();
        let mut groups: Vec<GroupInfo> = Vec::new();
        let mut targets: Vec<TargetInfo> = Vec::new();
        for item in catalog {
            match item {
                CatalogItem::Product { key, name, seats_used, capacity, .. } => {
                    products.push(ProductInfo { key, name, seats_used, capacity });
                }
                CatalogItem::Group { id, name, .. } => groups.push(GroupInfo { id, name }),
                CatalogItem::Project { id, key, name } => targets.push(TargetInfo {
                    typed_id: format!("project:{id}"),
                    kind: TargetKind::Project,
                    key: Some(key),
                    name,
                }),
                CatalogItem::Space { id, key, name } => targets.push(TargetInfo {
                    typed_id: format!("space:{id}"),
                    kind: TargetKind::Space,
                    key: Some(key),
                    name,
                }),
                CatalogItem::Desk { id, project_key, name } => targets.push(TargetInfo {
                    typed_id: format!("desk:{id}"),
                    kind: TargetKind::Desk,
                    key: Some(project_key),
                    name,
                }),
                CatalogItem::JsmOrg { id, name } => targets.push(TargetInfo {
                    typed_id: format!("jsm_org:{id}"),
                    kind: TargetKind::JsmOrg,
                    key: None,
                    name,
                }),
            }
        }
        products.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.key.cmp(&b.key)));
        groups.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
        let mut product_ix: HashMap<String, u16> =
            products.iter().enumerate().map(|(i, p)| (p.key.clone(), i as u16)).collect();
        let group_ix: HashMap<String, u32> = groups.iter().enumerate().map(|(i, g)| (g.id.clone(), i as u32)).collect();
        let target_ix: HashMap<String, u32> =
            targets.iter().enumerate().map(|(i, t)| (t.typed_id.clone(), i as u32)).collect();

        // Accounts in id order, so that equal sort keys always come out the same way.
        let mut ids: Vec<String> = accounts.keys().cloned().collect();
        for grant in &grants {
            if let Some(id) = grant.principal.strip_prefix("user:")
                && !accounts.contains_key(id)
            {
                ids.push(id.to_owned());
            }
        }
        ids.sort_unstable();
        ids.dedup();
        let by_id: HashMap<Box<str>, u32> = ids.iter().enumerate().map(|(i, id)| (boxed(id), i as u32)).collect();

        // Group members (directory groups from each account's facts; site-only groups from grants),
        // then every grant resolved to (account, target, role).
        let mut members: Vec<Vec<u32>> = vec![Vec::new(); groups.len()];
        let mut account_groups: Vec<Vec<u32>> = vec![Vec::new(); ids.len()];
        for (id, merged) in &accounts {
            let ix = by_id[id.as_str()];
            for group in &merged.facts.groups {
                if let Some(&g) = group_ix.get(group) {
                    members[g as usize].push(ix);
                    account_groups[ix as usize].push(g);
                }
            }
        }
        let mut roles: Vec<String> = Vec::new();
        let mut role_ix: HashMap<String, u32> = HashMap::new();
        let mut links: Vec<Vec<(u32, u32)>> = vec![Vec::new(); ids.len()];
        let (memberships, role_grants): (Vec<&Grant>, Vec<&Grant>) =
            grants.iter().partition(|g| g.target.starts_with("group:"));
        for grant in memberships {
            let (Some(user), Some(&g)) =
                (grant.principal.strip_prefix("user:"), group_ix.get(&grant.target["group:".len()..]))
            else {
                continue;
            };
            if let Some(&ix) = by_id.get(user)
                && !account_groups[ix as usize].contains(&g)
            {
                members[g as usize].push(ix);
                account_groups[ix as usize].push(g);
            }
        }
        for grant in role_grants {
            let Some(&target) = target_ix.get(&grant.target) else { continue };
            let role = if grant.role.is_empty() {
                NO_ROLE
            } else {
                *role_ix.entry(grant.role.clone()).or_insert_with(|| {
                    roles.push(grant.role.clone());
                    (roles.len() - 1) as u32
                })
            };
            let principals: &[u32] = match grant.principal.split_once(':') {
                Some(("user", id)) => by_id.get(id).map(std::slice::from_ref).unwrap_or_default(),
                Some(("group", id)) => group_ix.get(id).map(|&g| members[g as usize].as_slice()).unwrap_or_default(),
                _ => &[],
            };
            for &ix in principals {
                links[ix as usize].push((target, role));
            }
        }

        let mut entries: Vec<Entry> = Vec::with_capacity(ids.len());
        let mut accounts = accounts;
        for (ix, id) in ids.iter().enumerate() {
            let merged = accounts.remove(id);
            let (facts, org_user) = match merged {
                Some(m) => (m.facts, m.org_user),
                None => (AccountFacts::default(), false),
            };
            let mut account_links = std::mem::take(&mut links[ix]);
            account_links.sort_unstable();
            account_links.dedup();
            let is_customer = account_links
                .iter()
                .any(|&(t, _)| matches!(targets[t as usize].kind, TargetKind::Desk | TargetKind::JsmOrg));
            let mut product_uses: Vec<(u16, Option<DateTime<Utc>>)> = Vec::with_capacity(facts.products.len());
            for p in &facts.products {
                let next = products.len() as u16;
                let at = *product_ix.entry(p.key.clone()).or_insert_with(|| {
                    products.push(ProductInfo {
                        key: p.key.clone(),
                        name: p.key.clone(),
                        seats_used: None,
                        capacity: None,
                    });
                    next
                });
                product_uses.push((at, p.last_active));
            }
            let last_active = product_uses.iter().filter_map(|(_, at)| *at).max();
            let mut account_groups = std::mem::take(&mut account_groups[ix]);
            account_groups.sort_unstable();
            let name = if facts.name.is_empty() { id.clone() } else { facts.name };
            let haystack = match &facts.email {
                Some(email) => format!("{}\n{}", name.to_lowercase().replace('\n', " "), email.to_lowercase()),
                None => name.to_lowercase().replace('\n', " "),
            };
            let account_type = facts.account_type.unwrap_or(if is_customer && !org_user {
                AccountType::Customer
            } else {
                AccountType::Atlassian
            });
            entries.push(Entry {
                id: boxed(id),
                name: name.into(),
                email: facts.email.map(Into::into),
                haystack: haystack.into(),
                account_type,
                status: facts.status.unwrap_or(Status::Active),
                managed: facts.managed,
                scim: facts.scim,
                org_admin: facts.org_admin,
                org_user,
                added: facts.added_to_org,
                last_active,
                products: product_uses.into(),
                groups: account_groups.into(),
                links: account_links.into(),
            });
        }
        let orders = super::query::sort_orders(&entries);
        Index { run, accounts: entries, by_id, products, groups, targets, roles, orders }
    }
}
