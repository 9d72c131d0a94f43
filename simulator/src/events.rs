//! The organisation's audit log: an event for every change the simulator applies (through any API
//! or through `/__sim/admin-change`, which stands for an admin working in admin.atlassian.com),
//! and a plausible history of the last 30 days generated with the org. Served by
//! `GET /admin/v1/orgs/{orgId}/events` in the shape of the spec's `EventModel`.
//!
//! Action keys: Atlassian publishes the list only through `GET .../event-actions` of a live org.
//! `user_granted_role`, `user_revoked_role` and `added_org_admin` are keys seen in real exports
//! (Panther's Atlassian audit data model maps them); the other keys follow the same
//! `subject_verb_object` pattern and are UNCONFIRMED: [`ACTIONS`] is the one place to change them.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};

use crate::{
    model::{AccountIx, AccountKind, AccountStatus, Actor, Event, Membership, Place, Target, World},
    rng::Rng,
};

/// The action keys the simulator records.
pub mod action {
    pub const USER_DEACTIVATED: &str = "user_deactivated";
    pub const USER_REACTIVATED: &str = "user_reactivated";
    pub const USER_SUSPENDED: &str = "user_access_suspended";
    pub const USER_RESTORED: &str = "user_access_restored";
    pub const USER_ADDED_TO_GROUP: &str = "user_added_to_group";
    pub const USER_REMOVED_FROM_GROUP: &str = "user_removed_from_group";
    pub const GROUP_GRANTED_ROLE: &str = "group_granted_role";
    pub const GROUP_REVOKED_ROLE: &str = "group_revoked_role";
    pub const USER_GRANTED_ROLE: &str = "user_granted_role";
    pub const USER_REVOKED_ROLE: &str = "user_revoked_role";
    pub const ADDED_ORG_ADMIN: &str = "added_org_admin";
    pub const REMOVED_ORG_ADMIN: &str = "removed_org_admin";
    pub const CUSTOMER_ADDED: &str = "service_desk_customer_added";
    pub const CUSTOMER_REMOVED: &str = "service_desk_customer_removed";
    pub const PROJECT_ROLE_ACTOR_ADDED: &str = "project_role_actor_added";
    pub const PROJECT_ROLE_ACTOR_REMOVED: &str = "project_role_actor_removed";
}

/// Every action key with its display name and group, as `event-actions` lists them.
pub const ACTIONS: [(&str, &str, &str); 16] = [
    (action::USER_DEACTIVATED, "Deactivated account", "Atlassian accounts"),
    (action::USER_REACTIVATED, "Reactivated account", "Atlassian accounts"),
    (action::USER_SUSPENDED, "Suspended user's access", "User management"),
    (action::USER_RESTORED, "Restored user's access", "User management"),
    (action::USER_ADDED_TO_GROUP, "Added user to group", "Group management"),
    (action::USER_REMOVED_FROM_GROUP, "Removed user from group", "Group management"),
    (action::GROUP_GRANTED_ROLE, "Granted product access to group", "Product access"),
    (action::GROUP_REVOKED_ROLE, "Revoked product access from group", "Product access"),
    (action::USER_GRANTED_ROLE, "Granted product access to user", "Product access"),
    (action::USER_REVOKED_ROLE, "Revoked product access from user", "Product access"),
    (action::ADDED_ORG_ADMIN, "Granted organization admin role", "Organization administration"),
    (action::REMOVED_ORG_ADMIN, "Revoked organization admin role", "Organization administration"),
    (action::CUSTOMER_ADDED, "Added customer to service project", "Jira Service Management"),
    (action::CUSTOMER_REMOVED, "Removed customer from service project", "Jira Service Management"),
    (action::PROJECT_ROLE_ACTOR_ADDED, "Added actor to project role", "Jira projects"),
    (action::PROJECT_ROLE_ACTOR_REMOVED, "Removed actor from project role", "Jira projects"),
];

/// Browser sign-ins of the org admins come from a few offices; API calls from a data centre.
const OFFICES: [(&str, &str, &str); 4] = [
    ("Sydney", "New South Wales", "Australia"),
    ("Austin", "Texas", "United States"),
    ("Amsterdam", "North Holland", "Netherlands"),
    ("Bengaluru", "Karnataka", "India"),
];

