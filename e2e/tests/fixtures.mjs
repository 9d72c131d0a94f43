// The `page` every test uses: it fails the test on any console error, uncaught exception, failed
// request or error response, unless the test declares that one as expected.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  // Responses a test expects to fail, as [status, url-pattern] pairs.
  expectedErrors: [[], { option: true }],

  page: async ({ page, expectedErrors }, use) => {
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

export { expect };
