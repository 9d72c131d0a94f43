// The Jira panel in Chromium: "Jira" (another loopback origin, the only one allowed to frame the
// panel) frames /embed with a launch code from Forge's token, the panel opens its own partitioned
// session (third-party cookies are blocked, as they are in Chromium by default) and the Users page
// works inside the frame. An origin nobody allowed cannot frame any page.
import { readFileSync } from "node:fs";
import { test as plain } from "@playwright/test";
import { expect, test } from "./fixtures.mjs";
import { groundTruth } from "./truth.mjs";

const JIRA = () => process.env.UAM_E2E_JIRA_URL;
const ELSEWHERE = () => process.env.UAM_E2E_ELSEWHERE_URL;
const SERVER = () => process.env.UAM_E2E_URL;

// The panel signs in by itself: no tab session in this browser.
test.use({ storageState: { cookies: [], origins: [] } });

async function anAdmin() {
  const truth = await groundTruth();
  return truth.accounts.find((a) => a.orgAdmin && a.kind === "atlassian" && a.status === "active" && a.orgUser);
}

/// The panel's frame, once its page is `path` (below /embed).
async function panelAt(page, path) {
  await expect.poll(() => page.frames().find((f) => new URL(f.url()).pathname === path)?.url()).toBeTruthy();
  return page.frames().find((f) => new URL(f.url()).pathname === path);
}

test("Jira's launch code opens the panel, whose Users page works inside the frame", async ({ page, javaScriptEnabled }, testInfo) => {
  test.skip(!javaScriptEnabled, "the panel's launch needs its script (as Forge's Custom UI does)");
  const admin = await anAdmin();
  await page.setViewportSize({ width: 1000, height: 1000 });
  await page.goto(`${JIRA()}/panel?as=${encodeURIComponent(admin.accountId)}&theme=dark&lang=en_US&width=800`);

  // The launch page trades the code and opens the dashboard; the code is gone from the address.
  const dashboard = await panelAt(page, "/embed/");
  expect(dashboard.url()).not.toContain("code=");
  const panel = page.frameLocator("#panel");
  await expect(panel.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(panel.locator("html")).toHaveAttribute("data-embedded", "");
  await expect(panel.locator(".account-name")).toHaveText(admin.name);
  await expect(panel.locator(".account-via")).toHaveText("via Jira");
  await expect(panel.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  // Navigation stays in the panel: every link of the app points below /embed.
  await panel.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  const users = await panelAt(page, "/embed/users");
  await expect(panel.locator("tbody tr").first()).toBeVisible();
  const hrefs = await panel.locator("a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => !href.startsWith("/embed/"))).toEqual([]);

  // Search, as an admin would, and see the match.
  const truth = await groundTruth();
  const someone = truth.accounts.find((a) => a.orgUser && a.email && a.status === "active" && !a.orgAdmin);
  const needle = someone.email.split("@")[0];
  await panel.getByRole("searchbox", { name: "Search" }).pressSequentially(needle, { delay: 20 });
  await expect.poll(() => users.url()).toContain(`q=${needle}`);
  expect(new URL(users.url()).pathname, "the search moved within the panel").toBe("/embed/users");
  await expect(panel.locator(".name-cell a").filter({ hasText: someone.name }).first()).toBeVisible();

  // The panel fits an 800 px Jira page: nothing scrolls sideways.
  const overflow = await users.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // A reload inside the frame keeps the session (the partitioned cookie) and stays in the panel.
  await users.evaluate(() => location.reload());
  await expect(panel.locator("tbody tr").first()).toBeVisible();
  expect(new URL(page.frames().find((f) => f.url().includes("/embed/users")).url()).pathname).toBe("/embed/users");

  // The session cookie is the partitioned one, and it was only ever set inside Jira's frame.
  const cookies = await page.context().cookies(SERVER());
  const session = cookies.find((c) => c.name === "__Host-esid");
  expect(session).toBeTruthy();
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "None" });
  expect(cookies.find((c) => c.name === "uam_sid")).toBeUndefined();
  await page.screenshot({ path: testInfo.outputPath("embed-users-800.png"), fullPage: true });

  // The Audit page, in the panel, shows who signed in and how.
  await panel.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await panelAt(page, "/embed/audit");
  const signIn = panel.locator(".audit-table tbody tr").filter({ hasText: admin.name }).filter({ hasText: "via Jira" });
  await expect(signIn.first()).toBeVisible();
});

test("the panel follows Jira's language", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "the panel's launch needs its script");
  const admin = await anAdmin();
  await page.goto(`${JIRA()}/panel?as=${encodeURIComponent(admin.accountId)}&theme=light&lang=de_DE`);
  await panelAt(page, "/embed/");
  const panel = page.frameLocator("#panel");
  await expect(panel.locator("html")).toHaveAttribute("lang", "de");
  await expect(panel.locator("html")).toHaveAttribute("data-theme", "light");
  const german = readFileSync(new URL("../../i18n/de/main.ftl", import.meta.url), "utf8");
  const viaJira = german.match(/^account-via-forge = (.+)$/m)[1];
  await expect(panel.locator(".account-via")).toHaveText(viaJira);
});