impl World {
    /// Appends an event that happens now; returns its id.
    pub fn record(&mut self, action: &'static str, actor: Actor, context: Vec<Target>, place: Place) -> String {
        self.record_at(Utc::now(), action, actor, context, place)
    }

    /// Appends an event at `time` (never before the last one, so the log stays in order).
    pub fn record_at(
        &mut self,
        time: DateTime<Utc>,
        action: &'static str,
        actor: Actor,
        context: Vec<Target>,
        place: Place,
    ) -> String {
        let time = self.events.last().map_or(time, |last| time.max(last.time));
        let id = Rng::new(0x0e7e_0175 ^ (self.events.len() as u64).wrapping_mul(0x2545_f491_4f6c_dd1d)).uuid();
        self.events.push(Event { id: id.clone(), time, action, actor, context, place });
        id
    }

    /// Adds account `ix` to group `g` (`join`) or removes it, and records the change when there
    /// was one: every API that changes memberships writes the same event.
    pub fn change_membership(&mut self, g: usize, ix: AccountIx, join: bool, actor: Actor, place: Place) {
        let changed = if join { self.add_member(g, ix) } else { self.remove_member(g, ix) };
        if changed {
            let what = if join { action::USER_ADDED_TO_GROUP } else { action::USER_REMOVED_FROM_GROUP };
            self.record(what, actor, vec![Target::User(ix), Target::Group(g)], place);
        }
    }

    /// The first org admin: who created the admin API key, and who acts in admin.atlassian.com
    /// when nobody else is named.
    pub fn first_admin(&self) -> Option<AccountIx> {
        self.accounts.iter().position(|a| a.org_admin && a.directory.is_some()).map(|i| i as AccountIx)
    }

    /// The account behind an actor: the key's creator, the site account (the first account,
    /// whose e-mail and token the site APIs accept) or the admin.
    fn actor_account(&self, actor: Actor) -> Option<AccountIx> {
        match actor {
            Actor::ApiKey => self.first_admin(),
            Actor::SiteToken => (!self.accounts.is_empty()).then_some(0),
            Actor::Admin(ix) => Some(ix),
        }
    }

