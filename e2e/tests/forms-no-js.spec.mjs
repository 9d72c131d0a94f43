// Without JavaScript, every form shows its current values as the server rendered them: the
// Settings page shows what is stored (and submitting its forms loses none of it), and the Users
// filters show the filter in the address.
import { expect, test } from "./fixtures.mjs";

test.skip(({ javaScriptEnabled }) => javaScriptEnabled, "checks the server-rendered forms alone");

/// Calls one of the Settings page's server functions, as the page's own script would.
async function settingsCall(page, baseURL, path, body) {
  const response = await page.request.post(`/api/settings${path}`, {
    data: body,
    headers: { Origin: new URL(baseURL).origin },
  });
  expect(response.status(), `POST /api/settings${path}`).toBe(200);
  return response.json();
}

/// The values the page's fields should show, from what the server stores.
function expectedFields(stored) {
  const c = stored.connection;
  return {
    "Warning after (days)": String(stored.thresholds.warning_days),
    "Overdue after (days)": String(stored.thresholds.overdue_days),
    "Currency (ISO code, such as USD or EUR)": stored.seat_prices.currency,
    "Hours between syncs": String(stored.sync_interval_hours),
    "Keep audit entries for (days)": String(stored.audit_retention_days),
    "Organisation ID": c.org_id ?? "",
    "Site URL": c.site_url ?? "",
    "Account e-mail": c.site_email ?? "",
  };
}

/// The input of the label whose own text (not its hint) is `text`.
const field = (page, text) =>
  page.locator("label").filter({ has: page.locator("span").getByText(text, { exact: true }) }).locator("input");

async function expectStoredValues(page, stored, priceKey) {
  for (const [label, value] of Object.entries(expectedFields(stored))) {
    await expect(field(page, label), label).toHaveValue(value);
  }
  await expect(page.locator(`input[name="${priceKey}"]`)).toHaveValue(String(stored.seat_prices.prices[priceKey]));
  // Write-only secrets are never sent back.
  await expect(field(page, "Admin API key")).toHaveValue("");
}

test("Settings shows the stored values, and submitting its forms keeps them", async ({ page, baseURL }) => {
  await page.goto("/settings");
  const prices = page.getByRole("region", { name: "Licence prices" });
  const priceKey = await prices.locator("input[inputmode=decimal]").first().getAttribute("name");
  expect(priceKey).toBeTruthy();

  // Values that are no defaults: the page can only show them if it reads the store. (The
  // thresholds are the ones the hydrated Settings test saves, so the two may run together.)
  await settingsCall(page, baseURL, "/thresholds", { warning_days: 60, overdue_days: 120 });
  await settingsCall(page, baseURL, "/seat_prices", { prices: { currency: "EUR", prices: { [priceKey]: 7.25 } } });
  const stored = await settingsCall(page, baseURL, "", {});
  expect(stored.thresholds).toEqual({ warning_days: 60, overdue_days: 120 });
  expect(stored.seat_prices).toEqual({ currency: "EUR", prices: { [priceKey]: 7.25 } });

  await page.reload();
  await expectStoredValues(page, stored, priceKey);

  // Each form's button submits it without the script: the page comes back with every value still
  // there, and nothing stored changed.
  for (const [region, button] of [
    ["Inactivity thresholds", "Save"],
    ["Licence prices", "Save"],
    ["Sync schedule and audit retention", "Save"],
  ]) {
    await page.getByRole("region", { name: region }).getByRole("button", { name: button }).click();
    await page.waitForLoadState("load");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
    await expectStoredValues(page, stored, priceKey);
  }
  expect(await settingsCall(page, baseURL, "", {})).toEqual(stored);
});

test("the Users filters show the filter in the address", async ({ page }) => {
  const since = "2024-02-29";
  await page.goto(`/users?q=smith&type=external&status=active&inactivity=warning&inactivity=never&after=${since}`);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("smith");
  // The filters other than search fold behind their button, which opens without the script.
  await page.locator(".filter-toggle").click();
  await expect(page.getByRole("combobox", { name: "Account type" })).toHaveValue("external");
  await expect(page.getByRole("combobox", { name: "Product" })).toHaveValue("");
  await expect(page.getByLabel("Last active on or after", { exact: true })).toHaveValue(since);
  await expect(page.getByLabel("Last active before", { exact: true })).toHaveValue("");
  const status = page.getByRole("group", { name: "Status" });
  await expect(status.getByRole("checkbox", { name: "Active", exact: true })).toBeChecked();
  await expect(status.getByRole("checkbox", { name: "Suspended" })).not.toBeChecked();
  const inactivity = page.getByRole("group", { name: "Inactivity" });
  await expect(inactivity.getByRole("checkbox", { name: "Recently active", exact: true })).not.toBeChecked();
  await expect(inactivity.getByRole("checkbox", { name: "Warning" })).toBeChecked();
  await expect(inactivity.getByRole("checkbox", { name: "Never active" })).toBeChecked();
  await expect(inactivity.getByRole("checkbox", { name: "Overdue" })).not.toBeChecked();
});

// Settings (area H1): without the script, the browser itself refuses "Delete everything" until
// the confirmation word is typed (the field is required and must match it), and the server
// refuses a confirmation without the word all the same.
test("without the script, Delete everything is refused until the word is typed", async ({ page, baseURL }) => {
  for (const [tag, region, button, label] of [
    ["en", "Danger zone", "Delete everything", "Type DELETE to confirm"],
    ["ja", "危険な操作", "すべて削除", "確認のため DELETE と入力してください"],
    ["th", "โซนอันตราย", null, "พิมพ์ DELETE เพื่อยืนยัน"],
  ]) {
    await page.context().addCookies([{ name: "uam_locale", value: tag, url: baseURL }]);
    await page.goto("/settings");
    const danger = page.getByRole("region", { name: region });
    const submit = button ? danger.getByRole("button", { name: button }) : danger.locator("button.button-danger");
    const word = danger.getByLabel(label);
    await expect(submit).toBeEnabled();
    await submit.click();
    expect(await word.evaluate((input) => input.validity.valueMissing), `${tag}: empty is refused`).toBe(true);
    await word.fill("delete");
    await submit.click();
    expect(await word.evaluate((input) => input.validity.patternMismatch), `${tag}: another word is refused`).toBe(true);
    await expect(page).toHaveURL(/\/settings$/);
    expect(await word.evaluate((input) => { input.value = " DELETE "; return input.checkValidity(); })).toBe(true);
  }
  const refused = await page.request.post("/data/delete", {
    form: { confirm: "nope" },
    headers: { Origin: new URL(baseURL).origin },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(303);
  expect(refused.headers().location).toMatch(/^\/settings\?data=/);
  expect(refused.headers().location).not.toContain("scheduled");
});
