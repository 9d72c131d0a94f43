// Signs in the way an org admin does in demo mode: "Sign in with Atlassian", then one of the
// simulated org admins the sign-in page lists, on the simulated Atlassian consent page.
import { expect, test } from "./fixtures.mjs";
import { SESSION } from "../playwright.config.mjs";

test("an org admin signs in with (simulated) Atlassian", async ({ page }) => {
  const response = await page.goto("/");
  expect(response.url()).toMatch(/\/login\?next=\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  const admin = (await page.locator(".demo-admins li strong").first().textContent()).trim();
  await page.getByRole("link", { name: "Sign in with Atlassian" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose an account");
  await page.getByRole("link", { name: admin, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(page.locator(".account-name")).toHaveText(admin);
  await page.context().storageState({ path: SESSION });
});
