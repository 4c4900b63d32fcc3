// The network dashboard and a team's sharing with its networks (issue 11): Monterey's World Languages lead stops
// sharing the team's meetings; the facilitator of Pivot Learning's network opens the dashboard from the network
// page, sorts and filters it, and sees the meetings of Lancaster's team but no longer Monterey's; a peer district's
// lead has no dashboard. Every page passes axe at 1280 and 320 px in English and Spanish, with the browser in
// another time zone than the data's. One server for the whole file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

let server;
let browser;
let networkId;
let wlTeamId;

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'facilitator@pivotlearning.example');
  networkId = await page.evaluate(async () => (await (await fetch('/api/v1/networks')).json()).networks[0].id);
  await context.close();
  const lead = await newPage(browser, server.url);
  await signIn(lead.page, 'lead@mpusd.example');
  wlTeamId = await lead.page.evaluate(
    async () => (await (await fetch('/api/v1/teams')).json()).teams.find((t) => t.name === 'World Languages Standards').id,
  );
  await lead.context.close();
});

after(() => stopServerAndBrowser({ server, browser }));

test('the lead stops sharing the team’s meetings; the facilitator’s dashboard follows', async () => {
  const lead = await newPage(browser, server.url, { timezoneId: 'Asia/Tokyo' });
  await signIn(lead.page, 'lead@mpusd.example');
  await lead.page.goto(`/teams/${wlTeamId}`);
  await settled(lead.page);
  const sharing = lead.page.getByRole('region', { name: 'Sharing with the network' });
  const meetings = sharing.getByRole('checkbox', { name: 'Meetings: titles and dates' });
  assert.equal(await meetings.isChecked(), true);
  assert.equal(await sharing.getByRole('checkbox', { name: /^Progress/ }).isChecked(), true);
  await meetings.uncheck();
  await sharing.getByRole('button', { name: 'Save sharing' }).click();
  await sharing.getByRole('status').getByText('Sharing saved.').waitFor();
  await sharing.getByText(/Last changed by Elena Martínez/).waitFor();
  await lead.context.close();

  const { context, page } = await newPage(browser, server.url, { timezoneId: 'Europe/Madrid' });
  await signIn(page, 'facilitator@pivotlearning.example');
  await page.goto(`/networks/${networkId}`);
  await settled(page);
  await page.getByRole('link', { name: /Network dashboard/ }).click();
  await page.getByRole('heading', { level: 1, name: /dashboard/ }).waitFor();
  const table = page.getByRole('table', { name: /Member teams as of/ });
  const rows = table.locator('tbody tr');
  assert.equal(await rows.count(), 3);
  assert.match(await table.getByRole('row', { name: /World Languages Standards/ }).textContent(), /Monterey Peninsula Unified/);
  assert.doesNotMatch(await table.textContent(), /MTSS mentor team/); // Sanger's team shares nothing

  // Sorting by meetings held: the header says so, and the order follows.
  await table.getByRole('button', { name: /Meetings held/ }).click();
  assert.equal(await table.getByRole('columnheader', { name: /Meetings held/ }).getAttribute('aria-sort'), 'ascending');
  await table.getByRole('button', { name: /Meetings held/ }).click();
  assert.equal(await table.getByRole('columnheader', { name: /Meetings held/ }).getAttribute('aria-sort'), 'descending');
  const held = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[4].textContent)));
  assert.deepEqual(held, [...held].sort((a, b) => b - a));

  // Filtering by district.
  await page.getByLabel('District', { exact: true }).selectOption({ label: 'Lancaster Elementary' });
  await page.getByText('Showing 1 of 3 teams.').waitFor();
  assert.equal(await rows.count(), 1);

  // Each figure is explained in a footnote the header links to.
  await page.getByRole('link', { name: 'What Days between meetings means' }).click();
  await page.locator('#note-cadence').getByText(/median number of whole days/).waitFor();

  // Meetings: Lancaster's team still shares them, Monterey's World Languages team no longer does.
  const shared = page.getByRole('region', { name: 'Meetings shared with the network' });
  await shared.getByRole('heading', { name: /MTSS for foster and homeless youth Lancaster Elementary/ }).waitFor();
  assert.equal(await shared.getByRole('heading', { name: /World Languages Standards/ }).count(), 0);
  await context.close();
});

test('a peer district’s lead has no dashboard: no link, and the address finds nothing', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@lancaster.example');
  await page.goto(`/networks/${networkId}`);
  await settled(page);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.getByRole('link', { name: /Network dashboard/ }).count(), 0);
  await page.goto(`/networks/${networkId}/dashboard`);
  await settled(page);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await context.close();
});

for (const language of ['en', 'es']) {
  test(`the dashboard and the sharing section pass axe in ${language} at 1280 and 320 px`, async () => {
    for (const width of [1280, 320]) {
      for (const [who, path] of [
        ['facilitator@pivotlearning.example', `/networks/${networkId}/dashboard`],
        ['facilitator@pivotlearning.example', `/networks/${networkId}`],
        ['lead@mpusd.example', `/teams/${wlTeamId}`],
        ['superintendent@mpusd.example', `/teams/${wlTeamId}`],
      ]) {
        const { context, page } = await newPage(browser, server.url, { language, viewport: { width, height: 800 }, timezoneId: 'Pacific/Honolulu' });
        await signIn(page, who);
        await page.goto(path);
        await settled(page);
        await page.waitForFunction(() => !document.querySelector('.loading'));
        await assertPageAccessible(page, `${path} as ${who} (${language}, ${width}px)`, { language });
        await context.close();
      }
    }
  });
}
