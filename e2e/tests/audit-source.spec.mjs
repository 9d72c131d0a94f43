// The Audit page's source filter: this app's own (hash-chained) log, the events Atlassian reports
// (the demo organisation's history, read by the sync), or both. The choice lives in the URL and
// works with the script (applied at once) and without it (the filters' Apply button); Atlassian's
// rows are marked in words, open with their own fields, and export with their source.
import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures.mjs";
import { openFilters } from "./filters.mjs";
import { parseCsv } from "./truth.mjs";

const rows = (page) => page.locator(".audit-table tbody tr[data-source]");
const sources = async (page) => new Set(await rows(page).evaluateAll((trs) => trs.map((tr) => tr.dataset.source)));

/// Opens Atlassian's events on the Audit page, once the server's first sync has read some.
async function atlassianEvents(page) {
  await expect
    .poll(
      async () => {
        await page.goto("/audit?source=atlassian");
        return rows(page).count();
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBeGreaterThan(0);
}

/// Picks a source: at once with the script, with "Apply filters" without it.
async function pick(page, label, javaScriptEnabled) {
  await openFilters(page);
  await page.getByLabel("Source").selectOption({ label });
  if (!javaScriptEnabled) await page.getByRole("button", { name: "Apply filters" }).click();
}

test("the source filter lists this app's entries, Atlassian's events, or both", async ({ page, javaScriptEnabled }) => {
  test.setTimeout(90_000);
  await atlassianEvents(page);
  expect(await sources(page)).toEqual(new Set(["atlassian"]));
  await expect(page.getByLabel("Source")).toHaveValue("atlassian");
  const first = rows(page).first();
  const badge = first.locator(".badge-source");
  await expect(badge).toHaveText("Atlassian");
  await expect(badge).toHaveAttribute("title", "Reported by Atlassian; not part of this app's hash chain.");
  const user = (await first.locator(".audit-user-id").textContent()).trim();

  // One event in full: Atlassian's fields, and no place in the hash chain.
  const n = await first.getAttribute("data-event");
  await first.getByRole("link", { name: `Details of Atlassian event ${n}` }).click();
  await expect(page).toHaveURL(new RegExp(`source=atlassian.*event=${n}`));
  const panel = page.getByRole("complementary", { name: `Atlassian event #${n}` });
  await expect(panel).toContainText("Reported by Atlassian; not part of this app's hash chain.");
  await expect(panel.locator("dt").filter({ hasText: /^IP address$/ })).toBeVisible();
  await expect(panel.locator("dd").filter({ hasText: /^[0-9a-f]{64}$/ })).toHaveCount(0);
  await panel.getByRole("link", { name: "Close details" }).click();
  await expect(panel).toBeHidden();

  // This app's own log only.
  await pick(page, "This app", javaScriptEnabled);
  await expect(page).toHaveURL(/source=app/);
  await expect.poll(() => sources(page)).toEqual(new Set(["app"]));
  await expect(page.locator(".audit-table .badge-source")).toHaveCount(0);

  // Both (the default, left out of the URL): the affected user's Atlassian events are there too.
  await page.goto(`/audit?source=app&user=${encodeURIComponent(user)}`);
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
  await pick(page, "This app and Atlassian", javaScriptEnabled);
  await expect(page).not.toHaveURL(/source=(app|atlassian)/);
  await expect(page.getByLabel("Source")).toHaveValue("");
  await expect.poll(() => sources(page)).toContain("atlassian");
});

test("Atlassian's events export with their source", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "the CSV is built by the hydrated app");
  test.setTimeout(90_000);
  await atlassianEvents(page);
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  const total = Number((await page.locator(".match-count strong").textContent()).replace(/\D/g, ""));
  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const text = await readFile(await (await waiting).path(), "utf8");
  const [header, ...lines] = parseCsv(text.slice(1));
  const at = (name) => header.indexOf(name);
  expect(at("Source")).toBeGreaterThanOrEqual(0);
  expect(lines).toHaveLength(total);
  expect(lines.every((r) => r[at("Source")] === "atlassian")).toBe(true);
  expect(lines.every((r) => r[at("Hash")] === "" && r[at("Atlassian event ID")] !== "")).toBe(true);
  // The CSV names each action as the table does: by its label.
  const shown = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.querySelector("td[data-action]").textContent.trim()));
  expect(lines.slice(0, shown.length).map((r) => r[at("Action")])).toEqual(shown);
});
