// The network dashboard and a team's sharing with its networks (issue 11): Monterey's World Languages lead stops
// sharing the team's meetings; the facilitator of Pivot Learning's network opens the dashboard from the network
// page, sorts and filters it, and sees the meetings of Lancaster's team but no longer Monterey's; a peer district's
// lead sees only the teams that share with their peers. Every page passes axe at 1280 and 320 px in English and Spanish, with the browser in
// another time zone than the data's. One server for the whole file.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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

/** A finished download's bytes, as text unless `encoding` is null. */
async function readDownload(download, encoding = 'utf8') {
  const bytes = await readFile(await download.path());
  return encoding ? bytes.toString(encoding) : bytes;
}

test('the lead stops sharing the team’s meetings; the facilitator’s dashboard follows', async () => {
  const lead = await newPage(browser, server.url, { timezoneId: 'Asia/Tokyo' });
  await signIn(lead.page, 'lead@mpusd.example');
  await lead.page.goto(`/teams/${wlTeamId}/settings`);
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

test('coaching hours: each team’s, the agreement’s used and left, a stage filter, and the files to download', async () => {
  for (const [language, words] of [
    ['en', { stage: 'Stage', intro: /Introductory conversations/, xlsx: /Workbook \(XLSX\)/, csv: 'The teams (CSV)', header: 'Coaching hours received', left: 'Left' }],
    ['es', { stage: 'Etapa', intro: /Conversaciones iniciales/, xlsx: /Libro \(XLSX\)/, csv: 'Los equipos (CSV)', header: 'Horas de acompañamiento recibidas', left: 'Restantes' }],
  ]) {
    const { context, page } = await newPage(browser, server.url, { language, timezoneId: 'Asia/Kolkata' });
    await signIn(page, 'facilitator@pivotlearning.example');
    await page.goto(`/networks/${networkId}/dashboard`);
    await settled(page);
    const table = page.locator('table').first();
    const wl = table.getByRole('row', { name: /World Languages Standards/ });
    // The network meeting (1.5 h) served the World Languages team too; the MTSS teams had the MOU's coaching.
    assert.match(await wl.locator('td').last().textContent(), /^1[.,]5 h$/);
    const mtss = table.getByRole('row', { name: /MTSS for foster and homeless youth Monterey/ });
    assert.match(await mtss.locator('td').last().textContent(), /^70[.,]5 h$/);

    // The agreement's hours: the 80% warning, and 21 of 120 hours left.
    const agreements = page.getByRole('region', { name: language === 'en' ? 'Agreements and their hours' : 'Acuerdos y sus horas' });
    await agreements.locator('.panel-warning').waitFor();
    const totals = agreements.locator('tfoot tr');
    assert.match(await totals.textContent(), /120 h.*99 h.*21 h/);
    await agreements.getByRole('columnheader', { name: words.left }).waitFor();

    // The stage filter keeps the teams at that stage.
    const stage = page.getByLabel(words.stage, { exact: true });
    const option = await stage.locator('option').filter({ hasText: words.intro }).first().getAttribute('value');
    await stage.selectOption(option);
    assert.equal(await table.locator('tbody tr').count(), 1);
    await wl.waitFor();

    // The CSV downloads with the same figures in the reader's language; the workbook is a real XLSX (a zip).
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: words.csv }).click()]);
    const text = await readDownload(csvFile);
    assert.match(csvFile.suggestedFilename(), /\.csv$/);
    assert.ok(text.includes(words.header) && text.includes('World Languages Standards'), text.slice(0, 300));
    const [xlsxFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: words.xlsx }).click()]);
    assert.match(xlsxFile.suggestedFilename(), /\.xlsx$/);
    assert.equal((await readDownload(xlsxFile, null)).subarray(0, 2).toString(), 'PK');
    await context.close();
  }
});

test('a peer district’s lead sees the teams that share with their peers, and no agreement hours', async () => {
  const { context, page } = await newPage(browser, server.url, { timezoneId: 'America/New_York' });
  await signIn(page, 'lead@lancaster.example');
  await page.goto(`/networks/${networkId}`);
  await settled(page);
  await page.getByRole('link', { name: /Network dashboard/ }).click();
  await page.getByRole('heading', { level: 1, name: /dashboard/ }).waitFor();
  await page.getByText(/share their work with the peer districts/).waitFor();
  const table = page.getByRole('table', { name: /Member teams as of/ });
  assert.equal(await table.locator('tbody tr').count(), 2);
  assert.doesNotMatch(await table.textContent(), /World Languages Standards/); // shared with the network only
  assert.equal(await page.getByRole('region', { name: 'Agreements and their hours' }).count(), 0);
  await assertPageAccessible(page, 'the dashboard as a peer', { language: 'en' });
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
