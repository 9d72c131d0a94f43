//! Builds an organisation from a seed: the same seed and sizes always give the same org, relative
//! to the moment it is generated. The mix is what an admin of a real company sees: managed and
//! external accounts, IdP-synced users, admins, bots, pending invitations, deactivated and
//! suspended people, and activity spread from today back to never.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};

use crate::{
    config::{Products, Sizes},
    model::{
        Account, AccountIx, AccountKind, AccountStatus, Directory, Group, JsmOrganization, Membership, Principal,
        Product, Project, ProjectRole, ServiceDesk, Space, SpaceRole, USER_ROLE, World,
    },
    names::{APPS, CULTURES, DEPARTMENTS, JOB_TITLES, TIME_ZONES, TOPICS},
    rng::Rng,
};

/// Domains the org has claimed: accounts on them are managed.
pub const MANAGED_DOMAINS: [&str; 2] = ["acme-corp.example", "acme.example.co.uk"];
const EXTERNAL_DOMAINS: [&str; 5] =
    ["contractors.example", "partner-agency.example", "gmail.example", "outlook.example", "freelance.example"];
const CUSTOMER_DOMAINS: [&str; 8] = [
    "globex.example",
    "initech.example",
    "umbrella.example",
    "hooli.example",
    "stark.example",
    "wayne.example",
    "tyrell.example",
    "soylent.example",
];

/// Jira project role ids, as Jira Cloud numbers them.
pub const ROLE_ADMINISTRATORS: u32 = 10002;
pub const ROLE_MEMBER: u32 = 10001;
pub const ROLE_VIEWER: u32 = 10003;
pub const ROLE_SERVICE_DESK_TEAM: u32 = 10004;

struct Builder {
    rng: Rng,
    now: DateTime<Utc>,
    world: World,
    /// How many people have had each plain address so far.
    emails: HashMap<String, u32>,
    /// Org users come first in `world.accounts`; this many of them.
    users: usize,
}

/// Generates the org of `seed` and `sizes` on a site with `products`: an absent product has no
/// workspace, grants nothing, and leaves nothing of its own behind (no projects without Jira or
/// JSM, no spaces without Confluence, no service desks, JSM organizations or customers without JSM).
pub fn generate(seed: u64, sizes: Sizes, present: Products, org_id: Option<String>, now: DateTime<Utc>) -> World {
    let mut rng = Rng::new(seed);
    let org_id = org_id.unwrap_or_else(|| rng.uuid());
    let cloud_id = rng.uuid();
    let mut directories = vec![Directory { id: rng.uuid(), name: "Acme Corporation".to_owned() }];
    if sizes.users >= 1_000 {
        // Orgs that grew by acquisition often keep a second directory.
        directories.push(Directory { id: rng.uuid(), name: "Initrode (acquired)".to_owned() });
    }
    let world = World {
        org_id,
        org_name: "Acme Corporation".to_owned(),
        site_url: "https://acme.atlassian.net".to_owned(),
        products: products(&cloud_id, now),
        cloud_id,
        directories,
        accounts: Vec::with_capacity(sizes.users + sizes.customers + 16),
        by_id: HashMap::new(),
        groups: Vec::new(),
        projects: Vec::new(),
        space_roles: Vec::new(),
        spaces: Vec::new(),
        service_desks: Vec::new(),
        jsm_orgs: Vec::new(),
        generated_at: now,
        events: Vec::new(),
    };
    let mut builder = Builder { rng, now, world, emails: HashMap::new(), users: sizes.users };
    builder.groups(sizes.users);
    builder.org_users(sizes.users);
    builder.apps(sizes.users);
    builder.customers(sizes.customers);
    builder.projects(sizes.projects);
    builder.spaces(sizes.spaces);
    builder.service_desks(sizes.customers);
    let mut world = builder.world;
    restrict(&mut world, present);
    world.by_id = world.accounts.iter().enumerate().map(|(i, a)| (a.id.clone(), i as AccountIx)).collect();
    // Seats are bought in tiers just above what is used: Jira runs close to its limit (as licence
    // managers know too well), JSM has room to spare.
    let usage = world.usage();
    for (product, used) in usage.into_iter().enumerate() {
        let (headroom, tier) = match world.products[product].type_key {
            "jira-software" => (1.02, 50.0),
            "confluence" => (1.12, 100.0),
            _ => (1.3, 10.0),
        };
        let seats = ((used as f64 * headroom / tier).ceil() * tier).max(tier) as u32;
        world.products[product].capacity = Some(seats);
    }
    crate::events::history(&mut world, seed, now);
    world
}

