// The simulated organisation's ground truth, read from the simulator itself (not through User
// Account Manager), and the numbers the product should show for it, computed here independently.

const DAY = 86_400_000;

export async function groundTruth() {
  const url = process.env.UAM_E2E_SIM_URL;
  if (!url) throw new Error("the e2e server did not report the demo organisation's address");
  const response = await fetch(`${url}/__sim/accounts`);
  if (!response.ok) throw new Error(`the simulator answered ${response.status}`);
  return response.json();
}

/// The inactivity class of a last-active time, as the product defines it (whole days).
export function classOf(lastActive, thresholds, now = Date.now()) {
  if (!lastActive) return "never";
  const days = Math.floor((now - Date.parse(lastActive)) / DAY);
  if (days >= thresholds.overdue) return "overdue";
  if (days >= thresholds.warning) return "warning";
  return "active";
}

/// The inactivity class of an account: `no_access` when it cannot sign in (suspended or
/// deactivated), whatever its activity; otherwise its activity's class (in one product when
/// `lastActive` is that product's).
export function classOfAccount(a, thresholds, lastActive = a.lastActive) {
  if (!canSignIn(a)) return "no_access";
  return classOf(lastActive, thresholds);
}

/// Whether an account can sign in: an open invitation (`not_invited`) still can.
export const canSignIn = (a) => a.status !== "suspended" && a.status !== "deactivated";

const isCustomer = (a) => a.kind === "customer" || a.serviceDesks.length > 0 || a.jsmOrganizations.length > 0;

/// The dashboard's numbers: inactivity over active org users, products over active accounts
/// with access.
export function dashboardNumbers(truth, thresholds) {
  const activeOrg = truth.accounts.filter((a) => a.orgUser && a.status === "active");
  const count = (list, cls) => list.filter((a) => classOf(a.lastActive, thresholds) === cls).length;
  const products = {};
  for (const product of truth.products) {
    const uses = truth.accounts
      .filter((a) => a.status === "active")
      .map((a) => a.access.find((p) => p.key === product.key))
      .filter(Boolean);
    const of = (cls) => uses.filter((u) => classOf(u.lastActive, thresholds) === cls).length;
    products[product.name] = {
      users: uses.length,
      active: of("active"),
      warning: of("warning"),
      overdue: of("overdue"),
      never: of("never"),
    };
  }
  return {
    total: truth.accounts.filter(known).length,
    orgUsers: truth.accounts.filter((a) => a.orgUser).length,
    customers: truth.accounts.filter((a) => a.kind === "customer").length,
    active: count(activeOrg, "active"),
    warning: count(activeOrg, "warning"),
    overdue: count(activeOrg, "overdue"),
    never: count(activeOrg, "never"),
    noAccess: truth.accounts.filter((a) => a.orgUser && !canSignIn(a)).length,
    products,
  };
}

/// Accounts some Atlassian API lists to an org admin: directory users, customers, and members of
/// projects and spaces. (The simulated org also holds app accounts that no API lists.)
const known = (a) => a.orgUser || isCustomer(a) || a.projects.length > 0 || a.spaces.length > 0;

/// The accounts a Users-page filter should list, as a predicate over ground-truth accounts.
export const tabs = {
  org: (a) => a.orgUser,
  projects: (a) => a.projects.length > 0 || a.spaces.length > 0,
  customers: isCustomer,
  all: known,
};

/// Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF line ends).
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/// The account id at the end of a row's Atlassian Administration link.
export const idFromAdminLink = (href) => decodeURIComponent(href.split("/users/")[1]);
