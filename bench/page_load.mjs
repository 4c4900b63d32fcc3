// Page load benchmark (not a test): how long a signed-in user waits, from navigation start to a page's main
// content being usable (its h1 and its first data on screen). Run by bench/page-load.sh, which starts the server.
//   node bench/page_load.mjs BASE_URL SESSION_COOKIE PAGES_JSON RUNS
// PAGES_JSON: {"home": "/", "team": "/teams/3", "meeting": "/meetings/5", "analysis": "/organizations/1/data/analysis",
//              "meetings": "/teams/3/meetings"} (meetings: where the meeting link is, optional; default the team page)
// Prints one JSON object: {cold: {page: [ms...]}, nav: {"home→team": [ms...], "team→meeting": [ms...]}}.
//
// Cold: a new browser context for every run (empty cache, no service worker), holding only the session cookie; the
// time is the page's own clock (performance.now(), 0 at navigation start) when a MutationObserver installed before
// any page script first sees every selector of the page (bench/page_usable.mjs). In-app: the page is loaded and left
// idle for a moment, the link is clicked from inside the page, and the time runs from the click to the selectors of
// the next page.
import { launchChromium, loadUntilUsable, signedInContext, usable } from './page_usable.mjs';

const [base, cookie, pagesJson, runsText] = process.argv.slice(2);
const pages = JSON.parse(pagesJson);
const runs = Number(runsText ?? 7);
// Where the team → meeting navigation starts: the team's list of meetings (not timed as a cold load).
const meetingList = ['main h1', 'main a[href^="/meetings/"]'];
const browser = await launchChromium();

async function cold(name, path) {
  const context = await signedInContext(browser, base, cookie);
  const { ms } = await loadUntilUsable(context, path, usable[name]);
  await context.close();
  return ms;
}

async function navigate(fromWanted, fromPath, toName, linkSelector) {
  const context = await signedInContext(browser, base, cookie);
  const { page } = await loadUntilUsable(context, fromPath, fromWanted);
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
