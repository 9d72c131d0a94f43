//! The in-memory index: one row per account, merged from every source, stored as columns (see
//! [`super::columns`]) in account-id order, with each sortable column's order computed once. A
//! query scans the columns sequentially into a set of matching rows, then walks the precomputed
//! order of its sort column to cut out the page.

use std::{cmp::Ordering, collections::HashMap};

use app::users::{AccountType, SortKey, Status, SyncRun};
use strum::VariantArray;

use super::{
    columns::{ListColumn, StrColumn, room_for},
    facts::{AccountFacts, CatalogItem, Grant, SnapshotSink, Source},
};

/// No role (a plain membership).
pub(super) const NO_ROLE: u32 = u32::MAX;
/// A missing time in a time column (milliseconds since the epoch otherwise).
pub(super) const NEVER: i64 = i64::MIN;

/// Per-account flags.
pub(super) mod flag {
    pub const MANAGED: u8 = 1;
    pub const SCIM: u8 = 2;
    pub const ORG_ADMIN: u8 = 4;
    pub const ORG_USER: u8 = 8;
    pub const HAS_EMAIL: u8 = 16;
    pub const PROJECT_MEMBER: u8 = 32;
    pub const CUSTOMER: u8 = 64;
}

pub(super) struct ProductInfo {
    pub key: String,
    pub name: String,
    /// The workspace ARI (role assignments name products by it); empty when not listed.
    pub ari: String,
    pub seats_used: Option<u64>,
    pub capacity: Option<u64>,
}

pub(super) struct GroupInfo {
    pub id: String,
    pub name: String,
    /// Keys of the products whose access the group grants.
    pub grants: Vec<String>,
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

/// Products, groups, projects, spaces, desks, JSM organizations and role names, each with an
/// index by id.
#[derive(Default)]
pub(super) struct Catalog {
    pub products: Vec<ProductInfo>,
    product_ix: HashMap<String, u16>,
    pub groups: Vec<GroupInfo>,
    group_ix: HashMap<String, u32>,
    pub targets: Vec<TargetInfo>,
    target_ix: HashMap<String, u32>,
    pub roles: Vec<String>,
    role_ix: HashMap<String, u32>,
}

impl Catalog {
    fn add(&mut self, item: CatalogItem) {
        let target = |typed_id: String, kind, key, name| TargetInfo { typed_id, kind, key, name };
        match item {
            CatalogItem::Product { key, name, ari, seats_used, capacity } => {
                let ix = self.product(&key);
                self.products[ix as usize] = ProductInfo { key, name, ari, seats_used, capacity };
            }
            CatalogItem::Group { id, name, grants } => {
                let ix = self.group(&id);
                self.groups[ix as usize] = GroupInfo { id, name, grants };
            }
            CatalogItem::Project { id, key, name } => {
                self.add_target(target(format!("project:{id}"), TargetKind::Project, Some(key), name));
            }
            CatalogItem::Space { id, key, name } => {
                self.add_target(target(format!("space:{id}"), TargetKind::Space, Some(key), name));
            }
            CatalogItem::Desk { id, project_key, name } => {
                self.add_target(target(format!("desk:{id}"), TargetKind::Desk, Some(project_key), name));
            }
            CatalogItem::JsmOrg { id, name } => {
                self.add_target(target(format!("jsm_org:{id}"), TargetKind::JsmOrg, None, name));
            }
        }
    }

    fn add_target(&mut self, info: TargetInfo) {
        if !self.target_ix.contains_key(&info.typed_id) {
            self.target_ix.insert(info.typed_id.clone(), self.targets.len() as u32);
            self.targets.push(info);
        }
    }

    /// The product's index, added (named by its key) if the catalog did not list it.
    fn product(&mut self, key: &str) -> u16 {
        if let Some(&ix) = self.product_ix.get(key) {
            return ix;
        }
        let ix = self.products.len() as u16;
        self.products.push(ProductInfo {
            key: key.to_owned(),
            name: key.to_owned(),
            ari: String::new(),
            seats_used: None,
            capacity: None,
        });
        self.product_ix.insert(key.to_owned(), ix);
        ix
    }