/// Takes the absent products out of a generated org, with everything that exists only through
/// them. Product indices are renumbered; groups stay (a group outlives the product it granted).
fn restrict(world: &mut World, present: Products) {
    if present == Products::ALL {
        return;
    }
    let mut renumber = vec![None; world.products.len()];
    let mut kept = 0;
    for (old, product) in world.products.iter().enumerate() {
        if present.has_type_key(product.type_key) {
            renumber[old] = Some(kept);
            kept += 1;
        }
    }
    world.products.retain(|p| present.has_type_key(p.type_key));
    let remap = |roles: &mut Vec<(usize, String)>| {
        *roles = roles.drain(..).filter_map(|(p, role)| renumber[p].map(|p| (p, role))).collect();
    };
    for group in &mut world.groups {
        remap(&mut group.roles);
    }
    for account in &mut world.accounts {
        remap(&mut account.direct_roles);
        account.activity = account.activity.iter().filter_map(|&(p, at)| renumber[p].map(|p| (p, at))).collect();
    }
    if !present.jsm {
        world.service_desks.clear();
        world.jsm_orgs.clear();
        // Customers are generated last, so dropping them renumbers nobody else.
        if let Some(first) = world.accounts.iter().position(|a| a.kind == AccountKind::Customer) {
            world.accounts.truncate(first);
        }
    }
    let keep_project = |p: &Project| match p.type_key {
        "service_desk" => present.jsm,
        _ => present.jira,
    };
    let mut new_index = Vec::with_capacity(world.projects.len());
    let mut next = 0;
    for project in &world.projects {
        new_index.push(keep_project(project).then(|| {
            next += 1;
            next - 1
        }));
    }
    world.projects.retain(keep_project);
    for desk in &mut world.service_desks {
        desk.project = new_index[desk.project].unwrap_or(desk.project);
    }
    if !present.confluence {
        world.spaces.clear();
        world.space_roles.clear();
    }
}

/// Jira, Confluence and Jira Service Management; their seats are set once users exist.
fn products(cloud_id: &str, now: DateTime<Utc>) -> Vec<Product> {
    // (workspace type key, v1 key, name, age in days)
    let catalogue = [
        ("jira-software", "jira-software", "Jira", 2_400),
        ("confluence", "confluence", "Confluence", 2_400),
        ("jira-servicedesk", "jira-service-desk", "Jira Service Management", 1_500),
    ];
    catalogue
        .into_iter()
        .map(|(type_key, v1_key, name, age)| Product {
            ari: format!("ari:cloud:{type_key}::site/{cloud_id}"),
            type_key,
            v1_key,
            name,
            capacity: None,
            created_at: now - Duration::days(age),
        })
        .collect()
}

pub const JIRA: usize = 0;
pub const CONFLUENCE: usize = 1;
pub const JSM: usize = 2;

// Fixed group positions, created first by `Builder::groups`.
const G_JIRA_USERS: usize = 0;
const G_CONFLUENCE_USERS: usize = 1;
const G_JSM_AGENTS: usize = 2;
const G_JIRA_ADMINS: usize = 3;
const G_CONFLUENCE_ADMINS: usize = 4;
const G_ALL_STAFF_SYNCED: usize = 5;
const G_FIRST_DEPARTMENT: usize = 6;

