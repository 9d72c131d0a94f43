// Bulk actions from the UI, end to end against the simulated organisation: each action runs from
// the Users page (selection or details panel) or a preset, the job page follows it to the end,
// and the simulator's own state (/__sim/accounts) and write log (/__sim/changes) say what really
// happened. Every change is undone again from its job page, so the organisation ends as it began.
// These tests change the organisation, so they run in their own project after the read-only ones.
import { expectAccessible } from "./axe.mjs";
import { messages } from "./messages.mjs";
import { expect, test } from "./fixtures.mjs";
import { groundTruth } from "./truth.mjs";

// One job runs at a time per organisation: these tests take turns.
test.describe.configure({ mode: "default" });

const sim = async (path) => {
  const response = await fetch(`${process.env.UAM_E2E_SIM_URL}${path}`);
  if (!response.ok) throw new Error(`the simulator answered ${response.status} for ${path}`);
  return response.json();
};
const simChanges = async () => (await sim("/__sim/changes")).changes;

/// A server function, called from the signed-in page (same origin, JSON).
const api = (page, endpoint, body) =>
  page.evaluate(
    async ([endpoint, body]) => {
      const response = await fetch(`/api/${endpoint}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${endpoint} answered ${response.status}: ${await response.text()}`);
      return response.json();
    },
    [endpoint, body],
  );

/// Every item of a job (all its pages).
async function jobItems(page, jobId) {
  const items = [];
  for (let n = 0; ; n++) {
    const got = await api(page, "jobs/get", { job_id: jobId, state: null, page: n });
    items.push(...got.items);
    if (items.length >= got.matching || got.items.length === 0) return { summary: got.summary, items };
  }
}

const plain = (a) => a.kind === "atlassian" && a.orgUser && a.status === "active" && !a.orgAdmin && !a.scim && a.email;
const accessKeys = (a) => a.access.map((p) => p.key).sort();
const groupIds = (a) => a.groups.map((g) => g.id).sort();
/// What a bulk action can change about an account, to compare before and after.
const state = (a) => ({ status: a.status, access: accessKeys(a), groups: groupIds(a), desks: [...a.serviceDesks].sort() });
const byId = (truth) => new Map(truth.accounts.map((a) => [a.accountId, a]));

/// "3 users" as a locale says it, the way a job's title counts its users.
const usersCount = (t, tag, count) => t("users-count", { count, formatted: count.toLocaleString(tag) });
/// Actions that take something away: their confirm buttons are red, the others primary.
const destructive = ["deactivate", "revoke_access", "remove_customer"];

const dialog = (page, name = "Bulk action") => page.getByRole("dialog", { name });
const jobIdOf = (page) => decodeURIComponent(new URL(page.url()).pathname.split("/jobs/")[1]);

/// Opens the Users page's clean-up menu (named `label`), which offers the presets.
async function openPresets(page, label) {
  const menu = page.locator("details.bulk-presets-menu");
  await menu.locator("summary", { hasText: label }).click();
  await expect(menu).toHaveAttribute("open", "");
}

/// Waits until the job on the page has ended and says how.
async function jobEnds(page, wanted = "finished") {
  // The overview of the job the address names: after an undo, the original's may linger a moment.
  const overview = page.locator(`.job-overview[data-job-id="${jobIdOf(page)}"]`);
  await expect(overview).toHaveAttribute("data-state", wanted, { timeout: 90_000 });
}

/// Opens the details panel of one account and its bulk-action dialog.
async function actionsFor(page, account) {
  await page.goto(`/users?tab=all&user=${encodeURIComponent(account.accountId)}`);
  const button = page.getByRole("button", { name: "Actions for this user…" });
  await expect(button).toBeVisible();
  await button.click();
  await expect(dialog(page)).toBeVisible();
}

/// Selects these accounts in the Users table (searching for each by e-mail, without reloading, so
/// the selection lasts) and opens the bulk-action dialog for them.
async function actionsForSelection(page, accounts) {
  await page.goto("/users?tab=all");
  const search = page.getByRole("searchbox", { name: "Search" });
  await expect(page.locator(".selection-bar")).toBeVisible();
  for (const account of accounts) {
    await search.fill(account.email);
    const row = page.locator("tbody tr", { hasText: account.email });
    await expect(page.locator("tbody tr")).toHaveCount(1);
    await row.getByRole("checkbox", { name: `Select ${account.name}` }).check();
  }
  await expect(page.locator(".selection-bar")).toContainText(`${accounts.length} user`);
  await page.getByRole("button", { name: "Actions…" }).click();
  await expect(dialog(page)).toBeVisible();
}

