//! The query engine: filters, sorts and pages the index, and computes the dashboard's numbers.
//! A query first scans the columns in row order (sequential reads) into a set of matching rows,
//! with its names (product keys, group and target ids) resolved to indexes up front; then it
//! walks the precomputed order of its sort column, counting and cutting out the page.

use app::users::{
    AccountType, ActivityBucket, FilterOptions, Inactivity, Kind, Membership, Overview, ProductStats, ProductUse,
    SeatPrices, SortKey, Status, Thresholds, UserDetails, UserPage, UserQuery, UserRow,
};
use chrono::{DateTime, NaiveDate, Utc};
use memchr::memmem::Finder;
use strum::VariantArray;

use super::{
    columns::Bits,
    index::{Index, NEVER, NO_ROLE, TargetKind, flag},
};

fn time(millis: i64) -> Option<DateTime<Utc>> {
    (millis != NEVER).then(|| DateTime::from_timestamp_millis(millis)).flatten()
}

fn day_start(day: NaiveDate) -> i64 {
    day.and_time(chrono::NaiveTime::MIN).and_utc().timestamp_millis()
}

/// The inactivity class of a last-active time, from precomputed cut-offs.
#[derive(Clone, Copy)]
struct Classes {
    warning_before: i64,
    overdue_before: i64,
}

impl Classes {
    fn new(now: DateTime<Utc>, t: Thresholds) -> Classes {
        // Whole days, as `Inactivity::of` counts them.
        let cut = |days: u32| (now - chrono::Duration::days(i64::from(days))).timestamp_millis();
        Classes { warning_before: cut(t.warning_days), overdue_before: cut(t.overdue_days) }
    }

    /// The class of an account with this status and last-active time (see [`Inactivity`]: an
    /// account that cannot sign in has no access, whatever its activity).
    fn of(self, status: Status, last_active: i64) -> Inactivity {
        match last_active {
            _ if !status.can_sign_in() => Inactivity::NoAccess,
            NEVER => Inactivity::Never,
            at if at <= self.overdue_before => Inactivity::Overdue,
            at if at <= self.warning_before => Inactivity::Warning,
            _ => Inactivity::Active,
        }
    }
}

/// Which projects and spaces a row lists (see [`Index::places_for`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Places {
    All,
    /// One target's index.
    Only(u32),
}

