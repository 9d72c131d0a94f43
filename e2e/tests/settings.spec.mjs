// The Settings page in the hydrated app: validated saves that the server keeps.
import { messages } from "./messages.mjs";
import { expect, test } from "./fixtures.mjs";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "saving settings needs the hydrated app");

// The refused saves answer 400, as they should.
test.use({ expectedErrors: [[400, /\/api\/settings\//]] });

test("thresholds are validated and saved", async ({ page }) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Inactivity thresholds" });
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  await section.getByLabel("Warning after (days)").fill("200");
  await section.getByLabel("Overdue after (days)").fill("100");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByRole("alert")).toContainText("overdue threshold longer than the warning one");
  await section.getByLabel("Warning after (days)").fill("60");
  await section.getByLabel("Overdue after (days)").fill("120");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(section.getByLabel("Warning after (days)")).toHaveValue("60");
  await expect(section.getByLabel("Overdue after (days)")).toHaveValue("120");
});

test("protected accounts take a pasted list, refuse bad entries and can be searched", async ({ page }) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Protected accounts" });
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  const box = section.getByLabel(/Add addresses or domains/);
  await box.fill("ceo@e2e.example, not-an-address");
  await section.getByRole("button", { name: "Add" }).click();
  await expect(section.getByRole("alert")).toContainText("not-an-address");
  await expect(section.locator(".protected-list li")).toHaveCount(0);
  await box.fill("  CEO@E2E.example ;\n*@Board.E2E.example\ncfo@e2e.example");
  await section.getByRole("button", { name: "Add" }).click();
  await expect(section.getByRole("status")).toHaveText("Saved.");
  await expect(section.locator(".protected-list code")).toHaveText(["*@board.e2e.example", "ceo@e2e.example", "cfo@e2e.example"]);
  await section.getByLabel("Search protected accounts").fill("cfo");
  await expect(section.locator(".protected-list code")).toHaveText(["cfo@e2e.example"]);
  await section.getByRole("button", { name: "Remove" }).click();
  await section.getByLabel("Search protected accounts").fill("");
  await expect(section.locator(".protected-list code")).toHaveText(["*@board.e2e.example", "ceo@e2e.example"]);
});

// The site token goes only to an Atlassian site (or a host the operator allows); a site URL
// naming an internal address is refused with the translated reason, and nothing is saved.
test("a site URL other than an Atlassian site is refused and nothing is saved", async ({ page }) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Atlassian connection" });
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  await expect(section.getByText("Enter the token again whenever you change the site URL or the e-mail.")).toBeVisible();
  await section.getByLabel("Organisation ID").fill("e2e-org");
  await section.getByLabel("Admin API key").fill("ATATT-e2e-not-a-real-key");
  await section.getByLabel("Site URL", { exact: true }).fill("http://127.0.0.1:9/internal");
  await section.getByLabel("Account e-mail", { exact: true }).fill("robot@e2e.example");
  await section.getByLabel(/^API token/).fill("e2e-site-token");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByRole("alert")).toContainText("Only https://your-site.atlassian.net sites are accepted");
  await expect(section.getByRole("alert")).toContainText("UAM_ALLOWED_SITE_HOSTS");
  await page.reload();
  await expect(section.getByLabel("Site URL", { exact: true })).not.toHaveValue(/127\.0\.0\.1/);
  await expect(section.getByText(/saved connection is used from the server's next start/)).toHaveCount(0);
});

// ---- Settings (area H1): sections and layout, the connection test one check per line, bounded
// waits when Atlassian does not answer, the danger zone.

/// Opens Settings in `tag` at `width` px and waits for the hydrated page.
async function openSettings(page, baseURL, tag, width) {
  const t = messages(tag);
  await page.setViewportSize({ width, height: 900 });
  await page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);
  await page.goto("/settings");
  await expect(page.getByRole("combobox", { name: t("prefs-theme") })).toBeVisible();
  return t;
}