/// Picks an action (and products or desks by label) and runs the pre-flight.
async function check(page, action, subjects = []) {
  const d = dialog(page);
  await d.getByRole("radio", { name: action }).check();
  for (const subject of subjects) await d.getByRole("checkbox", { name: subject, exact: true }).check();
  await d.getByRole("button", { name: "Check who this affects" }).click();
  await expect(d.locator(".bulk-counts")).toBeVisible();
}

const count = (page, which, name = "Bulk action") =>
  dialog(page, name).locator(`[data-count="${which}"]`).getAttribute("data-value").then(Number);

/// The confirm button of the reviewed plan: it names what the job will do ("Deactivate 2 users",
/// the plan's title), red when that takes something away, primary when it restores or grants.
async function confirmButton(page, name = "Bulk action") {
  const d = dialog(page, name);
  const title = (await d.locator(".bulk-action-name").textContent()).trim();
  const effect = await d.locator(".bulk-review").getAttribute("data-effect");
  const button = d.getByRole("button", { name: title, exact: true });
  await expect(button).toHaveClass(destructive.includes(effect) ? /button-danger/ : /button-primary/);
  return { button, title, effect };
}

/// Confirms the reviewed plan (typing the number when asked) and lands on the job's page.
async function confirm(page, name = "Bulk action") {
  const d = dialog(page, name);
  const changing = await count(page, "changing", name);
  const typed = d.getByLabel(`Type ${changing} to confirm`);
  if (await typed.count()) await typed.fill(String(changing));
  const { button, title } = await confirmButton(page, name);
  expect(title).toMatch(new RegExp(`\\b${changing.toLocaleString("en")} users?\\b`));
  await button.click();
  await expect(page).toHaveURL(/\/jobs\/[^/]+$/);
  await expect(d).toBeHidden();
  return jobIdOf(page);
}

/// The writes a job made: exactly one per step carried out, each with the request id the job
/// recorded for its user; every one succeeded.
async function expectOneWritePerStep(page, jobId, changesBefore) {
  const { items } = await jobItems(page, jobId);
  const writes = (await simChanges()).slice(changesBefore);
  const done = items.filter((i) => i.state === "done");
  const steps = done.reduce((n, i) => n + i.steps.length, 0);
  expect(writes.length, JSON.stringify(writes)).toBe(steps);
  for (const write of writes) expect(write.status).toBeLessThan(300);
  const ids = writes.map((w) => w.request_id);
  for (const item of done) {
    expect(ids, `${item.name}'s request id is one of the job's writes`).toContain(item.request_id);
    expect(ids.filter((id) => id === item.request_id)).toHaveLength(1);
  }
  return { items, done };
}

/// The Audit page, filtered by the affected user, lists the job's call with Atlassian's request id.
async function expectAudited(page, item) {
  await page.goto(`/audit?user=${encodeURIComponent(item.account_id)}`);
  await expect(page.locator("main")).toContainText(item.request_id);
}

