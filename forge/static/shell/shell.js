// The User Account Manager admin page in Jira (Forge Custom UI).
//
// Forge shows this page in an iframe in Jira's administration settings. It asks our server,
// through Forge Remote, for a one-time launch code, then frames the server's /embed page with
// the code in the URL fragment: a fragment stays in the browser, so the code never reaches a
// server log or a Referer header.
//
// There is no build step, hence no `import ... from '@forge/bridge'`: that package is CommonJS
// with npm dependencies, which a browser cannot load without a bundler. Every Custom UI page
// gets `window.__bridge` from the script Forge adds to it, and @forge/bridge is a thin wrapper
// around that object's `callBridge`; the three calls below are the ones @forge/bridge 7.2.0
// makes for invokeRemote, view.getContext and view.theme.enable. README.md explains why.

const LAUNCH_PATH = '/forge/launch';
// The server's contract: fetch a new launch code at most once every 5 seconds.
const RELAUNCH_INTERVAL_MS = 5000;
// A session that ends this soon after a launch, this many times in a row, will not hold
// (the browser most likely refuses the panel's cookie), so stop instead of looping.
const QUICK_EXPIRY_MS = 15000;
const QUICK_EXPIRY_LIMIT = 3;
// Forge gives up on a remote after 25 s; wait a little longer than that, never forever.
const LAUNCH_TIMEOUT_MS = 30000;
const BRIDGE_TIMEOUT_MS = 5000;
const MIN_HEIGHT_PX = 480;
const BOTTOM_GAP_PX = 16;

// English only: the framed application itself follows the user's language (`lang=`).
const MESSAGES = {
  opening: 'Opening User Account Manager…',
  notInJira: 'Open this page from Jira’s administration settings.',
  refused: 'The User Account Manager server did not accept this Jira site, or could not be reached.',
  forbidden: 'Only organisation admins can open User Account Manager.',
  unavailable: 'User Account Manager is not available right now. Try again in a few minutes.',
  badAnswer: 'The User Account Manager server sent an answer this page cannot use.',
  loop: 'User Account Manager keeps losing its session here. The browser may be blocking its cookie.',
};

const statusBox = document.getElementById('status');
const messageText = document.getElementById('message');
const retryButton = document.getElementById('retry');

let callBridge = null;
let context = null;
let frame = null; // the current <iframe>, if one is shown
let frameOrigin = ''; // the only origin whose messages count
let frameTheme = '';
let frameExpired = false; // the current frame already said its session ended
let launching = false;
let lastLaunchAt = -Infinity;
let launchedAt = 0;
let quickExpiries = 0;
let pendingLaunch = 0;

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Resolves with `fallback` if the bridge never answers, so the page cannot hang silently.
function withTimeout(promise, ms, fallback) {
  return Promise.race([promise, sleep(ms).then(() => fallback)]);
}

// Forge's script is in <head> and runs first, but give it a moment rather than fail at once.
async function waitForBridge() {
  for (let waited = 0; waited <= 3000; waited += 100) {
    const bridge = globalThis.__bridge;
    if (bridge && typeof bridge.callBridge === 'function') return bridge.callBridge;
    await sleep(100);
  }
  return null;
}

// Jira's colour mode: the attribute view.theme.enable() keeps up to date on <html>, else the
// context's theme; `light` when neither says.
function colourMode() {
  const mode = document.documentElement.getAttribute('data-color-mode') || context?.theme?.colorMode;
  if (mode === 'dark' || mode === 'light') return mode;
  if (mode === 'auto' && window.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'light';
}

// Jira's user locale in the server's form (`de_DE`), or '' when there is none worth sending.
function userLocale() {
  const raw = typeof context?.locale === 'string' ? context.locale.trim() : '';
  return /^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(raw) ? raw.replace(/-/g, '_') : '';
}

// view.theme.enable() sets data-color-mode a moment after it resolves; launching before that
// would frame the wrong theme and relaunch straight away.
function waitForColourMode(ms) {
  const root = document.documentElement;
  if (root.hasAttribute('data-color-mode') || context?.theme?.colorMode) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => done());
    const timer = setTimeout(() => done(), ms);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe(root, { attributes: true, attributeFilter: ['data-color-mode'] });
  });
}

// Checks the server's 200 answer: { launchCode, embedUrl, expiresIn }.
function readLaunch(body) {
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  if (!body || typeof body !== 'object') return null;
  const { launchCode, embedUrl } = body;
  if (typeof launchCode !== 'string' || launchCode === '' || typeof embedUrl !== 'string') return null;
  let url;
  try {
    url = new URL(embedUrl);
  } catch {
    return null;
  }
  // Only https can be framed here (Forge's frame-src and the server's own rules agree).
  if (url.protocol !== 'https:') return null;
  url.hash = ''; // the fragment is ours to fill
  return { code: launchCode, url };
}

