// Page load A/B (not a test): cold loads of the same pages from two servers, A and B, taken in turn (A B, then B A,
// ...) so that both meet the same machine; run by bench/page-load-ab.sh, which starts the servers. Usable as in
// bench/page_usable.mjs: the page's own clock from navigation start until its h1 and first data are in the DOM.
//   node bench/page_load_ab.mjs URL_A COOKIE_A URL_B COOKIE_B PAGES_JSON RUNS
// PAGES_JSON: {"home": "/", "team": "/teams/4", "meeting": "/meetings/1", "analysis": "/organizations/3/data/analysis"}
// Prints one JSON object: {page: {A: [ms...], B: [ms...]}}.
import { launchChromium, loadUntilUsable, signedInContext, usable } from './page_usable.mjs';

const [urlA, cookieA, urlB, cookieB, pagesJson, runsText] = process.argv.slice(2);
const servers = { A: [urlA, cookieA], B: [urlB, cookieB] };
const pages = JSON.parse(pagesJson);
const runs = Number(runsText ?? 9);
const browser = await launchChromium();

async function cold(server, name) {
  const context = await signedInContext(browser, ...servers[server]);
  const { ms } = await loadUntilUsable(context, pages[name], usable[name]);
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
