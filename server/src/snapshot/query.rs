//! The query engine: filters, sorts and pages the index, and computes the dashboard's numbers.
//! A query walks the precomputed order of its sort column once, testing each account against a
//! filter whose names (product keys, group and target ids) were resolved to indexes up front.

use std::cmp::Ordering;

use app::users::{
    AccountType, Inactivity, Kind, Membership, Overview, ProductStats, ProductUse, SortKey, Status, Thresholds,
    UserDetails, UserPage, UserQuery, UserRow,
};
use chrono::{DateTime, NaiveDate, Utc};
use memchr::memmem::Finder;

use super::index::{Entry, Index, NO_ROLE, TargetKind};

/// Every sortable column's ascending order; ties fall back to the name, then the account id.
pub(super) fn sort_orders(entries: &[Entry]) -> Vec<Vec<u32>> {
    SortKey::ALL
        .iter()
        .map(|&key| {
            let mut order: Vec<u32> = (0..entries.len() as u32).collect();
            order.sort_by(|&a, &b| {
                let (x, y) = (&entries[a as usize], &entries[b as usize]);
                compare(key, x, y).then_with(|| x.name.cmp(&y.name)).then_with(|| x.id.cmp(&y.id))
            });
            order
        })
        .collect()
}

fn compare(key: SortKey, x: &Entry, y: &Entry) -> Ordering {
    match key {
        SortKey::Name => x.lower_name().cmp(y.lower_name()),
        // Hidden e-mails sort last.
        SortKey::Email => match (x.lower_email(), y.lower_email()) {
            (Some(a), Some(b)) => a.cmp(b),
            (a, b) => b.is_some().cmp(&a.is_some()),
        },
        SortKey::Status => x.status.cmp(&y.status),
        SortKey::AccountType => x.account_type.cmp(&y.account_type),
        // Never active sorts as the oldest.
        SortKey::LastActive => x.last_active.cmp(&y.last_active),
        SortKey::AddedToOrg => x.added.cmp(&y.added),
    }
}

/// A query with its names resolved; `None` in a resolved field means "no such thing", which
/// matches nobody.
struct Filter {
    text: Option<Finder<'static>>,
    kind: Option<Kind>,
    account_type: Option<AccountType>,
    status: Vec<Status>,
    product: Option<Option<u16>>,
    group: Option<Option<u32>>,
    target: Vec<Option<u32>>,
    inactivity: Vec<Inactivity>,
    managed: Option<bool>,
    before: Option<DateTime<Utc>>,
    after: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    thresholds: Thresholds,
}

fn day_start(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(chrono::NaiveTime::MIN).and_utc()
}

impl Index {
    fn filter(&self, query: &UserQuery, now: DateTime<Utc>, thresholds: Thresholds) -> Filter {
        let text = query.text.as_deref().map(str::trim).filter(|t| !t.is_empty());
        let find_target = |id: &str| self.targets.iter().position(|t| t.typed_id == id).map(|i| i as u32);
        Filter {
            text: text.map(|t| Finder::new(t.to_lowercase().as_bytes()).into_owned()),
            kind: query.kind,
            account_type: query.account_type,
            status: query.status.clone(),
            product: query.product.as_deref().map(|k| self.products.iter().position(|p| p.key == k).map(|i| i as u16)),
            group: query.group.as_deref().map(|id| self.groups.iter().position(|g| g.id == id).map(|i| i as u32)),
            target: [query.project.as_deref(), query.desk.as_deref()].into_iter().flatten().map(find_target).collect(),
            inactivity: query.inactivity.clone(),
            managed: query.managed,
            before: query.active_before.map(day_start),
            after: query.active_after.map(day_start),
            now,
            thresholds,
        }
    }