    /// The group's index, added (named by its id) if the catalog did not list it.
    fn group(&mut self, id: &str) -> u32 {
        if let Some(&ix) = self.group_ix.get(id) {
            return ix;
        }
        let ix = self.groups.len() as u32;
        self.groups.push(GroupInfo { id: id.to_owned(), name: id.to_owned(), grants: Vec::new() });
        self.group_ix.insert(id.to_owned(), ix);
        ix
    }

    fn role(&mut self, name: &str) -> u32 {
        if name.is_empty() {
            return NO_ROLE;
        }
        if let Some(&ix) = self.role_ix.get(name) {
            return ix;
        }
        let ix = self.roles.len() as u32;
        self.roles.push(name.to_owned());
        self.role_ix.insert(name.to_owned(), ix);
        ix
    }

    pub fn product_index(&self, key: &str) -> Option<u16> {
        self.product_ix.get(key).copied()
    }

    pub fn group_index(&self, id: &str) -> Option<u32> {
        self.group_ix.get(id).copied()
    }

    pub fn target_index(&self, typed_id: &str) -> Option<u32> {
        self.target_ix.get(typed_id).copied()
    }
}

/// The merged snapshot of one complete sync run, one row per account in account-id order.
pub struct Index {
    pub(super) run: Option<SyncRun>,
    pub(super) ids: StrColumn,
    pub(super) names: StrColumn,
    /// Empty where hidden (see [`flag::HAS_EMAIL`]).
    pub(super) emails: StrColumn,
    /// Lower-cased name, a line feed, lower-cased e-mail: the free-text filter's haystack.
    pub(super) haystack: StrColumn,
    /// Where the name ends in each haystack (so sorting never searches for the line feed).
    pub(super) name_len: Vec<u32>,
    pub(super) account_type: Vec<AccountType>,
    pub(super) status: Vec<Status>,
    pub(super) flags: Vec<u8>,
    /// Milliseconds since the epoch, or [`NEVER`].
    pub(super) added: Vec<i64>,
    pub(super) last_active: Vec<i64>,
    /// (product index, last active there or [`NEVER`]).
    pub(super) products: ListColumn<(u16, i64)>,
    /// Group indexes, ascending.
    pub(super) groups: ListColumn<u32>,
    /// The account's own roles and memberships: (target index, role index or [`NO_ROLE`]),
    /// ascending.
    pub(super) links: ListColumn<(u32, u32)>,
    /// Roles held through groups, per group index: kept with the group rather than copied to
    /// each member (a group of 80,000 users in 75 projects would be six million copies).
    pub(super) group_links: ListColumn<(u32, u32)>,
    pub(super) catalog: Catalog,
    /// Per [`app::users::SortKey`] (in `SortKey::VARIANTS` order): rows in ascending order.
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
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.len() == 0
    }

