// Stand-ins for Jira on other loopback origins, for the panel's browser tests. "Jira" (the allowed
// origin, listed in UAM_JIRA_SITES) plays the Forge shell: for /panel it does what Forge and the
// shell do together, asking the simulated Forge for the user's invocation token, calling our
// /forge/launch with it (Forge Remote), and framing /embed#code=…. "Elsewhere" is an origin nobody
// allowed; both can frame any address with /frame?src=….
import http from "node:http";

const page = (body) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harness</title></head><body>${body}</body></html>`;

// Records what the framed page tells its parent (the shell relaunches on "uam:session-expired").
const LISTEN = `<script>
  window.messages = [];
  addEventListener("message", (event) => window.messages.push({ origin: event.origin, data: event.data }));
</script>`;

const frame = (src, width) =>
  `<iframe id="panel" title="User Account Manager" src="${src.replace(/"/g, "&quot;")}" style="width:${width}px;height:900px;border:0"></iframe>`;

async function launch(principal) {
  const token = await fetch(`${process.env.UAM_E2E_SIM_URL}/__sim/forge/invocation-token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ principal }),
  }).then((response) => response.json());
  const response = await fetch(`${process.env.UAM_E2E_URL}/forge/launch`, {
    method: "POST",
    headers: { authorization: `Bearer ${token.token}`, "content-type": "application/json" },
    body: "{}",
  });
  if (!response.ok) throw new Error(`/forge/launch answered ${response.status}`);
  return response.json();
}

function handler(request, response) {
  const url = new URL(request.url, "http://harness");
  const reply = (status, html) => {
    response.writeHead(status, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  };
  const width = Number(url.searchParams.get("width") ?? 800);
  if (url.pathname === "/panel") {
    const theme = url.searchParams.get("theme") ?? "light";
    const lang = url.searchParams.get("lang") ?? "en_US";
    launch(url.searchParams.get("as"))
      .then(({ launchCode, embedUrl }) => {
        const src = `${embedUrl}#code=${encodeURIComponent(launchCode)}&theme=${theme}&lang=${lang}`;
        reply(200, page(LISTEN + frame(src, width)));
      })
      .catch((error) => reply(502, page(`<p>${error.message}</p>`)));
  } else if (url.pathname === "/frame") {
    reply(200, page(LISTEN + frame(url.searchParams.get("src") ?? "about:blank", width)));
  } else {
    reply(404, page("<p>Not here.</p>"));
  }
}

/// Starts a harness on `localhost:0`; its origin and a function that stops it.
export async function startHarness() {
  const server = http.createServer(handler);
  await new Promise((ready) => server.listen(0, "localhost", ready));
  const origin = `http://localhost:${server.address().port}`;
  return { origin, stop: () => new Promise((done) => server.close(done)) };
}
