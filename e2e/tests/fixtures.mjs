// The `page` every test uses: it fails the test on any console error, uncaught exception, failed
// request or error response, unless the test declares that one as expected. With JavaScript on,
// its `goto` and `reload` return once an app page is live: its code (loaded per page) has arrived
// and it has hydrated, as an admin's next click expects.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  // Responses a test expects to fail, as [status, url-pattern] pairs.
  expectedErrors: [[], { option: true }],

  page: async ({ page, expectedErrors, javaScriptEnabled }, use) => {
    if (javaScriptEnabled) {
      for (const method of ["goto", "reload"]) {
        const original = page[method].bind(page);
        page[method] = async (...args) => {
          const response = await original(...args);
          await untilLive(page);
          return response;
        };
      }
    }
    const problems = [];
    const expected = (status, url) => expectedErrors.some(([s, pattern]) => s === status && pattern.test(url));
    page.on("console", (message) => {
      const text = message.text();
      if (message.type() === "error" && !/status of (\d+)/.test(text)) problems.push(`console error: ${text}`);
      if (message.type() === "warning" && /hydrat/i.test(text)) problems.push(`hydration warning: ${text}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    page.on("requestfailed", (request) => {
      const reason = request.failure()?.errorText;
      // Aborted is not failed: the page cancelled a call it no longer needed (a newer search
      // replaces an older one), or the test moved on while a call was in flight.
      if (reason === "net::ERR_ABORTED") return;
      problems.push(`request failed: ${request.url()} (${reason})`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400 && !expected(response.status(), response.url())) {
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
    await use(page);
    expect(problems, "console errors, failed requests or error responses").toEqual([]);
  },
});

/// Waits until the page marks itself live (`data-page-ready` on `<html>`), if it is one of the
/// app's hydrating pages; sign-in, set-up and other sites' pages load no app script.
async function untilLive(page) {
  const hydrates = await page.evaluate(() => document.querySelector("script[type=module]") !== null).catch(() => false);
  if (hydrates) await page.waitForSelector("html[data-page-ready]", { state: "attached", timeout: 30_000 });
}

export { expect };