// Asks the server for a launch code. Resolves with { launch } or { problem }.
async function requestLaunch() {
  let reply;
  try {
    reply = await withTimeout(
      callBridge('invoke', {
        path: LAUNCH_PATH,
        method: 'POST',
        body: {},
        invokeType: 'ui-remote-fetch', // what @forge/bridge's invokeRemote sends
      }),
      LAUNCH_TIMEOUT_MS,
      undefined,
    );
  } catch {
    // Forge rejects when the server answers 401 (Forge reserves that status for refused
    // tokens and drops the body) and when it cannot reach the server at all.
    return { problem: 'refused' };
  }
  if (!reply || typeof reply !== 'object') return { problem: 'unavailable' };
  // The bridge answers { success, payload, error }; either side holds the server's
  // { status, headers, body }. Should the envelope ever go, take the reply as that object.
  const envelope = 'success' in reply;
  const inner = envelope ? (reply.success ? reply.payload : reply.error) : reply;
  const response = inner && typeof inner === 'object' ? inner : {};
  const status = typeof response.status === 'number' ? response.status : 0;
  if (status === 200 || (status === 0 && envelope && reply.success)) {
    const launch = readLaunch(status === 0 && !('body' in response) ? response : response.body);
    return launch ? { launch } : { problem: 'badAnswer' };
  }
  if (status === 401) return { problem: 'refused' };
  if (status === 403) return { problem: 'forbidden' };
  return { problem: 'unavailable' };
}

function removeFrame() {
  if (frame) frame.remove();
  frame = null;
  frameOrigin = '';
}

function say(key, canRetry) {
  clearTimeout(pendingLaunch);
  pendingLaunch = 0;
  removeFrame();
  messageText.textContent = MESSAGES[key];
  retryButton.hidden = !canRetry;
  statusBox.hidden = false;
}

// A new <iframe> for every launch: changing only the fragment of an existing frame's src
// would not load the page again, and a fresh frame adds nothing to Jira's history.
function showFrame(launch, theme, locale) {
  let src = `${launch.url.href}#code=${encodeURIComponent(launch.code)}&theme=${theme}`;
  if (locale) src += `&lang=${encodeURIComponent(locale)}`;
  const next = document.createElement('iframe');
  next.className = 'panel';
  next.title = 'User Account Manager';
  next.src = src;
  if (frame) frame.replaceWith(next);
  else document.body.append(next);
  frame = next;
  frameOrigin = launch.url.origin;
  frameTheme = theme;
  frameExpired = false;
  statusBox.hidden = true;
}

async function launch() {
  if (launching) return;
  launching = true;
  lastLaunchAt = Date.now();
  try {
    const result = await requestLaunch();
    if (result.problem) {
      say(result.problem, true);
      return;
    }
    showFrame(result.launch, colourMode(), userLocale());
    launchedAt = Date.now();
  } finally {
    launching = false;
  }
}

// Every launch after the first goes through here, so none comes sooner than 5 s after the
// previous one, and several reasons at once make a single launch.
function scheduleLaunch() {
  if (pendingLaunch || launching) return;
  const wait = Math.max(0, lastLaunchAt + RELAUNCH_INTERVAL_MS - Date.now());
  pendingLaunch = setTimeout(() => {
    pendingLaunch = 0;
    launch();
  }, wait);
}

// The framed page says its session ended (15 idle minutes): fetch a new code. Only messages
// from the frame we made, from the origin we framed, count.
window.addEventListener('message', (event) => {
  if (!frame || event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
  const data = event.data;
  if (!data || typeof data !== 'object' || data.type !== 'uam:session-expired') return;
  if (frameExpired) return; // one relaunch per frame, however often it says so
  frameExpired = true;
  quickExpiries = Date.now() - launchedAt < QUICK_EXPIRY_MS ? quickExpiries + 1 : 0;
  if (quickExpiries >= QUICK_EXPIRY_LIMIT) {
    quickExpiries = 0;
    say('loop', true);
    return;
  }
  scheduleLaunch();
});

retryButton.addEventListener('click', () => {
  quickExpiries = 0;
  say('opening', false);
  scheduleLaunch();
});

// The user switched Jira between light and dark: frame the page again in the new theme.
new MutationObserver(() => {
  if (frame && colourMode() !== frameTheme) scheduleLaunch();
}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-color-mode'] });

// Forge sizes this page's iframe to its content (it adds iframe-resizer to the page), so a
// height of 100vh would only repeat the iframe's current height. iframe-resizer can say how
// much of Jira's window lies below the iframe; the panel takes that room. Only a change in
// the window's height moves it afterwards, so scrolling Jira cannot make it jump.
function fitToWindow() {
  let tries = 0;
  let windowHeight = -1;
  const timer = setInterval(() => {
    const parent = window.parentIFrame;
    if (parent && typeof parent.getPageInfo === 'function') {
      clearInterval(timer);
      parent.getPageInfo((page) => {
        if (!page || page.clientHeight === windowHeight) return;
        const room = Math.floor(page.clientHeight - page.offsetTop - BOTTOM_GAP_PX);
        if (!Number.isFinite(room)) return;
        windowHeight = page.clientHeight;
        const height = Math.max(MIN_HEIGHT_PX, room);
        document.documentElement.style.setProperty('--uam-height', `${height}px`);
      });
    } else if (++tries >= 40) {
      clearInterval(timer); // not there after 10 s: keep the CSS fallback
    }
  }, 250);
}

async function start() {
  callBridge = await waitForBridge();
  if (!callBridge) {
    say('notInJira', false);
    return;
  }
  fitToWindow();
  try {
    await withTimeout(callBridge('enableTheming'), BRIDGE_TIMEOUT_MS, undefined);
  } catch {
    // No theme: the page is framed in light mode.
  }
  try {
    context = (await withTimeout(callBridge('getContext'), BRIDGE_TIMEOUT_MS, null)) ?? null;
  } catch {
    context = null;
  }
  await waitForColourMode(500);
  await launch();
}

start();
