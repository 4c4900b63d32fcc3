// Page load A/B (not a test): cold loads of the same pages from two servers, A and B, taken in turn (A B, then B A,
// ...) so that both meet the same machine; run by bench/page-load-ab.sh, which starts the servers. Usable as in
// bench/page_load.mjs: the page's own clock from navigation start until its h1 and first data are in the DOM.
//   node bench/page_load_ab.mjs URL_A COOKIE_A URL_B COOKIE_B PAGES_JSON RUNS
// PAGES_JSON: {"home": "/", "team": "/teams/4", "meeting": "/meetings/1", "analysis": "/organizations/3/data/analysis"}
// Prints one JSON object: {page: {A: [ms...], B: [ms...]}}.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../web/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [urlA, cookieA, urlB, cookieB, pagesJson, runsText] = process.argv.slice(2);
const servers = { A: [urlA, cookieA], B: [urlB, cookieB] };
const pages = JSON.parse(pagesJson);
const runs = Number(runsText ?? 9);
const usable = {
  home: ['main h1', 'section[aria-labelledby="my-teams"] a'],
  team: ['main h1', 'section[aria-labelledby="overview"] dl.team-figures, section[aria-labelledby="members"] table'],
  meeting: ['main h1', 'main .lead a[href^="/teams/"]'],
  analysis: ['main h1', 'section[aria-labelledby^="report-"] table'],
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

async function cold(server, name) {
  const [base, cookie] = servers[server];
  const context = await browser.newContext({ baseURL: base, locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'trellis_session', value: cookie, domain: new URL(base).hostname, path: '/', httpOnly: true, sameSite: 'Lax' }]);
  const page = await context.newPage();
  await page.addInitScript((wanted) => {
    new MutationObserver(() => {
      if (window.__usableAt === undefined && wanted.every((s) => document.querySelector(s))) window.__usableAt = performance.now();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, usable[name]);
  await page.goto(pages[name], { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__usableAt !== undefined, null, { timeout: 20000, polling: 50 });
  const ms = await page.evaluate(() => window.__usableAt);
  await context.close();
  return ms;
}

const result = {};
for (const name of Object.keys(pages)) for (const server of ['A', 'B']) await cold(server, name); // warm-up, not counted
for (let run = 0; run < runs; run++) {
  for (const name of Object.keys(pages)) {
    for (const server of run % 2 ? ['B', 'A'] : ['A', 'B']) ((result[name] ??= { A: [], B: [] })[server]).push(await cold(server, name));
  }
}
await browser.close();
console.log(JSON.stringify(result));
