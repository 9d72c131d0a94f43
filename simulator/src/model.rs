//! The simulated organisation and its site: every account, group, product, project, space and
//! service desk, with the rules that tie them together (who has access to what, and why). Every
//! API reads and writes this one model, so a change made through one API shows in all of them.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use serde::Serialize;
use strum::{IntoStaticStr, VariantArray};

/// Index of an account in [`World::accounts`].
pub type AccountIx = u32;

/// What kind of account: its code (`atlassian`, `app`, `customer`) is the `accountType` of
/// every API, serialized by serde and, where a `&'static str` is wanted, by strum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, IntoStaticStr, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum AccountKind {
    Atlassian,
    App,
    Customer,
}

/// The Atlassian account's own lifecycle (user management API): `inactive` is deactivated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, IntoStaticStr, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum AccountStatus {
    Active,
    Inactive,
    Closed,
}

/// The account's access to this organisation (suspend / restore in the admin API), as the v2
/// admin API's `membershipStatus` writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, IntoStaticStr, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Membership {
    Active,
    Suspended,
    #[serde(rename = "no_membership")]
    #[strum(serialize = "no_membership")]
    None,
}

#[derive(Clone, Debug)]
pub struct Account {
    pub id: String,
    pub kind: AccountKind,
    pub name: String,
    pub nickname: String,
    pub email: String,
    /// Jira and Confluence hide the address when the user's privacy settings say so.
    pub email_hidden: bool,
    pub status: AccountStatus,
    /// The directory the account is in; `None` for customers and apps outside the org directory.
    pub directory: Option<usize>,
    pub membership: Membership,
    /// Invited but never accepted: no activity, `emailVerified` false.
    pub invitation_pending: bool,
    /// The org has claimed the account's domain, so the user-management API applies.
    pub managed: bool,
    /// Provisioned by the identity provider (SCIM); its groups are the IdP's to change.
    pub synced: bool,
    pub mfa: bool,
    pub org_admin: bool,
    pub added_to_org: DateTime<Utc>,
    /// Last activity per product (index into [`World::products`]); absent means never used.
    pub activity: Vec<(usize, DateTime<Utc>)>,
    /// Roles granted to the account itself rather than through a group: (product, role id).
    pub direct_roles: Vec<(usize, String)>,
    /// Groups the account is in (kept in step with [`Group::members`] by [`World::add_member`]).
    pub groups: Vec<usize>,
    pub time_zone: String,
    pub job_title: String,
    pub department: String,
    pub deactivated_on: Option<DateTime<Utc>>,
}

impl Account {
    /// `status` as the v2 admin API reports it.
    pub fn admin_status(&self) -> &'static str {
        if self.status != AccountStatus::Active {
            "deactivated"
        } else if self.membership == Membership::Suspended {
            "suspended"
        } else if self.invitation_pending {
            "not_invited"
        } else {
            "active"
        }
    }

    pub fn last_active(&self, product: usize) -> Option<DateTime<Utc>> {
        self.activity.iter().find(|(p, _)| *p == product).map(|(_, at)| *at)
    }

    pub fn email_domain(&self) -> &str {
        self.email.rsplit('@').next().unwrap_or_default()
    }
}

#[derive(Clone, Debug)]
pub struct Directory {
    pub id: String,
    pub name: String,
}

/// A product instance (a "workspace" in the admin API) with its seats.
#[derive(Clone, Debug)]
pub struct Product {
    /// The workspace ARI, e.g. `ari:cloud:jira-software::site/<cloudId>`.
    pub ari: String,
    /// `typeKey` in the workspaces API and `key` in v2 `productAccess`.
    pub type_key: &'static str,
    /// The key the v1 APIs use (`jira-service-desk` where v2 says `jira-servicedesk`).
    pub v1_key: &'static str,
    pub name: &'static str,
    pub capacity: Option<u32>,
    pub created_at: DateTime<Utc>,
}

#[derive(Clone, Debug)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub description: String,
    pub directory: usize,
    pub members: BTreeSet<AccountIx>,
    /// Product roles the group grants: (product, role id).
    pub roles: Vec<(usize, String)>,
    pub synced: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Principal {
    User(AccountIx),
    Group(usize),
}

#[derive(Clone, Debug)]
pub struct ProjectRole {
    pub id: u32,
    pub name: &'static str,
    pub actors: Vec<Principal>,
}

#[derive(Clone, Debug)]
pub struct Project {
    pub id: u32,
    pub key: String,
    pub name: String,
    /// `software`, `business` or `service_desk`.
    pub type_key: &'static str,
    pub lead: AccountIx,
    pub roles: Vec<ProjectRole>,
    /// The site account may list the project but not read its roles (`--unreadable-projects`).
    pub unreadable: bool,
}

