//! The Users page's whole state as it lives in the URL: tab, search, filters, sort, page and the
//! open details panel. Parsing is lenient (an unknown value is ignored, never an error page) and
//! writing leaves defaults out, so a bookmarked or shared view reads back exactly.

use chrono::NaiveDate;
use strum::{EnumString, IntoStaticStr, VariantArray};

use crate::{
    code::Code,
    users::{AccountClass, Inactivity, Kind, MAX_PAGE_SIZE, SortKey, Status, UserQuery},
};

/// The Users page's tabs: which accounts the table lists (its code is the URL's `tab`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Tab {
    /// Directory users and managed accounts.
    #[default]
    Org,
    /// Members of Jira projects and Confluence spaces.
    Projects,
    /// JSM customers.
    Customers,
    All,
}

impl Tab {
    /// Whether the product and group filters mean anything here: JSM customers hold no product
    /// access and belong to no groups, so the Customers tab neither offers nor applies them.
    pub fn has_products(self) -> bool {
        self != Tab::Customers
    }

    pub fn kind(self) -> Option<Kind> {
        match self {
            Tab::Org => Some(Kind::OrgUser),
            Tab::Projects => Some(Kind::ProjectMember),
            Tab::Customers => Some(Kind::Customer),
            Tab::All => None,
        }
    }
}

/// Page sizes the pager offers.
pub const PAGE_SIZES: [u32; 4] = [25, 50, 100, 250];
pub const DEFAULT_PAGE_SIZE: u32 = 50;

pub fn sort_name(key: SortKey) -> &'static str {
    match key {
        SortKey::Name => "name",
        SortKey::Email => "email",
        SortKey::Status => "status",
        SortKey::AccountType => "account_type",
        SortKey::LastActive => "last_active",
        SortKey::AddedToOrg => "added",
    }
}

/// Everything the URL of `/users` says.
#[derive(Clone, Debug, PartialEq)]
pub struct TableState {
    pub tab: Tab,
    pub text: String,
    pub status: Vec<Status>,
    /// Managed, external, customer or app.
    pub class: Option<AccountClass>,
    pub product: Option<String>,
    pub group: Option<String>,
    /// `project:<id>` or `space:<id>`.
    pub project: Option<String>,
    /// `desk:<id>` or `jsm_org:<id>`.
    pub desk: Option<String>,
    pub inactivity: Vec<Inactivity>,
    pub active_before: Option<NaiveDate>,
    pub active_after: Option<NaiveDate>,
    pub sort: SortKey,
    pub descending: bool,
    /// One-based, as people count pages.
    pub page: u32,
    pub page_size: u32,
    /// The account whose details panel is open.
    pub user: Option<String>,
}

impl Default for TableState {
    fn default() -> TableState {
        TableState {
            tab: Tab::default(),
            text: String::new(),
            status: Vec::new(),
            class: None,
            product: None,
            group: None,
            project: None,
            desk: None,
            inactivity: Vec::new(),
            active_before: None,
            active_after: None,
            sort: SortKey::Name,
            descending: false,
            page: 1,
            page_size: DEFAULT_PAGE_SIZE,
            user: None,
        }
    }
}

/// Longest free text kept from a URL (the server refuses longer).
const MAX_TEXT: usize = 200;

impl TableState {
    /// Reads the state from query parameters; `values(name)` gives every value of one name (a form
    /// sends repeated names; links may join several values with commas).
    pub fn parse(values: impl Fn(&str) -> Vec<String>) -> TableState {
        let all = |name: &str| -> Vec<String> {
            values(name)
                .iter()
                .flat_map(|v| v.split(','))
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let one = |name: &str| all(name).into_iter().next_back();
        let id = |name: &str| one(name).filter(|v| v.len() <= 200);
        let date = |name: &str| one(name).and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok());
        let mut status: Vec<Status> = all("status").iter().filter_map(|v| v.parse().ok()).collect();
        status.sort();
        status.dedup();
        let mut inactivity: Vec<Inactivity> = all("inactivity").iter().filter_map(|v| v.parse().ok()).collect();
        inactivity.sort();
        inactivity.dedup();
        let text: String = values("q").into_iter().next_back().unwrap_or_default().chars().take(MAX_TEXT).collect();
        TableState {
            tab: one("tab").and_then(|v| v.parse().ok()).unwrap_or_default(),
            // Kept as typed (a trailing space included), so the search box is never rewritten
            // under the admin's fingers; the query trims it.
            text,
            status,
            class: one("type").and_then(|v| v.parse().ok()),
            product: id("product"),
            group: id("group"),
            project: id("project").filter(|v| v.starts_with("project:") || v.starts_with("space:")),
            desk: id("desk").filter(|v| v.starts_with("desk:") || v.starts_with("jsm_org:")),
            inactivity,
            active_before: date("before"),
            active_after: date("after"),
            sort: one("sort")
                .and_then(|v| SortKey::VARIANTS.iter().copied().find(|k| sort_name(*k) == v))
                .unwrap_or_default(),
            descending: one("dir").as_deref() == Some("desc"),
            page: one("page").and_then(|v| v.parse().ok()).filter(|&p| p >= 1).unwrap_or(1),
            page_size: one("size")
                .and_then(|v| v.parse().ok())
                .filter(|&s| (1..=MAX_PAGE_SIZE).contains(&s))
                .unwrap_or(DEFAULT_PAGE_SIZE),
            user: id("user"),
        }
    }

