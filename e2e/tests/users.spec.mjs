// The Users table against the simulated organisation's ground truth: tabs, filters, search,
// sorting, paging, selection, the details panel and the remembered columns.
import { expect, test } from "./fixtures.mjs";
import { classOf, groundTruth, idFromAdminLink, tabs } from "./truth.mjs";

const total = async (page) => Number((await page.locator(".match-count strong").textContent()).replace(/\D/g, ""));

async function thresholdsOf(page) {
  const span = page.locator("[data-warning-days]");
  return {
    warning: Number(await span.getAttribute("data-warning-days")),
    overdue: Number(await span.getAttribute("data-overdue-days")),
  };
}

/// The account ids listed on the page, from each name's Atlassian Administration link.
const shownIds = (page) =>
  page.locator(".name-cell a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));

/// The filters checked against the ground truth: a URL and the accounts it must list.
function cases(truth, t) {
  const withName = truth.accounts.find((a) => a.orgUser && a.name.includes(" "));
  const fragment = withName.name.split(" ")[1].slice(0, 4).toLowerCase();
  const group = truth.accounts.find((a) => a.orgUser && a.groups.length > 0).groups[0];
  const desk = truth.accounts.find((a) => a.serviceDesks.length > 0).serviceDesks[0];
  const jsmOrg = truth.accounts.find((a) => a.jsmOrganizations.length > 0).jsmOrganizations[0];
  const project = truth.accounts.find((a) => a.projects.length > 0).projects[0];
  const space = truth.accounts.find((a) => a.spaces.length > 0).spaces[0];
  const since = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
  const org = tabs.org;
  const active = (a) => a.status === "active";
  return [
    ["", org],
    ["tab=customers", tabs.customers],
    ["tab=all", tabs.all],
    ["tab=projects", (a) => a.projects.length > 0 || a.spaces.length > 0],
    ["status=suspended", (a) => org(a) && a.status === "suspended"],
    ["status=deactivated", (a) => org(a) && a.status === "deactivated"],
    ["type=external", (a) => org(a) && a.kind === "atlassian" && !a.managed],
    ["type=managed&status=active", (a) => org(a) && a.kind === "atlassian" && a.managed && active(a)],
    ["tab=all&status=active&product=confluence", (a) => active(a) && a.access.some((p) => p.key === "confluence")],
    ["status=active&inactivity=overdue", (a) => org(a) && active(a) && classOf(a.lastActive, t) === "overdue"],
    ["status=active&inactivity=warning,never", (a) => org(a) && active(a) && ["warning", "never"].includes(classOf(a.lastActive, t))],
    [`q=${fragment}`, (a) => org(a) && (a.name.toLowerCase().includes(fragment) || (a.email ?? "").toLowerCase().includes(fragment))],
    [`group=${group.id}`, (a) => org(a) && a.groups.some((g) => g.id === group.id)],
    [`tab=customers&desk=desk:${desk}`, (a) => a.serviceDesks.includes(desk)],
    [`tab=customers&desk=jsm_org:${jsmOrg}`, (a) => a.jsmOrganizations.includes(jsmOrg)],
    [`tab=projects&project=project:${project}`, (a) => a.projects.includes(project)],
    [`tab=projects&project=space:${space}`, (a) => a.spaces.includes(space)],
    [`status=active&after=${since}`, (a) => org(a) && active(a) && a.lastActive && a.lastActive.slice(0, 10) >= since],
  ];
}

test("each tab and filter lists exactly the right users", async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled, "the same server-rendered pages; interaction is tested below");
  test.setTimeout(120_000);
  await page.goto("/users");
  const truth = await groundTruth();
  const t = await thresholdsOf(page);
  for (const [query, wanted] of cases(truth, t)) {
    await page.goto(`/users?${query}${query ? "&" : ""}size=250`);
    const expected = new Set(truth.accounts.filter(wanted).map((a) => a.accountId));
    expect(await total(page), query).toBe(expected.size);
    const ids = (await shownIds(page)).map(idFromAdminLink);
    expect(ids.length, query).toBe(Math.min(250, expected.size));
    for (const id of ids) expect(expected.has(id), `${query}: ${id}`).toBe(true);
  }
});