impl Index {
    /// The rows matching `query`'s filters.
    fn select(&self, query: &UserQuery, classes: Classes) -> Bits {
        let mut bits = Bits::new(self.len());
        let resolve_all = |id: &Option<String>, find: &dyn Fn(&str) -> Option<u32>| id.as_deref().map(find);
        let group = resolve_all(&query.group, &|id| self.catalog.group_index(id));
        let targets: Vec<Option<u32>> = [&query.project, &query.desk]
            .into_iter()
            .filter_map(|t| resolve_all(t, &|id| self.catalog.target_index(id)))
            .collect();
        // For each target: the groups whose members hold a role there.
        let granting: Vec<Vec<u32>> = targets
            .iter()
            .map(|&t| {
                (0..self.catalog.groups.len() as u32)
                    .filter(|&g| self.group_links.get(g as usize).iter().any(|&(x, _)| Some(x) == t))
                    .collect()
            })
            .collect();
        let product = query.product.as_deref().map(|k| self.catalog.product_index(k));
        // A name that matches nothing in the catalog matches nobody, rather than everybody.
        if group == Some(None) || product == Some(None) || targets.contains(&None) {
            return bits;
        }
        let text = query.text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_lowercase);
        let finder = text.as_deref().map(|t| Finder::new(t.as_bytes()));
        let kind_bit = query.kind.map(|kind| match kind {
            Kind::OrgUser => flag::ORG_USER,
            Kind::ProjectMember => flag::PROJECT_MEMBER,
            Kind::Customer => flag::CUSTOMER,
        });
        let managed = query.managed;
        let before = query.active_before.map(day_start);
        let after = query.active_after.map(day_start);
        for row in 0..self.len() {
            let flags = self.flags[row];
            if kind_bit.is_some_and(|bit| flags & bit == 0)
                || query.account_type.is_some_and(|t| t != self.account_type[row])
                || managed.is_some_and(|m| m != (flags & flag::MANAGED != 0))
                || (!query.status.is_empty() && !query.status.contains(&self.status[row]))
            {
                continue;
            }
            if let Some(Some(g)) = group
                && self.groups.get(row).binary_search(&g).is_err()
            {
                continue;
            }
            if !targets.iter().zip(&granting).all(|(&t, groups)| {
                self.links.get(row).iter().any(|&(x, _)| Some(x) == t)
                    || self.groups.get(row).iter().any(|&g| groups.contains(&g))
            }) {
                continue;
            }
            // Activity in the chosen product, or across every product.
            let last_active = match product {
                Some(Some(p)) => match self.products.get(row).iter().find(|(x, _)| *x == p) {
                    Some(&(_, at)) => at,
                    None => continue,
                },
                _ => self.last_active[row],
            };
            if (!query.inactivity.is_empty() && !query.inactivity.contains(&classes.of(self.status[row], last_active)))
                || before.is_some_and(|b| last_active != NEVER && last_active >= b)
                || after.is_some_and(|a| last_active == NEVER || last_active < a)
            {
                continue;
            }
            if finder.as_ref().is_some_and(|f| f.find(self.haystack.get(row).as_bytes()).is_none()) {
                continue;
            }
            bits.set(row);
        }
        bits
    }

    /// Matching rows in the query's sort order.
    fn ordered<'a>(&'a self, query: &UserQuery, bits: &'a Bits) -> impl Iterator<Item = usize> + 'a {
        let position = SortKey::VARIANTS.iter().position(|&k| k == query.sort).unwrap_or(0);
        let order = &self.orders[position];
        let walk: Box<dyn Iterator<Item = &u32>> =
            if query.descending { Box::new(order.iter().rev()) } else { Box::new(order.iter()) };
        walk.map(|&row| row as usize).filter(move |&row| bits.has(row))
    }

    /// One page of the accounts matching `query`, with the count of every match.
    pub fn query(&self, query: &UserQuery, now: DateTime<Utc>, thresholds: Thresholds) -> UserPage {
        self.query_page(query, query.effective_page_size(), now, thresholds)
    }

    /// As [`Index::query`], with the page size the caller decides (exports use larger pages).
    pub fn query_page(
        &self,
        query: &UserQuery,
        page_size: u32,
        now: DateTime<Utc>,
        thresholds: Thresholds,
    ) -> UserPage {
        let classes = Classes::new(now, thresholds);
        let bits = self.select(query, classes);
        let skip = query.page as usize * page_size as usize;
        let total = bits.count();
        let places = self.places_for(query);
        let rows = if skip as u64 >= total {
            Vec::new()
        } else {
            self.ordered(query, &bits)
                .skip(skip)
                .take(page_size as usize)
                .map(|row| self.row_with_places(row, classes, places))
                .collect()
        };
        let synced_at = self.run.as_ref().and_then(|r| r.finished_at);
        UserPage { total, page: query.page, page_size, rows, synced_at, thresholds, as_of: now }
    }

    /// Every account matching `query` (up to `limit`), for exports.
    pub fn rows(
        &self,
        query: &UserQuery,
        now: DateTime<Utc>,
        thresholds: Thresholds,
        limit: Option<usize>,
    ) -> Vec<UserRow> {
        let classes = Classes::new(now, thresholds);
        let bits = self.select(query, classes);
        let places = self.places_for(query);
        self.ordered(query, &bits)
            .take(limit.unwrap_or(usize::MAX))
            .map(|row| self.row_with_places(row, classes, places))
            .collect()
    }

    /// The ids of every account matching `query` ("select all N").
    pub fn matching_ids(&self, query: &UserQuery, now: DateTime<Utc>, thresholds: Thresholds) -> Vec<String> {
        let bits = self.select(query, Classes::new(now, thresholds));
        self.ordered(query, &bits).map(|row| self.ids.get(row).to_owned()).collect()
    }

    /// The accounts with these ids, in the order asked (unknown ids are left out); with their
    /// projects and spaces when `places` (an export from the Project users tab).
    pub fn rows_by_id(&self, ids: &[String], now: DateTime<Utc>, thresholds: Thresholds, places: bool) -> Vec<UserRow> {
        let classes = Classes::new(now, thresholds);
        let places = places.then_some(Places::All);
        ids.iter().filter_map(|id| self.row_of(id)).map(|row| self.row_with_places(row, classes, places)).collect()
    }

    /// Which projects and spaces a query's rows carry: every one on the Project users tab, only
    /// the chosen one when the tab is filtered to one; none on the other tabs (their rows would
    /// carry lists nobody reads).
    fn places_for(&self, query: &UserQuery) -> Option<Places> {
        if query.kind != Some(Kind::ProjectMember) {
            return None;
        }
        match query.project.as_deref().map(|id| self.catalog.target_index(id)) {
            Some(Some(target)) => Some(Places::Only(target)),
            // An unknown project matches nobody: there are no rows to describe.
            Some(None) => None,
            None => Some(Places::All),
        }
    }

    fn row_with_places(&self, row: usize, classes: Classes, places: Option<Places>) -> UserRow {
        let mut user = self.row(row, classes);
        if let Some(places) = places {
            user.places = self
                .memberships(row)
                .into_iter()
                .filter(|(target, _)| {
                    let kind = self.catalog.targets[*target as usize].kind;
                    matches!(kind, TargetKind::Project | TargetKind::Space)
                        && match places {
                            Places::All => true,
                            Places::Only(only) => only == *target,
                        }
                })
                .map(|(_, membership)| membership)
                .collect();
        }
        user
    }

    /// The account's projects, spaces, desks and JSM organizations, each once with its roles
    /// (its own and its groups'), in target order.
    fn memberships(&self, row: usize) -> Vec<(u32, Membership)> {
        let mut list: Vec<(u32, Membership)> = Vec::new();
        // Links are sorted by target, so each target's roles are adjacent.
        for (target, role) in self.all_links(row) {
            if list.last().is_none_or(|(t, _)| *t != target) {
                let info = &self.catalog.targets[target as usize];
                let membership = Membership {
                    target: info.typed_id.clone(),
                    key: info.key.clone(),
                    name: info.name.clone(),
                    roles: Vec::new(),
                };
                list.push((target, membership));
            }
            if role != NO_ROLE
                && let Some((_, membership)) = list.last_mut()
            {
                membership.roles.push(self.catalog.roles[role as usize].clone());
            }
        }
        list
    }

    /// Names of the desks and JSM organizations an account is in (directly: customers are never
    /// added through groups).
    fn desk_names(&self, row: usize, kind: TargetKind) -> Vec<String> {
        let mut targets: Vec<u32> = self
            .links
            .get(row)
            .iter()
            .map(|&(target, _)| target)
            .filter(|&t| self.catalog.targets[t as usize].kind == kind)
            .collect();
        targets.dedup();
        targets.into_iter().map(|t| self.catalog.targets[t as usize].name.clone()).collect()
    }

    fn row(&self, row: usize, classes: Classes) -> UserRow {
        let flags = self.flags[row];
        UserRow {
            account_id: self.ids.get(row).to_owned(),
            name: self.names.get(row).to_owned(),
            email: (flags & flag::HAS_EMAIL != 0).then(|| self.emails.get(row).to_owned()),
            account_type: self.account_type[row],
            status: self.status[row],
            managed: flags & flag::MANAGED != 0,
            scim: flags & flag::SCIM != 0,
            org_admin: flags & flag::ORG_ADMIN != 0,
            org_user: flags & flag::ORG_USER != 0,
            products: self
                .products
                .get(row)
                .iter()
                .map(|&(p, at)| {
                    let product = &self.catalog.products[p as usize];
                    ProductUse { key: product.key.clone(), name: product.name.clone(), last_active: time(at) }
                })
                .collect(),
            groups: self.groups.get(row).iter().map(|&g| self.catalog.groups[g as usize].name.clone()).collect(),
            service_desks: self.desk_names(row, TargetKind::Desk),
            jsm_organizations: self.desk_names(row, TargetKind::JsmOrg),
            added_to_org: time(self.added[row]),
            last_active: time(self.last_active[row]),
            inactivity: classes.of(self.status[row], self.last_active[row]),
            places: Vec::new(),
        }
    }

    /// Everything known of one account.
    pub fn details(&self, account_id: &str, now: DateTime<Utc>, thresholds: Thresholds) -> Option<UserDetails> {
        let row = self.row_of(account_id)?;
        let mut details = UserDetails {
            row: self.row(row, Classes::new(now, thresholds)),
            projects: Vec::new(),
            spaces: Vec::new(),
            service_desks: Vec::new(),
            jsm_organizations: Vec::new(),
        };
        for (target, membership) in self.memberships(row) {
            let list = match self.catalog.targets[target as usize].kind {
                TargetKind::Project => &mut details.projects,
                TargetKind::Space => &mut details.spaces,
                TargetKind::Desk => &mut details.service_desks,
                TargetKind::JsmOrg => &mut details.jsm_organizations,
            };
            list.push(membership);
        }
        Some(details)
    }

    /// The dashboard's numbers. Inactivity is counted over active org users (the accounts that
    /// hold licences); product columns over active accounts with access to the product.
    pub fn overview(&self, now: DateTime<Utc>, thresholds: Thresholds) -> Overview {
        let classes = Classes::new(now, thresholds);
        let mut products: Vec<ProductStats> = self
            .catalog
            .products
            .iter()
            .map(|p| ProductStats {
                key: p.key.clone(),
                name: p.name.clone(),
                users: 0,
                active: 0,
                warning: 0,
                overdue: 0,
                never: 0,
                seats_used: p.seats_used,
                capacity: p.capacity,
            })
            .collect();
        let mut distribution = ActivityBucket::edges(now.date_naive());
        // Each bar's lower edge in milliseconds, newest bar first (the oldest bar has none).
        let lower_edges: Vec<i64> = distribution.iter().map(|b| b.after.map_or(i64::MIN + 1, day_start)).collect();
        let mut overview = Overview {
            total: self.len() as u64,
            org_users: 0,
            customers: 0,
            active_org_users: 0,
            no_access: 0,
            active: 0,
            warning: 0,
            overdue: 0,
            never: 0,
            thresholds,
            products: Vec::new(),
            distribution: Vec::new(),
            seat_prices: SeatPrices::default(),
            syncing: false,
        };
        // Only accounts that can sign in reach here: the others are counted as `no_access`.
        fn count(class: Inactivity, counts: [&mut u64; 4]) {
            let [active, warning, overdue, never] = counts;
            *match class {
                Inactivity::Active => active,
                Inactivity::Warning => warning,
                Inactivity::Overdue => overdue,
                Inactivity::Never => never,
                Inactivity::NoAccess => return,
            } += 1;
        }
        for row in 0..self.len() {
            let org_user = self.has(row, flag::ORG_USER);
            let status = self.status[row];
            overview.org_users += u64::from(org_user);
            overview.customers += u64::from(self.account_type[row] == AccountType::Customer);
            overview.no_access += u64::from(org_user && !status.can_sign_in());
            if status != Status::Active {
                continue;
            }
            if org_user {
                let o = &mut overview;
                let last_active = self.last_active[row];
                o.active_org_users += 1;
                count(classes.of(status, last_active), [&mut o.active, &mut o.warning, &mut o.overdue, &mut o.never]);
                if last_active != NEVER
                    && let Some(bar) = lower_edges.iter().position(|&edge| last_active >= edge)
                {
                    distribution[bar].count += 1;
                }
            }
            for &(p, at) in self.products.get(row) {
                let s = &mut products[p as usize];
                s.users += 1;
                count(classes.of(status, at), [&mut s.active, &mut s.warning, &mut s.overdue, &mut s.never]);
            }
        }
        products.sort_by(|a, b| a.name.cmp(&b.name));
        overview.products = products;
        overview.distribution = distribution;
        overview
    }

    /// Everything the Users page's pickers offer, sorted by what they show.
    pub fn filter_options(&self) -> FilterOptions {
        let mut options = FilterOptions {
            products: self.catalog.products.iter().map(|p| (p.key.clone(), p.name.clone())).collect(),
            groups: self.catalog.groups.iter().map(|g| (g.id.clone(), g.name.clone())).collect(),
            ..FilterOptions::default()
        };
        for target in &self.catalog.targets {
            let label = match &target.key {
                Some(key) => format!("{} ({key})", target.name),
                None => target.name.clone(),
            };
            let list = match target.kind {
                TargetKind::Project | TargetKind::Space => &mut options.projects,
                TargetKind::Desk | TargetKind::JsmOrg => &mut options.desks,
            };
            list.push((target.typed_id.clone(), label));
        }
        for list in [&mut options.products, &mut options.groups, &mut options.projects, &mut options.desks] {
            list.sort_by(|a, b| a.1.to_lowercase().cmp(&b.1.to_lowercase()).then_with(|| a.0.cmp(&b.0)));
        }
        options
    }

    /// Products: key, name and workspace ARI.
    pub fn products(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.catalog.products.iter().map(|p| (p.key.as_str(), p.name.as_str(), p.ari.as_str()))
    }

    /// An account's name and e-mail as the snapshot has them.
    pub fn name_and_email(&self, account_id: &str) -> Option<(String, Option<String>)> {
        let row = self.row_of(account_id)?;
        let email = self.has(row, flag::HAS_EMAIL).then(|| self.emails.get(row).to_owned());
        Some((self.names.get(row).to_owned(), email))
    }

    /// The account's type as the snapshot has it.
    pub fn account_type_of(&self, account_id: &str) -> Option<AccountType> {
        self.row_of(account_id).map(|row| self.account_type[row])
    }

    /// Groups: id, name and the keys of the products whose access each grants.
    pub fn groups(&self) -> impl Iterator<Item = (&str, &str, &[String])> {
        self.catalog.groups.iter().map(|g| (g.id.as_str(), g.name.as_str(), g.grants.as_slice()))
    }

    /// Projects, spaces, desks and JSM organizations: typed id, key and name, for filters.
    pub fn targets(&self) -> impl Iterator<Item = (&str, Option<&str>, &str)> {
        self.catalog.targets.iter().map(|t| (t.typed_id.as_str(), t.key.as_deref(), t.name.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::{
        IndexBuilder,
        facts::{AccountFacts, CatalogItem, Grant, ProductActivity, SnapshotSink, Source},
    };
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0).single().expect("date")
    }

    fn days_ago(days: i64) -> Option<DateTime<Utc>> {
        Some(now() - chrono::Duration::days(days))
    }

    fn user(name: &str, email: &str, jira: Option<Option<DateTime<Utc>>>, groups: &[&str]) -> AccountFacts {
        AccountFacts {
            name: name.into(),
            email: Some(email.into()),
            account_type: Some(AccountType::Atlassian),
            status: Some(Status::Active),
            managed: email.ends_with("@acme.example"),
            products: jira
                .map(|at| vec![ProductActivity { key: "jira-software".into(), last_active: at }])
                .unwrap_or_default(),
            groups: groups.iter().map(|g| (*g).to_owned()).collect(),
            ..AccountFacts::default()
        }
    }

    /// Five org users, one customer known only from a desk, a group granting a project role.
    fn sample() -> Index {
        let mut b = IndexBuilder::default();
        b.catalog(CatalogItem::Product {
            key: "jira-software".into(),
            name: "Jira".into(),
            ari: "ari:jira".into(),
            seats_used: Some(4),
            capacity: Some(10),
        });
        b.catalog(CatalogItem::Group { id: "g1".into(), name: "devs".into(), grants: vec!["jira-software".into()] });
        b.catalog(CatalogItem::Project { id: "10".into(), key: "ENG".into(), name: "Engineering".into() });
        b.catalog(CatalogItem::Desk { id: "1".into(), project_key: "HELP".into(), name: "Help".into() });
        b.account(Source::Org, "a1".into(), user("Ada Lovelace", "ada@acme.example", Some(days_ago(3)), &["g1"]));
        b.account(Source::Org, "a2".into(), user("Bob Brown", "bob@partner.example", Some(days_ago(100)), &["g1"]));
        b.account(Source::Org, "a3".into(), user("Chloé Dupont", "chloe@acme.example", Some(days_ago(400)), &[]));
        b.account(Source::Org, "a4".into(), user("Dan Never", "dan@acme.example", Some(None), &[]));
        let mut suspended = user("Eve Gone", "eve@acme.example", Some(days_ago(500)), &[]);
        suspended.status = Some(Status::Suspended);
        b.account(Source::Org, "a5".into(), suspended);
        b.account(
            Source::Customer,
            "c1".into(),
            AccountFacts {
                name: "Carol Customer".into(),
                email: Some("carol@globex.example".into()),
                account_type: Some(AccountType::Customer),
                status: Some(Status::Active),
                ..AccountFacts::default()
            },
        );
        // The same customer seen again by a site lookup (more authoritative, but without an e-mail).
        b.account(Source::Site, "c1".into(), AccountFacts { name: "Carol C.".into(), ..AccountFacts::default() });
        b.grant(Grant::new("group:g1".into(), "project:10".into(), "Developers"));
        b.grant(Grant::new("user:a3".into(), "project:10".into(), "Administrators"));
        b.grant(Grant::new("user:c1".into(), "desk:1".into(), ""));
        b.build(None)
    }

    fn ids(page: &UserPage) -> Vec<&str> {
        page.rows.iter().map(|r| r.account_id.as_str()).collect()
    }

    fn run(index: &Index, query: UserQuery) -> UserPage {
        index.query(&query, now(), Thresholds::default())
    }

    #[test]
    fn accounts_arriving_out_of_order_are_still_indexed_in_order() {
        let mut b = IndexBuilder::default();
        b.account(Source::Org, "b".into(), user("Bea", "bea@acme.example", None, &[]));
        b.account(Source::Org, "a".into(), user("Al", "al@acme.example", None, &[]));
        let index = b.build(None);
        assert_eq!(index.details("a", now(), Thresholds::default()).map(|d| d.row.name).as_deref(), Some("Al"));
        assert_eq!(index.details("b", now(), Thresholds::default()).map(|d| d.row.name).as_deref(), Some("Bea"));
    }

    #[test]
    fn everyone_sorted_by_name_by_default() {
        let page = run(&sample(), UserQuery::default());
        assert_eq!(page.total, 6);
        assert_eq!(ids(&page), ["a1", "a2", "c1", "a3", "a4", "a5"]);
    }

    #[test]
    fn text_matches_name_or_email_case_insensitively() {
        let index = sample();
        assert_eq!(ids(&run(&index, UserQuery { text: Some("CHLO".into()), ..Default::default() })), ["a3"]);
        assert_eq!(ids(&run(&index, UserQuery { text: Some("partner.ex".into()), ..Default::default() })), ["a2"]);
        assert_eq!(run(&index, UserQuery { text: Some("nobody".into()), ..Default::default() }).total, 0);
    }

    #[test]
    fn kinds_status_and_management() {
        let index = sample();
        let of = |kind| run(&index, UserQuery { kind: Some(kind), ..Default::default() });
        assert_eq!(of(Kind::OrgUser).total, 5);
        assert_eq!(ids(&of(Kind::ProjectMember)), ["a1", "a2", "a3"]);
        assert_eq!(ids(&of(Kind::Customer)), ["c1"]);
        let suspended = run(&index, UserQuery { status: vec![Status::Suspended], ..Default::default() });
        assert_eq!(ids(&suspended), ["a5"]);
        let external = run(&index, UserQuery { managed: Some(false), kind: Some(Kind::OrgUser), ..Default::default() });
        assert_eq!(ids(&external), ["a2"]);
    }

    #[test]
    fn merged_customer_keeps_the_most_authoritative_fields() {
        let details = sample().details("c1", now(), Thresholds::default()).expect("c1");
        assert_eq!(details.row.name, "Carol C.");
        assert_eq!(details.row.email.as_deref(), Some("carol@globex.example"));
        assert_eq!(details.row.account_type, AccountType::Customer);
        assert_eq!(details.service_desks.len(), 1);
        assert_eq!(details.service_desks[0].key.as_deref(), Some("HELP"));
    }

    #[test]
    fn group_grants_expand_to_members_with_roles() {
        let index = sample();
        let ada = index.details("a1", now(), Thresholds::default()).expect("a1");
        assert_eq!(ada.projects.len(), 1);
        assert_eq!(ada.projects[0].roles, ["Developers"]);
        assert_eq!(ada.row.groups, ["devs"]);
        let in_project = run(&index, UserQuery { project: Some("project:10".into()), ..Default::default() });
        assert_eq!(ids(&in_project), ["a1", "a2", "a3"]);
        let in_group = run(&index, UserQuery { group: Some("g1".into()), ..Default::default() });
        assert_eq!(ids(&in_group), ["a1", "a2"]);
        let unknown = run(&index, UserQuery { group: Some("nope".into()), ..Default::default() });
        assert_eq!(unknown.total, 0, "an unknown group matches nobody rather than everybody");
    }

    #[test]
    fn inactivity_and_dates() {
        let index = sample();
        let of = |classes: Vec<Inactivity>| run(&index, UserQuery { inactivity: classes, ..Default::default() });
        assert_eq!(ids(&of(vec![Inactivity::Active])), ["a1"]);
        assert_eq!(ids(&of(vec![Inactivity::Warning])), ["a2"]);
        // Eve is suspended: she cannot sign in, so she is not overdue (nor active), whatever her
        // last activity; she has a class of her own.
        assert_eq!(ids(&of(vec![Inactivity::Overdue])), ["a3"]);
        assert_eq!(ids(&of(vec![Inactivity::NoAccess])), ["a5"]);
        assert_eq!(ids(&of(vec![Inactivity::Never])), ["c1", "a4"]);
        let page = of(vec![]);
        let eve = page.rows.iter().find(|r| r.account_id == "a5").expect("a5");
        assert_eq!(eve.inactivity, Inactivity::NoAccess);
        // In Jira specifically: the customer has no Jira access, so it is not "never active in Jira".
        let jira_never = run(
            &index,
            UserQuery {
                product: Some("jira-software".into()),
                inactivity: vec![Inactivity::Never],
                ..Default::default()
            },
        );
        assert_eq!(ids(&jira_never), ["a4"]);
        let day = |d: i64| (now() - chrono::Duration::days(d)).date_naive();
        let before = run(&index, UserQuery { active_before: Some(day(50)), ..Default::default() });
        assert_eq!(before.total, 5, "older than 50 days, never-active included");
        let after = run(&index, UserQuery { active_after: Some(day(150)), ..Default::default() });
        assert_eq!(ids(&after), ["a1", "a2"]);
        // Thresholds change without a new sync.
        let strict = Thresholds { warning_days: 1, overdue_days: 2 };
        let q = UserQuery { inactivity: vec![Inactivity::Overdue], ..Default::default() };
        assert_eq!(index.query(&q, now(), strict).total, 3);
    }

    #[test]
    fn sorting_and_paging() {
        let index = sample();
        let q =
            |sort, descending, page, page_size| UserQuery { sort, descending, page, page_size, ..Default::default() };
        assert_eq!(ids(&run(&index, q(SortKey::LastActive, true, 0, 2))), ["a1", "a2"]);
        let second = run(&index, q(SortKey::LastActive, true, 1, 2));
        assert_eq!((second.total, ids(&second)), (6, vec!["a3", "a5"]));
        assert_eq!(ids(&run(&index, q(SortKey::Email, false, 0, 1))), ["a1"]);
        assert_eq!(run(&index, q(SortKey::Name, false, 9, 2)).rows.len(), 0, "past the end is empty, not an error");
        let all = index.matching_ids(
            &UserQuery { kind: Some(Kind::OrgUser), ..Default::default() },
            now(),
            Thresholds::default(),
        );
        assert_eq!(all.len(), 5);
    }

    #[test]
    fn project_users_carry_their_places_and_roles() {
        let index = sample();
        let places = |page: &UserPage, id: &str| -> Vec<(String, Vec<String>)> {
            let row = page.rows.iter().find(|r| r.account_id == id).expect("row");
            row.places.iter().map(|m| (m.name.clone(), m.roles.clone())).collect()
        };
        let tab = run(&index, UserQuery { kind: Some(Kind::ProjectMember), ..Default::default() });
        // Ada holds her role through a group; Chloé holds hers directly.
        assert_eq!(places(&tab, "a1"), [("Engineering".to_owned(), vec!["Developers".to_owned()])]);
        assert_eq!(places(&tab, "a3"), [("Engineering".to_owned(), vec!["Administrators".to_owned()])]);
        let one = run(
            &index,
            UserQuery { kind: Some(Kind::ProjectMember), project: Some("project:10".into()), ..Default::default() },
        );
        assert_eq!(places(&one, "a2"), [("Engineering".to_owned(), vec!["Developers".to_owned()])]);
        // Desks are not places, and other tabs carry none.
        let all = run(&index, UserQuery::default());
        assert!(all.rows.iter().all(|r| r.places.is_empty()));
        let by_id = index.rows_by_id(&["a3".into(), "c1".into()], now(), Thresholds::default(), true);
        assert_eq!(by_id[0].places.len(), 1);
        assert!(by_id[1].places.is_empty(), "a customer's desk is not a project");
        assert!(index.rows_by_id(&["a3".into()], now(), Thresholds::default(), false)[0].places.is_empty());
    }

    #[test]
    fn groups_say_which_products_they_grant() {
        let index = sample();
        let groups: Vec<_> = index.groups().collect();
        assert_eq!(groups, [("g1", "devs", &["jira-software".to_owned()][..])]);
    }

    #[test]
    fn overview_counts_active_org_users_and_products() {
        let overview = sample().overview(now(), Thresholds::default());
        assert_eq!((overview.total, overview.org_users, overview.customers), (6, 5, 1));
        assert_eq!((overview.active, overview.warning, overview.overdue, overview.never), (1, 1, 1, 1));
        let jira = &overview.products[0];
        assert_eq!((jira.users, jira.active, jira.warning, jira.overdue, jira.never), (4, 1, 1, 1, 1));
        assert_eq!((jira.seats_used, jira.capacity), (Some(4), Some(10)));
        assert_eq!(overview.active_org_users, 4);
        assert_eq!(overview.no_access, 1, "Eve, suspended");
        // Ada (3 days), Bob (100) and Chloé (400) in their bars; Dan never; Eve is suspended.
        let counts: Vec<u64> = overview.distribution.iter().map(|b| b.count).collect();
        assert_eq!(counts, [1, 0, 0, 1, 0, 1]);
    }

    #[test]
    fn each_distribution_bar_is_exactly_its_query() {
        let index = sample();
        let overview = index.overview(now(), Thresholds::default());
        for bar in &overview.distribution {
            let query = UserQuery {
                kind: Some(Kind::OrgUser),
                status: vec![Status::Active],
                active_after: bar.after,
                active_before: bar.before,
                inactivity: vec![Inactivity::Active, Inactivity::Warning, Inactivity::Overdue],
                ..Default::default()
            };
            assert_eq!(run(&index, query).total, bar.count, "{bar:?}");
        }
    }

    #[test]
    fn rows_name_their_desks_and_options_list_the_catalog() {
        let index = sample();
        let carol = index.rows_by_id(&["c1".into(), "nobody".into()], now(), Thresholds::default(), false);
        assert_eq!(carol.len(), 1);
        assert_eq!(carol[0].service_desks, ["Help"]);
        let options = index.filter_options();
        assert_eq!(options.products, [("jira-software".to_owned(), "Jira".to_owned())]);
        assert_eq!(options.projects, [("project:10".to_owned(), "Engineering (ENG)".to_owned())]);
        assert_eq!(options.desks, [("desk:1".to_owned(), "Help (HELP)".to_owned())]);
    }
}
