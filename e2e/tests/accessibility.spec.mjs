// An automated accessibility scan (axe-core) of the dashboard and the Users page, and of the
// details panel: no serious or critical violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures.mjs";

for (const [name, path] of [
  ["dashboard", "/"],
  ["users", "/users"],
  ["users with details", "/users?status=active&type=managed"],
  ["customers", "/users?tab=customers"],
]) {
  test(`${name}: no serious or critical accessibility violations`, async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "axe runs as a script in the page; the server-rendered DOM is the same");
    await page.goto(path);
    await expect(page.locator("main h1")).toBeVisible();
    if (name === "users with details") {
      await page.locator(".details-link").first().click();
      await expect(page.locator(".details-panel")).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    expect(bad).toEqual([]);
  });
}
