//! How the v2 admin API writes a user (`UserOut`), with the parts a request may `expand`.
//! Typed and borrowed rather than built as a `Value`: listing pages are the simulator's hot path
//! (a 100,000-user sync reads a thousand of them).

use serde::Serialize;
use serde_json::Value;

use super::user_query::UserQuery;
use crate::{
    api::avatar,
    model::{AccountIx, ORG_ADMIN_ROLE, World},
    respond::iso,
};

#[derive(Serialize)]
pub struct UserPage<'a> {
    pub data: Vec<UserOut<'a>>,
    pub links: Value,
}

/// One user as the v2 admin API writes it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserOut<'a> {
    account_id: &'a str,
    account_type: &'static str,
    status: &'static str,
    account_status: &'static str,
    membership_status: &'static str,
    added_to_org: String,
    name: &'a str,
    nickname: &'a str,
    email: &'a str,
    email_verified: bool,
    claim_status: &'static str,
    picture: String,
    avatar: String,
    management_source: Option<&'static str>,
    mfa_enabled: bool,
    job_title: &'a str,
    department: &'a str,
    organization: &'a str,
    location: Option<&'a str>,
    time_zone: &'a str,
    deactivated_on: Option<String>,
    for_deletion: bool,
    links: SelfLink,
    #[serde(skip_serializing_if = "Option::is_none")]
    platform_roles: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    counts: Option<UserCounts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    product_access: Option<Vec<ProductAccessOut<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    groups: Option<Vec<GroupRef<'a>>>,
}

#[derive(Serialize)]
struct SelfLink {
    #[serde(rename = "self")]
    href: String,
}

#[derive(Serialize)]
struct UserCounts {
    resources: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ProductAccessOut<'a> {
    key: &'static str,
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_active_timestamp: Option<String>,
}

#[derive(Serialize)]
struct GroupRef<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
}

#[derive(Clone, Copy, Default)]
pub struct Expand {
    pub platform_roles: bool,
    pub counts: bool,
    pub product_access: bool,
    pub groups: bool,
}

impl Expand {
    pub fn of(query: &UserQuery) -> Expand {
        Expand {
            platform_roles: query.expands("platformRoles"),
            counts: query.expands("counts.resources"),
            product_access: query.expands("productAccess"),
            groups: query.expands("groups"),
        }
    }
}

pub fn user_out<'a>(world: &'a World, ix: AccountIx, base: &str, expand: Expand) -> UserOut<'a> {
    let a = world.acc(ix);
    let directory = a.directory.map_or("-", |d| world.directories[d].id.as_str());
    UserOut {
        account_id: &a.id,
        account_type: a.kind.into(),
        status: a.admin_status(),
        account_status: a.status.into(),
        membership_status: a.membership.into(),
        added_to_org: iso(a.added_to_org),
        name: &a.name,
        nickname: &a.nickname,
        email: &a.email,
        email_verified: !a.invitation_pending,
        claim_status: if a.managed { "managed" } else { "unmanaged" },
        picture: avatar(&a.id),
        avatar: avatar(&a.id),
        management_source: match (a.managed, a.synced) {
            (true, true) => Some("synced"),
            (true, false) => Some("invited"),
            _ => None,
        },
        mfa_enabled: a.mfa,
        job_title: &a.job_title,
        department: &a.department,
        organization: &world.org_name,
        location: None,
        time_zone: &a.time_zone,
        deactivated_on: a.deactivated_on.map(iso),
        for_deletion: false,
        links: SelfLink {
            href: format!("{base}/admin/v2/orgs/{}/directories/{directory}/users/{}", world.org_id, a.id),
        },
        platform_roles: expand.platform_roles.then(|| if a.org_admin { vec![ORG_ADMIN_ROLE] } else { Vec::new() }),
        counts: expand.counts.then(|| UserCounts { resources: world.roles_of(ix).len() }),
        // Every product the user holds a role in or has used, with the last activity there.
        product_access: expand.product_access.then(|| {
            (0..world.products.len())
                .filter(|&p| world.holds_role(ix, p) || a.last_active(p).is_some())
                .map(|p| ProductAccessOut {
                    key: world.products[p].type_key,
                    id: &world.products[p].ari,
                    last_active_timestamp: a.last_active(p).map(iso),
                })
                .collect()
        }),
        groups: expand.groups.then(|| {
            world
                .groups_of(ix)
                .map(|g| GroupRef {
                    id: &world.groups[g].id,
                    name: &world.groups[g].name,
                    description: &world.groups[g].description,
                })
                .collect()
        }),
    }
}
