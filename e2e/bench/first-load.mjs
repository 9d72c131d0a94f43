// First-load benchmark: what each page costs a browser with an empty cache, request by request,
// and how long the dashboard takes to become interactive on a slow network (10 Mbit/s, 40 ms).
// Starts the real `uam` in demo mode with the e2e set-up (the Jira stand-in included), then, in
// headless Chromium with the network throttled:
//   - sign-in: a first visit without a session (it lands on the sign-in page);
//   - dashboard: the dashboard opened cold by a signed-in admin;
//   - each other page opened from there by its link, one after the other (what it adds), and
//     the pages already seen opened again (what moving between them adds);
//   - the Jira panel's first page, launched by the Jira stand-in.
// Bytes are the compressed bodies as transferred (headers counted apart); "interactive" is the
// time from the navigation (or the click) until the page marks itself ready: hydrated, its code
// loaded. The sign-in page has no script: it is interactive when it has loaded.
//
//   scripts/first-load.sh [runs]    (builds what it needs, then runs this)
import { chromium } from "@playwright/test";
import startServer from "../server.mjs";
import { groundTruth } from "../tests/truth.mjs";

const runs = Number(process.argv[2] ?? 5);
const READY = "data-page-ready";
const THROTTLE = { offline: false, latency: 40, downloadThroughput: 10_000_000 / 8, uploadThroughput: 10_000_000 / 8 };

const stop = await startServer();
const base = process.env.UAM_E2E_URL;
const browser = await chromium.launch({
  executablePath: process.env.UAM_CHROMIUM ?? "/usr/bin/chromium",
  // One process for the panel's frame too, so that the throttle covers it.
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-site-isolation-trials"],
});

/// A fresh context (empty cache) with the network throttled; `session` signs it in first.
async function coldPage(session) {
  const context = await browser.newContext({ storageState: session, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", THROTTLE);
  const requests = [];
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes().catch(() => null);
    // A file the page already had (its icon) reports no body: nothing was transferred.
    if (sizes) requests.push({ url: request.url(), body: Math.max(0, sizes.responseBodySize), headers: Math.max(0, sizes.responseHeadersSize) });
  });
  return { context, page, requests };
}

async function signedInSession() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`);
  const admin = (await page.locator(".demo-admins li strong").first().textContent()).trim();
  await page.locator("a[href^='/auth/atlassian']").click();
  await page.getByRole("link", { name: admin, exact: true }).click();
  await page.waitForURL(`${base}/`);
  const state = await context.storageState();
  await context.close();
  return state;
}

const ready = (frame, route) => frame.waitForSelector(`html[${READY}="${route}"]`, { state: "attached", timeout: 60_000 });
const settle = (page) => page.waitForLoadState("networkidle");

/// The requests made since `from`, and their sums (code: wasm, JS, CSS, icons; data: the rest).
function since(requests, from) {
  const list = requests.slice(from);
  const code = list.filter((r) => /\/pkg\//.test(r.url));
  const add = (items) => items.reduce((total, r) => total + r.body, 0);
  return { list, code: add(code), data: add(list) - add(code), headers: list.reduce((t, r) => t + r.headers, 0), total: add(list) };
}

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const results = new Map();
function record(name, spent, ms) {
  const entry = results.get(name) ?? { spent, times: [] };
  entry.times.push(ms);
  results.set(name, entry);
}

const session = await signedInSession();
const truth = await groundTruth();
const panelAdmin = truth.accounts.find((a) => a.orgAdmin && a.kind === "atlassian" && a.status === "active" && a.orgUser);
const onDemand = [
  ["/users", "UsersRoute"],
  ["/jobs", "JobsRoute"],
  ["/audit", "AuditLogRoute"],
  ["/settings", "SettingsRoute"],
  ["/users", "UsersRoute", "again"],
  ["/", "DashboardRoute", "again"],
];

for (let run = 0; run < runs; run += 1) {
  {
    const { context, page, requests } = await coldPage(undefined);
    const started = Date.now();
    await page.goto(`${base}/`, { waitUntil: "load" });
    const ms = Date.now() - started;
    await settle(page);
    record("sign-in (first visit, no session)", since(requests, 0), ms);
    await context.close();
  }
  {
    const { context, page, requests } = await coldPage(session);
    const started = Date.now();
    await page.goto(`${base}/`);
    await ready(page, "DashboardRoute");
    const ms = Date.now() - started;
    await settle(page);
    record("dashboard (cold, signed in)", since(requests, 0), ms);
    for (const [path, route, again] of onDemand) {
      const from = requests.length;
      const clicked = Date.now();
      await page.locator(`nav.main-nav a[href="${path}"]`).click();
      await ready(page, route);
      const ms = Date.now() - clicked;
      await settle(page);
      record(`${again ? "back to" : "then"} ${path}`, since(requests, from), ms);
    }
    // A user's details: the panel of the Users page (its code came with the page).
    {
      await page.locator(`nav.main-nav a[href="/users"]`).click();
      await ready(page, "UsersRoute");
      await settle(page);
      const from = requests.length;
      const clicked = Date.now();
      await page.locator("a.details-link").first().click();
      await page.locator(".details-panel").waitFor({ timeout: 60_000 });
      const ms = Date.now() - clicked;
      await settle(page);
      record("then a user's details", since(requests, from), ms);
    }
    await context.close();
  }
  {
    // A job's page, opened cold (the demo has jobs only once someone ran one, so it is opened
    // by its address: the not-yet-existing job renders the page's own "not found" state).
    const { context, page, requests } = await coldPage(session);
    const started = Date.now();
    await page.goto(`${base}/jobs/00000000-0000-0000-0000-000000000000`);
    await ready(page, "JobDetailsRoute");
    const ms = Date.now() - started;
    await settle(page);
    record("a job's page (cold)", since(requests, 0), ms);
    await context.close();
  }
  if (panelAdmin) {
    const { context, page, requests } = await coldPage(undefined);
    const started = Date.now();
    await page.goto(`${process.env.UAM_E2E_JIRA_URL}/panel?as=${encodeURIComponent(panelAdmin.accountId)}&lang=en_US&width=800`);
    const frame = await page.waitForSelector("#panel").then((element) => element.contentFrame());
    await frame.waitForURL(/\/embed\/$/, { timeout: 60_000 });
    await ready(frame, "DashboardRoute");
    const ms = Date.now() - started;
    await settle(page);
    // Only what the panel itself loads: the Jira stand-in's own page is not ours.
    const spent = since(requests.filter((r) => r.url.startsWith(base)), 0);
    record("Jira panel (launch and dashboard, cold)", spent, ms);
    await context.close();
  }
}

console.log(`First load on ${base}, Chromium ${browser.version()}, throttled to 10 Mbit/s and 40 ms; ${runs} runs, median time.`);
for (const [name, { spent, times }] of results) {
  console.log(`\n${name}: ${kb(spent.total)} (code ${kb(spent.code)}, data ${kb(spent.data)}; headers ${kb(spent.headers)} more), interactive in ${median(times)} ms`);
  for (const request of spent.list) {
    console.log(`  ${String(request.body).padStart(9)} B  ${new URL(request.url).pathname}`);
  }
}
await browser.close();
await stop();
