//! The pre-flight's rules, as plain functions of a user's current state: what an action means
//! for each user (which calls, or why none), and whether a step is already in effect. The same
//! rules run again, on a fresh read, right before each user's calls.

use std::collections::{BTreeMap, HashMap, HashSet};

use app::{
    bulk::{BulkAction, Skip, Step, Verdict},
    users::AccountType,
};

use crate::protected::is_protected;

/// A user as Atlassian describes them right now.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Live {
    pub account_id: String,
    pub name: String,
    /// As Atlassian reports it now; protection is judged on this, never on what a browser sent.
    pub email: Option<String>,
    pub account_type: Option<AccountType>,
    /// In the org directory (false for portal-only customers).
    pub in_directory: bool,
    /// The directory that holds the user, from Atlassian's directory list (the v2 writes need
    /// it, and are never sent a guessed `-`); `None` when it could not be told.
    pub directory: Option<String>,
    /// The Atlassian account itself is active (not deactivated).
    pub account_active: bool,
    /// Org access is suspended.
    pub suspended: bool,
    pub managed: bool,
    /// Provisioned by the identity provider (SCIM).
    pub scim: bool,
    pub org_admin: bool,
    pub groups: Vec<String>,
    /// Product ARIs the user holds roles on, with the roles (read only when an action needs it).
    pub roles: Option<BTreeMap<String, Vec<String>>>,
    /// Service desks whose customer the user is (read only for customer actions).
    pub desks: Option<Vec<String>>,
}

/// What the rules need besides the user.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// The admin running the action: never a target of a removal.
    pub acting_account_id: String,
    pub acting_email: Option<String>,
    /// Normalised protected e-mails and `*@domain` entries from Settings.
    pub protected: Vec<String>,
    /// Product key → (workspace ARI, name).
    pub products: HashMap<String, (String, String)>,
    /// Group id → (name, product keys it grants).
    pub groups: HashMap<String, (String, Vec<String>)>,
    /// Service desk id → name.
    pub desks: BTreeMap<String, String>,
    /// The org is known not to offer the direct product-role API (limited availability and
    /// `x-experimental`): users whose change needs it are left alone, saying why.
    pub direct_roles_unavailable: bool,
}

impl Context {
    fn ari(&self, product: &str) -> Option<&str> {
        self.products.get(product).map(|(ari, _)| ari.as_str())
    }

    /// Whether the user holds a role on the product.
    fn holds(&self, live: &Live, product: &str) -> bool {
        let Some(ari) = self.ari(product) else { return false };
        live.roles.as_ref().is_some_and(|roles| roles.get(ari).is_some_and(|r| !r.is_empty()))
    }

    /// The group to add a user to for a product: one that grants it and nothing the admin did
    /// not ask for (the fewest other products, then a `*-users` name, then the name).
    fn access_group(&self, product: &str, allowed: &HashSet<&str>) -> Option<(&str, &str, &[String])> {
        self.groups
            .iter()
            .filter(|(_, (_, grants))| grants.iter().any(|g| g == product))
            .filter(|(_, (_, grants))| grants.iter().all(|g| allowed.contains(g.as_str())))
            .min_by_key(|(id, (name, grants))| (grants.len(), !name.ends_with("users"), name.clone(), (*id).clone()))
            .map(|(id, (name, grants))| (id.as_str(), name.as_str(), grants.as_slice()))
    }
}

/// Why this user must not lose anything, if they must not.
pub fn guard(live: &Live, ctx: &Context) -> Option<Skip> {
    let same_email = |a: &Option<String>, b: &Option<String>| matches!((a, b), (Some(a), Some(b)) if crate::auth::normalise(a) == crate::auth::normalise(b));
    if live.account_id == ctx.acting_account_id || same_email(&live.email, &ctx.acting_email) {
        return Some(Skip::ActingAdmin);
    }
    if live.org_admin {
        return Some(Skip::OrgAdmin);
    }
    if crate::protected::is_protected_id(&live.account_id, &ctx.protected) {
        return Some(Skip::Protected);
    }
    // Without the current address, protection cannot be judged: refuse rather than guess.
    let Some(email) = &live.email else { return Some(Skip::LookupFailed) };
    is_protected(email, &ctx.protected).then_some(Skip::Protected)
}

