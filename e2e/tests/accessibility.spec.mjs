// An automated accessibility scan (axe-core) of the read-only pages (dashboard, each Users tab
// and its details panel, Jobs, Audit, Settings): no serious or critical violations. The
// pre-flight dialog and a job's page are scanned by the bulk spec, which runs jobs.
import { expectAccessible } from "./axe.mjs";
import { expect, test } from "./fixtures.mjs";

for (const [name, path] of [
  ["dashboard", "/"],
  ["users", "/users"],
  ["users with details", "/users?status=active&type=managed"],
  ["customers", "/users?tab=customers"],
  ["project users", "/users?tab=projects"],
  ["jobs", "/jobs"],
  ["audit log", "/audit"],
]) {
  test(`${name}: no serious or critical accessibility violations`, async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "axe runs as a script in the page; the server-rendered DOM is the same");
    await page.goto(path);
    await expect(page.locator("main h1")).toBeVisible();
    if (name === "users with details") {
      await page.locator(".details-link").first().click();
      await expect(page.locator(".details-panel")).toBeVisible();
    }
    await expectAccessible(page);
  });
}

// Settings (area H1): the page with the connection test's results shown, and its danger zone.
test("settings with the connection test's results: no serious or critical accessibility violations", async ({
  page,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "axe runs as a script in the page; the results need the script");
  await page.goto("/settings");
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByRole("table", { name: "Test connection" })).toBeVisible({ timeout: 16_000 });
  await expect(page.getByRole("region", { name: "Danger zone" })).toBeVisible();
  await expectAccessible(page);
});