/// Nothing on the page needs scrolling sideways at this width (a Jira side panel).
async function expectFits(page, width = 390) {
  await page.setViewportSize({ width, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/// The title an undo of a job with this action has: what the undo does, not what it reverts.
const undoTitles = {
  deactivate: /^Reactivate \d+ users?$/,
  reactivate: /^Deactivate \d+ users?$/,
  revoke_access: /^Give .+ to \d+ users?$/,
  assign_access: /^Revoke .+ from \d+ users?$/,
  remove_customer: /^Add \d+ users? back to .+$/,
};

/// Undoes the job on the page and waits for the undo to finish; the undo's id. The undo's plan,
/// its button and its job are titled by what the undo does, and the job names the one it undoes
/// by its short id.
async function undo(page) {
  const original = jobIdOf(page);
  const { summary } = await api(page, "jobs/get", { job_id: original, state: null, page: 0 });
  const undoButton = page.getByRole("button", { name: "Undo this job" });
  await expect(undoButton).toHaveClass(destructive.includes(summary.action.kind) ? /button-primary/ : /button-danger/);
  await undoButton.click();
  const d = dialog(page, "Undo this job");
  await expect(d.locator(".bulk-counts")).toBeVisible();
  await expect(d.locator(".bulk-action-name")).toHaveText(undoTitles[summary.action.kind]);
  await expect(d.locator(".bulk-changes-table tbody tr")).toHaveCount(Math.min(20, await count(page, "changing", "Undo this job")));
  const title = (await d.locator(".bulk-action-name").textContent()).trim();
  const id = await confirm(page, "Undo this job");
  expect(id).not.toBe(original);
  await jobEnds(page);
  const heading = page.locator(".job-overview h2");
  await expect(heading.locator(".job-title")).toHaveText(title);
  const short = heading.getByRole("link", { name: `undo of job ${original.slice(0, 8)}` });
  await expect(short).toHaveAttribute("href", `/jobs/${original}`);
  // The two jobs link to each other.
  await expect(page.getByRole("link", { name: "Open the original job" })).toHaveAttribute("href", `/jobs/${original}`);
  await page.getByRole("link", { name: "Open the original job" }).click();
  await expect(page.getByRole("link", { name: "Open the undo job" })).toHaveAttribute("href", `/jobs/${id}`);
  await expect(page.getByRole("button", { name: "Undo this job" })).toBeHidden();
  return id;
}

test("deactivate: managed accounts through the lifecycle API, others suspended; protected, org admins and the acting admin are left alone; undo restores them", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  const actingName = (await page.locator(".account-name").textContent()).trim();
  const truth = await groundTruth();
  const managed = truth.accounts.filter((a) => plain(a) && a.managed);
  const [target, guarded] = [managed[3], managed[4]];
  const external = truth.accounts.filter((a) => plain(a) && !a.managed)[2];
  const admin = truth.accounts.find((a) => a.orgAdmin && a.status === "active" && a.name !== actingName && a.email);
  const acting = truth.accounts.find((a) => a.orgAdmin && a.name === actingName);
  const chosen = [target, external, admin, acting, guarded];
  const before = new Map(chosen.map((a) => [a.accountId, state(a)]));

  // One of them is protected in Settings.
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Protected accounts" });
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  await section.getByLabel(/Add addresses or domains/).fill(guarded.email);
  await section.getByRole("button", { name: "Add" }).click();
  await expect(section.getByRole("status")).toHaveText("Saved.");

  try {
    await actionsForSelection(page, chosen);
    await check(page, "Deactivate");
    const d = dialog(page);
    expect(await count(page, "changing")).toBe(2);
    expect(await count(page, "cannot")).toBe(3);
    await expect(d.locator('[data-method="disable_account"]')).toHaveText(/^1 account deactivated \(managed/);
    await expect(d.locator('[data-method="suspend"]')).toHaveText(/^1 user loses access to the organisation/);
    const reasons = { [admin.accountId]: "org_admin", [acting.accountId]: "acting_admin", [guarded.accountId]: "protected" };
    for (const [id, code] of Object.entries(reasons)) {
      await expect(d.locator(`tr[data-account-id="${id}"]`)).toHaveAttribute("data-skip", code);
    }
    await expect(d.locator(`tr[data-account-id="${guarded.accountId}"]`)).toContainText("Protected in Settings");
    await expect(d.locator(`tr[data-account-id="${admin.accountId}"]`)).toContainText("Organisation admin");
    // Five people are below the threshold: no number to type.
    await expect(d.getByLabel(/^Type \d+ to confirm$/)).toHaveCount(0);
    // Who will change, and how, is listed; the list is searchable by e-mail or name.
    const changes = d.locator(".bulk-changes-table tbody tr");
    await expect(changes).toHaveCount(2);
    await expect(d.locator(`.bulk-changes-table tr[data-account-id="${target.accountId}"]`)).toContainText(
      "Deactivate (managed account)",
    );
    await expect(d.locator(`.bulk-changes-table tr[data-account-id="${external.accountId}"]`)).toContainText(
      "Suspend access to the organisation",
    );
    const search = d.getByRole("searchbox", { name: "Search by name or e-mail" });
    await search.fill(external.email.toUpperCase());
    await expect(changes).toHaveCount(1);
    await expect(changes.first()).toHaveAttribute("data-account-id", external.accountId);
    await search.fill(target.name);
    await expect(changes.first()).toHaveAttribute("data-account-id", target.accountId);
    await search.fill("nobody-by-this-name");
    await expect(changes).toHaveText(["No user matches this search."]);
    await search.fill("");
    await expect(changes).toHaveCount(2);
    await expect(d.getByRole("button", { name: "Deactivate 2 users", exact: true })).toHaveClass(/button-danger/);

    const changesBefore = (await simChanges()).length;
    const jobId = await confirm(page);
    await jobEnds(page);
    await expect(page.locator('.job-counts [data-count="done"]')).toHaveAttribute("data-value", "2");
    await expect(page.locator('.job-counts [data-count="skipped"]')).toHaveAttribute("data-value", "3");
    // The job is titled as its plan was; its counts appear once (as the list, not again beside the bar).
    await expect(page.locator(".job-overview h2")).toHaveText("Deactivate 2 users");
    await expect(page.locator(".job-progress")).toHaveText("");
    await expect(page.locator("main")).not.toContainText("2 done, 3 skipped");
    const { done } = await expectOneWritePerStep(page, jobId, changesBefore);
    expect(done.map((i) => i.steps[0].op).sort()).toEqual(["disable_account", "suspend"]);
    // The results table shows each user's outcome, and filters by state.
    await expect(page.locator(`tr[data-account-id="${guarded.accountId}"]`)).toHaveAttribute("data-state", "skipped");
    await page.getByRole("link", { name: "Done", exact: true }).click();
    await expect(page).toHaveURL(/state=done/);
    await expect(page.locator("table.job-items tbody tr")).toHaveCount(2);
    for (const item of done) {
      const row = page.locator(`tr[data-account-id="${item.account_id}"]`);
      await expect(row.locator(".request-id")).toHaveText(item.request_id);
      // Atlassian's answer as a sentence, its status kept as a tooltip for support.
      await expect(row.locator(".job-status")).toHaveText("Done: Atlassian confirmed the change");
      await expect(row.locator(".job-status")).toHaveAttribute("title", `Atlassian answered ${item.atlassian_status}`);
    }
    await expect(page.locator("main")).not.toContainText(/Atlassian answered \d+/);

    const after = byId(await groundTruth());
    expect(after.get(target.accountId).status).toBe("deactivated");
    expect(after.get(external.accountId).status).toBe("suspended");
    for (const untouched of [admin, acting, guarded]) {
      expect(state(after.get(untouched.accountId)), untouched.name).toEqual(before.get(untouched.accountId));
    }
    for (const item of done) await expectAudited(page, item);

    await page.goto(`/jobs/${jobId}`);
    const changesBeforeUndo = (await simChanges()).length;
    const undoId = await undo(page);
    await expectOneWritePerStep(page, undoId, changesBeforeUndo);
    const restored = byId(await groundTruth());
    for (const a of chosen) expect(state(restored.get(a.accountId)), a.name).toEqual(before.get(a.accountId));
  } finally {
    await page.goto("/settings");
    await section.getByLabel("Search protected accounts").fill(guarded.email);
    await section.getByRole("button", { name: "Remove" }).click();
    await expect(section.getByRole("status")).toHaveText("Saved.");
  }
});

test("reactivate a suspended user from the details panel, then undo; job pages read without the script, fit a narrow panel and pass an axe scan", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const truth = await groundTruth();
  const user = truth.accounts.find(
    (a) => a.kind === "atlassian" && a.orgUser && a.status === "suspended" && !a.orgAdmin && !a.scim && a.email,
  );
  const before = state(user);
  await actionsFor(page, user);
  await check(page, "Reactivate");
  expect(await count(page, "changing")).toBe(1);
  await expect(dialog(page).locator('[data-method="restore"]')).toBeVisible();
  await expectAccessible(page);
  const changesBefore = (await simChanges()).length;
  const jobId = await confirm(page);
  await jobEnds(page);
  const { done } = await expectOneWritePerStep(page, jobId, changesBefore);
  expect(done).toHaveLength(1);
  expect(byId(await groundTruth()).get(user.accountId).status).toBe("active");
  await expectAccessible(page);
  await expectFits(page);
  await expectAudited(page, done[0]);
  await page.goto(`/jobs/${jobId}`);
  const undoId = await undo(page);
  expect(state(byId(await groundTruth()).get(user.accountId))).toEqual(before);
  await page.goto("/jobs");
  await expectAccessible(page);
  await expectFits(page);

  // Without JavaScript: the list, the job, its results and the state filter are all there.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: new URL(page.url()).origin,
    storageState: await page.context().storageState(),
  });
  const plainPage = await context.newPage();
  await plainPage.goto("/jobs");
  await expect(plainPage.locator(`tr[data-job-id="${undoId}"]`)).toContainText("Finished");
  await plainPage.locator(`tr[data-job-id="${jobId}"] a`).first().click();
  await expect(plainPage.locator(".job-overview h2")).toHaveText("Reactivate 1 user");
  await plainPage.goto(`/jobs/${undoId}`);
  await expect(plainPage.locator(".job-overview h2")).toHaveText(`Deactivate 1 user · undo of job ${jobId.slice(0, 8)}`);
  await plainPage.goto("/jobs");
  const undoRow = plainPage.locator(`tr[data-job-id="${undoId}"]`);
  await expect(undoRow.locator("th")).toHaveText(`Deactivate 1 user · undo of job ${jobId.slice(0, 8)}`);
  await expect(undoRow.getByRole("link", { name: `undo of job ${jobId.slice(0, 8)}` })).toHaveAttribute(
    "href",
    `/jobs/${jobId}`,
  );
  await plainPage.locator(`tr[data-job-id="${jobId}"] a`).first().click();
  await expect(plainPage.locator(`tr[data-account-id="${user.accountId}"]`)).toContainText(done[0].request_id);
  await expect(plainPage.getByRole("link", { name: "Open the undo job" })).toBeVisible();
  await expect(plainPage.getByRole("button", { name: "Undo this job" })).toBeHidden();
  await plainPage.getByRole("link", { name: "Skipped", exact: true }).click();
  await expect(plainPage).toHaveURL(/state=skipped/);
  await expect(plainPage.locator("table.job-items")).toContainText("No users in this state.");
  await context.close();
});