test("names link to the user's Atlassian Administration profile in a new tab", async ({ page }) => {
  await page.goto("/users");
  const truth = await groundTruth();
  const link = page.locator(".name-cell a").first();
  const href = await link.getAttribute("href");
  expect(href).toMatch(new RegExp(`^https://admin\\.atlassian\\.com/o/${truth.orgId}/users/[^/]+$`));
  const account = truth.accounts.find((a) => a.accountId === idFromAdminLink(href));
  await expect(link).toHaveText(account.name);
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /noopener/);
});

test("details open from a link, show everything, and close", async ({ page, javaScriptEnabled }) => {
  await page.goto("/users?status=active&type=managed");
  const truth = await groundTruth();
  const row = page.locator("tbody tr").first();
  const id = idFromAdminLink(await row.locator(".name-cell a").getAttribute("href"));
  const account = truth.accounts.find((a) => a.accountId === id);
  await row.getByRole("link", { name: `Details for ${account.name}` }).click();
  const panel = page.getByRole("complementary", { name: account.name });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`user=${encodeURIComponent(id)}`));
  await expect(panel).toContainText(account.email);
  await expect(panel).toContainText(id);
  for (const group of account.groups) await expect(panel).toContainText(group.name);
  if (javaScriptEnabled) {
    await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
    await page.keyboard.press("Escape");
  } else {
    await panel.getByRole("link", { name: "Close details" }).click();
  }
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/user=/);
});

test.describe(() => {
  test.use({ expectedErrors: [[404, /\/api\/user$/]] });
  test("an unknown account in the URL says so and keeps the table", async ({ page }) => {
    await page.goto("/users?user=no-such-account");
    await expect(page.getByRole("complementary", { name: "User not found" })).toBeVisible();
    await expect(page.locator("tbody tr").first()).toBeVisible();
  });
});

test("sorting by a column, both ways", async ({ page }) => {
  await page.goto("/users");
  const heading = page.getByRole("columnheader", { name: "Last active" });
  await heading.getByRole("link").click();
  await expect(page).toHaveURL(/sort=last_active(?!&dir)/);
  await expect(heading).toHaveAttribute("aria-sort", "ascending");
  const times = () => page.locator("tbody time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")));
  // The previous rows stay until the sorted page arrives.
  const sorted = (descending) => async () => {
    const seen = await times();
    const order = [...seen].sort();
    return seen.length > 10 && seen.join() === (descending ? order.reverse() : order).join();
  };
  // Oldest first: the never-active come before anyone with a date.
  await expect(page.locator("tbody tr").first()).toContainText("Never active");
  await page.goto("/users?sort=last_active&page=20");
  await expect.poll(sorted(false)).toBe(true);
  await heading.getByRole("link").click();
  await expect(page).toHaveURL(/sort=last_active&dir=desc/);
  await expect(heading).toHaveAttribute("aria-sort", "descending");
  await expect.poll(sorted(true)).toBe(true);
});

test("paging, page sizes and the back button", async ({ page }) => {
  await page.goto("/users");
  const first = await shownIds(page);
  expect(first).toHaveLength(50);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.locator(".pager-position")).toHaveText(/^Page 2 of \d+$/);
  // The previous rows stay until the new page arrives.
  await expect.poll(async () => (await shownIds(page))[0]).not.toBe(first[0]);
  const second = await shownIds(page);
  expect(second.some((id) => first.includes(id))).toBe(false);
  await page.goBack();
  await expect(page.locator(".pager-position")).toHaveText(/^Page 1 of/);
  await expect.poll(() => shownIds(page)).toEqual(first);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "100", exact: true }).click();
  await expect(page).toHaveURL(/size=100/);
  await expect(page.locator(".name-cell a")).toHaveCount(100);
});