/// Makes the simulated Atlassian hold these paths without answering, or answer them with an
/// error status (`answer`: "silent", 429, 503), until `endOutage`.
async function outage(paths, answer) {
  const response = await fetch(`${process.env.UAM_E2E_SIM_URL}/__sim/outage`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ paths, answer }),
  });
  expect(response.status, "PUT /__sim/outage").toBe(200);
}

async function endOutage() {
  const response = await fetch(`${process.env.UAM_E2E_SIM_URL}/__sim/outage`, { method: "DELETE" });
  expect(response.status, "DELETE /__sim/outage").toBe(204);
}

/// The top of each row, in order: rows on lines of their own go strictly down the page.
async function rowTops(rows) {
  return rows.evaluateAll((all) => all.map((row) => row.getBoundingClientRect().top));
}

for (const [tag, width] of [["en", 1366], ["ja", 390], ["de", 1366], ["th", 390]]) {
  test(`Settings in ${tag} at ${width} px: sections with a nav, side by side only when wide`, async ({ page, baseURL }) => {
    const t = await openSettings(page, baseURL, tag, width);
    const nav = page.getByRole("navigation", { name: t("settings-nav-label") });
    await expect(nav.getByRole("link")).toHaveText(
      ["connection", "thresholds", "schedule", "prices", "protected", "data", "danger"].map((s) =>
        t(`settings-${s}-title`),
      ),
    );
    const box = async (title) => page.getByRole("region", { name: t(title) }).boundingBox();
    const thresholds = await box("settings-thresholds-title");
    const schedule = await box("settings-schedule-title");
    const data = await box("settings-data-title");
    const danger = await box("settings-danger-title");
    if (width >= 1024) {
      // Two columns: neighbours share a row, and the page's width is used.
      expect(Math.abs(thresholds.y - schedule.y)).toBeLessThan(2);
      expect(schedule.x).toBeGreaterThan(thresholds.x + thresholds.width - 1);
      expect(Math.abs(data.y - danger.y)).toBeLessThan(2);
      expect(thresholds.width + schedule.width).toBeGreaterThan(width * 0.6);
    } else {
      expect(schedule.y).toBeGreaterThan(thresholds.y + thresholds.height - 1);
      expect(Math.abs(schedule.x - thresholds.x)).toBeLessThan(2);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
    // The nav takes the admin to the section.
    await nav.getByRole("link", { name: t("settings-danger-title") }).click();
    await expect(page.getByRole("heading", { name: t("settings-danger-title") })).toBeInViewport();
  });
}

test("the delete button stays locked until the confirmation word is typed", async ({ page, baseURL }) => {
  for (const tag of ["en", "uk"]) {
    const t = await openSettings(page, baseURL, tag, 1366);
    const danger = page.getByRole("region", { name: t("settings-danger-title") });
    const button = danger.getByRole("button", { name: t("settings-data-delete") });
    const word = danger.getByLabel(t("settings-data-delete-confirm"));
    await expect(button).toBeDisabled();
    await expect(danger.getByText(t("settings-danger-unlock"))).toBeVisible();
    await word.fill("delete");
    await expect(button).toBeDisabled();
    await word.fill(" DELETE ");
    await expect(button).toBeEnabled();
    await word.fill("DELET");
    await expect(button).toBeDisabled();
  }
});

// These change what the simulated Atlassian answers, so they run one after another.
test.describe("talking to Atlassian", () => {
  test.describe.configure({ mode: "serial" });
  // "Find organisations" answers 504 while Atlassian does not answer: the page shows why.
  test.use({ expectedErrors: [[504, /\/api\/settings\/orgs/]] });

  for (const [tag, width] of [["en", 1366], ["zh-CN", 390], ["ko", 1366]]) {
    test(`Test connection in ${tag} at ${width} px lists each check on a line of its own`, async ({ page, baseURL }) => {
      const t = await openSettings(page, baseURL, tag, width);
      const section = page.getByRole("region", { name: t("settings-connection-title") });
      await section.getByRole("button", { name: t("settings-test-connection") }).click();
      const table = section.getByRole("table", { name: t("settings-test-connection") });
      await expect(table).toBeVisible();
      const rows = table.locator("tbody tr");
      const count = await rows.count();
      expect(count).toBeGreaterThanOrEqual(6);
      await expect(rows.filter({ hasText: t("settings-check-result-ok") })).toHaveCount(count);
      await expect(rows.first()).toContainText(t("settings-check-admin-key"));
      await expect(rows.first()).toContainText(t("settings-check-ok-detail"));
      await expect(section.getByText(t("settings-check-summary", { working: count, total: count }))).toBeVisible();
      const tops = await rowTops(rows);
      for (let i = 1; i < tops.length; i++) expect(tops[i], `row ${i + 1} below row ${i}`).toBeGreaterThan(tops[i - 1]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
    });
  }

  for (const [tag, width] of [["en", 1366], ["th", 390], ["ru", 1366]]) {
    test(`when Atlassian does not answer (${tag}, ${width} px), both checks show they work, then say so within seconds`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(60_000);
      const t = await openSettings(page, baseURL, tag, width);
      const section = page.getByRole("region", { name: t("settings-connection-title") });
      await outage(["/admin/v1/orgs"], "silent");
      try {
        const find = section.getByRole("button", { name: t("settings-find-orgs") });
        const started = Date.now();
        await find.click();
        const status = section.locator(".org-search-status");
        await expect(find).toBeDisabled();
        await expect(status).toHaveAttribute("aria-live", "polite");
        await expect(status).toHaveAttribute("aria-busy", "true");
        await expect(status).toContainText(t("settings-finding-orgs"));
        await expect(status).toContainText(t("settings-no-answer", { seconds: 10 }), { timeout: 16_000 });
        expect(Date.now() - started, "ends within the interactive deadline").toBeLessThan(15_000);
        await expect(find).toBeEnabled();
        await expect(status).toHaveAttribute("aria-busy", "false");

        const test = section.getByRole("button", { name: t("settings-test-connection") });
        await test.click();
        const results = section.locator(".check-results");
        await expect(test).toBeDisabled();
        await expect(results).toHaveAttribute("aria-busy", "true");
        await expect(results).toContainText(t("settings-checking"));
        const table = section.getByRole("table", { name: t("settings-test-connection") });
        // The checks share one 10-second deadline; the rest is the page and a loaded machine.
        await expect(table).toBeVisible({ timeout: 25_000 });
        const key = table.locator("tbody tr").filter({ hasText: t("settings-check-admin-key") });
        await expect(key).toContainText(t("settings-check-result-failed"));
        await expect(key).toContainText(t("settings-check-outcome-timeout", { seconds: 10 }));
        await expect(key).not.toContainText(/\b(50\d|429|204)\b/);
        const directory = table.locator("tbody tr").filter({ hasText: t("settings-check-directory") });
        await expect(directory).toContainText(t("settings-check-result-ok"));
        await expect(test).toBeEnabled();
      } finally {
        await endOutage();
      }
    });
  }

  // The site's address is the admin's to type: the page learns our category of what that host
  // did, never its status (the admin API's checks keep theirs as a detail for support).
  test("a failing site is explained in a sentence, and its status stays on the server", async ({ page, baseURL }) => {
    for (const tag of ["en", "ja"]) {
      const t = await openSettings(page, baseURL, tag, 1366);
      const section = page.getByRole("region", { name: t("settings-connection-title") });
      await outage(["/rest/api/3/myself"], 503);
      try {
        await section.getByRole("button", { name: t("settings-test-connection") }).click();
        const jira = section
          .locator("tbody tr")
          .filter({ has: page.getByRole("rowheader", { name: t("settings-check-site-jira"), exact: true }) });
        await expect(jira).toContainText(t("settings-check-outcome-server-error"), { timeout: 16_000 });
        await expect(jira.locator(".check-status")).toHaveCount(0);
        await expect(jira).not.toContainText("503");
      } finally {
        await endOutage();
      }
    }
  });
});