impl Builder {
    fn group(&mut self, name: &str, description: &str, roles: Vec<(usize, String)>, synced: bool) -> usize {
        let id = self.rng.uuid();
        self.world.groups.push(Group {
            id,
            name: name.to_owned(),
            description: description.to_owned(),
            directory: 0,
            members: BTreeSet::new(),
            roles,
            synced,
        });
        self.world.groups.len() - 1
    }

    fn groups(&mut self, users: usize) {
        let user = |p: usize| vec![(p, USER_ROLE.to_owned())];
        self.group("jira-software-users", "Grants access to Jira", user(JIRA), false);
        self.group("confluence-users", "Grants access to Confluence", user(CONFLUENCE), false);
        self.group("jira-servicemanagement-users", "Agents of Jira Service Management", user(JSM), false);
        self.group(
            "jira-admins",
            "Jira administrators",
            vec![(JIRA, USER_ROLE.to_owned()), (JIRA, "admin".to_owned())],
            false,
        );
        self.group(
            "confluence-admins",
            "Confluence administrators",
            vec![(CONFLUENCE, USER_ROLE.to_owned()), (CONFLUENCE, "admin".to_owned())],
            false,
        );
        self.group("okta-all-staff", "Everyone in the identity provider (synced)", user(CONFLUENCE), true);
        for department in DEPARTMENTS {
            let name = department.to_lowercase();
            self.group(&name, &format!("The {department} department"), Vec::new(), false);
        }
        for i in 0..(users / 800).clamp(2, 120) {
            let topic = TOPICS[i % TOPICS.len()];
            let suffix = if i < TOPICS.len() { String::new() } else { format!("-{}", i / TOPICS.len() + 1) };
            let name = format!("team-{}{suffix}", topic.to_lowercase().replace(' ', "-"));
            self.group(&name, &format!("The {topic} team"), Vec::new(), i % 7 == 3);
        }
    }

    /// `local@domain`, numbered from the second person of that name on (`jane.doe2@...`). Local
    /// parts are letters and dots, so a numbered address never collides with a plain one.
    fn unique_email(&mut self, local: &str, domain: &str) -> String {
        let plain = format!("{local}@{domain}");
        let seen = self.emails.entry(plain.clone()).or_insert(0);
        *seen += 1;
        if *seen == 1 { plain } else { format!("{local}{seen}@{domain}") }
    }

    /// A person's display name and the ASCII local part of their address.
    fn person(&mut self) -> (String, String) {
        let culture = self.rng.pick(CULTURES);
        let (given, given_ascii) = *self.rng.pick(culture.given);
        let (family, family_ascii) = *self.rng.pick(culture.family);
        let separator = if culture.spaced { " " } else { "" };
        let name = if culture.family_first {
            format!("{family}{separator}{given}")
        } else {
            format!("{given}{separator}{family}")
        };
        (name, format!("{given_ascii}.{family_ascii}"))
    }

    fn days_ago(&mut self, low: i64, high: i64) -> DateTime<Utc> {
        let days = self.rng.between(low, high);
        let seconds = self.rng.between(0, 86_399);
        self.now - Duration::days(days) - Duration::seconds(seconds)
    }

    fn push(&mut self, account: Account) -> AccountIx {
        self.world.accounts.push(account);
        (self.world.accounts.len() - 1) as AccountIx
    }