test.describe("when the panel's session ends", () => {
  // The server function that finds the session gone answers 401: that is the case under test.
  test.use({ expectedErrors: [[401, /\/api\//]] });

  test("a session that ends mid-use sends the panel back to Jira for a new code", async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "the panel's launch needs its script");
    const admin = await anAdmin();
    await page.goto(`${JIRA()}/panel?as=${encodeURIComponent(admin.accountId)}`);
    await panelAt(page, "/embed/");
    const panel = page.frameLocator("#panel");
    await expect(panel.locator(".account-name")).toHaveText(admin.name);
    // The session ends (as after 15 idle minutes); the next click's server call finds it gone.
    await page.context().clearCookies({ name: "__Host-esid" });
    await panel.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
    await expect.poll(() => page.evaluate(() => window.messages)).toEqual([
      { origin: new URL(SERVER()).origin, data: { type: "uam:session-expired" } },
    ]);
    await expect(panel.locator("[data-state=expired]")).toBeVisible();
  });
});

test("without a launch code the panel asks the Jira shell for a new one", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "the message comes from the panel's script");
  await page.goto(`${JIRA()}/frame?src=${encodeURIComponent(`${SERVER()}/embed`)}`);
  await expect.poll(() => page.evaluate(() => window.messages)).toEqual([
    { origin: new URL(SERVER()).origin, data: { type: "uam:session-expired" } },
  ]);
  await expect(page.frameLocator("#panel").locator("[data-state=expired]")).toBeVisible();
});

// The browser itself refuses these frames (and says so on the console): the plain Playwright test,
// without the fixture that fails on console errors.
plain.describe("framing", () => {
  plain.use({ storageState: { cookies: [], origins: [] } });

  plain("an origin nobody allowed cannot frame the panel or any page", async ({ page, javaScriptEnabled }) => {
    plain.skip(!javaScriptEnabled, "the same headers either way: once is enough");
    for (const [origin, path] of [
      [ELSEWHERE(), "/embed"],
      [ELSEWHERE(), "/login"],
      [ELSEWHERE(), "/"],
      // Even Jira may frame only the panel's pages.
      [JIRA(), "/login"],
      [JIRA(), "/users"],
    ]) {
      await page.goto(`${origin}/frame?src=${encodeURIComponent(`${SERVER()}${path}`)}`);
      await page.waitForTimeout(300);
      const framed = page.frames().find((f) => f !== page.mainFrame());
      // A refused frame is Chromium's error page, never ours.
      await expect.poll(() => framed.url(), `${origin} framing ${path}`).toMatch(/^chrome-error:/);
      const ours = framed.locator("[data-state], .top-bar, form[action='/auth/login'], #main");
      expect(await ours.count(), `${origin} framing ${path}`).toBe(0);
    }
    // The allowed origin can frame the panel's launch page.
    await page.goto(`${JIRA()}/frame?src=${encodeURIComponent(`${SERVER()}/embed`)}`);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => framed.url()).toBe(`${SERVER()}/embed`);
  });
});
