// What bench/page_load.mjs and bench/page_load_ab.mjs share: the browser, a signed-in context, what "usable" means
// per page, and the timing of one cold load.
//
// The page reports the moment itself, in a console message, and the bench waits for that message: Playwright's
// waitForFunction and evaluate inject Playwright's own script into the page first, which took 40-70 ms of the
// page's main thread in the middle of the load it was timing (a Chromium trace showed it as an unnamed
// EvaluateScript between the HTML and the app's modules). No Playwright script runs in the page before it is usable.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../web/package.json', import.meta.url));
const { chromium } = require('playwright-core');

/** Per page, the heading and the first data a person came for: usable once all are in the DOM. */
export const usable = {
  home: ['main h1', 'section[aria-labelledby="my-teams"] a'],
  // The tabbed team page's overview; an earlier build (one long page) is usable once its members table is there.
  team: ['main h1', 'section[aria-labelledby="overview"] dl.team-figures, section[aria-labelledby="members"] table'],
  meeting: ['main h1', 'main .lead a[href^="/teams/"]'],
  analysis: ['main h1', 'section[aria-labelledby^="report-"] table'],
};

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A new browser context (empty cache) holding only the session cookie. */
export async function signedInContext(browser, base, cookie) {
  const context = await browser.newContext({ baseURL: base, locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'trellis_session', value: cookie, domain: new URL(base).hostname, path: '/',
    httpOnly: true, sameSite: 'Lax' }]);
  return context;
}

const MARK = 'trellis-bench-usable ';

// Installed before the page's scripts: logs performance.now() (0 at navigation start) once every selector matches.
function reportWhenUsable({ wanted, mark }) {
  let reported = false;
  const check = () => {
    if (reported || !wanted.every((s) => document.querySelector(s))) return;
    reported = true;
    console.debug(mark + performance.now());
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Opens `path` in a new page of `context`; resolves with the page and the ms from navigation start to usable. */
export async function loadUntilUsable(context, path, wanted) {
  const page = await context.newPage();
  await page.addInitScript(reportWhenUsable, { wanted, mark: MARK });
  const reported = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(MARK), timeout: 20000 });
  await page.goto(path, { waitUntil: 'commit' });
  const ms = Number((await reported).text().slice(MARK.length));
  return { page, ms };
}