    fn org_users(&mut self, count: usize) {
        let admins = 3 + count / 5_000;
        let teams = self.world.groups.len() - G_FIRST_DEPARTMENT - DEPARTMENTS.len();
        for i in 0..count {
            let (name, local) = self.person();
            let external = i >= admins && self.rng.chance(0.22);
            let domain = if external {
                *self.rng.pick(&EXTERNAL_DOMAINS)
            } else {
                MANAGED_DOMAINS[usize::from(self.rng.chance(0.15))]
            };
            let email = self.unique_email(&local, domain);
            let managed = !external;
            let synced = managed && i >= admins && self.rng.chance(0.6);
            let roll = self.rng.unit();
            let (status, membership, pending) = match () {
                _ if i < admins => (AccountStatus::Active, Membership::Active, false),
                _ if roll < 0.04 && managed => (AccountStatus::Inactive, Membership::Active, false),
                _ if roll < 0.07 => (AccountStatus::Active, Membership::Suspended, false),
                _ if roll < 0.09 => (AccountStatus::Active, Membership::Active, true),
                _ => (AccountStatus::Active, Membership::Active, false),
            };
            let directory = if self.world.directories.len() > 1 && self.rng.chance(0.1) { 1 } else { 0 };
            let added_to_org = self.days_ago(1, 2_200);
            let deactivated_on = (status == AccountStatus::Inactive).then(|| self.days_ago(1, 300).max(added_to_org));
            let department = self.rng.below(DEPARTMENTS.len());
            let account = Account {
                id: format!("712020:{}", self.rng.uuid()),
                kind: AccountKind::Atlassian,
                nickname: name.split_whitespace().next().unwrap_or(&name).to_owned(),
                name,
                email,
                email_hidden: external && self.rng.chance(0.3),
                status,
                directory: Some(directory),
                membership,
                invitation_pending: pending,
                managed,
                synced,
                mfa: self.rng.chance(if managed { 0.8 } else { 0.35 }),
                org_admin: i < admins,
                added_to_org,
                activity: Vec::new(),
                direct_roles: Vec::new(),
                groups: Vec::new(),
                time_zone: (*self.rng.pick(TIME_ZONES)).to_owned(),
                job_title: (*self.rng.pick(JOB_TITLES)).to_owned(),
                department: DEPARTMENTS[department].to_owned(),
                deactivated_on,
            };
            let ix = self.push(account);

            // Product access, mostly through groups; the admins get everything.
            let everything = i < admins;
            if everything || self.rng.chance(0.72) {
                self.world.add_member(G_JIRA_USERS, ix);
            } else if self.rng.chance(0.1) {
                self.world.acc_mut(ix).direct_roles.push((JIRA, USER_ROLE.to_owned()));
            }
            if synced {
                self.world.add_member(G_ALL_STAFF_SYNCED, ix);
            } else if everything || self.rng.chance(0.8) {
                self.world.add_member(G_CONFLUENCE_USERS, ix);
            }
            if everything || self.rng.chance(0.12) {
                self.world.add_member(G_JSM_AGENTS, ix);
            }
            if everything || self.rng.chance(0.005) {
                self.world.add_member(G_JIRA_ADMINS, ix);
                self.world.add_member(G_CONFLUENCE_ADMINS, ix);
            }
            self.world.add_member(G_FIRST_DEPARTMENT + department, ix);
            for _ in 0..self.rng.below(3) {
                let team = G_FIRST_DEPARTMENT + DEPARTMENTS.len() + self.rng.below(teams);
                self.world.add_member(team, ix);
            }
            if !pending {
                self.activity(ix, i < admins);
            }
        }
    }

    /// Last activity per product, from one of the buckets the dashboard shows: within 30 days,
    /// 30–89, 90–179, 180 or more, or never.
    fn activity(&mut self, ix: AccountIx, recent: bool) {
        let roll = self.rng.unit();
        let (low, high) = match () {
            _ if recent || roll < 0.55 => (0, 29),
            _ if roll < 0.67 => (30, 89),
            _ if roll < 0.77 => (90, 179),
            _ if roll < 0.90 => (180, 900),
            _ => return,
        };
        let latest = self.days_ago(low, high);
        let added = self.world.acc(ix).added_to_org;
        let products: Vec<usize> = (0..self.world.products.len()).filter(|&p| self.world.holds_role(ix, p)).collect();
        let mut first = true;
        for product in products {
            // The most recent product carries the latest date; others trail it or were never used.
            if !first && self.rng.chance(0.3) {
                continue;
            }
            let at = if first { latest } else { latest - Duration::days(self.rng.between(0, 120)) };
            first = false;
            self.world.acc_mut(ix).activity.push((product, at.max(added)));
        }
    }

