// With JavaScript off, the server-rendered page stands on its own and shows no dead controls.
import { expect, test } from "./fixtures.mjs";

test.skip(({ javaScriptEnabled }) => javaScriptEnabled, "checks the page without JavaScript");

test("the language and theme pickers work as a form with an Apply button", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Language" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply", exact: true })).toBeVisible();
});

test("the pickers and their Apply button line up on one line, at the same height", async ({ page }) => {
  await page.goto("/");
  const boxes = await Promise.all(
    [
      page.getByRole("combobox", { name: "Language" }),
      page.getByRole("combobox", { name: "Theme" }),
      page.getByRole("button", { name: "Apply", exact: true }),
    ].map((control) => control.boundingBox()),
  );
  const middles = boxes.map((b) => b.y + b.height / 2);
  const heights = boxes.map((b) => b.height);
  expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(1);
  expect(Math.max(...heights) - Math.min(...heights)).toBeLessThanOrEqual(1);
});

// Chromium reports a resource the Content-Security-Policy refuses in the console and as a failed
// request, even with JavaScript off: the page must ask for nothing its own policy refuses.
async function expectNothingRefused(page, path) {
  const seen = [];
  const serious = (level) => ["error", "warning"].includes(level);
  page.on("console", (message) => serious(message.type()) && seen.push(`${message.type()}: ${message.text()}`));
  page.on("requestfailed", (request) => seen.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Log.enable");
  cdp.on("Log.entryAdded", ({ entry }) => serious(entry.level) && seen.push(`log ${entry.level}: ${entry.text}`));
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  expect(seen, path).toEqual([]);
}

for (const path of ["/", "/users", "/jobs", "/audit", "/settings"]) {
  test(`${path} loads with no console message and nothing refused`, async ({ page }) => {
    await expectNothingRefused(page, path);
  });
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test("/login loads with no console message and nothing refused", async ({ page }) => {
    await expectNothingRefused(page, "/login");
  });
});
