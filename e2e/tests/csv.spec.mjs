// CSV exports, built in the browser: the downloaded file parses, matches the table and the
// simulated organisation's ground truth, and opens correctly in a spreadsheet (BOM, quoting).
import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures.mjs";
import { messages } from "./messages.mjs";
import { classOf, groundTruth, parseCsv } from "./truth.mjs";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "exports are built by the hydrated page");

const USER_HEADER_IDS = [
  "csv-name",
  "csv-email",
  "csv-status",
  "csv-account-type",
  "csv-products",
  "csv-product-last-active",
  "csv-last-active",
  "csv-groups",
  "csv-inactivity",
];

const USER_HEADER = [
  "Name",
  "Email",
  "Status",
  "Account type",
  "Products",
  "Last active per product",
  "Last active",
  "Groups",
  "Inactivity",
];

async function download(page, button, style) {
  if (style) await page.locator(".export-style select").selectOption(style);
  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await waiting;
  const text = await readFile(await file.path(), "utf8");
  return { name: file.suggestedFilename(), text };
}

test("the matching users export equals the table and the ground truth", async ({ page }) => {
  await page.goto("/users?status=active&inactivity=overdue");
  const span = page.locator("[data-warning-days]");
  const t = { warning: Number(await span.getAttribute("data-warning-days")), overdue: Number(await span.getAttribute("data-overdue-days")) };
  const truth = await groundTruth();
  const { name, text } = await download(page, "Export matching users (CSV)");
  expect(name).toMatch(/^acme-corporation-users-\d{4}-\d\d-\d\d\.csv$/);
  expect(text.charCodeAt(0), "a byte-order mark, so spreadsheets read UTF-8").toBe(0xfeff);
  expect(text.slice(1, 2)).toBe('"');
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual(USER_HEADER);
  const total = Number((await page.locator(".match-count strong").textContent()).replace(/\D/g, ""));
  expect(rows).toHaveLength(total);
  const expected = truth.accounts.filter(
    (a) => a.orgUser && a.status === "active" && classOf(a.lastActive, t) === "overdue",
  );
  expect(rows.map((r) => r[1]).sort()).toEqual(expected.map((a) => a.email ?? "").sort());
  for (const row of rows) {
    expect(row).toHaveLength(USER_HEADER.length);
    // Readable by default: the labels the page shows.
    expect(row[2]).toBe("Active");
    expect(["Managed", "External"]).toContain(row[3]);
    expect(row[6]).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(row[8]).toBe("Overdue");
  }
  // The table's first page is the export's first rows, in the same order.
  const shown = await page.locator(".name-cell a").allTextContents();
  expect(rows.slice(0, shown.length).map((r) => r[0])).toEqual(shown);
  await expect(page.getByRole("status").filter({ hasText: `Exported ${total} users.` })).toBeVisible();
});

test("customers export with their service desks and JSM organizations", async ({ page }) => {
  const truth = await groundTruth();
  const customer = truth.accounts.find((a) => a.serviceDesks.length > 0 && a.jsmOrganizations.length > 0);
  await page.goto(`/users?tab=customers&q=${encodeURIComponent(customer.email)}`);
  const { name, text } = await download(page, "Export matching users (CSV)");
  expect(name).toMatch(/-customers-\d{4}-\d\d-\d\d\.csv$/);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual(["Name", "Email", "Status", "Service desks", "JSM organizations", "Last active", "Inactivity"]);
  const row = rows.find((r) => r[1] === customer.email);
  expect(row[0]).toBe(customer.name);
  expect(row[3].split("; ")).toHaveLength(customer.serviceDesks.length);
  expect(row[4].split("; ")).toHaveLength(customer.jsmOrganizations.length);
});

test("the selection exports exactly the selected users", async ({ page }) => {
  await page.goto("/users?type=external");
  const boxes = page.locator("tbody .select-cell input");
  for (const i of [0, 2, 4]) await boxes.nth(i).check();
  const names = await page.locator(".name-cell a").allTextContents();
  const { text } = await download(page, "Export selected users (CSV)");
  const [, ...rows] = parseCsv(text.slice(1));
  expect(rows.map((r) => r[0]).sort()).toEqual([names[0], names[2], names[4]].sort());
  for (const row of rows) expect(row[3]).toBe("External");
});

