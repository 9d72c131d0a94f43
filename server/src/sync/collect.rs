//! The collectors: the admin API's, then one per site API family, run concurrently (each within
//! the upstream client's limits), each streaming its pages into the store as they arrive. The org
//! directory is read once with `users/search` expanded with groups, product access and roles, so
//! per-user details never cost a request per user; group principals of projects and spaces are
//! expanded from that same directory, and only principals the directory does not know are looked
//! up afterwards.
//!
//! Real sites differ, so each site family degrades on its own: a product the site lacks is "not
//! on this site", a project, space, desk or organization the site account may not read is skipped
//! and counted (with the permission that would fix it), and any other failure ends only that
//! family's read (the sync keeps its earlier data). Only the admin API's failures fail the sync.

use std::{
    collections::{HashMap, HashSet},
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
};

use app::families::{Family, Part, Permission, SkipReason, Skips};
use futures_util::{TryStreamExt, stream};
use serde::de::DeserializeOwned;
use tokio::sync::mpsc;

use super::{SyncError, read};
use crate::{
    snapshot::facts::{AccountFacts, Batch, CatalogItem, Grant, Source},
    upstream::{
        Pages, Upstream, UpstreamError,
        api::{
            SiteUser,
            admin::{Directories, Expand, GroupSearch, UserSearch},
        },
    },
};

/// Projects, spaces, desks or organizations read at once within one family.
const FAN_OUT: usize = 4;
/// Accounts per Confluence `users-bulk` lookup.
const BULK_LOOKUP: usize = 250;

/// Where collectors send what they read.
pub(super) struct Out {
    pub tx: mpsc::Sender<Batch>,
    /// Account records sent so far (for progress).
    pub accounts: Arc<AtomicU64>,
}

impl Out {
    pub async fn send(&self, batch: Batch) -> Result<(), SyncError> {
        if batch.is_empty() {
            return Ok(());
        }
        if let Batch::Accounts(_, rows) = &batch {
            self.accounts.fetch_add(rows.len() as u64, Ordering::Relaxed);
        }
        self.tx.send(batch).await.map_err(|_| SyncError::WriterStopped)
    }
}

/// Accounts and groups already known, shared by the collectors.
#[derive(Default)]
pub(super) struct Seen {
    accounts: Mutex<HashSet<String>>,
    /// Groups referenced by projects and spaces: id → (name, the family that named it).
    groups: Mutex<HashMap<String, (Option<String>, Family)>>,
    users: Mutex<HashSet<String>>,
}

impl Seen {
    /// Records accounts as known; returns those seen for the first time.
    fn first_time(&self, ids: impl IntoIterator<Item = String>) -> Vec<String> {
        let mut accounts = self.accounts.lock().unwrap_or_else(PoisonError::into_inner);
        ids.into_iter().filter(|id| accounts.insert(id.clone())).collect()
    }

    fn reference(&self, principal: &str, group_name: Option<String>, family: Family) {
        if let Some(id) = principal.strip_prefix("group:") {
            let mut groups = self.groups.lock().unwrap_or_else(PoisonError::into_inner);
            groups.entry(id.to_owned()).or_insert((group_name, family));
        } else if let Some(id) = principal.strip_prefix("user:") {
            self.users.lock().unwrap_or_else(PoisonError::into_inner).insert(id.to_owned());
        }
    }
}

/// What the admin API told the rest of the sync.
pub(super) struct Directory {
    /// Products by workspace ARI.
    pub products: Vec<(String, CatalogItem)>,
    pub groups: HashSet<String>,
}

/// How a site family's read ended short of success.
#[derive(Debug)]
pub(super) enum Halt {
    /// Atlassian answered 404 where the product lives.
    NotOnSite,
    /// No site address or account is configured.
    NotConfigured,
    /// The family could not be read (Atlassian unavailable, a timeout, refused credentials), or
    /// the store stopped (which ends the whole sync).
    Failed(SyncError),
}

impl From<SyncError> for Halt {
    fn from(error: SyncError) -> Halt {
        match error {
            SyncError::Upstream(UpstreamError::SiteNotConfigured) => Halt::NotConfigured,
            other => Halt::Failed(other),
        }
    }
}

impl From<UpstreamError> for Halt {
    fn from(error: UpstreamError) -> Halt {
        Halt::from(SyncError::from(error))
    }
}

