// The Jira panel's first page: trades the launch code the Forge shell put in the address's
// fragment for the panel's session, then opens the app. The fragment never reaches a server or a
// Referer, and is removed at once so that the code is not left in the history.
(() => {
  "use strict";
  const show = (state) => {
    for (const line of document.querySelectorAll("[data-state]")) line.hidden = line.dataset.state !== state;
  };
  // The shell (Forge's Custom UI frame) listens for this and fetches a new launch code. It holds
  // no secret, so it may go to whichever origin the shell has.
  const expired = () => {
    show("expired");
    if (window.parent !== window) window.parent.postMessage({ type: "uam:session-expired" }, "*");
  };
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  history.replaceState(null, "", window.location.pathname + window.location.search);
  const code = fragment.get("code");
  if (!code) {
    expired();
    return;
  }
  fetch("/embed/session", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, theme: fragment.get("theme"), locale: fragment.get("lang") }),
  })
    .then(async (response) => {
      if (response.ok) {
        const { next } = await response.json();
        window.location.replace(next);
      } else if (response.status === 401) {
        expired();
      } else {
        show(response.status === 403 ? "refused" : "unavailable");
      }
    })
    .catch(() => show("unavailable"));
})();
