// Every page after the bundle was cut per page: each route's code arrives on first use, so each is
// checked the ways an admin reaches it: opened directly, by the app's own links, by back and
// forward (JavaScript on), and read without JavaScript, in English and Japanese. The sign-in page
// carries no script at all. (Sizes and times are the first-load benchmark's, not a test's.)
import { expect, test } from "./fixtures.mjs";
import { messages } from "./messages.mjs";

const ROUTES = [
  { path: "/", route: "DashboardRoute", title: "dashboard-title", nav: "nav-dashboard" },
  { path: "/users", route: "UsersRoute", title: "users-title", nav: "nav-users" },
  { path: "/jobs", route: "JobsRoute", title: "jobs-title", nav: "nav-jobs" },
  { path: "/audit", route: "AuditLogRoute", title: "audit-title", nav: "nav-audit" },
  { path: "/settings", route: "SettingsRoute", title: "settings-title", nav: "nav-settings" },
  // No job has this id: the page itself says so.
  { path: "/jobs/00000000-0000-4000-8000-000000000000", route: "JobDetailsRoute", title: "job-title" },
];

const ready = (page, route) => expect(page.locator("html")).toHaveAttribute("data-page-ready", route, { timeout: 30_000 });
const heading = (page) => page.getByRole("heading", { level: 1 });

for (const tag of ["en", "ja"]) {
  test.describe(`in ${tag}`, () => {
    const t = messages(tag);
    test.beforeEach(async ({ page, baseURL }) => {
      await page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);
    });

    test("every page opened by its address renders, and hydrates with the script", async ({ page, javaScriptEnabled }) => {
      for (const { path, route, title } of ROUTES) {
        await page.goto(path);
        await expect(heading(page), path).toHaveText(t(title));
        if (javaScriptEnabled) {
          await ready(page, route);
          // Hydrated: a language or theme choice applies at once, so the form's button is gone.
          await expect(page.locator("form.preferences button[type=submit]"), path).toBeHidden();
        } else {
          await expect(page.locator("html"), path).not.toHaveAttribute("data-page-ready", /.*/);
        }
      }
    });

    test("the app's links load each page's code on first use, and back and forward return", async ({ page, javaScriptEnabled }) => {
      test.skip(!javaScriptEnabled, "links inside the app are the router's only with the script");
      const loaded = [];
      page.on("requestfinished", (request) => {
        if (request.url().endsWith(".wasm")) loaded.push(new URL(request.url()).pathname.split("/").pop());
      });
      await page.goto("/");
      await ready(page, "DashboardRoute");
      await page.evaluate(() => { window.uamSameDocument = true; });
      const nav = page.getByRole("navigation", { name: t("nav-label") });
      const linked = ROUTES.filter((r) => r.nav);
      for (const { route, title, nav: label } of [...linked.slice(1), linked[0]]) {
        await nav.getByRole("link", { name: t(label), exact: true }).click();
        await ready(page, route);
        await expect(heading(page), route).toHaveText(t(title));
      }
      // Each page's own module came once, when it was first shown; the first page's with the page.
      const own = loaded.filter((name) => name.startsWith("split_"));
      expect(own.length, own.join(", ")).toBe(linked.length);
      expect(new Set(own).size).toBe(own.length);

      await page.goBack();
      await ready(page, "SettingsRoute");
      await expect(heading(page)).toHaveText(t("settings-title"));
      await page.goBack();
      await ready(page, "AuditLogRoute");
      await page.goForward();
      await ready(page, "SettingsRoute");
      expect(await page.evaluate(() => window.uamSameDocument), "one document throughout").toBe(true);
      const before = loaded.length;
      await nav.getByRole("link", { name: t("nav-users"), exact: true }).click();
      await ready(page, "UsersRoute");
      expect(loaded.slice(before).filter((name) => name.startsWith("split_") || name.startsWith("chunk_")), "a page seen before loads no code again").toEqual([]);
    });

    test("the sign-in page works without loading the app's script, its preferences too", async ({ browser, baseURL, javaScriptEnabled }) => {
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, javaScriptEnabled });
      await context.addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);
      const page = await context.newPage();
      const scripts = [];
      page.on("request", (request) => {
        if (/\.(js|wasm)$/.test(new URL(request.url()).pathname)) scripts.push(request.url());
      });
      await page.goto("/");
      await expect(page).toHaveURL(/\/login\?next=\/$/);
      await expect(heading(page)).toHaveText(t("login-title"));
      await expect(page.locator("a[href^='/auth/atlassian']")).toBeVisible();
      // No app, but a preference still applies at once with scripts on (the form's own few lines);
      // without them, its Apply button does it.
      const apply = page.locator("form.preferences button[type=submit]");
      if (javaScriptEnabled) {
        await expect(apply).toBeHidden();
        await page.locator("form.preferences select[name=theme]").selectOption("dark");
      } else {
        await page.locator("form.preferences select[name=theme]").selectOption("dark");
        await apply.click();
      }
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      await expect(heading(page)).toHaveText(t("login-title"));
      expect(scripts).toEqual([]);
      await context.close();
    });
  });
}
