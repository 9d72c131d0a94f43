// The Audit page against what really happened: admin actions taken through the product (a
// setting saved, users exported) are found by filter and search, read as they were done, export
// to a CSV that equals the table, and the export itself is in the log. Every action and outcome
// the log can hold reads as its label, never its code, on the page and in the CSV.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expectAccessible } from "./axe.mjs";
import { expect, test } from "./fixtures.mjs";
import { openFilters } from "./filters.mjs";
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
  "Details (JSON)",
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
  // Where the verified chain reaches, never a count that disagrees with the list below.
  await expect(page.locator("[data-integrity]")).toContainText(/^✓ Chain verified through entry #\d+, /);

  // The settings change: by the action picker, then by searching as you type.
  await openFilters(page);
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
  // The details as a sentence, never JSON.
  await expect(row.locator(".audit-summary")).toHaveText(new RegExp(`^Keep audit entries for \\(days\\) changed from \\S+ to ${days}\\.$`));
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
  await expect(panel.locator(".audit-sentences")).toContainText(`to ${days}.`);
  await expect(panel.locator(".audit-json")).toContainText(`"after": ${days}`);
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/entry=/);

  // The users export: by its action and the admin who did it.
  // This test's export, found by its filter in the stored details (other tests, running at the
  // same time as the same admin, export too).
  await page.goto(`/audit?action=users_exported&q=${encodeURIComponent('"status":["suspended"]')}`);
  await hydrated(page);
  await page.locator('select[name="admin"]').selectOption({ label: admin });
  await expect(page).toHaveURL(/admin=atlassian/);
  const export_row = entries(page).first();
  await expect(export_row.locator("td[data-action]")).toHaveText("Users exported");
  await expect(export_row.locator(".audit-summary")).toHaveText(
    `Users exported from a view of the Users table: ${exported.toLocaleString("en-US")}.`,
  );

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
  const ours = rows.find((r) => r[at("Details (JSON)")].includes(`"after":${days}`));
  expect(ours).toBeTruthy();
  // The same sentence as the page, and the JSON beside it.
  expect(ours[at("Details")]).toMatch(new RegExp(`^Keep audit entries for \\(days\\) changed from \\S+ to ${days}\\.$`));
  expect(JSON.parse(ours[at("Details (JSON)")]).after).toBe(days);
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
  await expect(recorded.locator(".audit-summary")).toHaveText(
    `Entries exported: ${total.toLocaleString("en-US")}. Filters: Search: audit_retention_days; Action: Setting changed.`,
  );
});

test("the log reads, filters, pages and opens entries without the script", async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled, "the same server-rendered page; the hydrated one is tested above");
  await page.goto("/audit");
  await expect(page.locator("[data-integrity]")).toHaveAttribute("data-integrity", "verified");
  // Viewing the log is itself in the log (and, once written, offered by the action picker).
  await page.reload();
  await openFilters(page);
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