test("revoke and assign product access, each undone exactly", async ({ page }) => {
  test.setTimeout(120_000);
  const truth = await groundTruth();
  const product = truth.products.find((p) => p.key === "confluence") ?? truth.products[0];
  const holders = truth.accounts.filter((a) => plain(a) && a.access.some((p) => p.key === product.key));
  const lacking = truth.accounts.filter((a) => plain(a) && !a.access.some((p) => p.key === product.key));
  for (const [user, action, has] of [
    [holders[7], "Revoke product access", false],
    [lacking[7], "Assign product access", true],
  ]) {
    const before = state(user);
    await actionsFor(page, user);
    await check(page, action, [product.name]);
    expect(await count(page, "changing"), action).toBe(1);
    const changesBefore = (await simChanges()).length;
    const jobId = await confirm(page);
    await jobEnds(page);
    const { done } = await expectOneWritePerStep(page, jobId, changesBefore);
    expect(done, action).toHaveLength(1);
    const after = byId(await groundTruth()).get(user.accountId);
    expect(accessKeys(after).includes(product.key), action).toBe(has);
    expect(after.status).toBe("active");
    await expectAudited(page, done[0]);
    await page.goto(`/jobs/${jobId}`);
    await undo(page);
    expect(state(byId(await groundTruth()).get(user.accountId)), action).toEqual(before);
  }
});

