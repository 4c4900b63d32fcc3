// Page load benchmark (not a test): how long a signed-in user waits, from navigation start to a page's main
// content being usable (its h1 and its first data on screen). Run by bench/page-load.sh, which starts the server.
//   node bench/page_load.mjs BASE_URL SESSION_COOKIE PAGES_JSON RUNS
// PAGES_JSON: {"home": "/", "team": "/teams/3", "meeting": "/meetings/5", "analysis": "/organizations/1/data/analysis",
//              "meetings": "/teams/3/meetings"} (meetings: where the meeting link is, optional; default the team page)
// Prints one JSON object: {cold: {page: [ms...]}, nav: {"home→team": [ms...], "team→meeting": [ms...]}}.
//
// Cold: a new browser context for every run (empty cache, no service worker), holding only the session cookie; the
// time is the page's own clock (performance.now(), 0 at navigation start) when a MutationObserver installed before
// any page script first sees every selector of the page. In-app: the page is loaded and left idle for a moment, the
// link is clicked from inside the page, and the time runs from the click to the selectors of the next page.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../web/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base, cookie, pagesJson, runsText] = process.argv.slice(2);
const pages = JSON.parse(pagesJson);
const runs = Number(runsText ?? 7);

// What "usable" means per page: the heading and the first data a person came for.
const usable = {
  home: ['main h1', 'section[aria-labelledby="my-teams"] a'],
  // The tabbed team page's overview; an earlier build (one long page) is usable once its members table is there.
  team: ['main h1', 'section[aria-labelledby="overview"] dl.team-figures, section[aria-labelledby="members"] table'],
  meeting: ['main h1', 'main .lead a[href^="/teams/"]'],
  analysis: ['main h1', 'section[aria-labelledby^="report-"] table'],
};
// Where the team → meeting navigation starts: the team's list of meetings (not timed as a cold load).
const meetingList = ['main h1', 'main a[href^="/meetings/"]'];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

// Installed before the page's scripts: records performance.now() when all of window.__wanted are in the DOM.
function watch() {
  const check = () => {
    if (window.__usableAt !== undefined || !window.__wanted) return;
    if (window.__wanted.every((s) => document.querySelector(s))) window.__usableAt = performance.now();
  };
  window.__check = check;
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

async function newContext() {
  const context = await browser.newContext({ baseURL: base, locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const url = new URL(base);
  await context.addCookies([{ name: 'trellis_session', value: cookie, domain: url.hostname, path: '/', httpOnly: true, sameSite: 'Lax' }]);
  return context;
}

async function usableAt(page) {
  await page.waitForFunction(() => window.__usableAt !== undefined, null, { timeout: 20000, polling: 50 });
  return page.evaluate(() => window.__usableAt);
}

async function cold(name, path) {
  const context = await newContext();
  const page = await context.newPage();
  await page.addInitScript(
    ([wanted, source]) => {
      window.__wanted = wanted;
      new Function(`(${source})()`)();
    },
    [usable[name], watch.toString()],
  );
  await page.goto(path, { waitUntil: 'commit' });
  const ms = await usableAt(page);
  await context.close();
  return ms;
}

async function navigate(fromWanted, fromPath, toName, linkSelector) {
  const context = await newContext();
  const page = await context.newPage();
  await page.addInitScript(
    ([wanted, source]) => {
      window.__wanted = wanted;
      new Function(`(${source})()`)();
    },
    [fromWanted, watch.toString()],
  );
  await page.goto(fromPath, { waitUntil: 'commit' });
  await usableAt(page);
  await page.waitForLoadState('networkidle');
  // A person reads before clicking: give idle-time work (if any) its moment, as it would have.
  await page.waitForTimeout(500);
  await page.hover(linkSelector); // the pointer reaches the link before the click
  const ms = await page.evaluate(
    ([wanted, selector]) =>
      new Promise((resolve, reject) => {
        const start = performance.now();
        const done = () => wanted.every((s) => document.querySelector(s)) && !document.querySelector('main .loading');
        const observer = new MutationObserver(() => {
          if (done() && location.pathname !== from) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        const from = location.pathname;
        observer.observe(document, { childList: true, subtree: true, characterData: true });
        setTimeout(() => reject(new Error(`no ${wanted.join(', ')} after clicking ${selector}`)), 20000);
        document.querySelector(selector).click();
      }),
    [usable[toName], linkSelector],
  );
  await context.close();
  return ms;
}

const result = { cold: {}, nav: {} };
// One throwaway round first: the server's and the browser's first start are not what a person meets.
const coldPages = Object.entries(pages).filter(([name]) => name in usable);
for (const [name, path] of coldPages) await cold(name, path);
for (let run = 0; run < runs; run++) {
  for (const [name, path] of coldPages) (result.cold[name] ??= []).push(await cold(name, path));
  (result.nav['home → team'] ??= []).push(
    await navigate(usable.home, pages.home, 'team', `section[aria-labelledby="my-teams"] a[href="${pages.team}"]`),
  );
  // The meeting links are on the Meetings tab (pages.meetings); an earlier build listed them on the team page.
  (result.nav['team → meeting'] ??= []).push(
    await navigate(meetingList, pages.meetings ?? pages.team, 'meeting', `main a[href="${pages.meeting}"]`),
  );
}
await browser.close();
console.log(JSON.stringify(result));
