// With JavaScript on, the wasm bundle hydrates the server's HTML and takes over its controls.
import { expect, test } from "./fixtures.mjs";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "needs the hydrated app");

test("hydration reveals the preference pickers and the theme picker switches the theme", async ({ page, context, baseURL }) => {
  await page.goto("/users");
  const theme = page.getByRole("combobox", { name: "Theme" });
  await expect(theme).toBeVisible();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);

  await theme.selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const cookies = await context.cookies(baseURL);
  expect(cookies.find((cookie) => cookie.name === "uam_theme")?.value).toBe("dark");

  // The server renders the remembered theme, so a reload starts dark without a flash.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(theme).toHaveValue("dark");

  await theme.selectOption("system");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
});

test("client-side navigation keeps the page hydrated", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeVisible();
  // A marker on window survives only if the router handles the click without loading a new document.
  await page.evaluate(() => { window.uamMarker = "same document"; });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await expect(page).toHaveTitle("Audit log · User Account Manager");
  expect(await page.evaluate(() => window.uamMarker)).toBe("same document");
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("en");
  // Hydrated, a choice applies at once: the form's Apply button is only for pages without the script.
  await expect(page.getByRole("button", { name: "Apply", exact: true })).toBeHidden();
});