test("remove a JSM customer from one desk, then from every desk; undo puts them back", async ({ page }) => {
  test.setTimeout(120_000);
  const truth = await groundTruth();
  const customer = truth.accounts.find((a) => a.kind === "customer" && a.serviceDesks.length >= 2 && a.email);
  const before = state(customer);
  await page.goto("/users");
  const options = await api(page, "users/filters", {});
  const deskName = (id) => options.desks.find(([key]) => key === `desk:${id}`)[1];

  // One desk, from the selection.
  await actionsForSelection(page, [customer]);
  await check(page, "Remove JSM customers", [deskName(customer.serviceDesks[0])]);
  expect(await count(page, "changing")).toBe(1);
  let changesBefore = (await simChanges()).length;
  const one = await confirm(page);
  await jobEnds(page);
  let { done } = await expectOneWritePerStep(page, one, changesBefore);
  expect(done[0].steps).toHaveLength(1);
  expect(byId(await groundTruth()).get(customer.accountId).serviceDesks).toEqual(customer.serviceDesks.slice(1));
  await page.goto(`/jobs/${one}`);
  await undo(page);
  expect(state(byId(await groundTruth()).get(customer.accountId))).toEqual(before);

  // Every desk: no desk picked.
  await actionsFor(page, customer);
  await check(page, "Remove JSM customers");
  await expect(dialog(page).locator(".bulk-action-name")).toHaveText("Remove 1 user from every service desk");
  changesBefore = (await simChanges()).length;
  const every = await confirm(page);
  await jobEnds(page);
  ({ done } = await expectOneWritePerStep(page, every, changesBefore));
  expect(done[0].steps).toHaveLength(customer.serviceDesks.length);
  expect(byId(await groundTruth()).get(customer.accountId).serviceDesks).toEqual([]);
  await expectAudited(page, done[0]);
  await page.goto(`/jobs/${every}`);
  await undo(page);
  expect(state(byId(await groundTruth()).get(customer.accountId))).toEqual(before);
});

