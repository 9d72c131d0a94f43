// Browser benchmark: a 100,000-user organisation (plus 250,000 JSM customers) in the simulator,
// synced by the release build, then the Users table driven in headless Chromium. Measures, in the
// page itself, the time from a click to the table showing the new rows (paging, sorting,
// filtering, searching), and the time to build and download a 100,000-row CSV export.
//
//   cargo build --release -p server --bin uam && cargo build --release -p atlassian-sim --bin atlassian-sim
//   PATH=$PWD/frontend/node_modules/.bin:$PATH trunk build --release
//   node e2e/bench/browser.mjs [runs]
import { chromium } from "@playwright/test";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const release = join(root, "target", "release");
const runs = Number(process.argv[2] ?? 15);
const credentials = { key: "bench-admin-key", email: "bench@acme.example", token: "bench-site-token", org: "bench-org" };
const admin = { login: "bench-admin@example.com", password: "a benchmark admin's password" };

/// Starts a process and resolves with the first match of `pattern` in its standard output.
function start(binary, args, env, pattern) {
  const child = spawn(binary, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolveMatch, reject) => {
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = output.match(pattern);
      if (match) resolveMatch({ child, match });
    });
    child.on("exit", (code) => reject(new Error(`${binary} exited with ${code}: ${output}`)));
  });
}

const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5).toFixed(0), p95: at(0.95).toFixed(0), max: sorted[sorted.length - 1].toFixed(0) };
};

const data = mkdtempSync(join(tmpdir(), "uam-browser-bench-"));
const { child: sim, match } = await start(
  join(release, "atlassian-sim"),
  ["--listen", "127.0.0.1:0", "--users", "100000", "--customers", "250000", "--projects", "500", "--spaces", "200",
    "--org-id", credentials.org, "--admin-key", credentials.key, "--site-email", credentials.email, "--site-token", credentials.token],
  {},
  /listening on (http:\/\/\S+)/,
);
const simUrl = match[1];
const env = {
  UAM_DATA_DIR: data,
  UAM_SITE_ROOT: join(root, "target", "site"),
  UAM_ORG_ID: credentials.org,
  UAM_ADMIN_API_KEY: credentials.key,
  UAM_ATLASSIAN_ADMIN_URL: simUrl,
  UAM_ATLASSIAN_SITE_URL: simUrl,
  UAM_SITE_EMAIL: credentials.email,
  UAM_SITE_API_TOKEN: credentials.token,
  UAM_SYNC_INTERVAL_HOURS: "0",
  UAM_LISTEN: "127.0.0.1:0",
  UAM_LOG: "warn",
};
const uam = join(release, "uam");
let started = Date.now();
const synced = spawnSync(uam, ["sync"], { env: { ...process.env, ...env }, encoding: "utf8" });
if (synced.status !== 0) throw new Error(`uam sync failed: ${synced.stderr}`);
console.log(`sync of 350,000 accounts (no rate limit): ${((Date.now() - started) / 1000).toFixed(1)} s`);
const created = spawnSync(uam, ["admin", "create", "--login", admin.login, "--name", "Bench Admin"], {
  env: { ...process.env, ...env },
  input: `${admin.password}\n`,
  encoding: "utf8",
});
if (created.status !== 0) throw new Error(`uam admin create failed: ${created.stderr}`);
const { child: server, match: running } = await start(uam, [], env, /running at (http:\/\/\S+)/);
const url = running[1];