    fn apps(&mut self, users: usize) {
        for app in APPS.iter().take((users / 100).clamp(3, APPS.len())) {
            let name = (*app).to_owned();
            let id = format!("557058:{}", self.rng.uuid());
            let local = name.to_lowercase().replace(' ', "-");
            let email = self.unique_email(&local, "connect.atlassian.example");
            let added_to_org = self.days_ago(30, 1_500);
            self.push(Account {
                email_hidden: true,
                time_zone: "UTC".to_owned(),
                ..outsider(id, AccountKind::App, name, email, added_to_org)
            });
        }
    }

    fn customers(&mut self, count: usize) {
        for _ in 0..count {
            let (name, local) = self.person();
            let domain = *self.rng.pick(&CUSTOMER_DOMAINS);
            let email = self.unique_email(&local, domain);
            let id = format!("qm:{}:{}", self.rng.uuid(), self.rng.uuid());
            let added_to_org = self.days_ago(1, 1_400);
            let status = if self.rng.chance(0.03) { AccountStatus::Inactive } else { AccountStatus::Active };
            let time_zone = (*self.rng.pick(TIME_ZONES)).to_owned();
            self.push(Account { status, time_zone, ..outsider(id, AccountKind::Customer, name, email, added_to_org) });
        }
    }

    /// A random org user (never a customer or an app).
    fn some_user(&mut self) -> AccountIx {
        self.rng.below(self.users.max(1)) as AccountIx
    }

    fn team_group(&mut self) -> usize {
        let teams = self.world.groups.len() - G_FIRST_DEPARTMENT - DEPARTMENTS.len();
        G_FIRST_DEPARTMENT + DEPARTMENTS.len() + self.rng.below(teams)
    }

    fn projects(&mut self, count: usize) {
        let desks = if count == 0 { 0 } else { (count / 10).max(1) };
        let mut keys = HashSet::new();
        for i in 0..count {
            let service_desk = i < desks;
            let topic = TOPICS[i % TOPICS.len()];
            let name = match (service_desk, i / TOPICS.len()) {
                (true, 0) => format!("{topic} Help Desk"),
                (true, n) => format!("{topic} Help Desk {}", n + 1),
                (false, 0) => topic.to_owned(),
                (false, n) => format!("{topic} {}", n + 1),
            };
            let stem: String =
                name.split_whitespace().filter_map(|w| w.chars().next()).collect::<String>().to_uppercase();
            let mut key = if stem.len() < 2 { name.to_uppercase().chars().take(3).collect() } else { stem };
            let base = key.clone();
            let mut n = 2;
            while !keys.insert(key.clone()) {
                key = format!("{base}{n}");
                n += 1;
            }
            let lead = self.some_user();
            let mut admins = vec![Principal::User(lead)];
            for _ in 0..self.rng.below(3) {
                admins.push(Principal::User(self.some_user()));
            }
            if self.rng.chance(0.5) {
                admins.push(Principal::Group(G_JIRA_ADMINS));
            }
            let mut members: Vec<Principal> =
                (0..self.rng.between(3, 40)).map(|_| Principal::User(self.some_user())).collect();
            if self.rng.chance(0.4) {
                members.push(Principal::Group(self.team_group()));
            }
            let viewers = if self.rng.chance(0.15) {
                vec![Principal::Group(G_JIRA_USERS)]
            } else {
                vec![Principal::Group(G_FIRST_DEPARTMENT + self.rng.below(DEPARTMENTS.len()))]
            };
            let mut roles = vec![
                ProjectRole { id: ROLE_ADMINISTRATORS, name: "Administrators", actors: dedup(admins) },
                ProjectRole { id: ROLE_MEMBER, name: "Member", actors: dedup(members) },
                ProjectRole { id: ROLE_VIEWER, name: "Viewer", actors: viewers },
            ];
            if service_desk {
                let team = (0..self.rng.between(2, 12)).map(|_| Principal::User(self.some_user())).collect();
                roles.push(ProjectRole { id: ROLE_SERVICE_DESK_TEAM, name: "Service Desk Team", actors: dedup(team) });
            }
            self.world.projects.push(Project {
                id: 10_000 + i as u32,
                key,
                name,
                type_key: if service_desk {
                    "service_desk"
                } else if i % 4 == 1 {
                    "business"
                } else {
                    "software"
                },
                lead,
                roles,
                unreadable: false,
            });
        }
    }