    /// The row of an account id.
    pub(super) fn row_of(&self, account_id: &str) -> Option<usize> {
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let mid = (low + high) / 2;
            match self.ids.get(mid).cmp(account_id) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// The account's roles and memberships, its own and its groups', sorted by target.
    pub(super) fn all_links(&self, row: usize) -> Vec<(u32, u32)> {
        let mut all: Vec<(u32, u32)> = self.links.get(row).to_vec();
        for &g in self.groups.get(row) {
            all.extend_from_slice(self.group_links.get(g as usize));
        }
        all.sort_unstable();
        all.dedup();
        all
    }

    pub(super) fn has(&self, row: usize, bit: u8) -> bool {
        self.flags[row] & bit != 0
    }

    /// The lower-cased name and e-mail, for sorting.
    pub(super) fn lower_name(&self, row: usize) -> &str {
        &self.haystack.get(row)[..self.name_len[row] as usize]
    }

    pub(super) fn lower_email(&self, row: usize) -> Option<&str> {
        self.haystack.get(row).get(self.name_len[row] as usize + 1..).filter(|_| self.has(row, flag::HAS_EMAIL))
    }
}

/// Collects a stored snapshot (the [`SnapshotSink`] the store loads into) and merges it into an
/// [`Index`]. Accounts arrive grouped by id in ascending order (the store sends them so), which
/// lets each be merged and written straight into the index's columns: nothing is held twice.
pub struct IndexBuilder {
    index: Index,
    /// The account type each account's sources declared (customers otherwise follow from links).
    declared: Vec<Option<AccountType>>,
    /// The rows of the account being read, one per source.
    current: Vec<(Source, AccountFacts)>,
    current_id: String,
    /// Grants, resolved as they arrive (after every account): (row, target, role) of the
    /// account's own roles, (target, role) per group, and (row, group) for memberships of groups
    /// only the site lists.
    links: Vec<(u32, u32, u32)>,
    by_group: Vec<Vec<(u32, u32)>>,
    memberships: Vec<(u32, u32)>,
    out_of_order: bool,
}

impl Default for IndexBuilder {
    fn default() -> IndexBuilder {
        IndexBuilder {
            index: Index {
                run: None,
                ids: StrColumn::default(),
                names: StrColumn::default(),
                emails: StrColumn::default(),
                haystack: StrColumn::default(),
                name_len: Vec::new(),
                account_type: Vec::new(),
                status: Vec::new(),
                flags: Vec::new(),
                added: Vec::new(),
                last_active: Vec::new(),
                products: ListColumn::default(),
                groups: ListColumn::default(),
                links: ListColumn::default(),
                group_links: ListColumn::default(),
                catalog: Catalog::default(),
                orders: Vec::new(),
            },
            declared: Vec::new(),
            current: Vec::new(),
            current_id: String::new(),
            links: Vec::new(),
            by_group: Vec::new(),
            memberships: Vec::new(),
            out_of_order: false,
        }
    }
}

fn millis(at: Option<chrono::DateTime<chrono::Utc>>) -> i64 {
    at.map_or(NEVER, |t| t.timestamp_millis())
}

impl SnapshotSink for IndexBuilder {
    fn account(&mut self, source: Source, id: String, facts: AccountFacts) {
        if id != self.current_id {
            self.flush();
            if !self.index.is_empty() && id.as_str() < self.index.ids.get(self.index.len() - 1) {
                self.out_of_order = true;
            }
            self.current_id = id;
        }
        self.current.push((source, facts));
    }

    fn grant(&mut self, grant: Grant) {
        // Every account has arrived: rows must be in id order so principals can be found.
        self.finish_accounts();
        let catalog = &mut self.index.catalog;
        let role = catalog.role(&grant.role);
        let group_target = grant.target.strip_prefix("group:").map(|g| catalog.group(g));
        let item = catalog.target_index(&grant.target);
        match (grant.principal.split_once(':'), group_target, item) {
            (Some(("user", id)), Some(group), _) => {
                if let Some(row) = self.index.row_of(id) {
                    self.memberships.push((row as u32, group));
                }
            }
            (Some(("user", id)), None, Some(target)) => {
                if let Some(row) = self.index.row_of(id) {
                    self.links.push((row as u32, target, role));
                }
            }
            (Some(("group", id)), None, Some(target)) => {
                let group = catalog.group(id) as usize;
                if self.by_group.len() <= group {
                    self.by_group.resize_with(group + 1, Vec::new);
                }
                self.by_group[group].push((target, role));
            }
            _ => {}
        }
    }

    fn catalog(&mut self, item: CatalogItem) {
        self.index.catalog.add(item);
    }
}

impl IndexBuilder {
    /// A builder with room for an index the size of `previous` (see [`room_for`]), so the new
    /// snapshot is built beside the one being served without reallocating its columns.
    pub fn sized_like(previous: &Index) -> IndexBuilder {
        let mut builder = IndexBuilder::default();
        let rows = room_for(previous.len());
        let index = &mut builder.index;
        index.ids = StrColumn::sized_like(&previous.ids);
        index.names = StrColumn::sized_like(&previous.names);
        index.emails = StrColumn::sized_like(&previous.emails);
        index.haystack = StrColumn::sized_like(&previous.haystack);
        index.products = ListColumn::sized_like(&previous.products);
        index.groups = ListColumn::sized_like(&previous.groups);
        index.links = ListColumn::sized_like(&previous.links);
        index.name_len.reserve_exact(rows);
        index.status.reserve_exact(rows);
        index.flags.reserve_exact(rows);
        index.added.reserve_exact(rows);
        index.last_active.reserve_exact(rows);
        builder.declared.reserve_exact(rows);
        builder.links.reserve_exact(room_for(previous.links.items_len()));
        builder
    }