const browser = await chromium.launch({
  executablePath: process.env.UAM_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
const page = await context.newPage();
await page.goto(`${url}/login`);
await page.getByLabel("Login", { exact: true }).fill(admin.login);
await page.getByLabel("Password", { exact: true }).fill(admin.password);
await page.getByRole("button", { name: "Sign in", exact: true }).click();
await page.waitForURL(`${url}/`);

/// Clicks `selector` and waits, inside the page, until the table shows other rows (its first or
/// last account, or the match count, changed); the milliseconds between the two.
async function timed(selector) {
  return page.evaluate(async (selector) => {
    const table = () => {
      const names = document.querySelectorAll(".name-cell a");
      const count = document.querySelector(".match-count strong")?.textContent;
      return `${names[0]?.getAttribute("href")}|${names[names.length - 1]?.getAttribute("href")}|${count}`;
    };
    const before = table();
    const started = performance.now();
    document.querySelector(selector).click();
    await new Promise((done, fail) => {
      const check = () => {
        if (table() !== before) done();
        else if (performance.now() - started > 10_000) fail(new Error(`the table did not change: ${selector}`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    return performance.now() - started;
  }, selector);
}

async function measure(name, path, selector) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${url}${path}`);
    await page.locator(".name-cell a").first().waitFor();
    samples.push(await timed(selector));
  }
  const s = stats(samples);
  console.log(`${name.padEnd(44)} median ${s.median} ms, p95 ${s.p95} ms, max ${s.max} ms`);
}

await page.goto(`${url}/users`);
console.log(`table: ${await page.locator(".match-count strong").textContent()}`);
await measure("next page (100,000 org users)", "/users", ".pager a[rel=next]");
await measure("jump to a later page (page 1,000)", "/users?page=999", ".pager a[rel=next]");
await measure("sort by last active", "/users", "th:nth-child(8) a.sort");
await measure("sort by e-mail, descending", "/users?sort=email", "th:nth-child(3) a.sort");
await measure("filter: status suspended", "/users", "input[name=status][value=suspended]");
await measure("filter: inactivity overdue", "/users", "input[name=inactivity][value=overdue]");
await measure("tab: all 350,000 accounts", "/users", ".tabs a:last-child");

// Search as you type: from the last keystroke to the new rows, less the deliberate 250 ms pause.
const searches = [];
for (let i = 0; i < runs; i++) {
  await page.goto(`${url}/users`);
  await page.locator(".name-cell a").first().waitFor();
  const before = await page.locator(".name-cell a").first().getAttribute("href");
  await page.getByRole("searchbox", { name: "Search" }).fill("zo");
  const t0 = Date.now();
  await page.waitForFunction((b) => document.querySelector(".name-cell a")?.getAttribute("href") !== b, before, { polling: "raf" });
  searches.push(Date.now() - t0 - 250);
}
const s = stats(searches);
console.log(`${"search (after the 250 ms typing pause)".padEnd(44)} median ${s.median} ms, p95 ${s.p95} ms, max ${s.max} ms`);

// What the export's fetching alone costs: every page through the same server function, parsed by
// the browser's JSON.parse, nothing written.
const fetching = [];
for (let i = 0; i < Math.min(runs, 5); i++) {
  fetching.push(
    await page.evaluate(async () => {
      const started = performance.now();
      for (let p = 0, done = 0, total = 1; done < total; p++) {
        const response = await fetch("/api/users/export", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: { kind: "org_user", page: p }, layout: "users" }),
        });
        const page = await response.json();
        total = page.total;
        done += page.cells.length;
      }
      return performance.now() - started;
    }),
  );
}
const f = stats(fetching);
console.log(`${"fetching the 20 export pages only".padEnd(44)} median ${f.median} ms, p95 ${f.p95} ms, max ${f.max} ms`);

// The 100,000-row export, built in the browser.
const exports = [];
for (let i = 0; i < Math.min(runs, 5); i++) {
  await page.goto(`${url}/users`);
  await page.locator(".name-cell a").first().waitFor();
  const waiting = page.waitForEvent("download");
  const t0 = Date.now();
  await page.getByRole("button", { name: "Export matching users (CSV)" }).click();
  const file = await waiting;
  exports.push(Date.now() - t0);
  const text = readFileSync(await file.path(), "utf8");
  const lines = text.split("\n").filter((line) => line.length > 0).length;
  if (i === 0) console.log(`export file: ${(text.length / 1e6).toFixed(1)} MB, ${lines - 1} data rows`);
}
const e = stats(exports);
console.log(`${"CSV export of 100,000 users".padEnd(44)} median ${e.median} ms, p95 ${e.p95} ms, max ${e.max} ms`);

await browser.close();
server.kill("SIGTERM");
sim.kill("SIGTERM");
rmSync(data, { recursive: true, force: true });
