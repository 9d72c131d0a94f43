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
