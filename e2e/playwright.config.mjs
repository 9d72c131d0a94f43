// Playwright drives Debian's Chromium (never a browser of its own) against the real `uam` server,
// once with JavaScript on (the hydrated app) and once with it off (server rendering alone).
import { defineConfig } from "@playwright/test";

/// Runs of the suite side by side (several working copies of one checkout) each name themselves
/// with UAM_E2E_RUN, so that none overwrites another's session or results.
const RUN = process.env.UAM_E2E_RUN ? `-${process.env.UAM_E2E_RUN}` : "";

/// Where the sign-in project leaves the signed-in browser state.
export const SESSION = `../target/e2e-session${RUN}.json`;

/// Specs that change the demo organisation (or what a sync may read of it).
const CHANGES_THE_ORG = /(bulk|families|erasure)\.spec\.mjs/;

export default defineConfig({
  testDir: "tests",
  globalSetup: "./server.mjs",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  outputDir: `../target/e2e-results${RUN}`,
  use: {
    baseURL: process.env.UAM_E2E_URL,
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.UAM_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // Third-party cookies blocked, as browsers are moving to: the Jira panel must live on its
        // partitioned (CHIPS) cookie alone.
        "--test-third-party-cookie-phaseout",
      ],
    },
  },
  projects: [
    // Signs in once through the simulated "Sign in with Atlassian"; the other projects reuse it.
    { name: "sign-in", testMatch: /sign-in\.setup\.mjs/, use: { javaScriptEnabled: true } },
    {
      name: "js-on",
      dependencies: ["sign-in"],
      testIgnore: CHANGES_THE_ORG,
      use: { javaScriptEnabled: true, storageState: SESSION },
    },
    {
      name: "js-off",
      dependencies: ["sign-in"],
      testIgnore: CHANGES_THE_ORG,
      use: { javaScriptEnabled: false, storageState: SESSION },
    },
    // Bulk actions change the shared demo organisation (and undo it again): they run after every
    // test that compares pages with its ground truth, so none of those sees it mid-change.
    {
      name: "bulk",
      dependencies: ["js-on", "js-off"],
      testMatch: /bulk\.spec\.mjs/,
      use: { javaScriptEnabled: true, storageState: SESSION },
    },
    // A partial sync (projects and spaces the site account may not read) leaves the snapshot
    // without them until the next sync: last of all.
    {
      name: "families",
      dependencies: ["bulk"],
      testMatch: /families\.spec\.mjs/,
      use: { javaScriptEnabled: true, storageState: SESSION },
    },
    // Scheduling "delete everything" puts a banner on every admin's dashboard until it is
    // cancelled: after everything else, once with JavaScript and once without.
    { name: "erasure", dependencies: ["families"], testMatch: /erasure\.spec\.mjs/, use: { javaScriptEnabled: true } },
    {
      name: "erasure-no-js",
      dependencies: ["erasure"],
      testMatch: /erasure\.spec\.mjs/,
      use: { javaScriptEnabled: false },
    },
  ],
});
