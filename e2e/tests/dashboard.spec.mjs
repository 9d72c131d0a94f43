// The dashboard against the simulated organisation's ground truth: every number, every link.
import { expect, test } from "./fixtures.mjs";
import { messages } from "./messages.mjs";
import { dashboardNumbers, groundTruth } from "./truth.mjs";

/// The thresholds the page was computed with (another test may change them in Settings).
async function thresholdsOf(page) {
  const cards = page.locator(".cards");
  return {
    warning: Number(await cards.getAttribute("data-warning-days")),
    overdue: Number(await cards.getAttribute("data-overdue-days")),
  };
}

const countOf = async (locator) => Number(await locator.getAttribute("data-count"));

test("the numbers equal the simulated organisation's ground truth", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".cards")).toBeVisible();
  const truth = await groundTruth();
  const expected = dashboardNumbers(truth, await thresholdsOf(page));
  const card = (title) => page.locator(".card").filter({ has: page.getByRole("heading", { name: title, exact: true }) });

  expect(await countOf(card("Total users").locator(".card-number a"))).toBe(expected.total);
  await expect(card("Total users")).toContainText(`${expected.orgUsers.toLocaleString("en-US")} organisation users`);
  expect(await countOf(card("Recently active").locator(".card-number a"))).toBe(expected.active);
  expect(await countOf(card("Total users").locator(".card-no-access a"))).toBe(expected.noAccess);
  const inactive = card("Inactive users");
  expect(await countOf(inactive.locator(".card-number a"))).toBe(expected.warning + expected.overdue + expected.never);
  for (const [label, value] of [
    ["Warning", expected.warning],
    ["Overdue", expected.overdue],
    ["Never active", expected.never],
  ]) {
    expect(await countOf(inactive.locator(".card-part").filter({ hasText: label }).locator("a")), label).toBe(value);
  }
  expect(await countOf(card("JSM customers").locator(".card-number a"))).toBe(expected.customers);

  // Products: users with access, by inactivity class, and the seats Atlassian reports.
  const table = page.locator(".products-table");
  for (const product of truth.products) {
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: product.name, exact: true }) });
    const cells = row.locator("td a");
    const numbers = [];
    for (let i = 0; i < 5; i++) numbers.push(await countOf(cells.nth(i)));
    const e = expected.products[product.name];
    expect(numbers, product.name).toEqual([e.users, e.active, e.warning, e.overdue, e.never]);
    const used = truth.usage[truth.products.indexOf(product)];
    await expect(row).toContainText(`${used.toLocaleString("en-US")} / ${product.capacity.toLocaleString("en-US")}`);
  }

  // The chart's bars add up to the active org users, the never-active bar included.
  const bars = page.locator(".chart-table tbody tr a");
  await expect(bars).toHaveCount(7);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += await countOf(bars.nth(i));
  expect(sum).toBe(expected.active + expected.warning + expected.overdue + expected.never);
  await expect(page.locator("svg.chart")).toHaveAttribute("aria-hidden", "true");
  await expect(page.locator("svg.chart rect.bar")).toHaveCount(7);
});

test("every number opens the Users table filtered to exactly what it counts", async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled, "checked on the server-rendered pages; clicking is checked below");
  test.setTimeout(120_000);
  await page.goto("/");
  const links = await page.locator("[data-count]").evaluateAll((nodes) =>
    nodes.map((n) => ({ href: n.getAttribute("href"), count: Number(n.getAttribute("data-count")) })),
  );
  expect(links.length).toBeGreaterThanOrEqual(25);
  for (const { href, count } of links) {
    await page.goto(href);
    await expect(page.locator(".match-count strong"), href).toHaveText(
      `${count.toLocaleString("en-US")} ${count === 1 ? "user" : "users"}`,
    );
  }
});

test("clicking a number filters the table in place", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "needs the hydrated page");
  await page.goto("/");
  const overdue = page.locator(".card-part").filter({ hasText: "Overdue" }).locator("a");
  const count = await countOf(overdue);
  await overdue.click();
  await expect(page).toHaveURL(/\/users\?status=active&inactivity=overdue$/);
  await expect(page.locator(".match-count strong")).toHaveText(`${count.toLocaleString("en-US")} users`);
  // The filter shows as a chip; the folded panel holds its box, ticked.
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Inactivity: Overdue");
  await page.locator(".filter-toggle").click();
  // The filters are folded: the box is checked inside the closed panel.
  await expect(page.locator("input[name=inactivity][value=overdue]")).toBeChecked();
});

