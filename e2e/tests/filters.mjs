// The Users and Audit pages fold their filters behind a "Filters" button (a native details
// element, so it works without the script too).
import { expect } from "@playwright/test";

/// Opens the folded filters, unless they are open already (the Audit page opens them by itself
/// while one of them is in force).
export async function openFilters(page) {
  const panel = page.locator("form.folded-filters details.filter-panel");
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
  await expect(panel).toHaveAttribute("open", "");
}