fn change(steps: Vec<Step>) -> Verdict {
    if steps.is_empty() { Verdict::Skip { skip: Skip::AlreadyDone } } else { Verdict::Change { steps } }
}

fn skip(skip: Skip) -> Verdict {
    Verdict::Skip { skip }
}

/// Whether the step is a v2 directory write (it names the user's directory).
fn in_directory(step: &Step) -> bool {
    matches!(step, Step::Suspend { .. } | Step::Restore { .. } | Step::LeaveGroup { .. } | Step::JoinGroup { .. })
}

/// A change that needs a product role granted or revoked directly, where the org does not offer
/// that API, becomes a refusal that says so (the whole user: a part of what the admin asked for
/// is never carried out silently).
pub fn gate_direct_roles(verdict: Verdict, unavailable: bool) -> Verdict {
    match verdict {
        Verdict::Change { steps }
            if unavailable && steps.iter().any(|s| matches!(s, Step::AssignRole { .. } | Step::RevokeRole { .. })) =>
        {
            skip(Skip::DirectRoleUnavailable)
        }
        verdict => verdict,
    }
}

/// The last word on a plan: the v2 writes need the user's real directory, and direct-role steps
/// an org that offers them.
fn feasible(verdict: Verdict, live: &Live, ctx: &Context) -> Verdict {
    if live.directory.is_none() && matches!(&verdict, Verdict::Change { steps } if steps.iter().any(in_directory)) {
        return skip(Skip::LookupFailed);
    }
    gate_direct_roles(verdict, ctx.direct_roles_unavailable)
}

/// What `action` means for this user now.
pub fn classify(action: &BulkAction, live: &Live, ctx: &Context) -> Verdict {
    let verdict = rules(action, live, ctx);
    feasible(verdict, live, ctx)
}

fn rules(action: &BulkAction, live: &Live, ctx: &Context) -> Verdict {
    if live.account_type == Some(AccountType::App) {
        return skip(Skip::NotApplicable);
    }
    if let BulkAction::RemoveCustomer { desks } = action {
        return remove_customer(desks, live, ctx);
    }
    if !live.in_directory {
        return skip(if live.account_type == Some(AccountType::Customer) {
            Skip::NotApplicable
        } else {
            Skip::NotFound
        });
    }
    if action.removes()
        && let Some(reason) = guard(live, ctx)
    {
        return skip(reason);
    }
    if live.scim {
        return skip(Skip::IdentityProvider);
    }
    let directory = || live.directory.clone().unwrap_or_default();
    match action {
        BulkAction::Deactivate if live.managed => {
            change(if live.account_active { vec![Step::DisableAccount] } else { Vec::new() })
        }
        BulkAction::Deactivate => {
            change(if live.suspended { Vec::new() } else { vec![Step::Suspend { directory: directory() }] })
        }
        BulkAction::Reactivate => {
            if !live.account_active && !live.managed {
                // Only the org that manages an account can enable it again.
                return skip(Skip::NoWay);
            }
            let mut steps = Vec::new();
            if !live.account_active {
                steps.push(Step::EnableAccount);
            }
            if live.suspended {
                steps.push(Step::Restore { directory: directory() });
            }
            change(steps)
        }
        BulkAction::RevokeAccess { products } => revoke(products, live, ctx),
        BulkAction::AssignAccess { products } => assign(products, live, ctx),
        BulkAction::RemoveCustomer { .. } => skip(Skip::NotApplicable),
    }
}