test("the presets ask about exactly the users their filters list; above 25 the number must be typed; Escape closes the dialog", async ({
  page,
}) => {
  // Users page: everyone overdue.
  await page.goto("/users?status=active&inactivity=overdue");
  const overdue = Number((await page.locator(".match-count strong").textContent()).replace(/\D/g, ""));
  await openPresets(page, "Clean-up actions");
  await page.getByRole("button", { name: "Deactivate everyone overdue" }).click();
  await expect(dialog(page).locator(".bulk-counts")).toBeVisible();
  const sum = async () =>
    (await count(page, "changing")) + (await count(page, "already")) + (await count(page, "cannot"));
  expect(await sum()).toBe(overdue);
  const changing = await count(page, "changing");
  expect(changing).toBeGreaterThan(25);
  await expect(
    dialog(page).getByRole("button", { name: `Deactivate ${changing.toLocaleString("en")} users`, exact: true }),
  ).toBeDisabled();
  await dialog(page).getByRole("button", { name: "Cancel" }).click();
  await expect(dialog(page)).toBeHidden();

  // Dashboard: a product not used for the overdue threshold's days (another spec may have
  // changed the threshold, so the number is read from the button).
  const truth = await groundTruth();
  const product = truth.products.find((p) => p.key === "confluence") ?? truth.products[0];
  await page.goto("/");
  const preset = page.getByRole("button", {
    name: new RegExp(`^Revoke ${product.name} from users inactive in it for \\d+ days$`),
  });
  await expect(preset).toBeVisible();
  const days = Number((await preset.textContent()).match(/(\d+) days/)[1]);
  const cutoff = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/users?tab=all&status=active&product=${product.key}&before=${cutoff}`);
  const listed = Number((await page.locator(".match-count strong").textContent()).replace(/\D/g, ""));
  await page.goto("/");
  await expect(preset).toBeVisible();
  await preset.click();
  // Hundreds of users read from Atlassian, a hundred a request: more than the default wait.
  await expect(dialog(page).locator(".bulk-counts")).toBeVisible({ timeout: 30_000 });
  expect(await sum()).toBe(listed);
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(preset).toBeVisible();
});

test("in English, Japanese, Russian and Thai, at 1366 and 390 px: the pre-flight lists who will change and how, a page at a time and searchable; undo jobs are titled by what they do; Atlassian's answers read as sentences, counted once; all pass an axe scan", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // An undo the tests before left behind: of a deactivation (it reactivated) or of a
  // reactivation (it deactivated).
  await page.goto("/jobs");
  const jobs = await api(page, "jobs", {});
  const undoes = { deactivate: "job-title-reactivate", reactivate: "job-title-deactivate" };
  const undone = jobs.find((j) => j.undo_of && undoes[j.action.kind] && j.state === "finished");
  expect(undone, "an earlier test undid a deactivation or a reactivation").toBeTruthy();
  for (const [tag, width] of [
    ["en", 1366],
    ["ja", 390],
    ["ru", 1366],
    ["th", 390],
  ]) {
    const t = messages(tag);
    await page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);
    await page.setViewportSize({ width, height: 900 });

    // The overdue preset: many users change, far more than one page of the list.
    await page.goto("/users?status=active&inactivity=overdue");
    await openPresets(page, t("bulk-presets"));
    await page.getByRole("button", { name: t("bulk-preset-overdue"), exact: true }).click();
    const d = dialog(page, t("bulk-title"));
    await expect(d.locator(".bulk-counts")).toBeVisible({ timeout: 30_000 });
    const changing = await count(page, "changing", t("bulk-title"));
    expect(changing, tag).toBeGreaterThan(20);
    const title = t("job-title-deactivate", { users: usersCount(t, tag, changing) });
    await expect(d.locator(".bulk-action-name")).toHaveText(title);
    await expect(d.getByRole("button", { name: title, exact: true })).toHaveClass(/button-danger/);
    const rows = d.locator(".bulk-changes-table tbody tr");
    await expect(rows).toHaveCount(20);
    const how = [t("bulk-plan-disable_account"), t("bulk-plan-suspend")];
    for (const cell of await rows.locator("td:last-child").allTextContents()) expect(how, tag).toContain(cell.trim());
    const pages = Math.ceil(changing / 20);
    const position = d.locator(".bulk-changes .pager-position");
    await expect(position).toHaveText(t("pager-position", { page: "1", pages: pages.toLocaleString(tag) }));
    const first = await rows.first().getAttribute("data-account-id");
    await d.locator(".bulk-changes").getByRole("button", { name: t("pager-next") }).click();
    await expect(position).toHaveText(t("pager-position", { page: "2", pages: pages.toLocaleString(tag) }));
    await expect(rows.first()).not.toHaveAttribute("data-account-id", first);
    const email = (await rows.first().locator("td").first().textContent()).trim();
    const search = d.getByRole("searchbox", { name: t("bulk-search") });
    // For a person to look at (kept with the test's results, not compared).
    await page.screenshot({ path: test.info().outputPath(`preflight-${tag}-${width}.png`) });
    await search.fill(email);
    await expect(rows).toHaveCount(1);
    await expect(d.locator(".bulk-changes .pager")).toBeHidden();
    await search.fill("nobody-by-this-name");
    await expect(rows).toHaveText([t("bulk-search-none")]);
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${tag} at ${width} px`).toBeLessThanOrEqual(0);
    await d.getByRole("button", { name: t("bulk-cancel"), exact: true }).click();
    await expect(d).toBeHidden();

    // The Jobs list titles the undo by what it did and links its original by short id.
    const undoTitle = t(undoes[undone.action.kind], {
      users: usersCount(t, tag, undone.counts.total - undone.counts.skipped),
    });
    const short = t("job-undo-of-job", { job: undone.undo_of.slice(0, 8) });
    await page.goto("/jobs");
    const row = page.locator(`tr[data-job-id="${undone.id}"]`);
    await expect(row.locator("th")).toHaveText(`${undoTitle} · ${short}`);
    await expect(row.getByRole("link", { name: short })).toHaveAttribute("href", `/jobs/${undone.undo_of}`);
    await expectAccessible(page);

    // Its page: the same title, the answers as sentences (the status a tooltip), counts once.
    await row.getByRole("link", { name: undoTitle }).click();
    await expect(page.locator(".job-overview h2")).toHaveText(`${undoTitle} · ${short}`);
    const answers = page.locator(".job-items .job-status");
    await expect(answers.first()).toHaveText(t("job-outcome-confirmed"));
    await expect(answers.first()).toHaveAttribute("title", /\d{3}/);
    await expect(page.locator(".job-progress")).toHaveText("");
    await expect(page.locator('.job-counts [data-count="done"]')).toHaveText(
      t("job-count-done", { count: undone.counts.done, formatted: undone.counts.done.toLocaleString(tag) }),
    );
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath(`undo-job-${tag}-${width}.png`), fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide, `${tag} job page at ${width} px`).toBeLessThanOrEqual(0);
  }
  await page.context().addCookies([{ name: "uam_locale", value: "en", url: baseURL }]);
});