/// A family's first listing: a 404 there means the site does not have the product. (Every
/// other read inside a family handles its own 404, so one that reaches here came from the
/// listing.)
fn listing<T>(result: Result<T, SyncError>) -> Result<T, Halt> {
    match result {
        Err(SyncError::Upstream(UpstreamError::NotFound)) => Err(Halt::NotOnSite),
        other => other.map_err(Halt::from),
    }
}

/// The skipped parts of one family, shared by its concurrent reads.
#[derive(Default)]
pub(super) struct SkipLog(Mutex<Skips>);

impl SkipLog {
    fn add(&self, part: Part, reason: SkipReason, name: &str) {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).add(part, reason, name);
    }

    pub fn into_inner(self) -> Skips {
        self.0.into_inner().unwrap_or_else(PoisonError::into_inner)
    }

    /// Reads one part (a project's roles, a space's members, ...): `None` when the site account
    /// may not read it (then it is counted, with the permission that would fix it) or it vanished
    /// since it was listed (404).
    async fn part<T>(
        &self,
        part: Part,
        permission: Permission,
        name: &str,
        read: impl Future<Output = Result<T, SyncError>>,
    ) -> Result<Option<T>, SyncError> {
        match read.await {
            Ok(value) => Ok(Some(value)),
            Err(SyncError::Upstream(UpstreamError::NotAuthorized { .. })) => {
                self.add(part, SkipReason::Permission(permission), name);
                Ok(None)
            }
            Err(SyncError::Upstream(UpstreamError::NotFound)) => Ok(None),
            Err(error) => Err(error),
        }
    }
}

/// Walks every page of `pages`, handing each to `each`.
async fn each_page<T, F, Fut>(mut pages: Pages<T>, mut each: F) -> Result<(), SyncError>
where
    T: DeserializeOwned,
    F: FnMut(Vec<T>) -> Fut,
    Fut: Future<Output = Result<(), SyncError>>,
{
    while let Some(items) = pages.next().await? {
        each(items).await?;
    }
    Ok(())
}

/// The products (workspaces): read first, since group grants and the site families refer to them.
pub(super) async fn products(up: &Upstream) -> Result<Vec<(String, CatalogItem)>, SyncError> {
    Ok(up.workspaces().collect().await?.iter().filter_map(read::workspace).collect())
}

/// Org users (with groups, product access and roles) and groups (with the products they grant).
pub(super) async fn admin(
    up: &Upstream,
    out: &Out,
    seen: &Seen,
    products: Vec<(String, CatalogItem)>,
) -> Result<Directory, SyncError> {
    let group_ids = Mutex::new(HashSet::new());
    let groups = async {
        // One search per product finds the groups that grant it, instead of a call per group.
        let mut grants: HashMap<String, Vec<String>> = HashMap::new();
        for (ari, product) in &products {
            let CatalogItem::Product { key, .. } = product else { continue };
            let granting = GroupSearch { resource_ids: Some(&[ari.as_str()]) };
            for group in up.search_groups(&granting).collect().await? {
                if let Some(id) = group.id {
                    grants.entry(id).or_default().push(key.clone());
                }
            }
        }
        let grants = &grants;
        each_page(up.search_groups(&GroupSearch::default()), |items| {
            let group_ids = &group_ids;
            async move {
                let catalog: Vec<CatalogItem> = items
                    .into_iter()
                    .filter_map(|group| {
                        let (id, name) = (group.id?, group.name?);
                        let mut granted = grants.get(&id).cloned().unwrap_or_default();
                        granted.sort();
                        granted.dedup();
                        group_ids.lock().unwrap_or_else(PoisonError::into_inner).insert(id.clone());
                        Some(CatalogItem::Group { id, name, grants: granted })
                    })
                    .collect();
                out.send(Batch::Catalog(catalog)).await
            }
        })
        .await
    };
    let everyone = UserSearch::everyone(Expand::FULL);
    let users = each_page(up.search_users(Directories::All, &everyone), |items| async move {
        let rows: Vec<(String, AccountFacts)> = items.iter().filter_map(read::org_user).collect();
        seen.first_time(rows.iter().map(|(id, _)| id.clone()));
        out.send(Batch::Accounts(Source::Org, rows)).await
    });
    tokio::try_join!(groups, users)?;
    Ok(Directory { products, groups: group_ids.into_inner().unwrap_or_else(PoisonError::into_inner) })
}

/// Seats per Jira product: (key, bought, used).
pub(super) type Seats = Vec<(String, Option<u64>, Option<u64>)>;

