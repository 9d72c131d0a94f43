// With JavaScript off, the server-rendered page stands on its own and shows no dead controls.
import { expect, test } from "./fixtures.mjs";

test.skip(({ javaScriptEnabled }) => javaScriptEnabled, "checks the page without JavaScript");

test("the language and theme pickers work as a form with an Apply button", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Language" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply", exact: true })).toBeVisible();
});
