// Pages that load at once (issue 17, item 5): the server writes the session into the page and names the page's
// code; the app uses that session without asking for it, still sends the CSRF token with writes, fetches a page's
// code when a link to it is pointed at, and after signing out a reload shows no trace of the old session.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, openAccountMenu } from './harness.mjs';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));

after(() => stopServerAndBrowser({ server, browser }));

test('signed in, a reload takes the session from the page; writes, navigation and sign out work as before', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'en' });
  await signIn(page, 'lead@mpusd.example');

  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const response = await page.reload();
  assert.equal(response.headers()['cache-control'], 'no-store');
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Welcome, Elena Martínez');
  await page.getByRole('button', { name: 'Account of Elena Martínez' }).waitFor();
  assert.ok(!asked.includes('/api/v1/session'), `the session was asked for again: ${asked.join(' ')}`);
  // The data block is read once and taken out of the page.
  assert.equal(await page.locator('#trellis-session').count(), 0);

  // A write with the CSRF token from the inlined session: the language choice is saved to the account.
  await page.locator('#language').selectOption('es');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await page.waitForFunction(async () => (await (await fetch('/api/v1/me/notification-settings')).json()).language === 'es');
  assert.equal(await page.locator('.language-not-saved').textContent(), '');
  await page.locator('#language').selectOption('en');
  await page.waitForFunction(async () => (await (await fetch('/api/v1/me/notification-settings')).json()).language === 'en');

  // Pointing at a link fetches the code of the page it leads to, before any click.
  const team = page.getByRole('link', { name: 'World Languages Standards', exact: true }).first();
  const teamCode = page.waitForRequest((request) => /\/assets\/Team-[\w-]+\.js$/.test(request.url()));
  await team.hover();
  await teamCode;
  await team.click();
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'World Languages Standards');
  await page.locator('section[aria-labelledby="overview"] dl.team-figures').waitFor();

  // A cold load of the team page: its code is named in the page, the session inlined, the page shown.
  const fresh = await context.newPage();
  const html = await (await fresh.goto(page.url())).text();
  assert.match(html, /<link rel="modulepreload" crossorigin href="\/assets\/Team-[\w-]+\.js">/);
  assert.match(html, /id="trellis-session">\{"user":\{[^<]*"email":"lead@mpusd.example"/);
  await settled(fresh);
  assert.equal(await fresh.locator('h1').textContent(), 'World Languages Standards');
  await fresh.close();

  await (await openAccountMenu(page)).getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in');
  await page.getByText('You have signed out.').waitFor();
  const afterSignOut = await page.reload();
  assert.match(await afterSignOut.text(), /id="trellis-session">null<\/script>/);
  assert.doesNotMatch(await afterSignOut.text(), /lead@mpusd\.example/);
  await page.goto('/');
  await page.waitForURL('**/sign-in');
  assert.equal(await page.locator('header .account-toggle').count(), 0);
  await context.close();
});

test('signed out, an address behind sign-in still leads to sign in and back, and an unknown one to the 404 page', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'en' });
  await page.goto('/settings/tokens');
  await page.waitForURL('**/sign-in?next=%2Fsettings%2Ftokens');
  await settled(page);
  await page.goto('/no/such/page');
  await settled(page);
  assert.match(await page.locator('h1').textContent(), /not found/i);
  await context.close();
});