test("a large export shows its progress and can be cancelled", async ({ page }) => {
  await page.goto("/users?tab=all");
  // Slow each page down so the export is still running when Cancel is pressed.
  await page.route("**/api/users/export", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.getByRole("button", { name: "Export matching users (CSV)" }).click();
  const progress = page.locator(".export-progress");
  await expect(progress).toContainText(/Exporting [\d,]+ of [\d,]+ users/);
  await progress.getByRole("button", { name: "Cancel export" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The export was cancelled." })).toBeVisible();
});

/// Chooses the page's language the way the language picker's cookie does.
const speak = (page, baseURL, tag) => page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);

for (const tag of ["en", "ja", "th"]) {
  test(`readable cells speak the page's language, codes stay codes (${tag})`, async ({ page, baseURL }) => {
    await speak(page, baseURL, tag);
    const t = messages(tag);
    await page.goto("/users?status=suspended,deactivated&type=managed");
    const readable = parseCsv((await download(page, t("export-matching"))).text.slice(1));
    expect(readable.length, "some managed accounts cannot sign in").toBeGreaterThan(1);
    expect(readable[0]).toEqual(USER_HEADER_IDS.map((id) => t(id)));
    const statuses = new Set([t("status-suspended"), t("status-deactivated")]);
    for (const row of readable.slice(1)) {
      expect(statuses.has(row[2]), row[2]).toBe(true);
      expect(row[3]).toBe(t("class-managed"));
      expect(row[8]).toBe(t("inactivity-no_access"));
    }
    const codes = parseCsv((await download(page, t("export-matching"), "codes")).text.slice(1));
    expect(codes[0]).toEqual(USER_HEADER_IDS.map((id) => id.slice(4).replaceAll("-", "_")));
    expect(codes.length).toBe(readable.length);
    for (const row of codes.slice(1)) {
      expect(["suspended", "deactivated"]).toContain(row[2]);
      expect(row[3]).toBe("managed");
      expect(row[8]).toBe("no_access");
      expect(row[6]).toMatch(/^(\d{4}-\d\d-\d\d)?$/);
    }
    // The same accounts in the same order, whichever the cells.
    expect(codes.slice(1).map((r) => r[1])).toEqual(readable.slice(1).map((r) => r[1]));
  });

  test(`project users export with their projects and spaces and roles (${tag})`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    await speak(page, baseURL, tag);
    const t = messages(tag);
    const truth = await groundTruth();
    const project = truth.accounts.find((a) => a.projects.length > 0).projects[0];
    await page.goto(`/users?tab=projects&project=project:${project}`);
    const label = (await page.locator(`select[name=project] option[value="project:${project}"]`).textContent()).trim();
    const { name, text } = await download(page, t("export-matching"));
    expect(name).toMatch(/-project-users-\d{4}-\d\d-\d\d\.csv$/);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(["csv-name", "csv-email", "csv-status", "csv-account-type", "csv-places", "csv-last-active", "csv-inactivity"].map((id) => t(id)));
    const expected = truth.accounts.filter((a) => a.projects.includes(project));
    expect(rows.map((r) => r[1]).sort()).toEqual(expected.map((a) => a.email ?? "").sort());
    // Filtered to one project: that project and the roles held there ("Name (KEY): Role, Role").
    for (const row of rows) expect(row[4].startsWith(`${label}: `), row[4]).toBe(true);
    // Unfiltered, the selection's export lists every place of each user.
    await page.goto("/users?tab=projects");
    await page.locator("tbody .select-cell input").nth(0).check();
    const id = decodeURIComponent((await page.locator(".name-cell a").first().getAttribute("href")).split("/users/")[1]);
    const account = truth.accounts.find((a) => a.accountId === id);
    const selected = parseCsv((await download(page, t("export-selected"))).text.slice(1));
    expect(selected).toHaveLength(2);
    expect(selected[1][4].split("; ")).toHaveLength(account.projects.length + account.spaces.length);
  });
}
