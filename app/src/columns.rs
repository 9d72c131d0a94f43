//! The Users table's optional columns and which of them the admin chose to see (remembered in a
//! cookie, so the server renders the same table the browser hydrates).

/// A column the admin can show or hide (the name is always shown).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Email,
    Status,
    AccountType,
    Products,
    Groups,
    LastActive,
    Inactivity,
    AddedToOrg,
    ServiceDesks,
    JsmOrganizations,
}

impl Column {
    pub const ALL: [Column; 10] = [
        Column::Email,
        Column::Status,
        Column::AccountType,
        Column::Products,
        Column::Groups,
        Column::LastActive,
        Column::Inactivity,
        Column::AddedToOrg,
        Column::ServiceDesks,
        Column::JsmOrganizations,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Column::Email => "email",
            Column::Status => "status",
            Column::AccountType => "type",
            Column::Products => "products",
            Column::Groups => "groups",
            Column::LastActive => "last_active",
            Column::Inactivity => "inactivity",
            Column::AddedToOrg => "added",
            Column::ServiceDesks => "desks",
            Column::JsmOrganizations => "jsm_orgs",
        }
    }

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
        }
    }

    fn bit(self) -> u16 {
        1 << Column::ALL.iter().position(|&c| c == self).unwrap_or(0)
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
        Columns::of(Column::ALL.into_iter().filter(|&c| c != Column::AddedToOrg))
    }
}

impl Columns {
    pub fn of(columns: impl IntoIterator<Item = Column>) -> Columns {
        Columns(columns.into_iter().fold(0, |bits, c| bits | c.bit()))
    }

    pub fn shows(self, column: Column) -> bool {
        self.0 & column.bit() != 0
    }

    pub fn toggled(self, column: Column) -> Columns {
        Columns(self.0 ^ column.bit())
    }

    /// From the cookie: names joined with `.`; unknown names are ignored, and a missing or empty
    /// cookie means the defaults.
    pub fn parse(value: Option<&str>) -> Columns {
        match value {
            Some(value) if !value.is_empty() => {
                Columns::of(value.split('.').filter_map(|name| Column::ALL.into_iter().find(|c| c.as_str() == name)))
            }
            _ => Columns::default(),
        }
    }

    /// The cookie's value; `none` when every column is hidden (an empty value means the defaults).
    pub fn to_cookie(self) -> String {
        let names: Vec<&str> = Column::ALL.into_iter().filter(|&c| self.shows(c)).map(Column::as_str).collect();
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
}