/// Jira: every project's role members (user and group actors), and seats per application role.
pub(super) async fn jira(up: &Upstream, out: &Out, seen: &Seen, skips: &SkipLog) -> Result<Seats, Halt> {
    let projects = up.jira_projects()?;
    let walk = each_page(projects, |items| async move {
        let catalog: Vec<CatalogItem> = items
            .into_iter()
            .filter_map(|p| Some(CatalogItem::Project { id: p.id?, key: p.key?, name: p.name? }))
            .collect();
        let labelled: Vec<(String, String)> = catalog.iter().map(|c| (c.id().to_owned(), label(c))).collect();
        out.send(Batch::Catalog(catalog)).await?;
        stream::iter(labelled.into_iter().map(Ok))
            .try_for_each_concurrent(FAN_OUT, |(project, name)| async move {
                let read = project_grants(up, seen, &project);
                match skips.part(Part::Project, Permission::AdministerProjects, &name, read).await? {
                    Some(grants) => out.send(Batch::Grants(grants)).await,
                    None => Ok(()),
                }
            })
            .await
    });
    listing(walk.await)?;
    match up.jira_application_roles().await {
        Ok(roles) => Ok(roles.iter().filter_map(read::application_role_seats).collect()),
        // Seats need "Administer Jira"; without it the workspaces' numbers stand.
        Err(UpstreamError::NotAuthorized { .. }) => {
            skips.add(Part::Seats, SkipReason::Permission(Permission::AdministerJira), "Jira");
            Ok(Vec::new())
        }
        Err(UpstreamError::NotFound) => Ok(Vec::new()),
        Err(error) => Err(error.into()),
    }
}

/// A catalog item as an admin finds it: `KEY · Name`.
fn label(item: &CatalogItem) -> String {
    match item {
        CatalogItem::Project { key, name, .. } | CatalogItem::Space { key, name, .. } => format!("{key} · {name}"),
        CatalogItem::Desk { project_key, name, .. } => format!("{project_key} · {name}"),
        CatalogItem::JsmOrg { name, .. } | CatalogItem::Group { name, .. } | CatalogItem::Product { name, .. } => {
            name.clone()
        }
    }
}

/// Every role of one project with its user and group actors, inactive users included.
async fn project_grants(up: &Upstream, seen: &Seen, project: &str) -> Result<Vec<Grant>, SyncError> {
    let roles = up.jira_project_roles(project).await?;
    let mut grants = Vec::new();
    for url in roles.urls() {
        let Some(role_id) = read::role_id(url) else { continue };
        let role = up.jira_project_role(project, role_id).await?;
        let name = role.name.unwrap_or_else(|| role_id.to_owned());
        for actor in &role.actors {
            if let Some((principal, group_name)) = read::role_actor(actor) {
                seen.reference(&principal, group_name, Family::Jira);
                grants.push(Grant::new(principal, format!("project:{project}"), name.clone()));
            }
        }
    }
    Ok(grants)
}

/// JSM: service desks and their customers, and every JSM organization with its members.
pub(super) async fn jsm(up: &Upstream, out: &Out, seen: &Seen, skips: &SkipLog) -> Result<(), Halt> {
    let desks = listing(up.service_desks()?.collect().await.map_err(SyncError::from))?;
    let catalog: Vec<CatalogItem> = desks
        .into_iter()
        .filter_map(|d| {
            Some(CatalogItem::Desk {
                id: d.id?,
                project_key: d.project_key.unwrap_or_default(),
                name: d.project_name.unwrap_or_default(),
            })
        })
        .collect();
    let labelled: Vec<(String, String)> = catalog.iter().map(|c| (c.id().to_owned(), label(c))).collect();
    out.send(Batch::Catalog(catalog)).await?;
    stream::iter(labelled.into_iter().map(Ok))
        .try_for_each_concurrent(FAN_OUT, |(desk, name)| async move {
            let target = format!("desk:{desk}");
            let read =
                each_page(up.desk_customers(&desk)?, |items| members(out, seen, items, &target, Source::Customer));
            match read.await {
                // Customer lists come only from an experimental API; a site may not offer it.
                Err(SyncError::Upstream(UpstreamError::NotFound)) => {
                    skips.add(Part::Desk, SkipReason::NotOffered, &name);
                    Ok(())
                }
                Err(SyncError::Upstream(UpstreamError::NotAuthorized { .. })) => {
                    skips.add(Part::Desk, SkipReason::Permission(Permission::DeskAgent), &name);
                    Ok(())
                }
                other => other,
            }
        })
        .await?;
    // Every organization, those no service desk uses included (one listing, not one per desk).
    let listed = async { up.jsm_organizations()?.collect().await.map_err(SyncError::from) };
    let listed = skips.part(Part::JsmOrg, Permission::DeskAgent, "", listed).await?.unwrap_or_default();
    let mut organizations: Vec<CatalogItem> = listed
        .into_iter()
        .filter_map(|o| Some(CatalogItem::JsmOrg { id: o.id?, name: o.name.unwrap_or_default() }))
        .collect();
    organizations.sort_by(|a, b| a.id().cmp(b.id()));
    organizations.dedup_by(|a, b| a.id() == b.id());
    let labelled: Vec<(String, String)> = organizations.iter().map(|c| (c.id().to_owned(), label(c))).collect();
    out.send(Batch::Catalog(organizations)).await?;
    stream::iter(labelled.into_iter().map(Ok))
        .try_for_each_concurrent(FAN_OUT, |(org, name)| async move {
            let target = format!("jsm_org:{org}");
            let read = each_page(up.jsm_organization_users(&org)?, |items| {
                members(out, seen, items, &target, Source::Customer)
            });
            skips.part(Part::JsmOrg, Permission::DeskAgent, &name, read).await.map(drop)
        })
        .await
        .map_err(Halt::from)
}