test("a batch above 25 needs the number typed; a queued job and a running one can be cancelled; undo restores everyone", async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const before = await groundTruth();
  // The job that will wait behind the big one, planned ahead so it can be queued at once.
  await page.goto("/users");
  const bystander = before.accounts.filter((a) => plain(a) && a.managed)[11];
  const plan = await api(page, "bulk/preflight", {
    action: { kind: "deactivate" },
    targets: { accounts: [bystander.accountId] },
  });
  expect(plan.users.map((u) => u.verdict.verdict)).toEqual(["change"]);

  // Every active org user: far more than 25, and a job long enough to cancel midway.
  await page.goto("/users?status=active");
  const matching = Number((await page.locator(".match-count strong").textContent()).replace(/\D/g, ""));
  await page.getByRole("button", { name: /^Select all [\d,]+ matching$/ }).click();
  await expect(page.locator(".selection-bar")).toContainText(`${matching.toLocaleString("en")} users selected`);
  await page.getByRole("button", { name: "Actions…" }).click();
  await check(page, "Deactivate");
  const d = dialog(page);
  const changing = await count(page, "changing");
  expect(changing).toBeGreaterThan(25);
  const start = d.getByRole("button", { name: `Deactivate ${changing.toLocaleString("en")} users`, exact: true });
  const typed = d.getByLabel(`Type ${changing} to confirm`);
  await expect(start).toBeDisabled();
  await typed.fill(String(changing + 1));
  await expect(start).toBeDisabled();
  await typed.fill(String(changing));
  await expect(start).toBeEnabled();
  await start.click();
  await expect(page).toHaveURL(/\/jobs\/[^/]+$/);
  const big = jobIdOf(page);
  const queued = await api(page, "bulk/start", { plan_id: plan.plan_id, typed: null });
  try {
    // The second job waits its turn: cancel it from its page while it is queued (in another tab).
    const other = await context.newPage();
    await other.goto(`/jobs/${queued}`);
    await expect(other.locator(".job-overview")).toHaveAttribute("data-state", "queued");
    await expect(other.locator(".job-queued")).toContainText("Queued");
    await other.getByRole("button", { name: "Cancel the job" }).click();
    await expect(other.locator(".job-overview")).toHaveAttribute("data-state", "cancelled");
    await expect(other.getByRole("button", { name: "Cancel the job" })).toBeHidden();
    await other.close();

    // And the running one: it stops after the users in progress; the rest are not reached.
    const cancel = page.getByRole("button", { name: "Cancel the job" });
    await expect(page.locator(".job-overview")).toHaveAttribute("data-state", "running");
    await cancel.click();
    await jobEnds(page, "cancelled");
    const counts = (n) => page.locator(`.job-counts [data-count="${n}"]`).getAttribute("data-value").then(Number);
    expect(await counts("cancelled")).toBeGreaterThan(0);
    expect(await counts("done")).toBeGreaterThan(0);

    const jobs = await api(page, "jobs", {});
    expect(jobs[0].id).toBe(queued);
    await page.goto("/jobs");
    await expect(page.locator(`tr[data-job-id="${queued}"] [data-state]`)).toHaveAttribute("data-state", "cancelled");
    await expect(page.locator(`tr[data-job-id="${big}"] [data-state]`)).toHaveAttribute("data-state", "cancelled");
    await page.locator(`tr[data-job-id="${big}"] a`).first().click();
    await expect(page).toHaveURL(new RegExp(`/jobs/${big}$`));
  } finally {
    // Whatever the big job changed is taken back, so the organisation ends as it began.
    await page.goto(`/jobs/${big}`);
    await jobEnds(page, /^(finished|cancelled)$/);
    const summary = (await api(page, "jobs/get", { job_id: big, state: null, page: 0 })).summary;
    test.info().annotations.push({
      type: "big job",
      description: `${JSON.stringify(summary.counts)} from ${summary.started_at} to ${summary.finished_at}`,
    });
    if (summary.counts.done > 0) await undo(page);
  }
  const after = byId(await groundTruth());
  const changed = before.accounts.filter((a) => JSON.stringify(state(after.get(a.accountId))) !== JSON.stringify(state(a)));
  expect(changed.map((a) => a.name)).toEqual([]);
});