    fn spaces(&mut self, count: usize) {
        for name in ["Admin", "Collaborator", "Viewer"] {
            let id = self.rng.uuid();
            self.world.space_roles.push(SpaceRole { id, name });
        }
        for i in 0..count {
            let topic = TOPICS[(i + 7) % TOPICS.len()];
            let name = match i / TOPICS.len() {
                0 => format!("{topic} Knowledge Base"),
                n => format!("{topic} Knowledge Base {}", n + 1),
            };
            let key = format!("{}{}", topic.replace(' ', "").to_uppercase().chars().take(6).collect::<String>(), i);
            let author = self.some_user();
            let mut assignments = vec![(Principal::User(author), 0)];
            for _ in 0..self.rng.between(1, 20) {
                assignments.push((Principal::User(self.some_user()), 1));
            }
            if self.rng.chance(0.5) {
                assignments.push((Principal::Group(G_CONFLUENCE_USERS), 2));
            } else {
                assignments.push((Principal::Group(self.team_group()), 1));
            }
            if self.rng.chance(0.3) {
                assignments.push((Principal::Group(G_CONFLUENCE_ADMINS), 0));
            }
            assignments.dedup_by(|a, b| a.0 == b.0);
            let created_at = self.days_ago(30, 2_000);
            self.world.spaces.push(Space {
                id: 65_536 + i as u64 * 7,
                key,
                name,
                author,
                created_at,
                assignments,
                unreadable: false,
            });
        }
    }

    fn service_desks(&mut self, customers: usize) {
        let desk_projects: Vec<usize> = self
            .world
            .projects
            .iter()
            .enumerate()
            .filter(|(_, p)| p.type_key == "service_desk")
            .map(|(i, _)| i)
            .collect();
        if desk_projects.is_empty() {
            return;
        }
        for (n, project) in desk_projects.iter().enumerate() {
            self.world.service_desks.push(ServiceDesk {
                id: n as u32 + 1,
                project: *project,
                customers: BTreeSet::new(),
                organizations: Vec::new(),
            });
        }
        // Some organizations serve no service desk (yet, or any more): only the organization list
        // of JSM shows them.
        let in_use = (customers / 400).max(1);
        for i in 0..in_use + 2 + in_use / 5 {
            let name = format!(
                "{} {}",
                CUSTOMER_DOMAINS[i % CUSTOMER_DOMAINS.len()].split('.').next().unwrap_or("Org"),
                i + 1
            );
            let uuid = self.rng.uuid();
            let created = self.days_ago(30, 1_400);
            let mut chars = name.chars();
            let name = chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or(name);
            self.world.jsm_orgs.push(JsmOrganization {
                id: i as u32 + 1,
                uuid,
                name,
                created,
                members: BTreeSet::new(),
            });
        }
        let desks = self.world.service_desks.len();
        let orgs = self.world.jsm_orgs.len();
        for org in 0..in_use {
            let desk = org % desks;
            self.world.service_desks[desk].organizations.push(org);
            if self.rng.chance(0.3) && desks > 1 {
                let other = (desk + 1) % desks;
                self.world.service_desks[other].organizations.push(org);
            }
        }
        let customer_ixs: Vec<AccountIx> = self
            .world
            .accounts
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind == AccountKind::Customer)
            .map(|(i, _)| i as AccountIx)
            .collect();
        for &ix in &customer_ixs {
            let desk = self.rng.below(desks);
            self.world.service_desks[desk].customers.insert(ix);
            if self.rng.chance(0.2) {
                let other = self.rng.below(desks);
                self.world.service_desks[other].customers.insert(ix);
            }
            if self.rng.chance(0.4) {
                let org = self.rng.below(orgs);
                self.world.jsm_orgs[org].members.insert(ix);
            }
        }
        // Every organization has people in it, used by a desk or not.
        for org in 0..orgs {
            if self.world.jsm_orgs[org].members.is_empty() {
                let start = self.rng.below(customer_ixs.len());
                self.world.jsm_orgs[org]
                    .members
                    .extend(customer_ixs.iter().cycle().skip(start).take(3.min(customer_ixs.len())));
            }
        }
    }
}

