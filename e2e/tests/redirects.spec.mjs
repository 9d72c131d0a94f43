// Wherever a `next` target comes from, the browser ends up on our own origin. Each
// candidate goes through the language/theme form's redirect (`/preferences?next=`) and through
// the sign-in page's; any request the browser sends or would send to another origin fails the
// test (stopped where Playwright can stop it: a redirect's next hop is only seen, not routed).
import { expect, test } from "./fixtures.mjs";
import { LOCAL_ADMIN } from "../server.mjs";

// Targets as an attacker would write them (encoded into the query below), and as they arrive
// in the query already encoded (raw), so that the server's decoding is exercised too.
const CANDIDATES = [
  "//evil.example/",
  "///evil.example/",
  "/\\evil.example/",
  "\\\\evil.example/",
  "/\t/evil.example/",
  "/\n/evil.example/",
  "/\r\n/evil.example/",
  "https://evil.example/",
  "http:evil.example",
  "javascript:alert(document.domain)",
  "/%2F%2Fevil.example/",
  "/%2f/evil.example/",
  "/%5Cevil.example/",
  "/%09/evil.example/",
  "/%252F%252Fevil.example/",
  "/..//evil.example/",
  "/%01",
  "/%0A",
  "//evil.example@127.0.0.1/",
];
const RAW = ["//evil.example/", "%2F%2Fevil.example%2F", "/%5Cevil.example/", "%2F%09%2Fevil.example", "/%0D%0ALocation:%20//evil.example"];

/// Records every request the page makes to an origin other than ours, and stops those it can.
async function guard(page, baseURL) {
  const ours = new URL(baseURL).origin;
  const strays = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.origin !== ours) strays.push(request.url());
  });
  await page.route(
    (url) => url.origin !== ours && !url.protocol.startsWith("data") && url.protocol !== "about:",
    (route) => route.abort(),
  );
  return { ours, strays };
}

async function expectHome(page, ours, strays, candidate) {
  await page.waitForLoadState("load");
  expect(strays, `left our origin for ${JSON.stringify(candidate)}`).toEqual([]);
  expect(new URL(page.url()).origin, JSON.stringify(candidate)).toBe(ours);
  expect(new URL(page.url()).pathname, JSON.stringify(candidate)).not.toMatch(/^\/\/|^\/\\|evil/);
}

test.describe("the preferences form's redirect", () => {
  for (const candidate of CANDIDATES) {
    test(`next=${JSON.stringify(candidate)} stays on our origin`, async ({ page, baseURL }) => {
      const { ours, strays } = await guard(page, baseURL);
      await page.goto(`/preferences?theme=dark&next=${encodeURIComponent(candidate)}`);
      await expectHome(page, ours, strays, candidate);
      expect(new URL(page.url()).pathname).toBe("/");
    });
  }

  for (const raw of RAW) {
    test(`raw next=${raw} stays on our origin`, async ({ page, baseURL }) => {
      const { ours, strays } = await guard(page, baseURL);
      await page.goto(`/preferences?theme=light&next=${raw}`);
      await expectHome(page, ours, strays, raw);
    });
  }

  test("a path of ours is followed", async ({ page, baseURL }) => {
    const { ours, strays } = await guard(page, baseURL);
    await page.goto(`/preferences?theme=light&next=${encodeURIComponent("/users?q=x")}`);
    await expectHome(page, ours, strays, "/users?q=x");
    expect(new URL(page.url()).pathname).toBe("/users");
  });
});

test.describe("the sign-in page's redirect", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  // Signing in runs Argon2 each time: a few representative tricks, and one path of ours.
  for (const candidate of ["//evil.example/", "/\\evil.example/", "/%2F%2Fevil.example/", "/\t/evil.example/", "https://evil.example/", "/settings"]) {
    test(`next=${JSON.stringify(candidate)} after signing in stays on our origin`, async ({ page, baseURL }) => {
      const { ours, strays } = await guard(page, baseURL);
      await page.goto(`/login?next=${encodeURIComponent(candidate)}`);
      await page.getByLabel("Login").fill(LOCAL_ADMIN.login);
      await page.getByLabel("Password").fill(LOCAL_ADMIN.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator(".account-name")).toHaveText("E2E Local Admin");
      await expectHome(page, ours, strays, candidate);
      const expected = candidate === "/settings" ? "/settings" : "/";
      expect(new URL(page.url()).pathname).toBe(expected);
    });
  }
});