    /// The query string (without `?`), defaults left out, in a fixed order.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if self.tab != Tab::default() {
            pairs.push(("tab", self.tab.code().to_owned()));
        }
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if !self.status.is_empty() {
            pairs.push(("status", self.status.iter().map(Code::code).collect::<Vec<_>>().join(",")));
        }
        if let Some(class) = self.class {
            pairs.push(("type", class.code().to_owned()));
        }
        for (name, value) in
            [("product", &self.product), ("group", &self.group), ("project", &self.project), ("desk", &self.desk)]
        {
            if let Some(value) = value {
                pairs.push((name, value.clone()));
            }
        }
        if !self.inactivity.is_empty() {
            pairs.push(("inactivity", self.inactivity.iter().map(Code::code).collect::<Vec<_>>().join(",")));
        }
        for (name, value) in [("after", self.active_after), ("before", self.active_before)] {
            if let Some(day) = value {
                pairs.push((name, day.format("%Y-%m-%d").to_string()));
            }
        }
        if self.sort != SortKey::Name {
            pairs.push(("sort", sort_name(self.sort).to_owned()));
        }
        if self.descending {
            pairs.push(("dir", "desc".to_owned()));
        }
        if self.page != 1 {
            pairs.push(("page", self.page.to_string()));
        }
        if self.page_size != DEFAULT_PAGE_SIZE {
            pairs.push(("size", self.page_size.to_string()));
        }
        if let Some(user) = &self.user {
            pairs.push(("user", user.clone()));
        }
        pairs.into_iter().map(|(name, value)| format!("{name}={}", encode(&value))).collect::<Vec<_>>().join("&")
    }

    /// `/users` with this state.
    pub fn href(&self) -> String {
        match self.to_query() {
            query if query.is_empty() => "/users".to_owned(),
            query => format!("/users?{query}"),
        }
    }

    /// What the server is asked for (the details panel does not change the rows).
    pub fn query(&self) -> UserQuery {
        let (account_type, managed) = self.class.map(AccountClass::filters).unzip();
        let text = self.text.trim();
        UserQuery {
            text: (!text.is_empty()).then(|| text.to_owned()),
            kind: self.tab.kind(),
            account_type,
            status: self.status.clone(),
            // Each picker belongs to its tab.
            product: self.product.clone().filter(|_| self.tab.has_products()),
            group: self.group.clone().filter(|_| self.tab.has_products()),
            project: self.project.clone().filter(|_| self.tab == Tab::Projects),
            desk: self.desk.clone().filter(|_| self.tab == Tab::Customers),
            inactivity: self.inactivity.clone(),
            managed: managed.flatten(),
            active_before: self.active_before,
            active_after: self.active_after,
            sort: self.sort,
            descending: self.descending,
            page: self.page - 1,
            page_size: self.page_size,
        }
    }

    /// The same filters on another tab, from its first page.
    pub fn on_tab(&self, tab: Tab) -> TableState {
        TableState { tab, page: 1, user: None, ..self.clone() }
    }

    /// Sorted by `key`: ascending first, or the other way when it is already the sort.
    pub fn sorted_by(&self, key: SortKey) -> TableState {
        let descending = self.sort == key && !self.descending;
        TableState { sort: key, descending, page: 1, ..self.clone() }
    }

    pub fn at_page(&self, page: u32) -> TableState {
        TableState { page: page.max(1), user: None, ..self.clone() }
    }

    pub fn with_details(&self, account_id: Option<String>) -> TableState {
        TableState { user: account_id, ..self.clone() }
    }

    /// After any filter change the table starts again from its first page.
    pub fn refiltered(&self, change: impl FnOnce(&mut TableState)) -> TableState {
        let mut next = TableState { page: 1, user: None, ..self.clone() };
        change(&mut next);
        next
    }

    /// Pages in all, for `total` matches.
    pub fn page_count(&self, total: u64) -> u32 {
        (total.div_ceil(u64::from(self.page_size.max(1)))).max(1) as u32
    }

    /// Whether any filter narrows the tab (search included).
    pub fn is_filtered(&self) -> bool {
        let base = TableState { tab: self.tab, sort: self.sort, descending: self.descending, ..TableState::default() };
        TableState { page: 1, page_size: DEFAULT_PAGE_SIZE, user: None, ..self.clone() } != base
    }
}

