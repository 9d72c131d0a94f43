// The Settings page in the hydrated app: validated saves that the server keeps.
import { expect, test } from "./fixtures.mjs";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "saving settings needs the hydrated app");

// The refused saves answer 400, as they should.
test.use({ expectedErrors: [[400, /\/api\/settings\//]] });

test("thresholds are validated and saved", async ({ page }) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Inactivity thresholds" });
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  await section.getByLabel("Warning after (days)").fill("200");
  await section.getByLabel("Overdue after (days)").fill("100");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByRole("alert")).toContainText("overdue threshold longer than the warning one");
  await section.getByLabel("Warning after (days)").fill("60");
  await section.getByLabel("Overdue after (days)").fill("120");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(section.getByLabel("Warning after (days)")).toHaveValue("60");
  await expect(section.getByLabel("Overdue after (days)")).toHaveValue("120");
});

test("protected accounts take a pasted list, refuse bad entries and can be searched", async ({ page }) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Protected accounts" });
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  const box = section.getByLabel(/Add addresses or domains/);
  await box.fill("ceo@e2e.example, not-an-address");
  await section.getByRole("button", { name: "Add" }).click();
  await expect(section.getByRole("alert")).toContainText("not-an-address");
  await expect(section.locator(".protected-list li")).toHaveCount(0);
  await box.fill("  CEO@E2E.example ;\n*@Board.E2E.example\ncfo@e2e.example");
  await section.getByRole("button", { name: "Add" }).click();
  await expect(section.getByRole("status")).toHaveText("Saved.");
  await expect(section.locator(".protected-list code")).toHaveText(["*@board.e2e.example", "ceo@e2e.example", "cfo@e2e.example"]);
  await section.getByLabel("Search protected accounts").fill("cfo");
  await expect(section.locator(".protected-list code")).toHaveText(["cfo@e2e.example"]);
  await section.getByRole("button", { name: "Remove" }).click();
  await section.getByLabel("Search protected accounts").fill("");
  await expect(section.locator(".protected-list code")).toHaveText(["*@board.e2e.example", "ceo@e2e.example"]);
});

// The site token goes only to an Atlassian site (or a host the operator allows); a site URL
// naming an internal address is refused with the translated reason, and nothing is saved.
test("a site URL other than an Atlassian site is refused and nothing is saved", async ({ page }) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Atlassian connection" });
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  await expect(section.getByText("Enter the token again whenever you change the site URL or the e-mail.")).toBeVisible();
  await section.getByLabel("Organisation ID").fill("e2e-org");
  await section.getByLabel("Admin API key").fill("ATATT-e2e-not-a-real-key");
  await section.getByLabel("Site URL", { exact: true }).fill("http://127.0.0.1:9/internal");
  await section.getByLabel("Account e-mail", { exact: true }).fill("robot@e2e.example");
  await section.getByLabel(/^API token/).fill("e2e-site-token");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByRole("alert")).toContainText("Only https://your-site.atlassian.net sites are accepted");
  await expect(section.getByRole("alert")).toContainText("UAM_ALLOWED_SITE_HOSTS");
  await page.reload();
  await expect(section.getByLabel("Site URL", { exact: true })).not.toHaveValue(/127\.0\.0\.1/);
  await expect(section.getByText(/saved connection is used from the server's next start/)).toHaveCount(0);
});