#[derive(Clone, Debug)]
pub struct SpaceRole {
    pub id: String,
    pub name: &'static str,
}

#[derive(Clone, Debug)]
pub struct Space {
    pub id: u64,
    pub key: String,
    pub name: String,
    pub author: AccountIx,
    pub created_at: DateTime<Utc>,
    /// (principal, index into [`World::space_roles`]).
    pub assignments: Vec<(Principal, usize)>,
    /// The site account may list the space but not read its role assignments and permissions
    /// (`--unreadable-spaces`).
    pub unreadable: bool,
}

#[derive(Clone, Debug)]
pub struct ServiceDesk {
    pub id: u32,
    /// The JSM project in [`World::projects`].
    pub project: usize,
    pub customers: BTreeSet<AccountIx>,
    pub organizations: Vec<usize>,
}

#[derive(Clone, Debug)]
pub struct JsmOrganization {
    pub id: u32,
    pub uuid: String,
    pub name: String,
    pub created: DateTime<Utc>,
    pub members: BTreeSet<AccountIx>,
}

/// Who made a change recorded in the org's audit log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// The org's admin API key (created by the first org admin): `auth.authType: api-token`.
    ApiKey,
    /// The site account's API token (Jira, JSM and Confluence APIs): `auth.authType: api-token`.
    SiteToken,
    /// An org admin signed in to admin.atlassian.com (a browser session: no `auth`).
    Admin(AccountIx),
}

/// What a change was made to (the event's `context`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    User(AccountIx),
    Group(usize),
    /// A product (workspace), by index into [`World::products`].
    Product(usize),
    /// A service desk, by index into [`World::service_desks`].
    ServiceDesk(usize),
    /// A Jira project, by index into [`World::projects`].
    Project(usize),
}

/// Where a change was made (the event's `container`): the org, or the site through one product.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Org,
    /// The site, through `jira` or `confluence` (the values of the `product` filter).
    Site(&'static str),
}

#[derive(Clone, Debug)]
pub struct Event {
    pub id: String,
    pub time: DateTime<Utc>,
    pub action: &'static str,
    pub actor: Actor,
    pub context: Vec<Target>,
    pub place: Place,
}

/// One Atlassian Cloud organisation with one site.
#[derive(Clone, Debug)]
pub struct World {
    pub org_id: String,
    pub org_name: String,
    pub cloud_id: String,
    /// The site's public base URL, as Jira reports it in `self` links.
    pub site_url: String,
    pub directories: Vec<Directory>,
    pub products: Vec<Product>,
    pub accounts: Vec<Account>,
    pub by_id: HashMap<String, AccountIx>,
    pub groups: Vec<Group>,
    pub projects: Vec<Project>,
    pub space_roles: Vec<SpaceRole>,
    pub spaces: Vec<Space>,
    pub service_desks: Vec<ServiceDesk>,
    pub jsm_orgs: Vec<JsmOrganization>,
    /// The moment the org was generated; activity dates are spread before it.
    pub generated_at: DateTime<Utc>,
    /// The organisation's audit log, oldest first.
    pub events: Vec<Event>,
}

/// The role that gives an account a seat in a product.
pub const USER_ROLE: &str = "atlassian/user";
pub const ORG_ADMIN_ROLE: &str = "atlassian/org-admin";

impl World {
    pub fn account(&self, id: &str) -> Option<AccountIx> {
        self.by_id.get(id).copied()
    }

    pub fn acc(&self, ix: AccountIx) -> &Account {
        &self.accounts[ix as usize]
    }

    pub fn acc_mut(&mut self, ix: AccountIx) -> &mut Account {
        &mut self.accounts[ix as usize]
    }

