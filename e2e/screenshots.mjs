// The README's screenshots, taken from the real product in demo mode: the dashboard, the Users
// page and a finished bulk job, at 1366 × 900 in the light theme. Run after the browser tests'
// build (the debug `uam` and `target/site`):
//
//   node e2e/screenshots.mjs            # writes docs/screenshot-{dashboard,users,job}.png
import { chromium } from "@playwright/test";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import startServer from "./server.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shot = (name) => join(root, "docs", `screenshot-${name}.png`);

const stop = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.UAM_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const context = await browser.newContext({
    baseURL: process.env.UAM_E2E_URL,
    viewport: { width: 1366, height: 900 },
    colorScheme: "light",
    locale: "en-GB",
  });
  const page = await context.newPage();

  // Signing in as the first simulated org admin, as a new admin does in demo mode.
  await page.goto("/");
  const admin = (await page.locator(".demo-admins li strong").first().textContent()).trim();
  await page.getByRole("link", { name: "Sign in with Atlassian" }).click();
  await page.getByRole("link", { name: admin, exact: true }).click();
  // The first sync runs as the server starts: the numbers appear in place when it ends.
  await page.locator(".cards").waitFor({ timeout: 120_000 });
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: shot("dashboard") });

  await page.goto("/users?tab=all");
  await page.locator(".selection-bar").waitFor({ timeout: 90_000 });
  await page.screenshot({ path: shot("users") });

  // A small job: three active users with no admin role, deactivated.
  await page.goto("/users?tab=all&status=active&type=managed");
  await page.locator(".selection-bar").waitFor({ timeout: 90_000 });
  const boxes = page.locator("tbody tr").getByRole("checkbox");
  for (let n = 0; n < 3; n += 1) await boxes.nth(n).check();
  await page.getByRole("button", { name: "Actions…" }).click();
  const dialog = page.getByRole("dialog", { name: "Bulk action" });
  await dialog.getByRole("radio", { name: "Deactivate" }).check();
  await dialog.getByRole("button", { name: "Check who this affects" }).click();
  await dialog.locator(".bulk-counts").waitFor();
  const title = (await dialog.locator(".bulk-action-name").textContent()).trim();
  await dialog.getByRole("button", { name: title, exact: true }).click();
  await page.waitForURL(/\/jobs\/[^/]+$/);
  await page.locator('.job-overview[data-state="finished"]').waitFor({ timeout: 90_000 });
  await page.screenshot({ path: shot("job") });
  console.log(`wrote ${["dashboard", "users", "job"].map(shot).join(", ")}`);
} finally {
  await browser.close();
  await stop();
}
