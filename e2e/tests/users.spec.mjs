// The Users table against the simulated organisation's ground truth: tabs, filters, search,
// sorting, paging, selection, the details panel and the remembered columns.
import { expect, test } from "./fixtures.mjs";
import { messages } from "./messages.mjs";
import { canSignIn, classOf, classOfAccount, groundTruth, idFromAdminLink, tabs } from "./truth.mjs";

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
    // Accounts that cannot sign in have their own class, so "overdue" lists only accounts an
    // admin can still act on, whatever the status filter says.
    ["inactivity=overdue", (a) => org(a) && classOfAccount(a, t) === "overdue"],
    ["inactivity=active", (a) => org(a) && classOfAccount(a, t) === "active"],
    ["inactivity=no_access", (a) => org(a) && !canSignIn(a)],
    ["tab=all&inactivity=no_access", (a) => tabs.all(a) && !canSignIn(a)],
    // Customers hold no product access and no groups: the tab ignores those filters.
    [`tab=customers&product=confluence&group=${group.id}`, tabs.customers],
  ];
}

test("each tab and filter lists exactly the right users", async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled, "the same server-rendered pages; interaction is tested below");
  test.setTimeout(240_000);
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
  await page.locator(".filter-toggle").click();
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

// ---- Layout: a table that fits 1366 px, cards at 390 px, filters folded with chips for those in force.

/// How far an element's content runs past its box, sideways.
const spill = (locator) => locator.evaluate((e) => e.scrollWidth - e.clientWidth);

for (const tag of ["en", "de", "ja"]) {
  const t = messages(tag);

  test.describe(`layout in ${tag}`, () => {
    test.beforeEach(async ({ page, baseURL }) => {
      await page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);
    });

    test("at 1366 × 900 the All tab fits the page, headings whole, the first row in view", async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto("/users?tab=all");
      await expect(page.getByRole("columnheader", { name: t("column-jsm-organizations") })).toBeVisible();
      expect(await spill(page.locator("html")), "the page scrolls sideways").toBe(0);
      expect(await spill(page.locator(".table-wrap")), "the table is wider than its box").toBeLessThanOrEqual(0);
      for (const heading of await page.locator(".users-table thead th:not([hidden])").all()) {
        expect(await spill(heading), `${await heading.innerText()} is cut`).toBeLessThanOrEqual(0);
      }
      const first = page.locator("tbody tr").first();
      const row = await first.boundingBox();
      expect(row.y + row.height, "the first row is below the fold").toBeLessThanOrEqual(900);
      const details = await first.locator(".details-link").boundingBox();
      expect(details.x + details.width).toBeLessThanOrEqual(1366);
      // Compact: a row is one line of text, not a tall block of wrapped lists.
      expect(row.height).toBeLessThan(48);
    });

    test("filters fold behind a button; those in force are chips that each remove one", async ({ page }) => {
      await page.goto("/users?status=suspended&type=managed");
      const toggle = page.locator(".filter-toggle");
      await expect(toggle).toContainText(t("filters-toggle"));
      await expect(toggle.locator(".filter-count")).toHaveText("2");
      const suspended = page.getByRole("checkbox", { name: t("status-suspended"), exact: true });
      await expect(suspended).toBeHidden();
      const chips = page.getByRole("list", { name: t("filters-active") });
      await expect(chips.getByRole("link")).toHaveCount(2);
      const chip = t("filter-chip", { name: t("filter-status"), value: t("status-suspended") });
      await chips.getByRole("link", { name: t("filter-remove", { filter: chip }) }).click();
      await expect(page).not.toHaveURL(/status=/);
      await expect(page).toHaveURL(/type=managed/);
      await expect(chips.getByRole("link")).toHaveCount(1);
      await expect(toggle.locator(".filter-count")).toHaveText("1");
      // The button opens the panel, without the script too.
      await toggle.click();
      await expect(suspended).toBeVisible();
      await expect(suspended).not.toBeChecked();
    });

    test("at 390 px each user is a card whose name, Details and selection work", async ({ page, javaScriptEnabled }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/users?status=active&type=managed");
      expect(await spill(page.locator("html")), "the page scrolls sideways").toBe(0);
      const card = page.locator("tbody tr").first();
      const box = await card.boundingBox();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      // The cards start on the first screen: the filters wait behind their button. With the
      // script, the selection, clean-up and export controls come first and take a few rows more.
      expect(box.y).toBeLessThan(javaScriptEnabled ? 1.5 * 844 : 844);
      await expect(page.locator(".filter-fields")).toBeHidden();
      const name = card.locator(".name-cell a");
      await expect(name).toBeVisible();
      await expect(name).toHaveAttribute("target", "_blank");
      // Each shown value is labelled with its column.
      await expect(card.locator("td.col-status")).toHaveAttribute("data-label", t("column-status"));
      await expect(card.locator("td.col-status")).toBeVisible();
      if (javaScriptEnabled) {
        await card.locator(".select-cell input").check();
        await expect(page.locator(".selection-bar")).toContainText(t("selection-count", { count: 1, formatted: "1" }));
      }
      const label = await card.locator(".details-link").getAttribute("aria-label");
      await card.locator(".details-link").click();
      await expect(page).toHaveURL(/user=/);
      await expect(page.locator(".details-panel")).toBeVisible();
      expect(label).toBe(t("details-for", { name: await name.innerText() }));
    });
  });
}