    /// The product filter value of an event: from where it happened, else from the products it names.
    pub fn event_product(&self, event: &Event) -> Option<&'static str> {
        if let Place::Site(product) = event.place {
            return Some(product);
        }
        event.context.iter().find_map(|t| match *t {
            Target::Product(p) if self.products[p].type_key == "confluence" => Some("confluence"),
            Target::Product(_) => Some("jira"),
            _ => None,
        })
    }

    /// The event's IP address, city, region and country.
    pub fn event_location(&self, event: &Event) -> (String, &'static str, &'static str, &'static str) {
        match event.actor {
            Actor::Admin(ix) => {
                let (city, region, country) = OFFICES[ix as usize % OFFICES.len()];
                (format!("203.0.113.{}", 10 + ix % 200), city, region, country)
            }
            Actor::ApiKey => ("198.51.100.23".to_owned(), "Ashburn", "Virginia", "United States"),
            Actor::SiteToken => ("198.51.100.24".to_owned(), "Ashburn", "Virginia", "United States"),
        }
    }

    /// Everything `q` searches: the action, the actor's and the targets' names, e-mails and ids.
    pub fn event_text(&self, event: &Event) -> String {
        let mut text = vec![event.action.to_owned()];
        if let Some(ix) = self.actor_account(event.actor) {
            let a = self.acc(ix);
            text.extend([a.id.clone(), a.name.clone(), a.email.clone()]);
        }
        for target in &event.context {
            let (id, name, email) = self.target_names(*target);
            text.extend([id, name, email]);
        }
        text.join(" ").to_lowercase()
    }

    /// The actor's account id, as the `actor` filter matches it.
    pub fn event_actor_id(&self, event: &Event) -> Option<&str> {
        self.actor_account(event.actor).map(|ix| self.acc(ix).id.as_str())
    }

    fn target_names(&self, target: Target) -> (String, String, String) {
        match target {
            Target::User(ix) => {
                let a = self.acc(ix);
                (a.id.clone(), a.name.clone(), a.email.clone())
            }
            Target::Group(g) => (self.groups[g].id.clone(), self.groups[g].name.clone(), String::new()),
            Target::Product(p) => (self.products[p].ari.clone(), self.products[p].name.to_owned(), String::new()),
            Target::ServiceDesk(d) => {
                let project = &self.projects[self.service_desks[d].project];
                (self.service_desks[d].id.to_string(), project.name.clone(), String::new())
            }
            Target::Project(p) => (self.projects[p].id.to_string(), self.projects[p].name.clone(), String::new()),
        }
    }

    /// One event as the spec's `EventModel`.
    pub fn event_json(&self, event: &Event, base: &str) -> Value {
        let admin = format!("https://admin.atlassian.com/o/{}", self.org_id);
        let mut actor = match self.actor_account(event.actor) {
            Some(ix) => {
                let a = self.acc(ix);
                json!({ "id": a.id, "name": a.name, "email": a.email, "links": { "self": format!("{base}/users/{}/manage/profile", a.id) } })
            }
            None => json!({ "id": "unknown", "name": "Unknown" }),
        };
        match event.actor {
            Actor::ApiKey => {
                actor["auth"] = json!({ "authType": "api-token", "tokenId": format!("{}-admin-key", self.org_id), "tokenLabel": "Organization API key" });
            }
            Actor::SiteToken => {
                actor["auth"] = json!({ "authType": "api-token", "tokenId": format!("{}-site-token", self.cloud_id), "tokenLabel": "Site account API token" });
            }
            Actor::Admin(_) => {}
        }
        let context: Vec<Value> = event.context.iter().map(|t| self.target_json(*t, &admin)).collect();
        let container = match event.place {
            Place::Org => {
                json!({ "id": self.org_id, "type": "orgs", "attributes": { "name": self.org_name }, "links": { "alt": admin } })
            }
            Place::Site(_) => {
                let site_name = self.site_url.trim_start_matches("https://").split('.').next().unwrap_or_default();
                json!({ "id": self.cloud_id, "type": "sites", "attributes": { "siteHostName": self.site_url, "siteName": site_name }, "links": { "alt": self.site_url } })
            }
        };
        let (ip, city, region, country) = self.event_location(event);
        let display =
            ACTIONS.iter().find(|(key, _, _)| *key == event.action).map_or(event.action, |(_, name, _)| *name);
        let names: Vec<String> = event.context.iter().map(|t| self.target_names(*t).1).collect();
        json!({
            "id": event.id,
            "type": "events",
            "attributes": {
                "time": crate::respond::iso(event.time),
                "action": event.action,
                "actor": actor,
                "context": context,
                "container": [container],
                "location": { "ip": ip, "city": city, "regionName": region, "countryName": country },
            },
            "links": { "self": format!("{base}/admin/v1/orgs/{}/events/{}", self.org_id, event.id) },
            "message": { "content": format!("{display}: {}", names.join(", ")), "format": "simple" },
        })
    }

    fn target_json(&self, target: Target, admin: &str) -> Value {
        match target {
            Target::User(ix) => {
                let a = self.acc(ix);
                json!({ "id": a.id, "type": "users", "attributes": { "accountType": a.kind, "email": a.email, "name": a.name }, "links": { "alt": format!("{admin}/users/{}", a.id) } })
            }
            Target::Group(g) => {
                let group = &self.groups[g];
                json!({ "id": group.id, "type": "groups", "attributes": { "name": group.name }, "links": { "alt": format!("{admin}/groups/{}", group.id) } })
            }
            Target::Product(p) => {
                let product = &self.products[p];
                json!({ "id": product.ari, "type": "products", "attributes": { "productKey": product.type_key, "productName": product.name }, "links": { "alt": self.site_url } })
            }
            Target::ServiceDesk(d) => {
                let project = &self.projects[self.service_desks[d].project];
                json!({ "id": self.service_desks[d].id.to_string(), "type": "service-desks", "attributes": { "projectKey": project.key, "projectName": project.name } })
            }
            Target::Project(p) => {
                let project = &self.projects[p];
                json!({ "id": project.id.to_string(), "type": "projects", "attributes": { "key": project.key, "name": project.name } })
            }
        }
    }
}