/// Percent-encodes a query value (space as `%20`), leaving the commas that join list values
/// readable: `status=active,suspended`.
fn encode(text: &str) -> String {
    crate::auth::encode_query_value(text).replace("%2C", ",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(query: &str) -> TableState {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            map.entry(k.to_owned()).or_default().push(v.replace("%20", " ").replace("%3A", ":"));
        }
        TableState::parse(|name| map.get(name).cloned().unwrap_or_default())
    }

    #[test]
    fn defaults_write_nothing() {
        assert_eq!(TableState::default().to_query(), "");
        assert_eq!(TableState::default().href(), "/users");
        assert_eq!(parse(""), TableState::default());
    }

    #[test]
    fn every_field_round_trips() {
        let state = TableState {
            tab: Tab::Projects,
            text: "ada lovelace".into(),
            status: vec![Status::Active, Status::Suspended],
            class: Some(AccountClass::External),
            product: Some("jira-software".into()),
            group: Some("g-1".into()),
            project: Some("project:10".into()),
            desk: None,
            inactivity: vec![Inactivity::Warning, Inactivity::Overdue],
            active_before: NaiveDate::from_ymd_opt(2026, 1, 31),
            active_after: NaiveDate::from_ymd_opt(2025, 1, 1),
            sort: SortKey::LastActive,
            descending: true,
            page: 3,
            page_size: 100,
            user: Some("557058:abc".into()),
        };
        let query = state.to_query();
        assert_eq!(parse(&query), state, "{query}");
    }

    #[test]
    fn repeated_and_comma_separated_values_both_count() {
        let state = parse("status=active&status=pending,suspended&inactivity=never,bogus");
        assert_eq!(state.status, [Status::Active, Status::Suspended, Status::Pending]);
        assert_eq!(state.inactivity, [Inactivity::Never]);
    }

    #[test]
    fn nonsense_is_ignored_not_an_error() {
        let state = parse("tab=x&sort=height&page=0&size=99999&after=yesterday&project=desk:1&type=robot");
        assert_eq!(state, TableState::default());
    }

    #[test]
    fn sorting_toggles_and_filters_restart_paging() {
        let state = TableState { page: 4, ..TableState::default() };
        let by_email = state.sorted_by(SortKey::Email);
        assert_eq!((by_email.sort, by_email.descending, by_email.page), (SortKey::Email, false, 1));
        assert!(by_email.sorted_by(SortKey::Email).descending);
        let filtered = state.refiltered(|s| s.text = "x".into());
        assert_eq!(filtered.page, 1);
        assert!(filtered.is_filtered());
        assert!(!state.is_filtered());
    }

    #[test]
    fn pickers_apply_only_on_their_tab() {
        let state = parse("project=project:10&desk=desk:1");
        assert_eq!(state.query().project, None);
        assert_eq!(state.on_tab(Tab::Projects).query().project.as_deref(), Some("project:10"));
        assert_eq!(state.on_tab(Tab::Customers).query().desk.as_deref(), Some("desk:1"));
        assert_eq!(state.on_tab(Tab::All).query().kind, None);
        let products = parse("product=confluence&group=g1");
        assert_eq!(products.on_tab(Tab::Customers).query().product, None);
        assert_eq!(products.on_tab(Tab::Customers).query().group, None);
        for tab in [Tab::Org, Tab::Projects, Tab::All] {
            let query = products.on_tab(tab).query();
            assert_eq!((query.product.as_deref(), query.group.as_deref()), (Some("confluence"), Some("g1")));
        }
    }

    #[test]
    fn account_classes_become_type_and_management_filters() {
        let external = parse("type=external").query();
        assert_eq!(
            (external.account_type, external.managed),
            (Some(crate::users::AccountType::Atlassian), Some(false))
        );
        let customer = parse("type=customer").query();
        assert_eq!((customer.account_type, customer.managed), (Some(crate::users::AccountType::Customer), None));
        assert_eq!(parse("q=%20ada%20").query().text.as_deref(), Some("ada"));
    }

    #[test]
    fn page_count_rounds_up() {
        let state = TableState::default();
        assert_eq!(state.page_count(0), 1);
        assert_eq!(state.page_count(50), 1);
        assert_eq!(state.page_count(51), 2);
    }
}
