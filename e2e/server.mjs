// Global set-up: starts the real `uam` binary on a free loopback port with a fresh data folder,
// hands its URL to the tests, and stops it afterwards.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startHarness } from "./jira-harness.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// The local admin account the sign-in tests use, created with `uam admin create`.
export const LOCAL_ADMIN = { login: "e2e-admin@example.com", password: "an e2e admin's long password" };

export default async function startServer() {
  const binary = process.env.UAM_BIN ?? join(root, "target", "debug", "uam");
  const dataDir = mkdtempSync(join(tmpdir(), "uam-e2e-"));
  // "Jira" may frame the panel; "elsewhere" may not (both are other origins than the server's).
  const jira = await startHarness();
  const elsewhere = await startHarness();
  process.env.UAM_E2E_JIRA_URL = jira.origin;
  process.env.UAM_E2E_ELSEWHERE_URL = elsewhere.origin;
  const env = {
    ...process.env,
    UAM_LISTEN: "127.0.0.1:0",
    UAM_DATA_DIR: dataDir,
    UAM_SITE_ROOT: join(root, "target", "site"),
    UAM_LOG: process.env.UAM_LOG ?? "warn",
    UAM_JIRA_SITES: jira.origin,
  };
  const created = spawnSync(binary, ["admin", "create", "--login", LOCAL_ADMIN.login, "--name", "E2E Local Admin"], {
    env,
    input: `${LOCAL_ADMIN.password}\n`,
    encoding: "utf8",
  });
  if (created.status !== 0) throw new Error(`uam admin create failed: ${created.stderr}`);
  const server = spawn(binary, [], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });

  const url = await new Promise((resolveUrl, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`uam did not start in 30 s; it printed: ${output}`)), 30_000);
    server.stdout.on("data", (chunk) => {
      output += chunk;
      // The demo organisation's address (the tests read its ground truth) follows the server's.
      const sim = output.match(/simulated Atlassian organisation answers at (http:\/\/\S+)/);
      if (sim) process.env.UAM_E2E_SIM_URL = sim[1];
      const match = output.match(/running at (http:\/\/\S+)/);
      if (match && sim) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    server.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`uam exited with ${code} before serving; it printed: ${output}`));
    });
  });
  process.env.UAM_E2E_URL = url;
  // Where the server keeps its data, for tests that add to it the way the product's tools do.
  process.env.UAM_E2E_DATA_DIR = dataDir;

  return async () => {
    // The server writes its last audit checkpoint as it stops: remove the folder only after.
    const exited = new Promise((done) => server.once("exit", done));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
    rmSync(dataDir, { recursive: true, force: true });
    await Promise.all([jira.stop(), elsewhere.stop()]);
  };
}
