// Who gets in: an anonymous visitor and a non-admin see nothing; a local admin signs in and out.
import { expect, test } from "./fixtures.mjs";
import { LOCAL_ADMIN } from "../server.mjs";

test.describe("without a session", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("an anonymous visitor sees only the sign-in page", async ({ page }) => {
    for (const path of ["/", "/users", "/audit", "/settings"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login\?next=/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
      await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    }
  });

  test.describe("a non-admin", () => {
    test.use({ expectedErrors: [[403, /\/auth\/atlassian\/callback/]] });

    test("is refused by Sign in with Atlassian", async ({ page }) => {
      await page.goto("/login");
      const admins = await page.locator(".demo-admins li strong").allTextContents();
      await page.getByRole("link", { name: "Sign in with Atlassian" }).click();
      const others = page.locator("li").filter({ hasNot: page.locator("strong") });
      const member = (await others.first().getByRole("link").textContent()).trim();
      expect(admins).not.toContain(member);
      await others.first().getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign-in refused");
      await expect(page.getByText("not an admin of this organisation")).toBeVisible();
      await page.getByRole("link", { name: "Back to sign-in" }).click();
      // Let the sign-in page finish loading: leaving it half-loaded would abort its requests.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
      await page.waitForLoadState("networkidle");
      await page.goto("/users");
      await expect(page).toHaveURL(/\/login\?next=/);
    });
  });

  test("a local admin signs in with a password, then signs out", async ({ page }) => {
    await page.goto("/settings");
    await page.getByLabel("Login").fill(LOCAL_ADMIN.login);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toHaveText("The login, password or authenticator code is not right.");
    await page.getByLabel("Login").fill(LOCAL_ADMIN.login);
    await page.getByLabel("Password").fill(LOCAL_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
    await expect(page.locator(".account-name")).toHaveText("E2E Local Admin");
    await expect(page.locator(".account-via")).toHaveText("Local account");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/login\?next=/);
  });
});
