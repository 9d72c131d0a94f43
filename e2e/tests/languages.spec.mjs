// The product in Japanese, German, Polish and Thai: every page speaks the chosen language, numbers
// and days read as that language writes them, the choice survives a reload and wins over the
// browser's languages, and nothing breaks the layout at 1280 px and 390 px (screenshots of each
// page at both widths are kept in target/e2e-results).
import { expect, test } from "./fixtures.mjs";
import { messages } from "./messages.mjs";

const english = messages("en");

/// Each page, its heading's message, and a message its first render shows in its main area.
const pages = [
  { path: "/", heading: "dashboard-title", shows: "card-total" },
  { path: "/users", heading: "users-title", shows: "users-tab-org" },
  { path: "/jobs", heading: "jobs-title", shows: "jobs-intro" },
  { path: "/audit", heading: "audit-title", shows: "audit-csv-time" },
  { path: "/settings", heading: "settings-title", shows: "settings-connection-title" },
];
const navigation = ["nav-dashboard", "nav-users", "nav-jobs", "nav-audit", "nav-settings"];

async function chooseByCookie(page, baseURL, tag) {
  await page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);
}

/// Fails if the page scrolls sideways: text that does not fit its box pushes the layout wider.
async function expectNoSidewaysScroll(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what} scrolls sideways by ${overflow} px`).toBe(0);
}

for (const tag of ["ja", "de", "pl", "th"]) {
  const t = messages(tag);

  test.describe(`in ${tag}`, () => {
    test.beforeEach(async ({ page, baseURL }) => chooseByCookie(page, baseURL, tag));

    for (const { path, heading, shows } of pages) {
      test(`${path} speaks ${tag} and fits 1280 px and 390 px`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", tag);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(heading));
        await expect(page).toHaveTitle(t("page-title", { page: t(heading) }));
        await expect(page.locator("main").getByText(t(shows), { exact: true }).first()).toBeVisible();
        const nav = page.getByRole("navigation", { name: t("nav-label") });
        for (const id of navigation) await expect(nav.getByRole("link", { name: t(id), exact: true })).toBeVisible();
        // The English of the same page is nowhere: not the heading, not the navigation.
        const text = await page.locator("body").innerText();
        for (const id of [heading, ...navigation]) {
          if (english(id) !== t(id)) expect(text, `English "${english(id)}" on ${path}`).not.toContain(english(id));
        }
        await expectNoSidewaysScroll(page, `${path} at 1280 px`);
        await page.screenshot({ path: testInfo.outputPath(`${tag}${path.replaceAll("/", "-")}-1280.png`), fullPage: true });

        await page.setViewportSize({ width: 390, height: 800 });
        await expectNoSidewaysScroll(page, `${path} at 390 px`);
        await page.screenshot({ path: testInfo.outputPath(`${tag}${path.replaceAll("/", "-")}-390.png`), fullPage: true });
      });
    }

    test(`numbers, days and ages read as ${tag} writes them`, async ({ page }) => {
      await page.goto("/");
      // The total is formatted by our ICU4X data; the browser's own Intl (ICU4C) must agree.
      const total = page.locator(".cards a[data-count]").first();
      const n = Number(await total.getAttribute("data-count"));
      expect(n).toBeGreaterThan(999);
      await expect(total).toHaveText(new Intl.NumberFormat(tag).format(n));

      await page.goto("/users?sort=last_active&dir=desc");
      const time = page.locator("tbody time[datetime]").first();
      const at = new Date(await time.getAttribute("datetime"));
      const days = Math.floor((Date.now() - at.getTime()) / 86_400_000);
      expect(days).toBeLessThan(31);
      // Ages count from the snapshot's time, a few minutes before now: a day boundary may fall between.
      const relative = new Intl.RelativeTimeFormat(tag, { numeric: "auto" });
      expect([relative.format(-days, "day"), relative.format(1 - days, "day")]).toContain(await time.innerText());
      // Days are Gregorian in every language (Thai browsers default to the Buddhist calendar).
      const day = new Intl.DateTimeFormat(`${tag}-u-ca-gregory`, { dateStyle: "medium", timeZone: "UTC" }).format(at);
      await expect(time).toHaveAttribute("title", new RegExp(`^${day.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    });
  });
}

