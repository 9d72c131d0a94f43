// The accessibility bar every page meets: an axe-core scan of the page as it is now finds no
// serious or critical violation. Each failure names the rule, its help and the first elements.
import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";

export async function expectAccessible(page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(bad, "serious or critical accessibility violations").toEqual([]);
}
