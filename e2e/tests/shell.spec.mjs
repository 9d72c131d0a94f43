// The app shell as the server renders it: both projects (JavaScript on and off) run these.
import { expect, test } from "./fixtures.mjs";

// Each page, and a second-level heading its first render must hold (the demo org is synced
// before the tests run, so the dashboard and the table have data).
const pages = [
  { path: "/", link: "Dashboard", heading: "Dashboard", section: "Total users" },
  { path: "/users", link: "Users", heading: "Users", section: "Organisation users" },
  { path: "/audit", link: "Audit log", heading: "Audit log", section: "Time (UTC)" },
  { path: "/settings", link: "Settings", heading: "Settings", section: "Atlassian connection" },
];

for (const { path, heading, section } of pages) {
  test(`${path} renders its page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle(`${heading} · User Account Manager`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.locator("main").getByText(section, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("note")).toContainText("Demo organisation");
    await expect(page.getByRole("note")).toContainText("Acme Corporation is a simulated organisation");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: heading, exact: true }))
      .toHaveAttribute("aria-current", "page");
  });
}

test("navigation links lead to every page", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const { path, link, heading } of pages.slice(1).concat(pages[0])) {
    await nav.getByRole("link", { name: link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path.replace("/", "\\/")}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
});

test("the demo banner leads to connecting a real organisation in Settings", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("note").getByRole("link", { name: "Connect your organisation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  await expect(page.getByText("the simulated demo organisation")).toBeVisible();
  await expect(page.getByRole("link", { name: "How to create an Admin API key" }))
    .toHaveAttribute("href", /support\.atlassian\.com/);
});

test.describe("an unknown address", () => {
  test.use({ expectedErrors: [[404, /\/no-such-page$/]] });

  test("shows the not-found page with status 404", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: "Go to the dashboard" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  });
});

test("the layout fits a 390 px panel without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/users");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toBeVisible();
});

// ---- Shell and sign-in layout ----

/// Whether each link of the main navigation lies whole inside the viewport and inside the list
/// that holds it (a list that scrolls sideways would clip the last ones).
async function expectWholeNavigation(page, width, what) {
  const nav = page.locator(".main-nav ul");
  expect(await nav.evaluate((e) => e.scrollWidth - e.clientWidth), `${what}: the navigation scrolls`).toBe(0);
  for (const link of await nav.getByRole("link").all()) {
    const box = await link.boundingBox();
    expect(box.x, `${what}: ${await link.innerText()}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${what}: ${await link.innerText()} is clipped`).toBeLessThanOrEqual(width);
  }
}

for (const [tag, settings] of [["en", "Settings"], ["de", "Einstellungen"], ["th", null], ["ja", null]]) {
  test(`at 390 px every navigation link is whole, ${tag}`, async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/");
    await expectWholeNavigation(page, 390, tag);
    if (settings) await expect(page.locator(".main-nav").getByRole("link", { name: settings })).toBeInViewport({ ratio: 1 });
  });
}

test.describe("the sign-in page", () => {
  // Signed out: a visitor's first page.
  test.use({ storageState: { cookies: [], origins: [] } });

  for (const width of [1366, 390]) {
    test(`has room between the Atlassian button and the text under it, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/login");
      const button = await page.getByRole("link", { name: "Sign in with Atlassian" }).boundingBox();
      const hint = await page.locator(".login-section .hint").first().boundingBox();
      expect(hint.y - (button.y + button.height)).toBeGreaterThanOrEqual(8);
      // A local admin exists on this server (the tests create one), so its form is offered.
      await expect(page.getByRole("heading", { name: "Local admin account" })).toBeVisible();
      await expect(page.getByLabel("Password")).toBeVisible();
    });
  }

  test("the simulated Atlassian account picker has a look of its own", async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "the simulator's page is the same either way");
    await page.goto("/login");
    const admin = (await page.locator(".demo-admins li strong").first().textContent()).trim();
    await page.getByRole("link", { name: "Sign in with Atlassian" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose an account");
    const card = page.locator("main");
    expect(await card.evaluate((e) => getComputedStyle(e).borderRadius)).not.toBe("0px");
    expect(await card.evaluate((e) => getComputedStyle(e).maxWidth)).not.toBe("none");
    // Each account is one row whose link is the account's name alone.
    const link = page.getByRole("link", { name: admin, exact: true });
    await expect(link).toBeVisible();
    const row = await page.locator("li").filter({ has: link }).boundingBox();
    expect(row.height).toBeGreaterThan(32);
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
});