    fn matches(&self, f: &Filter, e: &Entry) -> bool {
        if f.account_type.is_some_and(|t| t != e.account_type)
            || f.managed.is_some_and(|m| m != e.managed)
            || (!f.status.is_empty() && !f.status.contains(&e.status))
        {
            return false;
        }
        if let Some(kind) = f.kind {
            let ok = match kind {
                Kind::OrgUser => e.org_user,
                Kind::ProjectMember => e
                    .links
                    .iter()
                    .any(|&(t, _)| matches!(self.targets[t as usize].kind, TargetKind::Project | TargetKind::Space)),
                Kind::Customer => {
                    e.account_type == AccountType::Customer
                        || e.links.iter().any(|&(t, _)| {
                            matches!(self.targets[t as usize].kind, TargetKind::Desk | TargetKind::JsmOrg)
                        })
                }
            };
            if !ok {
                return false;
            }
        }
        if let Some(group) = f.group
            && group.is_none_or(|g| e.groups.binary_search(&g).is_err())
        {
            return false;
        }
        for target in &f.target {
            if !target.is_some_and(|t| e.links.iter().any(|&(x, _)| x == t)) {
                return false;
            }
        }
        // Activity is measured in the chosen product, or across every product.
        let last_active = match f.product {
            Some(product) => match product.and_then(|p| e.product_activity(p)) {
                Some(at) => at,
                None => return false,
            },
            None => e.last_active,
        };
        if !f.inactivity.is_empty() && !f.inactivity.contains(&Inactivity::of(last_active, f.now, f.thresholds)) {
            return false;
        }
        if f.before.is_some_and(|before| last_active.is_some_and(|at| at >= before)) {
            return false;
        }
        if f.after.is_some_and(|after| last_active.is_none_or(|at| at < after)) {
            return false;
        }
        f.text.as_ref().is_none_or(|finder| finder.find(e.haystack.as_bytes()).is_some())
    }

    /// Account indexes matching `query`, in its sort order.
    fn matching(&self, query: &UserQuery, now: DateTime<Utc>, thresholds: Thresholds) -> impl Iterator<Item = u32> {
        let filter = self.filter(query, now, thresholds);
        let position = SortKey::ALL.iter().position(|&k| k == query.sort).unwrap_or(0);
        let order = &self.orders[position];
        let walk: Box<dyn Iterator<Item = &u32>> =
            if query.descending { Box::new(order.iter().rev()) } else { Box::new(order.iter()) };
        walk.copied().filter(move |&ix| self.matches(&filter, &self.accounts[ix as usize]))
    }

    /// One page of the accounts matching `query`, with the count of every match.
    pub fn query(&self, query: &UserQuery, now: DateTime<Utc>, thresholds: Thresholds) -> UserPage {
        let page_size = query.effective_page_size();
        let skip = query.page as usize * page_size as usize;
        let mut total = 0u64;
        let mut rows = Vec::with_capacity(page_size as usize);
        for ix in self.matching(query, now, thresholds) {
            if total as usize >= skip && rows.len() < page_size as usize {
                rows.push(self.row(&self.accounts[ix as usize], now, thresholds));
            }
            total += 1;
        }
        UserPage { total, page: query.page, page_size, rows }
    }

    /// Every account matching `query` (up to `limit`), for exports.
    pub fn rows(
        &self,
        query: &UserQuery,
        now: DateTime<Utc>,
        thresholds: Thresholds,
        limit: Option<usize>,
    ) -> Vec<UserRow> {
        self.matching(query, now, thresholds)
            .take(limit.unwrap_or(usize::MAX))
            .map(|ix| self.row(&self.accounts[ix as usize], now, thresholds))
            .collect()
    }

    /// The ids of every account matching `query` ("select all N").
    pub fn matching_ids(&self, query: &UserQuery, now: DateTime<Utc>, thresholds: Thresholds) -> Vec<String> {
        self.matching(query, now, thresholds).map(|ix| self.accounts[ix as usize].id.to_string()).collect()
    }

    fn row(&self, e: &Entry, now: DateTime<Utc>, thresholds: Thresholds) -> UserRow {
        UserRow {
            account_id: e.id.to_string(),
            name: e.name.to_string(),
            email: e.email.as_deref().map(str::to_owned),
            account_type: e.account_type,
            status: e.status,
            managed: e.managed,
            scim: e.scim,
            org_admin: e.org_admin,
            org_user: e.org_user,
            products: e
                .products
                .iter()
                .map(|&(p, at)| {
                    let product = &self.products[p as usize];
                    ProductUse { key: product.key.clone(), name: product.name.clone(), last_active: at }
                })
                .collect(),
            groups: e.groups.iter().map(|&g| self.groups[g as usize].name.clone()).collect(),
            added_to_org: e.added,
            last_active: e.last_active,
            inactivity: Inactivity::of(e.last_active, now, thresholds),
        }
    }

