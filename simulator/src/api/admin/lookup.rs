//! Finding what a request names: the org, a directory, a user or a group in it. Each lookup
//! answers the admin API's own 404 when the thing is not there.

use super::answer::{not_found, org_not_found};
use crate::model::{AccountIx, World};

use axum::response::Response;

/// Checks the org id, and the directory id unless it is `-` (every directory the key manages).
pub fn scope(world: &World, org_id: &str, directory: Option<&str>) -> Result<Option<usize>, Response> {
    if org_id != world.org_id {
        return Err(org_not_found());
    }
    match directory {
        None | Some("-") => Ok(None),
        Some(id) => world.directories.iter().position(|d| d.id == id).map(Some).ok_or_else(|| not_found("Directory")),
    }
}

/// Writes name the directory they change: `-` ("every directory") is not one, and Atlassian
/// answers it as an unknown directory. The real id comes from `GET .../directories?accountId=`.
pub fn named_directory(directory: &str) -> Result<(), Response> {
    if directory == "-" { Err(not_found("Directory")) } else { Ok(()) }
}

/// An account in one of the org's directories (not a customer or an app outside them).
pub fn org_user(world: &World, account_id: &str) -> Result<AccountIx, Response> {
    world.account(account_id).filter(|&ix| world.acc(ix).directory.is_some()).ok_or_else(|| not_found("User"))
}

/// A user of the directory in the path (any directory for `-`).
pub fn directory_user(world: &World, org_id: &str, directory: &str, account_id: &str) -> Result<AccountIx, Response> {
    let dir = scope(world, org_id, Some(directory))?;
    world
        .account(account_id)
        .filter(|&ix| world.acc(ix).directory.is_some_and(|d| dir.is_none_or(|x| x == d)))
        .ok_or_else(|| not_found("User"))
}

/// A group of the directory in the path (any directory for `-`).
pub fn directory_group(world: &World, org_id: &str, directory: &str, group_id: &str) -> Result<usize, Response> {
    let dir = scope(world, org_id, Some(directory))?;
    world
        .group_by_id(group_id)
        .filter(|&g| dir.is_none_or(|d| world.groups[g].directory == d))
        .ok_or_else(|| not_found("Group"))
}
