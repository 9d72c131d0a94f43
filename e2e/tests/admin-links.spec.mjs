// Every name in the Users table, and the details panel, links to the account in Atlassian
// Administration under the organisation's own id, however the page was reached: loaded directly,
// built in the browser after a click (a dashboard number, the top bar), rebuilt by back and
// forward, inside the Jira panel, and without JavaScript.
import { expect, test } from "./fixtures.mjs";
import { groundTruth } from "./truth.mjs";

/// The simulated organisation's id, as the simulator itself reports it.
async function simulatedOrgId() {
  const response = await fetch(`${process.env.UAM_E2E_SIM_URL}/__sim/info`);
  if (!response.ok) throw new Error(`the simulator answered ${response.status}`);
  return (await response.json()).orgId;
}

/// The exact link of an account in Atlassian Administration. (The simulated ids hold only
/// characters a path segment may carry as they are, the colon included.)
const adminLink = (orgId, accountId) => `https://admin.atlassian.com/o/${orgId}/users/${accountId}`;

/// Checks that every name on the Users page in `scope` (a page or a frame) links to exactly its
/// account under the organisation's id, and that each linked account exists.
async function expectAdminLinks(scope, orgId) {
  const names = scope.locator(".name-cell a");
  await expect(names.first()).toBeVisible();
  const hrefs = await names.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const ids = new Set((await groundTruth()).accounts.map((a) => a.accountId));
  const prefix = adminLink(orgId, "");
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) {
    expect(href.startsWith(prefix), href).toBe(true);
    const id = href.slice(prefix.length);
    expect(ids.has(id), `${href} names an account of the organisation`).toBe(true);
  }
  return hrefs;
}

/// Opens the details of the first row and checks its "Open in Atlassian Administration" link.
async function expectDetailsLink(scope, orgId) {
  const first = scope.locator(".name-cell a").first();
  const href = await first.getAttribute("href");
  await scope.locator("tbody tr").first().getByRole("link", { name: /^Details for / }).click();
  const panel = scope.locator(".details-panel");
  await expect(panel.getByRole("link", { name: "Open in Atlassian Administration" })).toHaveAttribute("href", href);
  const accountId = (await panel.locator("dt", { hasText: "Account ID" }).locator("+ dd").textContent()).trim();
  expect(href).toBe(adminLink(orgId, accountId));
}

/// Waits until the page is hydrated (the preference form's Apply button is only for pages without
/// the script), so a click is handled by the app's router.
async function hydrated(page) {
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply", exact: true })).toBeHidden();
}

/// Marks the document, so a test can tell a client-side navigation from a page load.
const mark = (page) => page.evaluate(() => { window.uamSameDocument = true; });
const sameDocument = (page) => page.evaluate(() => window.uamSameDocument === true);

test("the links are right when the Users page is loaded directly", async ({ page }) => {
  const orgId = await simulatedOrgId();
  expect(orgId).toBeTruthy();
  await page.goto("/users");
  await expectAdminLinks(page, orgId);
  await expectDetailsLink(page, orgId);
});

test("the links are right after clicking a dashboard number", async ({ page, javaScriptEnabled }) => {
  const orgId = await simulatedOrgId();
  await page.goto("/");
  if (javaScriptEnabled) {
    await hydrated(page);
    await mark(page);
  }
  await page.locator(".card-part").filter({ hasText: "Overdue" }).locator("a").click();
  await expect(page).toHaveURL(/\/users\?status=active&inactivity=overdue$/);
  await expectAdminLinks(page, orgId);
  if (javaScriptEnabled) expect(await sameDocument(page), "the router built the page in the browser").toBe(true);
});

test("the links are right after the top bar's Users, and after back and forward", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "back and forward between server pages is the direct load above");
  const orgId = await simulatedOrgId();
  await page.goto("/");
  await hydrated(page);
  await mark(page);
  const main = page.getByRole("navigation", { name: "Main" });
  await main.getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveURL(/\/users$/);
  const first = await expectAdminLinks(page, orgId);
  await expectDetailsLink(page, orgId);

  // Back to the details-less table, to the dashboard, and forward again: each page is rebuilt in
  // the browser from the history entry.
  await page.goBack();
  await expect(page).toHaveURL(/\/users$/);
  await expect(page.locator(".details-panel")).toHaveCount(0);
  expect(await expectAdminLinks(page, orgId)).toEqual(first);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await page.goForward();
  await expect(page).toHaveURL(/\/users$/);
  expect(await expectAdminLinks(page, orgId)).toEqual(first);

  // Loaded directly, then left and returned to with Back.
  await page.goto("/users?tab=all");
  await hydrated(page);
  await mark(page);
  await main.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await page.goBack();
  await expect(page).toHaveURL(/\/users\?tab=all$/);
  await expectAdminLinks(page, orgId);
  await expectDetailsLink(page, orgId);
  expect(await sameDocument(page), "every step stayed in the same document").toBe(true);
});

test.describe("in the Jira panel", () => {
  // The panel signs in by itself: no tab session in this browser.
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the links are right on the panel's Users page", async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "the panel's launch needs its script (as Forge's Custom UI does)");
    const orgId = await simulatedOrgId();
    const admin = (await groundTruth()).accounts.find(
      (a) => a.orgAdmin && a.kind === "atlassian" && a.status === "active" && a.orgUser,
    );
    await page.goto(`${process.env.UAM_E2E_JIRA_URL}/panel?as=${encodeURIComponent(admin.accountId)}`);
    const panel = page.frameLocator("#panel");
    await expect(panel.locator(".account-name")).toHaveText(admin.name);
    // Reached from the panel's dashboard by a click: built in the browser, inside the frame.
    await panel.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
    await expect.poll(() => page.frames().some((f) => new URL(f.url()).pathname === "/embed/users")).toBe(true);
    await expectAdminLinks(panel, orgId);
    await expectDetailsLink(panel, orgId);
    // And loaded directly inside the frame.
    const frame = page.frames().find((f) => new URL(f.url()).pathname.startsWith("/embed/users"));
    await frame.evaluate(() => location.assign("/embed/users?tab=all"));
    await expect.poll(() => new URL(frame.url()).search).toBe("?tab=all");
    await expectAdminLinks(panel, orgId);
  });
});