    /// Everything known of one account.
    pub fn details(&self, account_id: &str, now: DateTime<Utc>, thresholds: Thresholds) -> Option<UserDetails> {
        let e = &self.accounts[*self.by_id.get(account_id)? as usize];
        let mut details = UserDetails {
            row: self.row(e, now, thresholds),
            projects: Vec::new(),
            spaces: Vec::new(),
            service_desks: Vec::new(),
            jsm_organizations: Vec::new(),
        };
        // Links are sorted by target, so each target's roles are adjacent.
        for &(target, role) in e.links.iter() {
            let info = &self.targets[target as usize];
            let list = match info.kind {
                TargetKind::Project => &mut details.projects,
                TargetKind::Space => &mut details.spaces,
                TargetKind::Desk => &mut details.service_desks,
                TargetKind::JsmOrg => &mut details.jsm_organizations,
            };
            if list.last().is_none_or(|m: &Membership| m.target != info.typed_id) {
                list.push(Membership {
                    target: info.typed_id.clone(),
                    key: info.key.clone(),
                    name: info.name.clone(),
                    roles: Vec::new(),
                });
            }
            if role != NO_ROLE
                && let Some(membership) = list.last_mut()
            {
                membership.roles.push(self.roles[role as usize].clone());
            }
        }
        Some(details)
    }

    /// The dashboard's numbers. Inactivity is counted over active org users (the accounts that
    /// hold licences); product columns over active accounts with access to the product.
    pub fn overview(&self, now: DateTime<Utc>, thresholds: Thresholds) -> Overview {
        let mut overview = Overview {
            total: self.accounts.len() as u64,
            org_users: 0,
            customers: 0,
            active: 0,
            warning: 0,
            overdue: 0,
            never: 0,
            thresholds,
            products: self
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
                .collect(),
        };
        let count = |class: Inactivity, active: &mut u64, warning: &mut u64, overdue: &mut u64, never: &mut u64| {
            *match class {
                Inactivity::Active => active,
                Inactivity::Warning => warning,
                Inactivity::Overdue => overdue,
                Inactivity::Never => never,
            } += 1;
        };
        for e in &self.accounts {
            if e.org_user {
                overview.org_users += 1;
            }
            if e.account_type == AccountType::Customer {
                overview.customers += 1;
            }
            if e.status != Status::Active {
                continue;
            }
            if e.org_user {
                let class = Inactivity::of(e.last_active, now, thresholds);
                count(class, &mut overview.active, &mut overview.warning, &mut overview.overdue, &mut overview.never);
            }
            for &(p, at) in e.products.iter() {
                let stats = &mut overview.products[p as usize];
                stats.users += 1;
                let class = Inactivity::of(at, now, thresholds);
                count(class, &mut stats.active, &mut stats.warning, &mut stats.overdue, &mut stats.never);
            }
        }
        overview
    }

    /// Group ids and names, for filters.
    pub fn groups(&self) -> impl Iterator<Item = (&str, &str)> {
        self.groups.iter().map(|g| (g.id.as_str(), g.name.as_str()))
    }

    /// Projects, spaces, desks and JSM organizations: typed id, key and name, for filters.
    pub fn targets(&self) -> impl Iterator<Item = (&str, Option<&str>, &str)> {
        self.targets.iter().map(|t| (t.typed_id.as_str(), t.key.as_deref(), t.name.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        snapshot::{
            IndexBuilder,
            facts::{AccountFacts, CatalogItem, Grant, ProductActivity, Source},
        },
        store::SnapshotSink,
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
        assert_eq!(ids(&of(vec![Inactivity::Overdue])), ["a3", "a5"]);
        assert_eq!(ids(&of(vec![Inactivity::Never])), ["c1", "a4"]);
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
        assert_eq!(index.query(&q, now(), strict).total, 4);
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
    fn overview_counts_active_org_users_and_products() {
        let overview = sample().overview(now(), Thresholds::default());
        assert_eq!((overview.total, overview.org_users, overview.customers), (6, 5, 1));
        assert_eq!((overview.active, overview.warning, overview.overdue, overview.never), (1, 1, 1, 1));
        let jira = &overview.products[0];
        assert_eq!((jira.users, jira.active, jira.warning, jira.overdue, jira.never), (4, 1, 1, 1, 1));
        assert_eq!((jira.seats_used, jira.capacity), (Some(4), Some(10)));
    }
}