    /// Merges the current account's rows (the most authoritative source's fields first, gaps
    /// filled from the others) and appends it to the columns.
    fn flush(&mut self) {
        if self.current.is_empty() {
            return;
        }
        let mut rows = std::mem::take(&mut self.current);
        rows.sort_by_key(|(source, _)| *source);
        let id = std::mem::take(&mut self.current_id);
        let index = &mut self.index;
        let main = &rows[0].1;
        let name = rows.iter().map(|(_, f)| f.name.as_str()).find(|n| !n.is_empty()).unwrap_or(&id);
        let email = rows.iter().find_map(|(_, f)| f.email.as_deref());
        let org_user = rows.iter().any(|(source, _)| *source == Source::Org);
        let lower_name = name.to_lowercase().replace('\n', " ");
        index.ids.push(&id);
        index.name_len.push(lower_name.len() as u32);
        index.names.push(name);
        index.emails.push(email.unwrap_or_default());
        match email {
            Some(email) => index.haystack.push(&format!("{lower_name}\n{}", email.to_lowercase())),
            None => index.haystack.push(&lower_name),
        }
        self.declared.push(rows.iter().find_map(|(_, f)| f.account_type));
        index.status.push(rows.iter().find_map(|(_, f)| f.status).unwrap_or(Status::Active));
        let bit = |on: bool, bit: u8| if on { bit } else { 0 };
        index.flags.push(
            bit(main.managed, flag::MANAGED)
                | bit(main.scim, flag::SCIM)
                | bit(main.org_admin, flag::ORG_ADMIN)
                | bit(org_user, flag::ORG_USER)
                | bit(email.is_some(), flag::HAS_EMAIL),
        );
        index.added.push(millis(main.added_to_org));
        let products: Vec<(u16, i64)> =
            main.products.iter().map(|u| (index.catalog.product(&u.key), millis(u.last_active))).collect();
        index.last_active.push(products.iter().map(|&(_, at)| at).max().unwrap_or(NEVER));
        index.products.push(products);
        let mut groups: Vec<u32> = main.groups.iter().map(|g| index.catalog.group(g)).collect();
        groups.sort_unstable();
        groups.dedup();
        index.groups.push(groups);
        rows.clear();
        self.current = rows;
    }

    /// Merges everything collected into an index for `run`.
    pub fn build(mut self, run: Option<SyncRun>) -> Index {
        self.finish_accounts();
        let IndexBuilder { mut index, declared, mut links, mut by_group, mut memberships, .. } = self;
        index.run = run;
        let n = index.len();

        // Memberships of groups only the site lists join the directory's.
        if !memberships.is_empty() {
            memberships.sort_unstable();
            let mut groups = ListColumn::default();
            let mut at = 0;
            for row in 0..n as u32 {
                let mut mine: Vec<u32> = index.groups.get(row as usize).to_vec();
                while at < memberships.len() && memberships[at].0 == row {
                    mine.push(memberships[at].1);
                    at += 1;
                }
                mine.sort_unstable();
                mine.dedup();
                groups.push(mine);
            }
            index.groups = groups;
        }
        drop(memberships);

        // Roles in projects and spaces, memberships of desks and organizations: the account's
        // own, and each group's.
        let kind_flag = |targets: &[TargetInfo], target: u32| match targets[target as usize].kind {
            TargetKind::Project | TargetKind::Space => flag::PROJECT_MEMBER,
            TargetKind::Desk | TargetKind::JsmOrg => flag::CUSTOMER,
        };
        by_group.resize_with(index.catalog.groups.len(), Vec::new);
        let mut group_flags = vec![0u8; by_group.len()];
        for (g, list) in by_group.iter_mut().enumerate() {
            list.sort_unstable();
            list.dedup();
            group_flags[g] = list.iter().fold(0, |bits, &(target, _)| bits | kind_flag(&index.catalog.targets, target));
            index.group_links.push(list.iter().copied());
        }
        drop(by_group);
        links.sort_unstable();
        links.dedup();
        let mut at = 0;
        for row in 0..n as u32 {
            let start = at;
            while at < links.len() && links[at].0 == row {
                at += 1;
            }
            let mine = &links[start..at];
            let mut bits = index.groups.get(row as usize).iter().fold(0, |bits, &g| bits | group_flags[g as usize]);
            for &(_, target, _) in mine {
                bits |= kind_flag(&index.catalog.targets, target);
            }
            index.flags[row as usize] |= bits;
            index.links.push(mine.iter().map(|&(_, target, role)| (target, role)));
        }
        drop(links);
        index.account_type = declared
            .into_iter()
            .enumerate()
            .map(|(row, declared)| {
                let customer = index.has(row, flag::CUSTOMER) && !index.has(row, flag::ORG_USER);
                declared.unwrap_or(if customer { AccountType::Customer } else { AccountType::Atlassian })
            })
            .collect();
        for column in [&mut index.ids, &mut index.names, &mut index.emails, &mut index.haystack] {
            column.shrink();
        }
        index.products.shrink();
        index.groups.shrink();
        index.links.shrink();
        index.group_links.shrink();
        index.orders = sort_orders(&index);
        index
    }

