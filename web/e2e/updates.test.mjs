// A tab opened before a new version was deployed asks for code files that are gone: the server answers 404 for
// them, the app reloads once to get the new version, and if the code still cannot be had, it says so in the
// page area (header and language switch still usable) with a way to reload, instead of a blank screen.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, openAccountMenu } from './harness.mjs';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));

after(() => stopServerAndBrowser({ server, browser }));

test('a missing build file is a 404, never the app page parsed as a script', async () => {
  const response = await fetch(`${server.url}/assets/Tokens-from-an-old-version.js`);
  assert.equal(response.status, 404);
  assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
});

test("a page whose code is gone: one reload, then a message that says what to do, and the page once it's back", async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  let documentLoads = 0; // full loads of the document, not the app's own moves between pages
  page.on('load', () => documentLoads++);
  // As after a deploy: the tokens page's code file of the build this tab runs no longer exists.
  const gone = (route) => route.fulfill({ status: 404, contentType: 'application/problem+json', body: '{}' });
  await context.route('**/assets/Tokens-*.js', gone);

  await (await openAccountMenu(page)).getByRole('link', { name: 'API tokens' }).click();
  await page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }).waitFor();
  await settled(page);
  assert.equal(documentLoads, 1, 'the app reloads once to fetch the new version, then stops trying');
  assert.equal(new URL(page.url()).pathname, '/settings/tokens');
  assert.match(await page.title(), /This page could not be loaded/);
  await assertPageAccessible(page, 'the message for a page whose code is gone');
  // The rest of the app still works from here.
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();

  // The code is back (the new version is in place): the page's reload button brings the page.
  await (await openAccountMenu(page)).getByRole('link', { name: 'API tokens' }).click();
  await page.getByRole('button', { name: 'Reload the page' }).waitFor();
  await context.unroute('**/assets/Tokens-*.js', gone);
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await page.getByRole('heading', { level: 1, name: 'Personal API tokens' }).waitFor();
  await context.close();
});