test("Sync now shows the sync's progress and the new data without a reload", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "needs the hydrated page");
  await page.goto("/");
  await page.evaluate(() => {
    window.__notReloaded = true;
  });
  const panel = page.locator(".sync-panel");
  await panel.getByRole("button", { name: "Sync now" }).click();
  await expect(panel.locator(".sync-progress")).toBeVisible();
  await expect(panel.locator(".sync-progress")).toContainText(/accounts read/);
  await expect(panel.locator(".sync-progress")).toContainText(/requests; [\d.]+ s spent waiting/);
  await expect(panel.getByRole("button", { name: "Sync now" })).toBeVisible({ timeout: 60_000 });
  await expect(panel.locator(".sync-last")).toContainText(/^Data from [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d\s[AP]M UTC: [\d,]+ accounts\.$/);
  expect(await page.evaluate(() => window.__notReloaded)).toBe(true);
});

for (const tag of ["en", "ja", "th"]) {
  test(`one word, one meaning: recently active, inactive and no access, and the chart agrees (${tag})`, async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);
    const t = messages(tag);
    await page.goto("/");
    await expect(page.locator(".cards")).toBeVisible();
    const truth = await groundTruth();
    const expected = dashboardNumbers(truth, await thresholdsOf(page));
    const card = (title) => page.locator(".card").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
    const recent = card(t("card-active"));
    expect(await countOf(recent.locator(".card-number a"))).toBe(expected.active);
    await expect(recent.locator(".card-detail")).toHaveText(t("card-active-detail", { days: (await thresholdsOf(page)).warning }));
    // The same word labels the same class in the products table and the Users filters.
    await expect(page.locator(".products-table thead")).toContainText(t("inactivity-active"));
    // Accounts that cannot sign in are counted apart, with their own link.
    const noAccess = page.locator(".card-no-access a");
    expect(await countOf(noAccess)).toBe(expected.noAccess);
    await expect(noAccess).toHaveAttribute("href", /\/users\?inactivity=no_access$/);
    // The chart is about the same population as the cards: its bars add up to the recently
    // active and the inactive, and its words say whom it counts.
    const chart = page.locator("section[aria-labelledby=chart-title]");
    await expect(chart.locator("p.muted").first()).toHaveText(t("chart-intro"));
    await expect(chart.locator("caption")).toHaveText(t("chart-table-caption"));
    let sum = 0;
    for (const bar of await page.locator(".chart-table tbody tr a").all()) sum += await countOf(bar);
    expect(sum).toBe(expected.active + expected.warning + expected.overdue + expected.never);
    await page.goto("/users");
    await expect(page.locator("label.check:has(input[name=inactivity][value=active])")).toHaveText(t("inactivity-active"));
  });
}

for (const width of [1366, 390]) {
  test(`at ${width} px the products table and the chart fill their panels, and nothing scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await expect(page.locator(".cards")).toBeVisible();
    const box = async (selector) => {
      const found = await page.locator(selector).first().boundingBox();
      expect(found, `${selector} is laid out`).not.toBeNull();
      return found;
    };
    // The products table spans its box (it once stopped at its content's width).
    const products = await box(".products-table");
    expect(products.width).toBeGreaterThanOrEqual((await box(".table-wrap:has(.products-table)")).width - 2);
    // The chart and its table share the panel's whole width side by side on a wide screen (the
    // chart alone once took 60 % of it), and stack on a narrow one.
    const layout = await box(".chart-layout");
    const figure = await box(".chart-figure");
    const table = await box(".chart-table");
    if (width >= 960) {
      expect(figure.x).toBeLessThanOrEqual(layout.x + 1);
      expect(table.x + table.width).toBeGreaterThanOrEqual(layout.x + layout.width - 2);
      expect(table.x).toBeGreaterThan(figure.x + figure.width);
    } else {
      expect(figure.width).toBeGreaterThanOrEqual(layout.width - 1);
      expect(table.y).toBeGreaterThan(figure.y);
    }
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);
  });
}