    /// Appends the last account and puts the rows in id order if they arrived otherwise (the
    /// store sends them in order; anything else is a bug worth hearing about, and still gets a
    /// correct index).
    fn finish_accounts(&mut self) {
        self.flush();
        if self.out_of_order {
            tracing::error!("snapshot accounts arrived out of id order; sorting them");
            self.sort_rows();
            self.out_of_order = false;
        }
    }

    /// Puts the rows in id order (only when they arrived otherwise).
    fn sort_rows(&mut self) {
        let index = &mut self.index;
        let mut order: Vec<u32> = (0..index.len() as u32).collect();
        order.sort_by(|&a, &b| index.ids.get(a as usize).cmp(index.ids.get(b as usize)));
        index.name_len = pick(&order, &index.name_len);
        index.status = pick(&order, &index.status);
        index.flags = pick(&order, &index.flags);
        index.added = pick(&order, &index.added);
        index.last_active = pick(&order, &index.last_active);
        self.declared = pick(&order, &self.declared);
        for column in [&mut index.ids, &mut index.names, &mut index.emails, &mut index.haystack] {
            *column = column.gather(&order);
        }
        index.products = index.products.gather(&order);
        index.groups = index.groups.gather(&order);
    }
}

/// Every sortable column's ascending order; ties fall back to the name, then the account id
/// (the row order). The name order is computed first, so that ties compare two numbers.
fn sort_orders(index: &Index) -> Vec<Vec<u32>> {
    let mut by_name: Vec<u32> = (0..index.len() as u32).collect();
    by_name.sort_unstable_by(|&a, &b| index.lower_name(a as usize).cmp(index.lower_name(b as usize)).then(a.cmp(&b)));
    let mut rank = vec![0u32; index.len()];
    for (position, &row) in by_name.iter().enumerate() {
        rank[row as usize] = position as u32;
    }
    SortKey::VARIANTS
        .iter()
        .map(|&key| {
            if key == SortKey::Name {
                return by_name.clone();
            }
            let mut order = by_name.clone();
            order.sort_unstable_by(|&a, &b| {
                compare(index, key, a as usize, b as usize).then(rank[a as usize].cmp(&rank[b as usize]))
            });
            order
        })
        .collect()
}

fn compare(index: &Index, key: SortKey, a: usize, b: usize) -> Ordering {
    match key {
        SortKey::Name => Ordering::Equal,
        // Hidden e-mails sort last.
        SortKey::Email => match (index.lower_email(a), index.lower_email(b)) {
            (Some(x), Some(y)) => x.cmp(y),
            (x, y) => y.is_some().cmp(&x.is_some()),
        },
        SortKey::Status => index.status[a].cmp(&index.status[b]),
        SortKey::AccountType => index.account_type[a].cmp(&index.account_type[b]),
        // Never active sorts as the oldest.
        SortKey::LastActive => index.last_active[a].cmp(&index.last_active[b]),
        SortKey::AddedToOrg => index.added[a].cmp(&index.added[b]),
    }
}

/// `column` in the order of `rows`.
fn pick<T: Copy>(rows: &[u32], column: &[T]) -> Vec<T> {
    rows.iter().map(|&r| column[r as usize]).collect()
}
