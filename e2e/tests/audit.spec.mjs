// The Audit page against what really happened: admin actions taken through the product (a
// setting saved, users exported) are found by filter and search, read as they were done, export
// to a CSV that equals the table, and the export itself is in the log. Every action and outcome
// the log can hold reads as its label, never its code, on the page and in the CSV.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures.mjs";
import { parseCsv } from "./truth.mjs";

const AUDIT_HEADER = [
  "Entry",
  "Source",
  "Time (UTC)",
  "Admin ID",
  "Admin name",
  "Signed in with",
  "Jira panel installation",
  "Action",
  "Target",
  "Affected user name",
  "Affected user email",
  "Outcome",
  "Atlassian status",
  "Request ID",
  "Job",
  "Details",
  "Previous hash",
  "Hash",
  "Atlassian event ID",
  "IP address",
  "Product",
];

async function download(page, button) {
  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

/// Waits until the page has hydrated (the preference pickers appear only then).
async function hydrated(page) {
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
}

const entries = (page) => page.locator(".audit-table tbody tr[data-seq]");

test("a saved setting and a users export are found, read right, and export as shown", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "saving settings and exporting need the hydrated app");
  test.setTimeout(90_000);
  // A value no other test uses, so this entry is the one found.
  const days = 1000 + Math.floor(Math.random() * 2600);
  await page.goto("/settings");
  await hydrated(page);
  const admin = (await page.locator(".account-name").textContent()).trim();
  const schedule = page.getByRole("region", { name: "Sync schedule and audit retention" });
  await schedule.getByLabel("Keep audit entries for (days)").fill(String(days));
  await schedule.getByRole("button", { name: "Save" }).click();
  await expect(schedule.getByRole("status")).toHaveText("Saved.");

  await page.goto("/users?status=suspended");
  await hydrated(page);
  const exported = Number((await page.locator(".match-count strong").textContent()).replace(/\D/g, ""));
  await download(page, "Export matching users (CSV)");

  await page.goto("/audit");
  await hydrated(page);
  await expect(page.locator("[data-integrity]")).toHaveAttribute("data-integrity", "verified");
  await expect(page.locator("[data-integrity]")).toContainText(/^✓ Chain verified: [\d,]+ entr/);

  // The settings change: by the action picker, then by searching as you type.
  await page.getByLabel("Action").selectOption({ label: "Setting changed" });
  await expect(page).toHaveURL(/action=settings_changed/);
  // The URL changes before the filtered rows replace the previous ones: wait for the rows.
  await expect
    .poll(async () => {
      const labels = await page.locator(".audit-table td[data-action]").allTextContents();
      return labels.length > 0 && labels.every((label) => label === "Setting changed");
    })
    .toBe(true);
  await page.getByRole("searchbox", { name: "Search" }).pressSequentially(String(days), { delay: 20 });
  await expect(page).toHaveURL(new RegExp(`q=${days}`));
  await expect(entries(page)).toHaveCount(1);
  const row = entries(page).first();
  await expect(row.getByRole("rowheader")).toContainText(admin);
  await expect(row.getByRole("rowheader")).toContainText("Atlassian");
  await expect(row.locator(".audit-user-id")).toHaveText("audit_retention_days");
  await expect(row.locator("[data-outcome]")).toHaveText("Succeeded");
  await expect(row.locator(".audit-summary")).toContainText(`after: ${days}`);
  await expect(row.locator(".audit-summary")).toContainText("setting: audit_retention_days");
  const time = row.locator("time");
  await expect(time).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d:\d\d\s[AP]M UTC$/);
  const minutesAgo = (Date.now() - Date.parse(await time.getAttribute("datetime"))) / 60_000;
  expect(minutesAgo).toBeLessThan(10);
  await expect(time).toHaveAttribute("title", /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d:\d\d\s[AP]M \(UTC[+-]\d\d:\d\d\)$/);

  // Every field of it, hashes included; Escape closes.
  await row.getByRole("link", { name: /^Details of entry \d+$/ }).click();
  const panel = page.getByRole("complementary", { name: /^Entry #\d+$/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(panel.locator("dd").filter({ hasText: /^[0-9a-f]{64}$/ })).toHaveCount(2);
  await expect(panel.locator(".audit-json")).toContainText(`"after": ${days}`);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/entry=/);

  // The users export: by its action and the admin who did it.
  await page.goto("/audit?action=users_exported");
  await hydrated(page);
  await page.locator('select[name="admin"]').selectOption({ label: admin });
  await expect(page).toHaveURL(/admin=atlassian/);
  // This test's export: other tests, running at the same time as the same admin, export too.
  const export_row = entries(page).filter({ has: page.locator(".audit-summary", { hasText: '"status":["suspended"]' }) }).first();
  await expect(export_row.locator("td[data-action]")).toHaveText("Users exported");
  await expect(export_row.locator(".audit-summary")).toContainText(`rows: ${exported}`);
  await expect(export_row.locator(".audit-summary")).toContainText('"status":["suspended"]');

  // The log's own export equals the table, and is itself recorded. (Only retention changes:
  // other tests save other settings meanwhile.)
  await page.goto("/audit?action=settings_changed&q=audit_retention_days");
  await hydrated(page);
  const total = Number((await page.locator(".match-count strong").textContent()).replace(/\D/g, ""));
  const { name, text } = await download(page, "Export CSV");
  expect(name).toMatch(/^acme-corporation-audit-\d{4}-\d\d-\d\d\.csv$/);
  expect(text.charCodeAt(0), "a byte-order mark").toBe(0xfeff);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual(AUDIT_HEADER);
  expect(rows).toHaveLength(total);
  const shown = await entries(page).evaluateAll((trs) => trs.map((tr) => tr.dataset.seq));
  expect(rows.slice(0, shown.length).map((r) => r[0])).toEqual(shown);
  const at = (name) => AUDIT_HEADER.indexOf(name);
  const ours = rows.find((r) => r[at("Details")].includes(`"after":${days}`));
  expect(ours).toBeTruthy();
  expect(ours[at("Admin name")]).toBe(admin);
  expect(ours[at("Signed in with")]).toBe("atlassian");
  expect(ours[at("Jira panel installation")]).toBe("");
  expect(ours[at("Action")]).toBe("Setting changed");
  expect(ours[at("Target")]).toBe("audit_retention_days");
  expect(ours[at("Outcome")]).toBe("Succeeded");
  expect(ours[at("Hash")]).toMatch(/^[0-9a-f]{64}$/);
  expect(rows.every((r) => r[at("Action")] === "Setting changed" && r[at("Target")] === "audit_retention_days")).toBe(true);
  expect(rows.every((r) => r.length === AUDIT_HEADER.length)).toBe(true);
  await expect(page.getByRole("status").filter({ hasText: `Exported ${total} ${total === 1 ? "entry" : "entries"}.` })).toBeVisible();

  await page.goto("/audit?action=audit_export");
  const recorded = entries(page).first();
  await expect(recorded.getByRole("rowheader")).toContainText(admin);
  await expect(recorded.locator(".audit-summary")).toContainText(`rows: ${total}`);
  await expect(recorded.locator(".audit-summary")).toContainText(
    'filter: {"action":"settings_changed","text":"audit_retention_days"}',
  );
});