test("choosing a language in the top bar re-renders in it, survives a reload and beats Accept-Language", async ({
  page,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "the language picker needs the script");
  await page.setExtraHTTPHeaders({ "Accept-Language": "de-DE,de;q=0.9" });
  await page.goto("/users");
  const picker = page.getByRole("combobox", { name: english("prefs-language") });
  await expect(picker).toBeVisible();
  // Each language is listed by its own name.
  for (const [tag, name] of [["ja", "日本語"], ["de", "Deutsch"], ["pl", "Polski"], ["th", "ไทย"]]) {
    await expect(picker.locator(`option[value="${tag}"]`)).toHaveText(name);
  }
  await picker.selectOption("pl");
  const pl = messages("pl");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pl("users-title"));
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pl("users-title"));

  // The hydrated app renders further pages in the browser, in the same language.
  await page.getByRole("navigation", { name: pl("nav-label") }).getByRole("link", { name: pl("nav-audit") }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pl("audit-title"));
  await expect(page.getByRole("combobox", { name: pl("prefs-language") })).toHaveValue("pl");

  // Back to English for the other tests sharing this browser state.
  await page.getByRole("combobox", { name: pl("prefs-language") }).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("without the script the pickers are a form that applies the choice and comes back", async ({
  page,
  javaScriptEnabled,
}) => {
  test.skip(javaScriptEnabled, "with the script a choice applies at once (tested above)");
  await page.goto("/users?tab=all");
  await page.getByRole("combobox", { name: english("prefs-language") }).selectOption("de");
  await page.getByRole("button", { name: english("prefs-apply"), exact: true }).click();
  await expect(page).toHaveURL(/\/users\?tab=all$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages("de")("users-title"));
});

test.describe("without a chosen language", () => {
  test.use({ locale: "th-TH" });

  test("the browser's languages choose, and the server remembers the choice", async ({ page, baseURL }) => {
    await page.context().clearCookies({ name: "uam_locale" });
    const response = await page.goto("/");
    expect(await response.headerValue("set-cookie")).toContain("uam_locale=th");
    await expect(page.locator("html")).toHaveAttribute("lang", "th");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages("th")("dashboard-title"));
    const cookies = await page.context().cookies(baseURL);
    expect(cookies.find((c) => c.name === "uam_locale")?.value).toBe("th");
  });
});

test("the sign-in page speaks the visitor's language before anyone signs in", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "ja-JP", storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  const ja = messages("ja");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ja("login-title"));
  await expect(page.getByRole("link", { name: ja("login-atlassian") })).toBeVisible();
  await context.close();
});

// ---- Line breaking per script: words stay whole; cells and boxes grow instead ----

/// How many lines an element's text takes.
const lineCount = (locator) =>
  locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });

/// The width an input's placeholder needs, in its own font, against the room its box gives.
const placeholderRoom = (locator) =>
  locator.evaluate((input) => {
    const style = getComputedStyle(input);
    const context = document.createElement("canvas").getContext("2d");
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { needs: context.measureText(input.placeholder).width, room };
  });

for (const [tag, width] of [["ja", 1366], ["ja", 390], ["th", 1366], ["th", 390], ["de", 1366], ["de", 390]]) {
  test(`${tag} at ${width} px: statuses, badges and headings of the Users table keep their words whole`, async ({
    page,
    baseURL,
  }) => {
    await chooseByCookie(page, baseURL, tag);
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/users?tab=all&size=100");
    const t = messages(tag);
    const values = page.locator("td.col-status > span, td.col-inactivity .badge");
    expect(await values.count()).toBeGreaterThan(10);
    for (const value of await values.all()) {
      expect(await lineCount(value), `${await value.innerText()} breaks`).toBe(1);
    }
    await expect(page.locator("td.col-status > span", { hasText: t("status-active") }).first()).toBeVisible();
  });
}

for (const width of [1366, 390]) {
  test(`de at ${width} px: "Anmeldung" in the audit log stays one word on one line`, async ({ page, baseURL }) => {
    await chooseByCookie(page, baseURL, "de");
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/audit");
    const word = messages("de")("audit-action-sign_in");
    const cells = page.locator("main td, main th").getByText(word, { exact: true });
    expect(await cells.count()).toBeGreaterThan(0);
    for (const cell of await cells.all()) expect(await lineCount(cell)).toBe(1);
  });
}

test("de at 1366 px: the demo banner's link follows its sentence, and the audit search shows its whole placeholder", async ({
  page,
  baseURL,
}) => {
  await chooseByCookie(page, baseURL, "de");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/audit");
  const de = messages("de");
  const banner = page.getByRole("note");
  await expect(banner.getByRole("link", { name: de("demo-connect") })).toBeVisible();
  expect(await lineCount(banner.locator(".demo-text"))).toBe(1);
  const search = page.getByRole("searchbox", { name: de("filter-search") });
  await expect(search).toHaveAttribute("placeholder", de("audit-search-placeholder"));
  const { needs, room } = await placeholderRoom(search);
  expect(needs, `the placeholder needs ${needs} px of ${room}`).toBeLessThanOrEqual(room);
});
