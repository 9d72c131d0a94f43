// Deleting everything: confirmed with a fresh re-authentication, only scheduled, shown to
// every admin on the dashboard, and cancelled there; with JavaScript on and off. It runs in its
// own projects after every other spec, so no other page sees the banner by surprise.
import { expect, test } from "./fixtures.mjs";
import { LOCAL_ADMIN } from "../server.mjs";

// A browser of its own: signing in here must not end the session the other specs share.
test.use({ storageState: { cookies: [], origins: [] } });

test("deleting everything is re-authenticated, scheduled, on the dashboard and cancelled", async ({
  page,
  javaScriptEnabled,
}) => {
  await page.goto("/login?next=/settings");
  await page.getByLabel("Login").fill(LOCAL_ADMIN.login);
  await page.getByLabel("Password").fill(LOCAL_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  // Deleting lives in the Settings danger zone, apart from exporting (in "Your data").
  const section = page.getByRole("region", { name: "Danger zone" });
  await expect(section).toContainText("deleting runs 24 hours after you confirm");
  const schedule = async (password) => {
    await section.getByLabel("Password").fill(password);
    await section.getByLabel("Type DELETE to confirm").fill("DELETE");
    await section.getByRole("button", { name: "Delete everything" }).click();
  };
  // One wrong password in one of the two runs: the sign-in limiter counts it.
  if (javaScriptEnabled) {
    await schedule("not the password");
    await expect(page.getByRole("alert").filter({ hasText: "Nothing was scheduled." })).toHaveText(
      "The password or authenticator code is not right. Nothing was scheduled.",
    );
  }
  await schedule(LOCAL_ADMIN.password);
  await expect(page).toHaveURL(/\/settings\?data=scheduled$/);
  // What the form came to is said at the top of the reloaded page.
  await expect(page.getByRole("status").filter({ hasText: "Deleting everything is scheduled." })).toBeVisible();
  await expect(section.getByRole("button", { name: "Delete everything" })).toHaveCount(0);
  await expect(section.getByRole("button", { name: "Cancel the deletion" })).toBeVisible();

  await page.getByRole("link", { name: "Dashboard" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  const banner = page.getByRole("region", { name: "Everything is scheduled to be deleted" });
  await expect(banner).toContainText("E2E Local Admin scheduled deleting everything");
  await banner.getByRole("button", { name: "Cancel the deletion" }).click();
  await expect(page.getByText("The deletion was cancelled. Nothing was deleted.")).toBeVisible();
  await expect(banner).toHaveCount(0);
  if (!javaScriptEnabled) await expect(page).toHaveURL(/\/\?erasure=cancelled$/);
  await page.goto("/settings");
  await expect(section.getByRole("button", { name: "Delete everything" })).toBeVisible();
});