test("long values are cut to one line, whole in the title and while the row has keyboard focus", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/users?tab=all&size=100");
  // The row with the longest list of groups: its cell is the one most surely cut.
  const rows = page.locator("tbody tr");
  const lengths = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelector("td.col-groups")?.getAttribute("title")?.length ?? 0),
  );
  const row = rows.nth(lengths.indexOf(Math.max(...lengths)));
  const cell = row.locator("td.col-groups");
  const value = cell.locator("span");
  const title = await cell.getAttribute("title");
  expect(title.split(", ").length).toBeGreaterThan(1);
  expect(await value.evaluate((e) => getComputedStyle(e).whiteSpace)).toBe("nowrap");
  expect(await value.evaluate((e) => getComputedStyle(e).textOverflow)).toBe("ellipsis");
  // Keyboard focus (a mouse press does not unfold the row: the box under it would move).
  await row.locator(".name-cell a").focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  expect(await value.evaluate((e) => getComputedStyle(e).whiteSpace)).toBe("normal");
  expect(await spill(value)).toBeLessThanOrEqual(0);
});

/// Chooses the page's language the way the language picker's cookie does.
const speak = (page, baseURL, tag) => page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);

for (const tag of ["en", "ja", "th"]) {
  test(`suspended and deactivated users are marked "no access", never active (${tag})`, async ({ page, baseURL }) => {
    await speak(page, baseURL, tag);
    const t = messages(tag);
    await page.goto("/users?status=suspended,deactivated&size=250");
    const n = await total(page);
    expect(n).toBeGreaterThan(0);
    const badges = page.locator("tbody .badge");
    await expect(badges).toHaveCount(Math.min(n, 250));
    expect(new Set(await badges.allTextContents())).toEqual(new Set([t("inactivity-no_access")]));
    await expect(page.locator("tbody .badge-active")).toHaveCount(0);
    // The filter offers the class (in the folded panel), and the details panel names it.
    await expect(page.locator("label.check:has(input[name=inactivity][value=no_access])")).toHaveText(t("inactivity-no_access"));
    const id = idFromAdminLink(await page.locator(".name-cell a").first().getAttribute("href"));
    await page.goto(`/users?status=suspended,deactivated&user=${encodeURIComponent(id)}`);
    await expect(page.locator(".details-panel .details-fields")).toContainText(t("inactivity-no_access"));
  });

  test(`the Project users tab shows each user's projects and spaces with their roles (${tag})`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await speak(page, baseURL, tag);
    const t = messages(tag);
    const truth = await groundTruth();
    const project = truth.accounts.find((a) => a.projects.length > 0).projects[0];
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      // Filtered to one project: each row names that project and the roles held there.
      await page.goto(`/users?tab=projects&project=project:${project}&size=25`);
      const label = (await page.locator(`select[name=project] option[value="project:${project}"]`).textContent()).trim();
      const lists = page.locator("tbody .place-list");
      await expect(lists.first()).toBeVisible();
      expect(await lists.count()).toBe((await shownIds(page)).length);
      for (const list of await lists.all()) {
        await expect(list.locator("li")).toHaveCount(1);
        await expect(list.locator(".place-name")).toHaveText(label);
        expect((await list.locator(".place-roles").textContent()).trim().length, `${label}: a role`).toBeGreaterThan(0);
      }
      if (width === 1366) await expect(page.getByRole("columnheader", { name: t("column-places"), exact: true })).toBeVisible();
    }
    // Unfiltered: every project and space of each user, the first three by name and then how many more.
    await page.goto("/users?tab=projects&size=25");
    const rows = page.locator("tbody tr:has(.name-cell)");
    for (const row of await rows.all()) {
      const id = idFromAdminLink(await row.locator(".name-cell a").getAttribute("href"));
      const account = truth.accounts.find((a) => a.accountId === id);
      const places = account.projects.length + account.spaces.length;
      await expect(row.locator(".place-list .place-name"), account.name).toHaveCount(Math.min(3, places));
      if (places > 3) await expect(row.locator(".place-list")).toContainText(t("places-more", { more: places - 3 }));
    }
    // The other tabs neither show nor carry places.
    await page.goto("/users");
    await expect(page.locator("tbody tr").first()).toBeVisible();
    await expect(page.locator("tbody .place-name")).toHaveCount(0);
    await expect(page.getByRole("columnheader", { name: t("column-places"), exact: true })).toBeHidden();
  });

  test(`the JSM customers tab offers only the filters and actions that fit customers (${tag})`, async ({ page, baseURL, javaScriptEnabled }) => {
    await speak(page, baseURL, tag);
    const t = messages(tag);
    const slot = (name) => page.locator(`.filter-slot:has(select[name=${name}])`);
    await page.goto("/users?tab=customers");
    await expect(page.getByRole("navigation", { name: t("users-tabs") }).getByRole("link", { name: t("users-tab-customers") })).toHaveAttribute("aria-current", "page");
    await expect(slot("product")).toHaveAttribute("hidden", "");
    await expect(slot("group")).toHaveAttribute("hidden", "");
    await expect(slot("desk")).not.toHaveAttribute("hidden", "");
    await expect(page.locator("tbody tr").first()).toBeVisible();
    // No clean-up preset: each deactivates org users or revokes a product.
    await expect(page.locator(".bulk-presets, .bulk-presets-menu")).toHaveCount(0);
    await page.goto("/users");
    await expect(slot("product")).not.toHaveAttribute("hidden", "");
    await expect(slot("group")).not.toHaveAttribute("hidden", "");
    if (javaScriptEnabled) {
      // The presets are a menu beside "Actions…", folded so the table starts high on the page.
      const menu = page.locator("details.bulk-presets-menu");
      await expect(menu.getByRole("button", { name: t("bulk-preset-overdue") })).toBeHidden();
      await menu.locator("summary", { hasText: t("bulk-presets") }).click();
      await expect(menu.getByRole("button", { name: t("bulk-preset-overdue") })).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(menu.getByRole("button", { name: t("bulk-preset-overdue") })).toBeHidden();
    }
  });
}