/// A page of members (of a desk, a JSM organization or a site-only group): the membership of
/// each, and the account itself, as `source` describes it, when no other listing has yet.
async fn members(out: &Out, seen: &Seen, items: Vec<SiteUser>, target: &str, source: Source) -> Result<(), SyncError> {
    let users: Vec<(String, AccountFacts)> = items.iter().filter_map(read::site_user).collect();
    let grants = users.iter().map(|(id, _)| Grant::new(format!("user:{id}"), target.to_owned(), "")).collect();
    let new: HashSet<String> = seen.first_time(users.iter().map(|(id, _)| id.clone())).into_iter().collect();
    let accounts = users.into_iter().filter(|(id, _)| new.contains(id)).collect();
    out.send(Batch::Accounts(source, accounts)).await?;
    out.send(Batch::Grants(grants)).await
}

/// Confluence: spaces and their members, from role assignments where the site offers that
/// (experimental) API, else from the stable space permissions.
pub(super) async fn confluence(up: &Upstream, out: &Out, seen: &Seen, skips: &SkipLog) -> Result<(), Halt> {
    let spaces = up.spaces()?;
    let role_names: Option<HashMap<String, String>> = match up.space_roles()?.collect().await {
        Ok(roles) => Some(roles.into_iter().filter_map(|r| Some((r.id?, r.name?))).collect()),
        Err(UpstreamError::NotFound | UpstreamError::NotAuthorized { .. }) => None,
        Err(error) => return Err(error.into()),
    };
    let role_names = &role_names;
    let walk = each_page(spaces, |items| async move {
        let catalog: Vec<CatalogItem> = items
            .into_iter()
            .filter_map(|s| {
                Some(CatalogItem::Space { id: s.id?, key: s.key.unwrap_or_default(), name: s.name.unwrap_or_default() })
            })
            .collect();
        let labelled: Vec<(String, String)> = catalog.iter().map(|c| (c.id().to_owned(), label(c))).collect();
        out.send(Batch::Catalog(catalog)).await?;
        stream::iter(labelled.into_iter().map(Ok))
            .try_for_each_concurrent(FAN_OUT, |(space, name)| async move {
                let read = async {
                    let by_role = match role_names {
                        Some(names) => space_role_grants(up, seen, &space, names).await,
                        None => Err(SyncError::Upstream(UpstreamError::NotFound)),
                    };
                    match by_role {
                        Err(SyncError::Upstream(UpstreamError::NotFound)) => {
                            space_permission_grants(up, seen, &space).await
                        }
                        other => other,
                    }
                };
                match skips.part(Part::Space, Permission::ViewSpace, &name, read).await? {
                    Some(grants) => out.send(Batch::Grants(grants)).await,
                    None => Ok(()),
                }
            })
            .await
    });
    listing(walk.await)
}

/// A space's members by role (the experimental role-assignments API).
async fn space_role_grants(
    up: &Upstream,
    seen: &Seen,
    space: &str,
    role_names: &HashMap<String, String>,
) -> Result<Vec<Grant>, SyncError> {
    let target = format!("space:{space}");
    let assignments = up.space_role_assignments(space)?.collect().await?;
    Ok(assignments
        .iter()
        .filter_map(|a| {
            let principal = read::space_principal(a)?;
            let role_id = a.role_id.clone()?;
            let role = role_names.get(&role_id).cloned().unwrap_or(role_id);
            seen.reference(&principal, None, Family::Confluence);
            Some(Grant::new(principal, target.clone(), role))
        })
        .collect())
}