/// A plausible audit log of the last 30 days, made by the org admins in admin.atlassian.com and
/// consistent with the generated org: recent deactivations at their date, suspensions of users
/// who are suspended, group and product grants of recently added users, and a few changes that
/// were undone since (a suspension lifted, a team left).
pub fn history(world: &mut World, seed: u64, now: DateTime<Utc>) {
    let admins: Vec<AccountIx> = world.directory_accounts().filter(|&ix| world.acc(ix).org_admin).collect();
    if admins.is_empty() {
        return;
    }
    let mut rng = Rng::new(seed ^ 0x000a_0d17_1065);
    let month_ago = now - Duration::days(30);
    let mut planned: Vec<(DateTime<Utc>, &'static str, AccountIx, Vec<Target>)> = Vec::new();
    let when = |rng: &mut Rng, after: DateTime<Utc>| {
        let start = after.max(month_ago);
        let span = (now - start).num_seconds().max(1);
        start + Duration::seconds(rng.between(0, span - 1))
    };
    let people: Vec<AccountIx> =
        world.directory_accounts().filter(|&ix| world.acc(ix).kind == AccountKind::Atlassian).collect();
    let pick_admin = |rng: &mut Rng| *rng.pick(&admins);

    let mut deactivated = 0;
    let mut suspended = 0;
    let mut joined = 0;
    let mut granted = 0;
    for &ix in &people {
        let a = world.acc(ix).clone();
        if let (AccountStatus::Inactive, Some(on)) = (a.status, a.deactivated_on)
            && on > month_ago
            && deactivated < 10
        {
            deactivated += 1;
            planned.push((on, action::USER_DEACTIVATED, pick_admin(&mut rng), vec![Target::User(ix)]));
        }
        if a.membership == Membership::Suspended && suspended < 8 {
            suspended += 1;
            let at = when(&mut rng, a.added_to_org);
            planned.push((at, action::USER_SUSPENDED, pick_admin(&mut rng), vec![Target::User(ix)]));
        }
        if a.added_to_org > month_ago && joined < 12 {
            joined += 1;
            let admin = pick_admin(&mut rng);
            for &g in a.groups.iter().filter(|&&g| !world.groups[g].synced) {
                let at = a.added_to_org + Duration::minutes(rng.between(1, 90));
                planned.push((at, action::USER_ADDED_TO_GROUP, admin, vec![Target::User(ix), Target::Group(g)]));
            }
        }
        if let Some(&(product, _)) = a.direct_roles.first()
            && granted < 5
            && a.status == AccountStatus::Active
        {
            granted += 1;
            let at = when(&mut rng, a.added_to_org);
            let context = vec![Target::User(ix), Target::Product(product)];
            planned.push((at, action::USER_GRANTED_ROLE, pick_admin(&mut rng), context));
        }
    }
    // Changes undone since: a suspension lifted, a team left (the user is active and not in it now).
    let active: Vec<AccountIx> = people
        .iter()
        .copied()
        .filter(|&ix| world.acc(ix).membership == Membership::Active && world.acc(ix).status == AccountStatus::Active)
        .collect();
    let teams: Vec<usize> =
        (0..world.groups.len()).filter(|&g| !world.groups[g].synced && world.groups[g].roles.is_empty()).collect();
    for _ in 0..active.len().min(4) {
        let ix = *rng.pick(&active);
        let start = when(&mut rng, world.acc(ix).added_to_org);
        let back = start + Duration::hours(rng.between(2, 72));
        if back < now {
            let admin = pick_admin(&mut rng);
            planned.push((start, action::USER_SUSPENDED, admin, vec![Target::User(ix)]));
            planned.push((back, action::USER_RESTORED, admin, vec![Target::User(ix)]));
        }
        if let Some(&team) =
            teams.get(rng.below(teams.len().max(1))).filter(|&&g| !world.groups[g].members.contains(&ix))
        {
            let at = when(&mut rng, world.acc(ix).added_to_org);
            planned.push((
                at,
                action::USER_REMOVED_FROM_GROUP,
                pick_admin(&mut rng),
                vec![Target::User(ix), Target::Group(team)],
            ));
        }
    }
    planned.sort_by_key(|(at, ..)| *at);
    for (at, action, admin, context) in planned {
        world.record_at(at, action, Actor::Admin(admin), context, Place::Org);
    }
}