    /// Active directory users any bulk action may change: people (not apps or customers), not org
    /// admins, not synced from an identity provider, not waiting on an invitation. Tests and
    /// benchmarks pick their targets here.
    pub fn plain_users(&self) -> impl Iterator<Item = &Account> + '_ {
        self.accounts.iter().filter(|a| {
            a.kind == AccountKind::Atlassian
                && a.directory.is_some()
                && a.status == AccountStatus::Active
                && a.membership == Membership::Active
                && !a.org_admin
                && !a.synced
                && !a.invitation_pending
        })
    }

    /// Groups the account belongs to, in group order.
    pub fn groups_of(&self, ix: AccountIx) -> impl Iterator<Item = usize> + '_ {
        self.acc(ix).groups.iter().copied()
    }

    /// Adds the account to the group; false if it already was a member.
    pub fn add_member(&mut self, group: usize, ix: AccountIx) -> bool {
        let added = self.groups[group].members.insert(ix);
        if added {
            let groups = &mut self.accounts[ix as usize].groups;
            let at = groups.partition_point(|&g| g < group);
            groups.insert(at, group);
        }
        added
    }

    /// Removes the account from the group; false if it was not a member.
    pub fn remove_member(&mut self, group: usize, ix: AccountIx) -> bool {
        let removed = self.groups[group].members.remove(&ix);
        if removed {
            self.accounts[ix as usize].groups.retain(|&g| g != group);
        }
        removed
    }

    /// Whether the account holds any role on `product`, directly or through a group, regardless of
    /// suspension (a suspended user keeps roles and groups; they come back on restore).
    pub fn holds_role(&self, ix: AccountIx, product: usize) -> bool {
        let account = self.acc(ix);
        account.direct_roles.iter().any(|(p, _)| *p == product)
            || self.groups_of(ix).any(|g| self.groups[g].roles.iter().any(|(p, _)| *p == product))
    }

    /// The roles the account holds per product: direct ones, then those its groups grant.
    pub fn roles_of(&self, ix: AccountIx) -> Vec<(usize, Vec<String>)> {
        let mut roles: Vec<(usize, Vec<String>)> = Vec::new();
        let mut add = |product: usize, role: &str| match roles.iter_mut().find(|(p, _)| *p == product) {
            Some((_, list)) if !list.iter().any(|r| r == role) => list.push(role.to_owned()),
            Some(_) => {}
            None => roles.push((product, vec![role.to_owned()])),
        };
        for (product, role) in &self.acc(ix).direct_roles {
            add(*product, role);
        }
        for group in self.groups_of(ix) {
            for (product, role) in &self.groups[group].roles {
                add(*product, role);
            }
        }
        roles
    }

    /// Products the account can use now: it is active, its org access is not suspended, and it
    /// holds a role there.
    pub fn product_access(&self, ix: AccountIx) -> Vec<usize> {
        let account = self.acc(ix);
        if account.status != AccountStatus::Active || account.membership != Membership::Active {
            return Vec::new();
        }
        (0..self.products.len()).filter(|&p| self.holds_role(ix, p)).collect()
    }

    /// Seats used per product: how many accounts have access to each.
    pub fn usage(&self) -> Vec<usize> {
        let mut used = vec![0; self.products.len()];
        for ix in 0..self.accounts.len() as AccountIx {
            for product in self.product_access(ix) {
                used[product] += 1;
            }
        }
        used
    }

    /// Accounts that are members of the org directory (what the admin user APIs list).
    pub fn directory_accounts(&self) -> impl Iterator<Item = AccountIx> + '_ {
        self.accounts.iter().enumerate().filter(|(_, a)| a.directory.is_some()).map(|(i, _)| i as AccountIx)
    }

    pub fn product_by_ari(&self, ari: &str) -> Option<usize> {
        self.products.iter().position(|p| p.ari == ari)
    }

    pub fn product_by_key(&self, key: &str) -> Option<usize> {
        self.products.iter().position(|p| p.type_key == key || p.v1_key == key)
    }

    pub fn group_by_id(&self, id: &str) -> Option<usize> {
        self.groups.iter().position(|g| g.id == id)
    }

    pub fn group_by_name(&self, name: &str) -> Option<usize> {
        self.groups.iter().position(|g| g.name == name)
    }

    /// Users a principal stands for (a group expands to its members).
    pub fn expand(&self, principal: Principal) -> Vec<AccountIx> {
        match principal {
            Principal::User(ix) => vec![ix],
            Principal::Group(g) => self.groups[g].members.iter().copied().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;
    use strum::VariantArray;

    use super::{AccountKind, AccountStatus, Membership};

    /// Every value's codes, as strum gives them and as serde writes them: the two never drift apart,
    /// and the codes are the ones Atlassian's APIs use.
    fn codes<T: VariantArray + Serialize + Copy + Into<&'static str>>() -> Vec<&'static str> {
        T::VARIANTS
            .iter()
            .map(|&value| {
                let code: &'static str = value.into();
                assert_eq!(serde_json::to_value(value).ok(), Some(serde_json::json!(code)));
                code
            })
            .collect()
    }

    #[test]
    fn codes_are_atlassians_and_serde_agrees() {
        assert_eq!(codes::<AccountKind>(), ["atlassian", "app", "customer"]);
        assert_eq!(codes::<AccountStatus>(), ["active", "inactive", "closed"]);
        assert_eq!(codes::<Membership>(), ["active", "suspended", "no_membership"]);
    }
}