fn revoke(products: &[String], live: &Live, ctx: &Context) -> Verdict {
    let mut steps: Vec<Step> = Vec::new();
    for product in products {
        if !ctx.holds(live, product) {
            continue;
        }
        let granting: Vec<&String> = live
            .groups
            .iter()
            .filter(|g| ctx.groups.get(*g).is_some_and(|(_, grants)| grants.iter().any(|p| p == product)))
            .collect();
        if granting.is_empty() {
            // Held directly: revoke the roles themselves.
            let ari = ctx.ari(product).unwrap_or_default();
            for role in live.roles.as_ref().and_then(|r| r.get(ari)).into_iter().flatten() {
                steps.push(Step::RevokeRole { product: product.clone(), resource: ari.to_owned(), role: role.clone() });
            }
        }
        for group in granting {
            if steps.iter().any(|s| matches!(s, Step::LeaveGroup { group: g, .. } if g == group)) {
                continue;
            }
            let (name, grants) = ctx.groups.get(group).cloned().unwrap_or_default();
            steps.push(Step::LeaveGroup {
                directory: live.directory.clone().unwrap_or_default(),
                group: group.clone(),
                group_name: name,
                products: grants,
            });
        }
    }
    change(steps)
}

fn assign(products: &[String], live: &Live, ctx: &Context) -> Verdict {
    if !live.account_active {
        return skip(Skip::NotApplicable);
    }
    let mut allowed: HashSet<&str> = products.iter().map(String::as_str).collect();
    allowed.extend(ctx.products.keys().map(String::as_str).filter(|p| ctx.holds(live, p)));
    let mut steps: Vec<Step> = Vec::new();
    for product in products {
        let covered = steps.iter().any(|s| matches!(s, Step::JoinGroup { products, .. } if products.contains(product)));
        if ctx.holds(live, product) || covered {
            continue;
        }
        match ctx.access_group(product, &allowed) {
            Some((group, name, grants)) => steps.push(Step::JoinGroup {
                directory: live.directory.clone().unwrap_or_default(),
                group: group.to_owned(),
                group_name: name.to_owned(),
                products: grants.to_vec(),
            }),
            None => match ctx.ari(product) {
                Some(ari) => steps.push(Step::AssignRole {
                    product: product.clone(),
                    resource: ari.to_owned(),
                    role: "atlassian/user".to_owned(),
                }),
                None => return skip(Skip::NoWay),
            },
        }
    }
    change(steps)
}

fn remove_customer(desks: &[String], live: &Live, ctx: &Context) -> Verdict {
    let Some(current) = &live.desks else { return skip(Skip::LookupFailed) };
    if let Some(reason) = guard(live, ctx) {
        return skip(reason);
    }
    let steps = current
        .iter()
        .filter(|d| desks.is_empty() || desks.contains(d))
        .map(|d| Step::RemoveCustomer { desk: d.clone(), desk_name: ctx.desks.get(d).cloned().unwrap_or_default() })
        .collect();
    change(steps)
}

/// Whether the step's effect is already there (so it must not be sent, or, after an unanswered
/// call, it evidently went through). `None`: the read did not cover it.
pub fn in_effect(step: &Step, live: &Live, ctx: &Context) -> Option<bool> {
    let holds = |product: &str| live.roles.as_ref().map(|_| ctx.holds(live, product));
    let customer = |desk: &str| live.desks.as_ref().map(|d| d.iter().any(|x| x == desk));
    match step {
        Step::DisableAccount => Some(!live.account_active),
        Step::EnableAccount => Some(live.account_active),
        Step::Suspend { .. } => Some(live.suspended),
        Step::Restore { .. } => Some(!live.suspended),
        Step::LeaveGroup { group, .. } => Some(!live.groups.contains(group)),
        Step::JoinGroup { group, .. } => Some(live.groups.contains(group)),
        Step::RevokeRole { product, .. } => holds(product).map(|h| !h),
        Step::AssignRole { product, .. } => holds(product),
        Step::RemoveCustomer { desk, .. } => customer(desk).map(|c| !c),
        Step::AddCustomer { desk, .. } => customer(desk),
    }
}