test("search as you type narrows the table and lands in the URL", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "without the script the search is a form: covered by the filter test");
  await page.goto("/users");
  const truth = await groundTruth();
  const someone = truth.accounts.find((a) => a.orgUser && a.email && a.status === "active");
  const needle = someone.email.split("@")[0];
  await page.getByRole("searchbox", { name: "Search" }).pressSequentially(needle, { delay: 20 });
  await expect(page).toHaveURL(new RegExp(`q=${needle.replace(/[.]/g, "\\.")}`));
  const expected = truth.accounts.filter(
    (a) => a.orgUser && (a.name.toLowerCase().includes(needle) || (a.email ?? "").toLowerCase().includes(needle)),
  );
  await expect(page.locator(".match-count strong")).toHaveText(`${expected.length} ${expected.length === 1 ? "user" : "users"}`);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue(needle);
});

test("the selection survives paging and filters, and can take every match", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "selecting needs the script");
  await page.goto("/users");
  const boxes = page.locator("tbody .select-cell input");
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(page.locator(".selection-bar")).toContainText("2 users selected");
  const firstPage = await shownIds(page);
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  // The URL changes before the second page's rows replace the first page's: wait for the rows.
  await expect.poll(() => shownIds(page)).not.toEqual(firstPage);
  await boxes.nth(0).check();
  await expect(page.locator(".selection-bar")).toContainText("3 users selected");
  await page.getByRole("checkbox", { name: "Suspended" }).check();
  await expect(page).toHaveURL(/status=suspended/);
  await expect(page.locator(".selection-bar")).toContainText("3 users selected");
  await page.getByRole("button", { name: "Clear selection" }).click();
  await expect(page.locator(".selection-bar")).toContainText("No users selected");
  const matching = await total(page);
  await page.getByRole("button", { name: /^Select all [\d,]+ matching$/ }).click();
  await expect(page.locator(".selection-bar")).toContainText(`${matching} ${matching === 1 ? "user" : "users"} selected`);
  await page.getByRole("checkbox", { name: "Select every user on this page" }).uncheck();
  const onPage = (await shownIds(page)).length;
  await expect(page.locator(".selection-bar")).toContainText(`${matching - onPage} users selected`);
});

test("the column choice is remembered", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "the chooser needs the script");
  await page.goto("/users");
  await expect(page.getByRole("columnheader", { name: "Groups" })).toBeVisible();
  await page.locator(".menu summary").click();
  await page.locator(".menu-body").getByRole("checkbox", { name: "Groups" }).uncheck();
  await expect(page.getByRole("columnheader", { name: "Groups" })).toBeHidden();
  await page.locator(".menu-body").getByRole("checkbox", { name: "Added to organisation" }).check();
  await expect(page.getByRole("columnheader", { name: "Added to organisation" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("columnheader", { name: "Groups" })).toBeHidden();
  await expect(page.getByRole("columnheader", { name: "Added to organisation" })).toBeVisible();
});

test("keyboard only: search, sort, select and read details", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "the hydrated page");
  await page.goto("/users");
  const tabTo = async (matches) => {
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(matches)) return;
    }
    throw new Error(`could not reach it with Tab: ${matches}`);
  };
  await tabTo(() => document.activeElement?.getAttribute("type") === "search");
  await page.keyboard.type("a");
  await expect(page).toHaveURL(/q=a/);
  await tabTo(() => document.activeElement?.textContent?.trim() === "Last active");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=last_active/);
  await tabTo(() => document.activeElement?.closest("tbody") && document.activeElement.type === "checkbox");
  await page.keyboard.press("Space");
  await expect(page.locator(".selection-bar")).toContainText("1 user selected");
  await tabTo(() => document.activeElement?.classList.contains("details-link"));
  await page.keyboard.press("Enter");
  await expect(page.locator(".details-panel h2")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.locator(".details-panel")).toBeHidden();
});