/// A space's members from its permissions (the stable API): one grant per user or group, named
/// by the most the principal may do there.
async fn space_permission_grants(up: &Upstream, seen: &Seen, space: &str) -> Result<Vec<Grant>, SyncError> {
    let target = format!("space:{space}");
    let permissions = up.space_permissions(space)?.collect().await?;
    let mut by_principal: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for permission in &permissions {
        if let Some((principal, operation)) = read::space_permission(permission) {
            by_principal.entry(principal).or_default().push(operation);
        }
    }
    let mut grants: Vec<Grant> = by_principal
        .into_iter()
        .map(|(principal, operations)| {
            seen.reference(&principal, None, Family::Confluence);
            Grant::new(principal, target.clone(), read::permission_role(&operations))
        })
        .collect();
    grants.sort();
    Ok(grants)
}

/// Looks up the members of groups only the site knows (not the org directory) that `family`
/// named; a group the site account may not read is skipped and counted.
pub(super) async fn site_groups(
    up: &Upstream,
    out: &Out,
    seen: &Seen,
    directory: &Directory,
    family: Family,
    skips: &SkipLog,
) -> Result<(), Halt> {
    let groups: Vec<(String, Option<String>)> = seen
        .groups
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .iter()
        .filter(|(id, (_, named_by))| *named_by == family && !directory.groups.contains(*id))
        .map(|(id, (name, _))| (id.clone(), name.clone()))
        .collect();
    for (id, name) in groups {
        let name = name.unwrap_or_else(|| id.clone());
        let pages = match family {
            Family::Confluence => up.confluence_group_members(&id)?,
            Family::Jira | Family::Jsm => up.jira_group_members(&id)?,
        };
        let read = async { pages.collect().await.map_err(SyncError::from) };
        let Some(found) = skips.part(Part::Group, Permission::BrowseUsers, &name, read).await? else { continue };
        members(out, seen, found, &format!("group:{id}"), Source::Site).await?;
        out.send(Batch::Catalog(vec![CatalogItem::Group { name, id, grants: Vec::new() }])).await?;
    }
    Ok(())
}

/// Looks up accounts that projects and spaces named but no listing returned (apps, former
/// users). Never fails the sync: an account Atlassian does not describe (deleted, hidden from
/// this token, or no Confluence to ask) is still recorded, by id, so every role that names it
/// shows.
pub(super) async fn unknown_accounts(up: &Upstream, out: &Out, seen: &Seen) -> Result<(), SyncError> {
    let named: Vec<String> = seen.users.lock().unwrap_or_else(PoisonError::into_inner).iter().cloned().collect();
    let unknown = seen.first_time(named);
    for chunk in unknown.chunks(BULK_LOOKUP) {
        let found: Vec<(String, AccountFacts)> = match up.confluence_users(chunk).await {
            Ok(found) => found.iter().filter_map(read::site_user).collect(),
            Err(error) => {
                tracing::info!(%error, accounts = chunk.len(), "accounts named by roles could not be looked up");
                Vec::new()
            }
        };
        let missing: Vec<(String, AccountFacts)> = chunk
            .iter()
            .filter(|id| !found.iter().any(|(f, _)| f == *id))
            .map(|id| (id.clone(), AccountFacts::default()))
            .collect();
        out.send(Batch::Accounts(Source::Site, found)).await?;
        out.send(Batch::Accounts(Source::Site, missing)).await?;
    }
    Ok(())
}

/// The final product list: workspaces, with Jira's application-role seats where the workspace
/// gives no capacity.
pub(super) fn products_with_seats(
    directory: &Directory,
    seats: &[(String, Option<u64>, Option<u64>)],
) -> Vec<CatalogItem> {
    directory
        .products
        .iter()
        .map(|(_, product)| {
            let mut product = product.clone();
            if let CatalogItem::Product { key, seats_used, capacity, .. } = &mut product
                && let Some((_, bought, used)) = seats.iter().find(|(k, _, _)| k == key)
            {
                if capacity.is_none() {
                    *capacity = *bought;
                }
                if seats_used.is_none() {
                    *seats_used = *used;
                }
            }
            product
        })
        .collect()
}