/// The steps of an undo that still need doing, or why this user is left alone: a removal never
/// touches a protected account, even when it puts back what an earlier job changed.
pub fn undo_steps(steps: &[Step], live: &Live, ctx: &Context) -> Verdict {
    if steps.iter().any(Step::removes)
        && let Some(reason) = guard(live, ctx)
    {
        return skip(reason);
    }
    let verdict = change(steps.iter().filter(|s| in_effect(s, live, ctx) != Some(true)).cloned().collect());
    gate_direct_roles(verdict, ctx.direct_roles_unavailable)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Context {
        Context {
            acting_account_id: "me".into(),
            acting_email: Some("me@acme.example".into()),
            protected: vec!["ceo@acme.example".into(), "*@board.example".into(), "712020:abc-123".into()],
            products: HashMap::from([
                ("jira-software".into(), ("ari:jira".into(), "Jira".into())),
                ("confluence".into(), ("ari:conf".into(), "Confluence".into())),
            ]),
            groups: HashMap::from([
                ("g-jira".into(), ("jira-software-users".into(), vec!["jira-software".into()])),
                ("g-both".into(), ("everyone".into(), vec!["confluence".into(), "jira-software".into()])),
                ("g-conf".into(), ("confluence-users".into(), vec!["confluence".into()])),
            ]),
            desks: BTreeMap::from([("1".into(), "IT help".into()), ("2".into(), "HR".into())]),
            direct_roles_unavailable: false,
        }
    }

    fn user(id: &str, email: &str) -> Live {
        Live {
            account_id: id.into(),
            name: id.into(),
            email: Some(email.into()),
            account_type: Some(AccountType::Atlassian),
            in_directory: true,
            directory: Some("dir".into()),
            account_active: true,
            managed: true,
            ..Live::default()
        }
    }

    #[test]
    fn deactivate_picks_the_lifecycle_api_or_suspension() {
        let managed = user("a", "a@acme.example");
        assert_eq!(
            classify(&BulkAction::Deactivate, &managed, &ctx()),
            Verdict::Change { steps: vec![Step::DisableAccount] }
        );
        let external = Live { managed: false, ..user("b", "b@gmail.example") };
        assert_eq!(
            classify(&BulkAction::Deactivate, &external, &ctx()),
            Verdict::Change { steps: vec![Step::Suspend { directory: "dir".into() }] }
        );
        let done = Live { account_active: false, ..managed.clone() };
        assert_eq!(classify(&BulkAction::Deactivate, &done, &ctx()), Verdict::Skip { skip: Skip::AlreadyDone });
        let both = Live { account_active: false, suspended: true, ..managed };
        assert_eq!(
            classify(&BulkAction::Reactivate, &both, &ctx()),
            Verdict::Change { steps: vec![Step::EnableAccount, Step::Restore { directory: "dir".into() }] }
        );
        let foreign = Live { account_active: false, managed: false, ..user("c", "c@x.example") };
        assert_eq!(classify(&BulkAction::Reactivate, &foreign, &ctx()), Verdict::Skip { skip: Skip::NoWay });
    }

    #[test]
    fn protected_admins_and_the_actor_are_never_touched() {
        let c = ctx();
        let cases = [
            (user("me", "other@acme.example"), Skip::ActingAdmin),
            (user("x", " ME@acme.example"), Skip::ActingAdmin),
            (Live { org_admin: true, ..user("y", "y@acme.example") }, Skip::OrgAdmin),
            (user("z", "CEO@Acme.example"), Skip::Protected),
            (user("w", "anyone@board.example"), Skip::Protected),
            (user("712020:abc-123", "free@acme.example"), Skip::Protected),
            (Live { email: None, ..user("v", "") }, Skip::LookupFailed),
        ];
        for (live, reason) in cases {
            for action in [
                BulkAction::Deactivate,
                BulkAction::RevokeAccess { products: vec!["jira-software".into()] },
                BulkAction::RemoveCustomer { desks: vec![] },
            ] {
                let live = Live { desks: Some(vec!["1".into()]), ..live.clone() };
                assert_eq!(classify(&action, &live, &c), Verdict::Skip { skip: reason }, "{action:?} {live:?}");
            }
        }
        // Giving something back is not a removal.
        let admin = Live { org_admin: true, suspended: true, ..user("y", "y@acme.example") };
        assert!(matches!(classify(&BulkAction::Reactivate, &admin, &c), Verdict::Change { .. }));
    }

    #[test]
    fn identity_provider_apps_and_customers() {
        let c = ctx();
        let scim = Live { scim: true, ..user("s", "s@acme.example") };
        assert_eq!(classify(&BulkAction::Deactivate, &scim, &c), Verdict::Skip { skip: Skip::IdentityProvider });
        let app = Live { account_type: Some(AccountType::App), ..user("p", "p@acme.example") };
        assert_eq!(classify(&BulkAction::Deactivate, &app, &c), Verdict::Skip { skip: Skip::NotApplicable });
        let customer =
            Live { account_type: Some(AccountType::Customer), in_directory: false, ..user("k", "k@shop.example") };
        assert_eq!(classify(&BulkAction::Deactivate, &customer, &c), Verdict::Skip { skip: Skip::NotApplicable });
        let gone = Live { in_directory: false, ..user("g", "g@acme.example") };
        assert_eq!(classify(&BulkAction::Deactivate, &gone, &c), Verdict::Skip { skip: Skip::NotFound });
    }

    #[test]
    fn revoking_leaves_every_granting_group_or_revokes_direct_roles() {
        let c = ctx();
        let roles = BTreeMap::from([("ari:jira".to_owned(), vec!["atlassian/user".to_owned()])]);
        let grouped = Live {
            groups: vec!["g-jira".into(), "g-both".into()],
            roles: Some(roles.clone()),
            ..user("a", "a@acme.example")
        };
        let Verdict::Change { steps } =
            classify(&BulkAction::RevokeAccess { products: vec!["jira-software".into()] }, &grouped, &c)
        else {
            panic!("expected a change")
        };
        let groups: Vec<&str> = steps
            .iter()
            .filter_map(|s| if let Step::LeaveGroup { group, .. } = s { Some(group.as_str()) } else { None })
            .collect();
        assert_eq!(groups, ["g-jira", "g-both"]);
        let direct = Live { roles: Some(roles), ..user("b", "b@acme.example") };
        assert_eq!(
            classify(&BulkAction::RevokeAccess { products: vec!["jira-software".into()] }, &direct, &c),
            Verdict::Change {
                steps: vec![Step::RevokeRole {
                    product: "jira-software".into(),
                    resource: "ari:jira".into(),
                    role: "atlassian/user".into()
                }]
            }
        );
        let without = Live { roles: Some(BTreeMap::new()), ..user("c", "c@acme.example") };
        assert_eq!(
            classify(&BulkAction::RevokeAccess { products: vec!["jira-software".into()] }, &without, &c),
            Verdict::Skip { skip: Skip::AlreadyDone }
        );
    }

    #[test]
    fn assigning_joins_the_narrowest_group_and_nothing_more() {
        let c = ctx();
        let live = Live { roles: Some(BTreeMap::new()), ..user("a", "a@acme.example") };
        let Verdict::Change { steps } = classify(
            &BulkAction::AssignAccess { products: vec!["jira-software".into(), "confluence".into()] },
            &live,
            &c,
        ) else {
            panic!("expected a change")
        };
        let names: Vec<&str> = steps.iter().filter_map(Step::object).collect();
        assert_eq!(names, ["jira-software-users", "confluence-users"]);
        let deactivated = Live { account_active: false, ..live };
        assert_eq!(
            classify(&BulkAction::AssignAccess { products: vec!["confluence".into()] }, &deactivated, &c),
            Verdict::Skip { skip: Skip::NotApplicable }
        );
    }

    #[test]
    fn directory_writes_need_the_real_directory() {
        let c = ctx();
        let external = Live { managed: false, directory: None, ..user("b", "b@gmail.example") };
        assert_eq!(classify(&BulkAction::Deactivate, &external, &c), Verdict::Skip { skip: Skip::LookupFailed });
        // The lifecycle API names no directory.
        let managed = Live { directory: None, ..user("a", "a@acme.example") };
        assert_eq!(
            classify(&BulkAction::Deactivate, &managed, &c),
            Verdict::Change { steps: vec![Step::DisableAccount] }
        );
    }

    #[test]
    fn direct_roles_only_where_the_org_offers_them() {
        let unavailable = Context { direct_roles_unavailable: true, ..ctx() };
        let roles = BTreeMap::from([("ari:jira".to_owned(), vec!["atlassian/user".to_owned()])]);
        let direct = Live { roles: Some(roles.clone()), ..user("b", "b@acme.example") };
        let revoke = BulkAction::RevokeAccess { products: vec!["jira-software".into()] };
        assert_eq!(classify(&revoke, &direct, &unavailable), Verdict::Skip { skip: Skip::DirectRoleUnavailable });
        // Through a group it still works.
        let grouped = Live { groups: vec!["g-jira".into()], ..direct.clone() };
        assert!(matches!(classify(&revoke, &grouped, &unavailable), Verdict::Change { .. }));
        // No group grants the product: only a direct role could.
        let no_group = Context { groups: HashMap::new(), ..unavailable.clone() };
        let without = Live { roles: Some(BTreeMap::new()), ..user("c", "c@acme.example") };
        let assign = BulkAction::AssignAccess { products: vec!["confluence".into()] };
        assert_eq!(classify(&assign, &without, &no_group), Verdict::Skip { skip: Skip::DirectRoleUnavailable });
        let available = Context { direct_roles_unavailable: false, ..no_group };
        assert!(
            matches!(classify(&assign, &without, &available), Verdict::Change { steps } if matches!(steps[0], Step::AssignRole { .. }))
        );
        let step = Step::AssignRole {
            product: "jira-software".into(),
            resource: "ari:jira".into(),
            role: "atlassian/user".into(),
        };
        assert_eq!(
            undo_steps(std::slice::from_ref(&step), &without, &unavailable),
            Verdict::Skip { skip: Skip::DirectRoleUnavailable }
        );
    }

    #[test]
    fn customers_leave_the_named_desks_they_are_in() {
        let c = ctx();
        let live = Live {
            account_type: Some(AccountType::Customer),
            in_directory: false,
            desks: Some(vec!["1".into(), "2".into()]),
            ..user("k", "k@shop.example")
        };
        assert_eq!(
            classify(&BulkAction::RemoveCustomer { desks: vec!["2".into(), "3".into()] }, &live, &c),
            Verdict::Change { steps: vec![Step::RemoveCustomer { desk: "2".into(), desk_name: "HR".into() }] }
        );
        assert!(
            matches!(classify(&BulkAction::RemoveCustomer { desks: vec![] }, &live, &c), Verdict::Change { steps } if steps.len() == 2)
        );
        let unread = Live { desks: None, ..live };
        assert_eq!(
            classify(&BulkAction::RemoveCustomer { desks: vec![] }, &unread, &c),
            Verdict::Skip { skip: Skip::LookupFailed }
        );
    }

    #[test]
    fn undo_skips_what_is_already_back_and_guards_removals() {
        let c = ctx();
        let live = Live { account_active: false, ..user("a", "a@acme.example") };
        assert_eq!(undo_steps(&[Step::EnableAccount], &live, &c), Verdict::Change { steps: vec![Step::EnableAccount] });
        let back = Live { account_active: true, ..live };
        assert_eq!(undo_steps(&[Step::EnableAccount], &back, &c), Verdict::Skip { skip: Skip::AlreadyDone });
        let protected = user("z", "ceo@acme.example");
        assert_eq!(undo_steps(&[Step::DisableAccount], &protected, &c), Verdict::Skip { skip: Skip::Protected });
    }
}
