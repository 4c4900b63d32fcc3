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

// src/firstData.json names the GETs each page asks for first; the server answers them inside the page. Kept true
// here, page by page: every answer the page came with is one the page uses (none made for nothing), none is asked
// for again over the network, and the page shows what it shows without them.
test('each page uses the first data it comes with, asks for none of it again, and shows the same without it', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'en' });
  await signIn(page, 'lead@mpusd.example');
  const ids = await page.evaluate(async () => {
    const get = async (path) => (await fetch(`/api/v1${path}`)).json();
    const team = (await get('/teams')).teams.find((t) => t.name === 'World Languages Standards');
    const detail = await get(`/teams/${team.id}`);
    const meeting = (await get(`/teams/${team.id}/meetings`)).meetings[0];
    const network = (await get('/networks')).networks[0];
    return { team: team.id, org: detail.organization.id, meeting: meeting.id, network: network.id };
  });
  const addresses = [
    '/',
    '/my-work',
    ...['', '/meetings', '/guide', '/members', '/follow-through', '/settings', '/plan'].map((tab) => `/teams/${ids.team}${tab}`),
    `/meetings/${ids.meeting}`,
    `/organizations/${ids.org}`,
    `/organizations/${ids.org}/data/analysis`,
    `/networks/${ids.network}`,
    `/networks/${ids.network}/dashboard`,
  ];

  // One load of `address`: the API GETs that went over the network, the first data's paths, the page's heading.
  async function load(address, withFirstData) {
    const tab = await context.newPage();
    let firstData = [];
    await tab.route(`**${address}`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      let html = await response.text();
      const block = html.match(/<script type="application\/json" id="trellis-first-data">(.*?)<\/script>/s);
      if (block) firstData = Object.keys(JSON.parse(block[1]));
      if (!withFirstData) html = html.replace(/<script type="application\/json" id="trellis-first-data">.*?<\/script>/s, '');
      await route.fulfill({ response, body: html });
    });
    const asked = [];
    tab.on('request', (r) => {
      const url = new URL(r.url());
      if (r.method() === 'GET' && url.pathname.startsWith('/api/v1/')) asked.push(url.pathname.slice('/api/v1'.length) + url.search);
    });
    await tab.goto(address);
    await tab.waitForLoadState('networkidle');
    await settled(tab);
    const heading = await tab.locator('main h1').textContent();
    await tab.close();
    return { asked, firstData, heading };
  }

  for (const address of addresses) {
    const without = await load(address, false);
    const withData = await load(address, true);
    assert.ok(withData.firstData.length > 0, `${address}: the page came with no first data`);
    for (const path of withData.firstData) {
      assert.ok(without.asked.includes(path), `${address}: the page came with ${path}, which it does not ask for (${without.asked.join(' ')})`);
      assert.ok(!withData.asked.includes(path), `${address}: ${path} was asked for again`);
    }
    assert.equal(withData.heading, without.heading, address);
  }
  await context.close();
});
