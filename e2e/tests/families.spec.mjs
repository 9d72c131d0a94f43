// A partial sync, as a real site whose account may not read every project and space gives one:
// the dashboard's sync panel says per product what was read, what was skipped, which ones and
// the permission that would fix it, in English and in German, with JavaScript on and off. It
// changes what the demo organisation lets a sync read, so it runs after every other project.
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures.mjs";

const simUrl = (path) => `${process.env.UAM_E2E_SIM_URL}${path}`;

async function setUnreadable(projects, spaces) {
  const response = await fetch(simUrl("/__sim/unreadable"), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ projects, spaces }),
  });
  expect(response.ok).toBe(true);
  return response.json();
}

/// One single-line message of a locale, as the translators wrote it, with its placeholders.
function message(locale, id) {
  const source = readFileSync(new URL(`../../i18n/${locale}/main.ftl`, import.meta.url), "utf8");
  const line = source.split("\n").find((l) => l.startsWith(`${id} =`));
  if (!line) throw new Error(`${locale} has no ${id}`);
  return line.slice(id.length + 2).trim();
}

/// Clicks "Sync now" and waits until the panel shows the finished sync again.
async function syncNow(page) {
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(page.locator(".sync-progress")).toHaveCount(0, { timeout: 90_000 });
  await expect(page.getByRole("button", { name: "Sync now" })).toBeVisible();
}

const family = (page, name) => page.locator(".family-state").filter({ has: page.locator(".family-name", { hasText: new RegExp(`^${name}$`) }) });

test.afterAll(async ({ browser }) => {
  // Leave the organisation whole again for whoever looks at it next.
  await setUnreadable(0, 0);
  const context = await browser.newContext({ storageState: test.info().project.use.storageState });
  const page = await context.newPage();
  await page.goto("/");
  await syncNow(page);
  await expect(family(page, "Jira").locator(".family-badge")).toHaveText("Complete");
  await context.close();
});

test("the sync panel names what a partial sync skipped, and why", async ({ page, browser, baseURL }) => {
  const info = await setUnreadable(3, 2);
  expect(info.unreadableProjects).toHaveLength(3);
  await page.goto("/");
  await syncNow(page);

  const jira = family(page, "Jira");
  await expect(jira.locator(".family-badge")).toHaveText("Partly read");
  await expect(jira.locator(".family-skips")).toContainText(
    "3 projects could not be read: the site account needs Administer Projects for them (or Administer Jira).",
  );
  for (const project of info.unreadableProjects) await expect(jira.locator(".family-skips")).toContainText(project.key);
  const confluence = family(page, "Confluence");
  await expect(confluence.locator(".family-badge")).toHaveText("Partly read");
  await expect(confluence.locator(".family-skips")).toContainText("2 spaces could not be read: the site account needs permission to view them.");
  await expect(family(page, "Jira Service Management").locator(".family-badge")).toHaveText("Complete");
  // The history lists the partial sync with its families.
  await page.getByText("Recent syncs").click();
  await expect(page.locator(".sync-history-table tbody tr").first()).toContainText(`Jira: ${"Partly read"}`);

  // In German, and rendered by the server alone (JavaScript off): the same states, translated.
  const german = await browser.newContext({ storageState: test.info().project.use.storageState, javaScriptEnabled: false });
  await german.addCookies([{ name: "uam_locale", value: "de", url: baseURL }]);
  const de = await german.newPage();
  await de.goto("/");
  await expect(family(de, "Jira").locator(".family-badge")).toHaveText(message("de", "sync-family-partial"));
  const permission = message("de", "permission-administer-projects");
  await expect(family(de, "Jira").locator(".family-skips")).toContainText(permission);
  await expect(family(de, "Jira Service Management").locator(".family-badge")).toHaveText(message("de", "sync-family-complete"));
  await german.close();
});
