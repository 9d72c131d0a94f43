// With JavaScript off, the server-rendered page stands on its own and shows no dead controls.
import { expect, test } from "./fixtures.mjs";

test.skip(({ javaScriptEnabled }) => javaScriptEnabled, "checks the page without JavaScript");

test("controls that need the browser stay hidden", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeHidden();
  await expect(page.getByRole("combobox", { name: "Language" })).toBeHidden();
});