/// An account outside the org directory (an app or a JSM customer): active, unmanaged, with no
/// org membership, roles, groups or activity.
fn outsider(id: String, kind: AccountKind, name: String, email: String, added_to_org: DateTime<Utc>) -> Account {
    Account {
        id,
        kind,
        nickname: name.clone(),
        name,
        email,
        email_hidden: false,
        status: AccountStatus::Active,
        directory: None,
        membership: Membership::None,
        invitation_pending: false,
        managed: false,
        synced: false,
        mfa: false,
        org_admin: false,
        added_to_org,
        activity: Vec::new(),
        direct_roles: Vec::new(),
        groups: Vec::new(),
        time_zone: String::new(),
        job_title: String::new(),
        department: String::new(),
        deactivated_on: None,
    }
}

fn dedup(mut principals: Vec<Principal>) -> Vec<Principal> {
    let mut seen = HashSet::new();
    principals.retain(|p| seen.insert(*p));
    principals
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).single().expect("valid date")
    }

    #[test]
    fn the_same_seed_makes_the_same_org() {
        let a = generate(42, Sizes::DEMO, Products::ALL, None, now());
        let b = generate(42, Sizes::DEMO, Products::ALL, None, now());
        assert_eq!(a.org_id, b.org_id);
        assert_eq!(a.accounts.len(), b.accounts.len());
        assert!(a.accounts.iter().zip(&b.accounts).all(|(x, y)| x.id == y.id && x.email == y.email));
        let c = generate(43, Sizes::DEMO, Products::ALL, None, now());
        assert_ne!(a.accounts[10].id, c.accounts[10].id);
    }

    #[test]
    fn the_demo_org_has_every_kind_of_account() {
        let world = generate(1, Sizes::DEMO, Products::ALL, Some("org-1".into()), now());
        let users: Vec<_> = world.accounts.iter().filter(|a| a.kind == AccountKind::Atlassian).collect();
        assert_eq!(users.len(), Sizes::DEMO.users);
        assert_eq!(world.accounts.iter().filter(|a| a.kind == AccountKind::Customer).count(), Sizes::DEMO.customers);
        assert!(world.accounts.iter().any(|a| a.kind == AccountKind::App));
        assert!(users.iter().any(|a| a.managed) && users.iter().any(|a| !a.managed));
        assert!(users.iter().any(|a| a.synced));
        assert!(users.iter().filter(|a| a.org_admin).count() >= 3);
        assert!(users.iter().any(|a| a.invitation_pending));
        assert!(users.iter().any(|a| a.status == AccountStatus::Inactive));
        assert!(users.iter().any(|a| a.membership == Membership::Suspended));
        assert!(users.iter().any(|a| !a.name.is_ascii()));
        let newest = |a: &&&Account| a.activity.iter().map(|(_, t)| *t).max();
        let days = |a: &&&Account| newest(a).map(|t| (now() - t).num_days());
        assert!(users.iter().any(|a| days(&a).is_some_and(|d| d < 30)));
        assert!(users.iter().any(|a| days(&a).is_some_and(|d| (90..180).contains(&d))));
        assert!(users.iter().any(|a| days(&a).is_some_and(|d| d >= 180)));
        assert!(users.iter().any(|a| !a.invitation_pending && a.activity.is_empty()));
        assert_eq!(world.projects.len(), Sizes::DEMO.projects);
        assert_eq!(world.spaces.len(), Sizes::DEMO.spaces);
        assert!(!world.service_desks.is_empty() && !world.jsm_orgs.is_empty());
        assert_eq!(world.by_id.len(), world.accounts.len(), "account ids are unique");
    }

    #[test]
    fn memberships_are_recorded_on_both_sides() {
        let world =
            generate(5, Sizes { users: 300, customers: 50, projects: 5, spaces: 3 }, Products::ALL, None, now());
        for (g, group) in world.groups.iter().enumerate() {
            for &ix in &group.members {
                assert!(world.acc(ix).groups.contains(&g));
            }
        }
        for (ix, account) in world.accounts.iter().enumerate() {
            for &g in &account.groups {
                assert!(world.groups[g].members.contains(&(ix as AccountIx)));
            }
        }
    }

    #[test]
    fn activity_is_only_recorded_where_there_is_a_role() {
        let world = generate(9, Sizes { users: 500, customers: 0, projects: 0, spaces: 0 }, Products::ALL, None, now());
        for ix in 0..world.accounts.len() as AccountIx {
            for (product, at) in &world.acc(ix).activity {
                assert!(world.holds_role(ix, *product));
                assert!(*at <= now() && *at >= world.acc(ix).added_to_org);
            }
        }
    }

    #[test]
    fn an_absent_product_leaves_nothing_of_its_own() {
        let sizes = Sizes { users: 400, customers: 300, projects: 20, spaces: 6 };
        let only = |list: &str| generate(3, sizes, Products::parse(list).expect("a product list"), None, now());
        let jira = only("jira");
        assert_eq!(jira.products.iter().map(|p| p.type_key).collect::<Vec<_>>(), ["jira-software"]);
        assert!(jira.spaces.is_empty() && jira.space_roles.is_empty());
        assert!(jira.service_desks.is_empty() && jira.jsm_orgs.is_empty());
        assert!(jira.accounts.iter().all(|a| a.kind != AccountKind::Customer));
        assert!(!jira.projects.is_empty() && jira.projects.iter().all(|p| p.type_key != "service_desk"));
        let jsm = only("jsm");
        assert_eq!(jsm.products.iter().map(|p| p.type_key).collect::<Vec<_>>(), ["jira-servicedesk"]);
        assert!(jsm.projects.iter().all(|p| p.type_key == "service_desk") && !jsm.projects.is_empty());
        for desk in &jsm.service_desks {
            assert_eq!(jsm.projects[desk.project].type_key, "service_desk");
        }
        let confluence = only("confluence");
        assert!(confluence.projects.is_empty() && confluence.service_desks.is_empty());
        assert!(!confluence.spaces.is_empty());
        for world in [&jira, &jsm, &confluence] {
            let products = world.products.len();
            assert!(world.groups.iter().all(|g| g.roles.iter().all(|(p, _)| *p < products)));
            assert!(world.accounts.iter().all(|a| a.activity.iter().all(|(p, _)| *p < products)));
            assert_eq!(world.usage().len(), products);
            assert!(world.products.iter().all(|p| p.capacity.is_some()));
        }
    }

    #[test]
    fn the_history_is_recent_in_order_and_made_by_admins() {
        let world = generate(1, Sizes::DEMO, Products::ALL, None, now());
        assert!(world.events.len() >= 20, "a few dozen past events, got {}", world.events.len());
        assert!(world.events.windows(2).all(|w| w[0].time <= w[1].time), "oldest first");
        let month_ago = now() - Duration::days(30);
        for event in &world.events {
            assert!(event.time >= month_ago && event.time <= now());
            let crate::model::Actor::Admin(ix) = event.actor else { panic!("an admin acted") };
            assert!(world.acc(ix).org_admin);
        }
        // What the log says last about a user's org access is what the org holds now.
        for (ix, account) in world.accounts.iter().enumerate() {
            let last = world.events.iter().rev().find(|e| {
                e.context.first() == Some(&crate::model::Target::User(ix as AccountIx))
                    && matches!(e.action, "user_access_suspended" | "user_access_restored")
            });
            if let Some(last) = last {
                assert_eq!(last.action == "user_access_suspended", account.membership == Membership::Suspended);
            }
        }
        let ids: HashSet<&str> = world.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), world.events.len(), "event ids are unique");
    }
}
