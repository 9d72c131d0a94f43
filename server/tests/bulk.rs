//! Bulk actions over real HTTP against a simulated organisation: the pre-flight, jobs, undo, the
//! audit trail of every call, and the guarantees: protected accounts are never touched, a user
//! Atlassian cannot read is refused, an intent before and a result after every call, no call when
//! the intent cannot be written, no blind retry of a mutation, a panic never stops the job worker,
//! and jobs run only for admins who still are; the
//! simulator's log of applied writes is the judge of "exactly once".

mod common;
#[path = "common/org.rs"]
mod org;

use std::{collections::HashMap, time::Duration};

use atlassian_sim::{
    FaultRates, Sizes,
    model::{AccountStatus, Membership},
};
use org::{Org, candidates, ids, org, org_with, verdict_of};
use serde_json::{Value, json};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deactivate_then_undo_changes_exactly_the_planned_users_once_with_a_full_audit_trail() {
    let org = org(Sizes { users: 80, customers: 10, projects: 2, spaces: 2 }, |_| {}).await;
    let (managed, external) = candidates(&org.sim);
    let (admin, protected) = {
        let world = org.sim.world();
        let admin = world.accounts.iter().find(|a| a.org_admin && a.directory.is_some()).expect("an org admin");
        let protected = world.acc(world.account(&managed[1]).expect("ix"));
        (admin.id.clone(), (protected.id.clone(), protected.email.clone()))
    };
    // Protected by e-mail, written in another case and with spaces.
    let store = org.server.store().await;
    let entry = format!("  {}  ", protected.1.to_uppercase());
    store
        .set_setting("protected.accounts", &json!([entry.trim().to_lowercase()]).to_string(), None)
        .await
        .expect("set");

    let targets = vec![managed[0].clone(), external[0].clone(), admin.clone(), protected.0.clone()];
    let plan = org.preflight(json!({ "kind": "deactivate" }), &targets).await;
    assert_eq!(verdict_of(&plan, &managed[0]), &json!({ "verdict": "change", "steps": [{ "op": "disable_account" }] }));
    assert_eq!(verdict_of(&plan, &external[0])["steps"][0]["op"], "suspend", "the org does not manage it: suspend");
    assert_eq!(verdict_of(&plan, &admin), &json!({ "verdict": "skip", "skip": "org_admin" }));
    assert_eq!(verdict_of(&plan, &protected.0), &json!({ "verdict": "skip", "skip": "protected" }));
    assert!(org.sim.changes().is_empty(), "a pre-flight changes nothing");

    let job = org.start(&plan, None).await;
    let page = org.finished(&job).await;
    assert_eq!(page["summary"]["state"], "finished");
    assert_eq!(page["summary"]["counts"]["done"], 2);
    assert_eq!(page["summary"]["counts"]["skipped"], 2);
    {
        let world = org.sim.world();
        assert_eq!(world.acc(world.account(&managed[0]).expect("ix")).status, AccountStatus::Inactive);
        assert_eq!(world.acc(world.account(&external[0]).expect("ix")).membership, Membership::Suspended);
        assert_eq!(world.acc(world.account(&admin).expect("ix")).status, AccountStatus::Active);
        assert_eq!(world.acc(world.account(&protected.0).expect("ix")).status, AccountStatus::Active);
    }
    assert_eq!(org.writes_to(&managed[0]).len(), 1, "{:?}", org.writes_to(&managed[0]));
    assert!(org.writes_to(&managed[0])[0].ends_with("/manage/lifecycle/disable"));
    assert_eq!(org.writes_to(&external[0]).len(), 1);
    assert!(org.writes_to(&admin).is_empty() && org.writes_to(&protected.0).is_empty());

    // An intent before and a result after the call, every field filled in.
    let audit = org.server.audit().await;
    let trail: Vec<_> = audit.iter().filter(|r| r.entry.target.as_deref() == Some(managed[0].as_str())).collect();
    assert_eq!(trail.iter().map(|r| r.entry.outcome.as_str()).collect::<Vec<_>>(), ["intent", "ok"]);
    let result = &trail[1].entry;
    assert_eq!(result.action, "bulk_deactivate");
    assert_eq!(result.actor, format!("local:{}", common::ADMIN_LOGIN));
    assert_eq!(result.actor_name.as_deref(), Some("Test Admin"));
    assert_eq!(result.auth_via.as_deref(), Some("local"));
    assert!(result.target_name.is_some() && result.target_email.is_some());
    assert_eq!(result.atlassian_status, Some(204));
    let request_id = result.request_id.clone().expect("Atlassian's request id");
    assert!(org.sim.changes().iter().any(|c| c.request_id == request_id), "the id Atlassian gave that call");
    assert_eq!(result.job_id.as_deref(), Some(job.as_str()));
    assert!(trail[0].seq < trail[1].seq);
    let refused = audit.iter().find(|r| r.entry.target.as_deref() == Some(protected.0.as_str())).expect("recorded");
    assert_eq!(refused.entry.outcome, "refused");

    // The snapshot shows the new state at once.
    let (_, details) = org.server.call("user", json!({ "account_id": managed[0] })).await;
    assert_eq!(details["row"]["status"], "deactivated", "{details}");

    // Undo puts back exactly what changed, as a job of its own.
    let (status, undo) = org.server.call("bulk/undo-preflight", json!({ "job_id": job })).await;
    assert_eq!(status, 200, "{undo}");
    assert_eq!(undo["undo_of"], job.as_str());
    assert_eq!(ids(&undo, "change").len(), 2);
    let undo_job = org.start(&undo, None).await;
    let undone = org.finished(&undo_job).await;
    assert_eq!(undone["summary"]["counts"]["done"], 2, "{undone}");
    assert_eq!(undone["summary"]["undo_of"], job.as_str());
    {
        let world = org.sim.world();
        assert_eq!(world.acc(world.account(&managed[0]).expect("ix")).status, AccountStatus::Active);
        assert_eq!(world.acc(world.account(&external[0]).expect("ix")).membership, Membership::Active);
    }
    let (_, first) = org.server.call("jobs/get", json!({ "job_id": job, "state": null, "page": 0 })).await;
    assert_eq!(first["summary"]["undone_by"], undo_job.as_str());
    let (status, _) = org.server.call("bulk/undo-preflight", json!({ "job_id": job })).await;
    assert_eq!(status, 400, "a job is undone once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn protection_is_judged_on_what_atlassian_reports_when_the_call_is_due() {
    let org = org(Sizes { users: 60, customers: 5, projects: 2, spaces: 2 }, |_| {}).await;
    let (managed, _) = candidates(&org.sim);
    let target = managed[0].clone();
    let plan = org.preflight(json!({ "kind": "deactivate" }), std::slice::from_ref(&target)).await;
    assert_eq!(ids(&plan, "change"), std::slice::from_ref(&target));
    // After the pre-flight, the account's address changes at Atlassian to a protected one: the
    // browser and the snapshot still know the old address.
    org.sim.change(|world| {
        let ix = world.account(&target).expect("ix");
        world.acc_mut(ix).email = "Chief.Executive@Board.example".into();
    });
    let store = org.server.store().await;
    store.set_setting("protected.accounts", r#"["*@board.example"]"#, None).await.expect("set");
    let job = org.start(&plan, None).await;
    let page = org.finished(&job).await;
    let items = org.items(&job).await;
    assert_eq!(items[&target]["state"], "skipped", "{page}");
    assert_eq!(items[&target]["skip"], "protected");
    assert!(org.writes_to(&target).is_empty(), "no call to /lifecycle/disable");
    let entry =
        org.server.audit().await.into_iter().rev().find(|r| r.entry.target.as_deref() == Some(&target)).expect("audit");
    assert_eq!(entry.entry.outcome, "refused");
    assert_eq!(entry.entry.details["skip"], "protected");

    // When Atlassian cannot say who the user is now, nothing is risked.
    let plan = org.preflight(json!({ "kind": "deactivate" }), std::slice::from_ref(&managed[1])).await;
    org.sim.set_key_state(atlassian_sim::KeyState { revoked: true, ..Default::default() });
    let job = org.start(&plan, None).await;
    org.finished(&job).await;
    let items = org.items(&job).await;
    assert_eq!(items[&managed[1]]["skip"], "lookup_failed");
    assert!(org.writes_to(&managed[1]).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_call_is_made_when_its_intent_cannot_be_recorded() {
    let org = org(Sizes { users: 40, customers: 5, projects: 1, spaces: 1 }, |_| {}).await;
    let (managed, _) = candidates(&org.sim);
    let plan = org.preflight(json!({ "kind": "deactivate" }), &managed[..3]).await;
    // An injected database fault: every intent insert fails.
    let db = org.server.data_dir().join("uam.sqlite3");
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(&db).busy_timeout(Duration::from_secs(10));
    let pool = sqlx::SqlitePool::connect_with(options).await.expect("open");
    sqlx::query(
        "CREATE TRIGGER injected_fault BEFORE INSERT ON audit_log WHEN NEW.outcome = 'intent'
         BEGIN SELECT RAISE(ABORT, 'injected fault'); END",
    )
    .execute(&pool)
    .await
    .expect("trigger");
    let job = org.start(&plan, None).await;
    let page = org.finished(&job).await;
    assert_eq!(page["summary"]["state"], "failed", "{page}");
    assert!(page["summary"]["error"].as_str().is_some_and(|e| e.contains("audit")));
    assert!(org.sim.changes().is_empty(), "no Atlassian call without its intent");
    assert_eq!(page["summary"]["counts"]["done"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_injected_faults_every_user_is_accounted_for_and_changed_once() {
    let org = org(Sizes { users: 240, customers: 5, projects: 1, spaces: 1 }, |config| {
        config.faults = FaultRates { server_error: 0.04, too_many_requests: 0.03, slow: 0.0, dropped: 0.03 };
        config.fault_seed = 7;
    })
    .await;
    let (managed, external) = candidates(&org.sim);
    let targets: Vec<String> = managed.iter().chain(&external).take(120).cloned().collect();
    let plan = org.preflight(json!({ "kind": "deactivate" }), &targets).await;
    let changing = ids(&plan, "change");
    assert!(changing.len() >= 100, "{}", changing.len());
    let (status, _) =
        org.server.call("bulk/start", json!({ "plan_id": plan["plan_id"], "typed": "not the number" })).await;
    assert_eq!(status, 400, "more than 25 changes need the number typed");
    let job = org.start(&plan, Some(&changing.len().to_string())).await;
    let page = org.finished(&job).await;
    assert_eq!(page["summary"]["counts"]["pending"], 0);
    let items = org.items(&job).await;
    assert_eq!(items.len(), targets.len());
    let world = org.sim.world().clone();
    for id in &changing {
        let item = &items[id];
        let writes = org.writes_to(id);
        assert!(writes.len() <= 1, "{id} changed {} times: {writes:?}", writes.len());
        let account = world.acc(world.account(id).expect("ix"));
        let changed = account.status == AccountStatus::Inactive || account.membership == Membership::Suspended;
        match item["state"].as_str() {
            Some("done") => assert!(changed && writes.len() == 1, "{item}"),
            Some("failed") => assert!(!changed, "{item}"),
            Some("unknown") => {}
            other => panic!("{id}: {other:?} {item}"),
        }
    }
    let done = items.values().filter(|i| i["state"] == "done").count();
    assert!(done * 10 >= changing.len() * 9, "most users are done despite the faults: {done}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn product_access_and_customers_are_revoked_assigned_and_put_back_exactly() {
    let org = org(Sizes { users: 80, customers: 30, projects: 3, spaces: 2 }, |_| {}).await;
    let (jira, confluence) = {
        let world = org.sim.world();
        (world.product_by_key("jira-software").expect("jira"), world.product_by_key("confluence").expect("confluence"))
    };
    let (managed, external) = candidates(&org.sim);
    let access = |id: &str| {
        let world = org.sim.world();
        let ix = world.account(id).expect("ix");
        (world.product_access(ix), world.acc(ix).groups.clone(), world.acc(ix).direct_roles.clone())
    };
    let with_jira: Vec<String> =
        managed.iter().chain(&external).filter(|id| access(id).0.contains(&jira)).take(4).cloned().collect();
    assert_eq!(with_jira.len(), 4);
    let before: HashMap<String, _> = with_jira.iter().map(|id| (id.clone(), access(id))).collect();

    let plan = org.preflight(json!({ "kind": "revoke_access", "products": ["jira-software"] }), &with_jira).await;
    assert_eq!(ids(&plan, "change").len(), 4, "{plan}");
    let job = org.start(&plan, None).await;
    assert_eq!(org.finished(&job).await["summary"]["counts"]["done"], 4);
    for id in &with_jira {
        assert!(!access(id).0.contains(&jira), "{id} lost Jira");
    }
    let undo = org.server.call("bulk/undo-preflight", json!({ "job_id": job })).await.1;
    let undo_job = org.start(&undo, None).await;
    assert_eq!(org.finished(&undo_job).await["summary"]["counts"]["done"], 4);
    for id in &with_jira {
        assert_eq!(access(id), before[id], "{id}: groups and roles exactly as before");
    }

    // Assigning Confluence to users without it: the narrowest group, once each.
    let without: Vec<String> =
        managed.iter().filter(|id| !access(id).0.contains(&confluence)).take(3).cloned().collect();
    let plan = org.preflight(json!({ "kind": "assign_access", "products": ["confluence"] }), &without).await;
    let joins_before =
        org.sim.changes().iter().filter(|c| c.method == "POST" && c.path.ends_with("/memberships")).count();
    let job = org.start(&plan, None).await;
    org.finished(&job).await;
    let items = org.items(&job).await;
    for id in &without {
        assert!(access(id).0.contains(&confluence), "{id} has Confluence");
        assert_eq!(items[id]["steps"].as_array().map(Vec::len), Some(1), "{}", items[id]);
    }
    // A membership's path does not name the user: count them all.
    let joins = org.sim.changes().iter().filter(|c| c.method == "POST" && c.path.ends_with("/memberships")).count();
    assert_eq!(joins - joins_before, without.len(), "one membership each");
    let (_, bad) = org.server.call("bulk/preflight", json!({ "action": { "kind": "assign_access", "products": ["no-such-product"] }, "targets": { "accounts": [without[0]] } })).await;
    assert_eq!(bad["code"], "invalid_input", "{bad}");

    // JSM customers leave their desks, and come back with undo.
    let (customers, desk_of) = {
        let world = org.sim.world();
        let desk = world.service_desks.iter().find(|d| d.customers.len() >= 2).expect("a desk with customers");
        let picked: Vec<String> = desk.customers.iter().take(2).map(|&ix| world.acc(ix).id.clone()).collect();
        (picked, desk.id.to_string())
    };
    let in_desk = |id: &str| {
        let world = org.sim.world();
        let ix = world.account(id).expect("ix");
        world.service_desks.iter().filter(|d| d.customers.contains(&ix)).map(|d| d.id.to_string()).collect::<Vec<_>>()
    };
    let plan = org.preflight(json!({ "kind": "remove_customer", "desks": [desk_of] }), &customers).await;
    assert_eq!(ids(&plan, "change").len(), 2, "{plan}");
    let job = org.start(&plan, None).await;
    org.finished(&job).await;
    for id in &customers {
        assert!(!in_desk(id).contains(&desk_of));
    }
    let undo = org.server.call("bulk/undo-preflight", json!({ "job_id": job })).await.1;
    let undo_job = org.start(&undo, None).await;
    org.finished(&undo_job).await;
    for id in &customers {
        assert!(in_desk(id).contains(&desk_of), "{id} is a customer again");
    }
}

/// An org without the `x-experimental` endpoints (`--no-experimental`): no per-user role
/// assignments, no per-group role assignments, no direct product-role writes, no directory list.
/// The pre-flight still classifies everyone from the stable reads (product access from
/// `users/search`, granting groups from `groups/search` by `resourceIds`), refuses with the
/// reason the users whose access only a direct role could change, and the job changes the rest
/// through their groups, in the directory Atlassian's own link names.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_experimental_endpoints_product_access_is_still_classified_and_direct_roles_are_refused() {
    let org =
        org(Sizes { users: 80, customers: 10, projects: 2, spaces: 2 }, |config| config.no_experimental = true).await;
    let jira = org.sim.world().product_by_key("jira-software").expect("jira");
    let (grouped, direct) = {
        let world = org.sim.world();
        let granted_by_group = |id: &str| {
            let ix = world.account(id).expect("ix");
            world.groups_of(ix).any(|g| world.groups[g].roles.iter().any(|(p, _)| *p == jira))
        };
        let plain: Vec<String> = world.plain_users().map(|a| a.id.clone()).collect();
        let grouped = plain.iter().find(|id| granted_by_group(id)).cloned().expect("a user with Jira through a group");
        let direct =
            plain.iter().find(|id| !granted_by_group(id)).cloned().expect("a user without Jira through a group");
        (grouped, direct)
    };
    org.sim.change(|world| {
        let ix = world.account(&direct).expect("ix");
        world.acc_mut(ix).direct_roles.push((jira, "atlassian/user".to_owned()));
    });

    let targets = vec![grouped.clone(), direct.clone()];
    let plan = org.preflight(json!({ "kind": "revoke_access", "products": ["jira-software"] }), &targets).await;
    assert_eq!(verdict_of(&plan, &direct), &json!({ "verdict": "skip", "skip": "direct_role_unavailable" }), "{plan}");
    let steps = &verdict_of(&plan, &grouped)["steps"];
    assert!(steps.as_array().is_some_and(|s| !s.is_empty() && s.iter().all(|s| s["op"] == "leave_group")), "{plan}");
    let directory = {
        let world = org.sim.world();
        world.directories[world.acc(world.account(&grouped).expect("ix")).directory.expect("in a directory")].id.clone()
    };
    assert!(steps.as_array().into_iter().flatten().all(|s| s["directory"] == directory.as_str()), "{steps}");

    let job = org.start(&plan, None).await;
    let page = org.finished(&job).await;
    assert_eq!(page["summary"]["counts"]["done"], 1, "{page}");
    let items = org.items(&job).await;
    assert_eq!(items[&direct]["skip"], "direct_role_unavailable");
    let world = org.sim.world();
    assert!(!world.holds_role(world.account(&grouped).expect("ix"), jira), "the grouped user lost Jira");
    assert!(world.holds_role(world.account(&direct).expect("ix"), jira), "the direct role is untouched");
    let sent = org.sim.counters().requests.get("POST /admin/v1/orgs/{orgId}/users/{accountId}/roles/revoke").copied();
    assert_eq!(sent.unwrap_or(0), 0, "no direct-role call was sent");
}

/// Waits up to `secs` seconds for the job to end; its first page, or `None` if it did not end.
async fn ended_within(org: &Org, cookie: &str, job: &str, secs: u64) -> Option<Value> {
    for _ in 0..secs * 10 {
        let (status, page) =
            org.server.call_as(cookie, "jobs/get", json!({ "job_id": job, "state": null, "page": 0 })).await;
        assert_eq!(status, 200, "{page}");
        if ["finished", "cancelled", "failed"].contains(&page["summary"]["state"].as_str().unwrap_or_default()) {
            return Some(page);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    None
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_whose_upstream_answer_once_panicked_ends_alone_and_the_worker_runs_the_next_job() {
    let org = org(Sizes { users: 40, customers: 5, projects: 1, spaces: 1 }, |_| {}).await;
    let (managed, _) = candidates(&org.sim);
    // Atlassian refuses the first user's deactivation quoting the address in typographic
    // quotes: masking that address in the error once sliced inside the quote and panicked.
    let script = json!({
        "pathContains": managed[0],
        "status": 400,
        "body": { "errors": [{ "title": "Bad Request", "detail": "Cannot deactivate \u{201c}jane@acme-corp.example\u{201d}: the account is locked" }] },
    });
    let url = format!("{}__sim/next-write-answer", org.connection.admin_url);
    let scripted = common::client().post(url).json(&script).send().await.expect("simulator");
    assert_eq!(scripted.status(), 204);

    let first = org.preflight(json!({ "kind": "deactivate" }), &managed[..1]).await;
    let first = org.start(&first, None).await;
    let page = ended_within(&org, &org.server.admin_cookie, &first, 20).await.expect("the job ends, never hangs");
    match page["summary"]["state"].as_str() {
        // The panic is caught: the job failed with a translated reason, its user not left mid-call.
        Some("failed") => {
            assert_eq!(page["summary"]["error"], "job-stopped-panic", "{page}");
            let items = org.items(&first).await;
            assert_eq!(items[&managed[0]]["state"], "unknown", "{items:?}");
        }
        // Or nothing panics any more: the user failed with Atlassian's reason, masked.
        _ => {
            assert_eq!(page["summary"]["state"], "finished", "{page}");
            let items = org.items(&first).await;
            assert_eq!(items[&managed[0]]["state"], "failed", "{items:?}");
            assert!(!items[&managed[0]]["reason"].as_str().unwrap_or_default().contains("jane@"), "{items:?}");
        }
    }
    assert!(org.writes_to(&managed[0]).is_empty(), "the scripted answer changed nothing");

    // The worker lives on: the next job runs to its end.
    let second = org.preflight(json!({ "kind": "deactivate" }), &managed[1..2]).await;
    let second = org.start(&second, None).await;
    let page = ended_within(&org, &org.server.admin_cookie, &second, 20).await.expect("the next job runs");
    assert_eq!(page["summary"]["state"], "finished", "{page}");
    assert_eq!(page["summary"]["counts"]["done"], 1, "{page}");
    assert_eq!(org.writes_to(&managed[1]).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_queued_job_whose_creator_lost_the_org_admin_role_is_refused_and_recorded() {
    const OAUTH_ID: &str = "bulk-oauth-client";
    const OAUTH_SECRET: &str = "bulk-oauth-secret";
    // Ten admin requests a second: the job ahead of ours takes a few seconds.
    let org = org_with(
        Sizes { users: 120, customers: 5, projects: 1, spaces: 1 },
        |sim| {
            sim.admin_rps = 10.0;
            sim.oauth_client_id = OAUTH_ID.to_owned();
            sim.oauth_client_secret = OAUTH_SECRET.to_owned();
        },
        |config| {
            config.atlassian_auth_url = config.atlassian_admin_url.clone();
            config.oauth_client_id = Some(OAUTH_ID.to_owned());
            config.oauth_client_secret = Some(OAUTH_SECRET.to_owned().into());
        },
    )
    .await;
    let (managed, external) = candidates(&org.sim);
    let admin = {
        let world = org.sim.world();
        world.accounts.iter().find(|a| a.org_admin && a.directory.is_some()).expect("an org admin").id.clone()
    };
    let cookie = common::sign_in_with_atlassian(&org.server, org.connection.admin_url.as_str(), &admin).await;

    // The local admin's job of 25 users runs; the Atlassian admin's job queues behind it.
    let ahead = org.preflight(json!({ "kind": "deactivate" }), &external[..25]).await;
    let ahead = org.start(&ahead, Some("25")).await;
    let targets = managed[..2].to_vec();
    let (status, plan) = org
        .server
        .call_as(
            &cookie,
            "bulk/preflight",
            json!({ "action": { "kind": "deactivate" }, "targets": { "accounts": targets } }),
        )
        .await;
    assert_eq!(status, 200, "{plan}");
    let (status, job) =
        org.server.call_as(&cookie, "bulk/start", json!({ "plan_id": plan["plan_id"], "typed": null })).await;
    assert_eq!(status, 200, "{job}");
    let job = job.as_str().expect("a job id").to_owned();

    // Meanwhile the admin loses the org-admin role at Atlassian.
    let ix = org.sim.world().account(&admin).expect("account");
    org.sim.change(|world| world.acc_mut(ix).org_admin = false);
    let (_, page) = org.server.call("jobs/get", json!({ "job_id": job, "state": null, "page": 0 })).await;
    assert_eq!(page["summary"]["state"], "queued", "still behind the first job: {page}");

    let page = ended_within(&org, &org.server.admin_cookie, &job, 60).await.expect("the job ends");
    assert_eq!(page["summary"]["state"], "failed", "{page}");
    assert_eq!(page["summary"]["error"], "job-stopped-not-admin", "{page}");
    assert_eq!(page["summary"]["counts"]["done"], 0, "{page}");
    assert_eq!(page["summary"]["counts"]["cancelled"], 2, "{page}");
    for target in &targets {
        assert!(org.writes_to(target).is_empty(), "{target} was changed for an admin who no longer is");
    }
    let audit = org.server.audit().await;
    let refused = audit
        .iter()
        .find(|r| r.entry.action == "bulk_job_refused" && r.entry.job_id.as_deref() == Some(job.as_str()))
        .expect("the refusal is in the audit log");
    assert_eq!(refused.entry.actor, format!("atlassian:{admin}"));
    assert_eq!(refused.entry.outcome, "denied");
    assert_eq!(refused.entry.details["reason"], "job-stopped-not-admin");
    // The local admin's job, whose creator still is one, ran to its end.
    let page = ended_within(&org, &org.server.admin_cookie, &ahead, 30).await.expect("the first job ends");
    assert_eq!(page["summary"]["state"], "finished", "{page}");
}