test("the log reads, filters, pages and opens entries without the script", async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled, "the same server-rendered page; the hydrated one is tested above");
  await page.goto("/audit");
  await expect(page.locator("[data-integrity]")).toHaveAttribute("data-integrity", "verified");
  // Viewing the log is itself in the log (and, once written, offered by the action picker).
  await page.reload();
  await page.getByLabel("Action").selectOption({ label: "Audit log viewed" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=audit_viewed/);
  await expect(entries(page).first()).toBeVisible();
  const actions = await page.locator(".audit-table td[data-action]").allTextContents();
  expect(actions.every((a) => a === "Audit log viewed")).toBe(true);

  await page.goto("/audit?action=sign_in");
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "25", exact: true }).click();
  await expect(page).toHaveURL(/action=sign_in&size=25/);
  const first = entries(page).first();
  const seq = await first.getAttribute("data-seq");
  await first.getByRole("link", { name: `Details of entry ${seq}` }).click();
  await expect(page).toHaveURL(new RegExp(`entry=${seq}`));
  const panel = page.getByRole("complementary", { name: `Entry #${seq}` });
  // The action by its label, never its code.
  await expect(panel.locator("dd").filter({ hasText: /^Sign-in$/ })).toHaveCount(1);
  await expect(panel).not.toContainText("sign_in");
  await expect(panel.locator("dd").filter({ hasText: /^[0-9a-f]{64}$/ })).toHaveCount(2);
  await panel.getByRole("link", { name: "Close details" }).click();
  await expect(panel).toBeHidden();

  // A search nothing matches says so, and keeps the filters to change.
  await page.getByRole("searchbox", { name: "Search" }).fill("no entry says this 7d1f");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("no entry says this 7d1f");
});

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/// A locale's messages that are plain text (as the audit labels are), by id, from its file.
function plainMessages(tag) {
  const source = readFileSync(join(root, "i18n", tag, "main.ftl"), "utf8");
  return Object.fromEntries([...source.matchAll(/^([a-z][\w-]*) = ([^{\n]+)$/gm)].map((m) => [m[1], m[2].trim()]));
}

/// One entry for every action and every outcome of this version's vocabulary, appended to the
/// server's log by its own append (the audit_vocabulary example), under an admin name of this
/// run's: the codes it wrote, and the name to filter on.
function appendEveryValue() {
  const name = `Vocabulary ${Date.now()} ${Math.floor(Math.random() * 1e6)}`;
  const binary = process.env.UAM_BIN ?? join(root, "target", "debug", "uam");
  const example = join(dirname(binary), "examples", "audit_vocabulary");
  const run = spawnSync(example, [process.env.UAM_E2E_DATA_DIR, name], { encoding: "utf8" });
  expect(run.status, `audit_vocabulary: ${run.stderr}`).toBe(0);
  return { name, ...JSON.parse(run.stdout) };
}

for (const tag of ["en", "ja", "de"]) {
  test(`every action and outcome reads as its label, never its code, on the page and in the CSV (${tag})`, async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    test.setTimeout(60_000);
    const { name, actions, outcomes } = appendEveryValue();
    expect(actions.length).toBeGreaterThan(20);
    const t = plainMessages(tag);
    const label = (kind, code) => t[`audit-${kind}-${code}`];
    const expected = [...actions.map((a) => [a, "ok"]), ...outcomes.map((o) => ["bulk_deactivate", o])];
    for (const [action, outcome] of expected) {
      expect(label("action", action), `${tag} labels ${action}`).toBeTruthy();
      expect(label("outcome", outcome), `${tag} labels ${outcome}`).toBeTruthy();
    }
    const codes = new Set([...actions, ...outcomes]);
    /// Each shown text is a label (never a code), and each code's label is among them.
    const expectLabels = (shown, kind, values, what) => {
      for (const text of shown) expect(codes.has(text.trim()), `${what} shows the code ${text}`).toBe(false);
      const texts = new Set(shown.map((s) => s.trim()));
      for (const code of values) expect(texts.has(label(kind, code)), `${what} shows ${code} as ${label(kind, code)}`).toBe(true);
    };

    await page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);
    await page.goto(`/audit?admin=${encodeURIComponent(name)}&size=100`);
    await expect(entries(page)).toHaveCount(expected.length);
    expectLabels(await entries(page).locator("td[data-action]").allTextContents(), "action", actions, "the Action column");
    expectLabels(await entries(page).locator("[data-outcome]").allTextContents(), "outcome", outcomes, "the Outcome column");

    if (!javaScriptEnabled) return;
    await expect(page.locator(".toolbar-actions")).toBeVisible();
    const { text } = await download(page, t["audit-export"]);
    const [header, ...rows] = parseCsv(text.slice(1));
    const at = (id) => header.indexOf(t[id]);
    expect(rows).toHaveLength(expected.length);
    expectLabels(rows.map((r) => r[at("audit-csv-action")]), "action", actions, "the CSV's Action column");
    expectLabels(rows.map((r) => r[at("audit-csv-outcome")]), "outcome", outcomes, "the CSV's Outcome column");
  });
}