for (const [tag, width] of [
  ["en", 1366],
  ["ja", 1366],
  ["th", 390],
]) {
  test(`the admin's own readings are hidden, counted and shown on request, and every count agrees with the rows (${tag}, ${width} px)`, async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height: 900 });
    await page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);
    const t = plainMessages(tag);
    const rows = page.locator(".audit-table tbody tr[data-source]");
    // Three readings with filters no other test uses: each is recorded, none is listed.
    const probe = `probe-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    for (const n of [1, 2, 3]) {
      await page.goto(`/audit?q=${probe}-${n}`);
      await expect(page.locator(".match-count")).toBeVisible();
    }
    const admin = (await page.locator(".account-name").first().textContent()).trim();
    await page.goto(`/audit?admin=${encodeURIComponent(admin)}&size=1000`);
    const count = page.locator(".match-count strong");
    const hidden = page.locator("[data-hidden-views]");
    await expect(hidden).toBeVisible();
    expect(Number(await hidden.getAttribute("data-hidden-views"))).toBeGreaterThanOrEqual(3);
    await expect(rows.first()).toBeVisible();
    expect(await rows.locator('td[data-action="audit_viewed"]').count()).toBe(0);
    // The count says how many the list holds (and the pager, how many pages of them).
    const total = Number(await count.getAttribute("data-count"));
    expect(await rows.count()).toBe(Math.min(total, 1000));

    await page.getByRole("link", { name: t["audit-views-show"], exact: true }).click();
    await expect(page).toHaveURL(/my_views=1/);
    await expect(page.locator("[data-hidden-views]")).toHaveCount(0);
    await expect(page.locator(".audit-summary").filter({ hasText: probe })).toHaveCount(3);
    const shown = Number(await count.getAttribute("data-count"));
    expect(shown).toBeGreaterThanOrEqual(total + 3);
    expect(await rows.count()).toBe(Math.min(shown, 1000));
    const box = page.getByRole("checkbox", { name: t["audit-my-views"], exact: true });
    await expect(box).toBeChecked();

    // The details of one of them, open: read as sentences, and accessible.
    const reading = rows.filter({ has: page.locator(".audit-summary", { hasText: `${probe}-2` }) });
    await reading.locator(".details-link").click();
    const panel = page.locator(".details-panel");
    await expect(panel).toBeVisible();
    await expect(panel.locator(".audit-sentences")).toContainText(t["audit-say-viewed"]);
    await expect(panel.locator(".audit-sentences")).toContainText(`${probe}-2`);
    await expect(panel.locator(".audit-json")).toContainText(`"text": "${probe}-2"`);
    // axe runs as a script in the page: with the script on.
    if (javaScriptEnabled) await expectAccessible(page);

    // Closed (it covers the page at 390 px), then unticked: hidden again (at once with the
    // script; by Apply without it).
    await panel.getByRole("link", { name: t["details-close"], exact: true }).click();
    await expect(panel).toBeHidden();
    // Unticked, they are hidden again (at once with the script; by Apply without it).
    await box.uncheck();
    if (!javaScriptEnabled) await page.getByRole("button", { name: t["filter-apply"], exact: true }).click();
    await expect(page).not.toHaveURL(/my_views/);
    await expect(page.locator("[data-hidden-views]")).toBeVisible();
    expect(await rows.locator('td[data-action="audit_viewed"]').count()).toBe(0);
  });
}

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

for (const tag of ["en", "ja", "de", "th"]) {
  test(`every action and outcome reads as its label, its details as sentences, on the page and in the CSV (${tag})`, async ({
    page,
    baseURL,
    javaScriptEnabled,
  }) => {
    test.setTimeout(60_000);
    const { name, actions, outcomes, job } = appendEveryValue();
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
    // Details as sentences in the page's language: never JSON, each its action's own words.
    const exercise = t["audit-say-exercise"];
    expect(exercise).toBeTruthy();
    const expectSentences = (texts, what) => {
      expect(texts).toHaveLength(expected.length);
      for (const text of texts) {
        expect(text, `${what}: ${text}`).toContain(exercise);
        expect(text, `${what} shows JSON`).not.toMatch(/[{}[\]"]|\bnull\b|exercise/);
      }
      expect(new Set(texts).size, `${what} says something of its own for each action`).toBeGreaterThan(actions.length / 2);
    };
    expectSentences(await entries(page).locator(".audit-summary").allTextContents(), "the Details column");
    // A job by its short id (this job is not stored, so it has no title), linking to its page.
    const jobLinks = entries(page).locator(".job-link");
    expect(await jobLinks.count()).toBeGreaterThan(0);
    for (const text of await jobLinks.allTextContents()) {
      expect(text).toContain(job.slice(0, 8));
      expect(text).not.toContain(job);
    }
    await expect(jobLinks.first()).toHaveAttribute("href", `/jobs/${job}`);

    if (!javaScriptEnabled) return;
    await expect(page.locator(".toolbar-actions")).toBeVisible();
    const { text } = await download(page, t["audit-export"]);
    const [header, ...rows] = parseCsv(text.slice(1));
    const at = (id) => header.indexOf(t[id]);
    expect(rows).toHaveLength(expected.length);
    expectLabels(rows.map((r) => r[at("audit-csv-action")]), "action", actions, "the CSV's Action column");
    expectLabels(rows.map((r) => r[at("audit-csv-outcome")]), "outcome", outcomes, "the CSV's Outcome column");
    expectSentences(rows.map((r) => r[at("audit-csv-details")]), "the CSV's Details column");
    for (const r of rows) expect(JSON.parse(r[at("audit-csv-details-json")]).exercise).toBe("audit vocabulary");
  });
}
