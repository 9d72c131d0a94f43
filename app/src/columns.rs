//! The Users table's optional columns and which of them the admin chose to see (remembered in a
//! cookie, so the server renders the same table the browser hydrates).

use strum::{EnumString, IntoStaticStr, VariantArray};

use crate::code::Code;

/// A column the admin can show or hide (the name is always shown). Its code names it in the
/// columns cookie; each column's bit there is its position in `VARIANTS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Column {
    Email,
    Status,
    #[strum(serialize = "type")]
    AccountType,
    Products,
    Groups,
    LastActive,
    Inactivity,
    #[strum(serialize = "added")]
    AddedToOrg,
    #[strum(serialize = "desks")]
    ServiceDesks,
    #[strum(serialize = "jsm_orgs")]
    JsmOrganizations,
    /// The projects and spaces a project user holds roles in, with the roles: what the Project
    /// users tab is about, so always shown there (not in the chooser, never in the cookie).
    Places,
}

impl Column {
    /// The message naming the column.
    pub fn message_id(self) -> &'static str {
        match self {
            Column::Email => "column-email",
            Column::Status => "column-status",
            Column::AccountType => "column-account-type",
            Column::Products => "column-products",
            Column::Groups => "column-groups",
            Column::LastActive => "column-last-active",
            Column::Inactivity => "column-inactivity",
            Column::AddedToOrg => "column-added",
            Column::ServiceDesks => "column-service-desks",
            Column::JsmOrganizations => "column-jsm-organizations",
            Column::Places => "column-places",
        }
    }

    /// Whether the admin may hide the column (the column chooser lists these).
    pub fn optional(self) -> bool {
        self != Column::Places
    }

    fn bit(self) -> u16 {
        1 << Column::VARIANTS.iter().position(|&c| c == self).unwrap_or(0)
    }
}

impl Column {
    /// Whether the column means anything on a tab: customers have no products or groups, and
    /// only customers belong to service desks and JSM organizations.
    pub fn relevant(self, tab: crate::table_state::Tab) -> bool {
        use crate::table_state::Tab;
        match self {
            Column::Products | Column::Groups => tab != Tab::Customers,
            Column::ServiceDesks | Column::JsmOrganizations => matches!(tab, Tab::Customers | Tab::All),
            Column::Places => tab == Tab::Projects,
            _ => true,
        }
    }

    /// The sort this column's heading offers, if any.
    pub fn sort(self) -> Option<crate::users::SortKey> {
        use crate::users::SortKey;
        match self {
            Column::Email => Some(SortKey::Email),
            Column::Status => Some(SortKey::Status),
            Column::AccountType => Some(SortKey::AccountType),
            Column::LastActive => Some(SortKey::LastActive),
            Column::AddedToOrg => Some(SortKey::AddedToOrg),
            _ => None,
        }
    }
}

pub const COLUMNS_COOKIE: &str = "uam_columns";

/// A set of visible columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Columns(u16);

impl Default for Columns {
    /// Everything but the date added, which few admins need at a glance.
    fn default() -> Columns {
        Columns::of(Column::VARIANTS.iter().copied().filter(|&c| c != Column::AddedToOrg))
    }
}

impl Columns {
    pub fn of(columns: impl IntoIterator<Item = Column>) -> Columns {
        Columns(columns.into_iter().fold(0, |bits, c| bits | c.bit()))
    }

    pub fn shows(self, column: Column) -> bool {
        !column.optional() || self.0 & column.bit() != 0
    }

    pub fn toggled(self, column: Column) -> Columns {
        Columns(self.0 ^ column.bit())
    }

    /// From the cookie: names joined with `.`; unknown names are ignored, and a missing or empty
    /// cookie means the defaults.
    pub fn parse(value: Option<&str>) -> Columns {
        match value {
            Some(value) if !value.is_empty() => Columns::of(value.split('.').filter_map(|name| name.parse().ok())),
            _ => Columns::default(),
        }
    }

    /// The cookie's value; `none` when every column is hidden (an empty value means the defaults).
    pub fn to_cookie(self) -> String {
        let names: Vec<&str> =
            Column::VARIANTS.iter().filter(|&&c| c.optional() && self.shows(c)).map(Code::code).collect();
        if names.is_empty() { "none".to_owned() } else { names.join(".") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_round_trips_and_defaults_apply() {
        let chosen = Columns::of([Column::Email, Column::LastActive]);
        assert_eq!(Columns::parse(Some(&chosen.to_cookie())), chosen);
        assert_eq!(Columns::parse(None), Columns::default());
        assert_eq!(Columns::parse(Some("")), Columns::default());
        let none = Columns::of([]);
        assert_eq!(Columns::parse(Some(&none.to_cookie())), none);
        assert!(!Columns::default().shows(Column::AddedToOrg));
        assert!(Columns::default().toggled(Column::AddedToOrg).shows(Column::AddedToOrg));
        assert_eq!(Columns::parse(Some("email.bogus")), Columns::of([Column::Email]));
    }

    /// A project user's places are the point of the Project users tab: shown whatever the cookie
    /// says, and only there.
    #[test]
    fn places_are_always_shown_on_the_project_tab_only() {
        use crate::table_state::Tab;
        let none = Columns::of([]);
        assert!(none.shows(Column::Places));
        assert!(!none.toggled(Column::Places).to_cookie().contains("places"));
        assert!(Column::Places.relevant(Tab::Projects));
        for tab in [Tab::Org, Tab::Customers, Tab::All] {
            assert!(!Column::Places.relevant(tab), "{tab:?}");
        }
    }

    /// Cookies already set name the columns so, in this order (each column's bit).
    #[test]
    fn cookie_names_stay() {
        let names: Vec<&str> = Column::VARIANTS.iter().map(Code::code).collect();
        let want = [
            "email",
            "status",
            "type",
            "products",
            "groups",
            "last_active",
            "inactivity",
            "added",
            "desks",
            "jsm_orgs",
            "places",
        ];
        assert_eq!(names, want);
        assert_eq!(
            Columns::default().to_cookie(),
            "email.status.type.products.groups.last_active.inactivity.desks.jsm_orgs"
        );
    }
}
