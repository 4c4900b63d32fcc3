// A district's records (issue 9): its admin reads the data access log (who read the full counts, from where),
// downloads everything Trellis holds for the district as one JSON file, and deletes its student data only after
// typing the district's name; the log keeps the deletion. axe on both pages in English and Spanish at 1280 and
// 320 px. One demo server for the whole file.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

let server;
let browser;
let admin; // lead@mpusd.example, an administrator of Monterey Peninsula Unified in the demo
let org;
const NAME = 'Monterey Peninsula Unified';

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  admin = await newPage(browser, server.url);
  await signIn(admin.page, 'lead@mpusd.example');
  const me = await admin.page.evaluate(async () => (await fetch('/api/v1/me')).json());
  org = me.organizations.find((o) => o.name === NAME).id;
});

after(() => stopServerAndBrowser({ server, browser }));

test('the admin finds who read the full counts in the data access log', async () => {
  const { page } = admin;
  await page.goto(`/organizations/${org}/data/analysis?indicator=chronic_absence&year=2025`);
  await settled(page);
  await page.getByRole('link', { name: 'Data access log' }).click();
  await settled(page);
  const log = page.getByRole('region', { name: 'Data access, newest first' });
  const first = log.locator('tbody tr').first();
  assert.match(await first.innerText(), /Read the full counts/);
  assert.match(await first.innerText(), /Chronic absence/);
  assert.match(await first.innerText(), /127\.0\.0\.1/);
  await page.getByLabel('Show').selectOption('data.share');
  await page.waitForFunction(() => [...document.querySelectorAll('tbody tr')].every((r) => r.innerText.includes('Shared a view')));
});

test('the data pages for admins pass axe in English and Spanish, wide and narrow', async () => {
  for (const language of ['en', 'es']) {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 800 }]) {
      const { page, context } = await newPage(browser, server.url, { language, viewport });
      await signIn(page, 'lead@mpusd.example');
      for (const path of ['audit', 'records']) {
        await page.goto(`/organizations/${org}/data/${path}`);
        await settled(page);
        await assertPageAccessible(page, `${path} (${language}, ${viewport.width}px)`, { language });
      }
      await context.close();
    }
  }
});

test('the admin downloads the records, then deletes the student data after typing the name', async () => {
  const { page } = admin;
  // The Spanish axe runs above signed the same account in in Spanish, which the app saved as the account's
  // language: this English page takes English back before it reloads.
  await page.evaluate(async () => {
    const { csrf_token } = await (await fetch('/api/v1/session')).json();
    const answer = await fetch('/api/v1/me/notification-settings', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
      body: JSON.stringify({ language: 'en' }),
    });
    if (!answer.ok) throw new Error(`saving the language: ${answer.status}`);
  });
  await page.goto(`/organizations/${org}/data`);
  await settled(page);
  await page.getByRole('link', { name: 'Records and deletion' }).click();
  await settled(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the records (JSON)' }).click()]);
  const records = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(records.organization.name, NAME);
  assert.ok(records.indicator_counts.length > 0 && records.teams.length > 0);

  const confirm = page.getByLabel(`To confirm, type the organization's name: ${NAME}`);
  await confirm.fill('Monterey');
  await page.getByRole('button', { name: 'Delete the student data' }).click();
  await page.getByText(`Type the name exactly as shown: ${NAME}`).first().waitFor();
  assert.equal(await confirm.getAttribute('aria-invalid'), 'true');
  await confirm.fill(NAME);
  await page.getByRole('button', { name: 'Delete the student data' }).click();
  await page.getByRole('status').getByText(/^Deleted \d+ counts? and \d+ imports?\.$/).waitFor();

  await page.goto(`/organizations/${org}/data`);
  await settled(page);
  await page.getByText('No data yet.', { exact: false }).waitFor();
  await page.goto(`/organizations/${org}/data/audit`);
  await settled(page);
  const rows = page.getByRole('region', { name: 'Data access, newest first' }).locator('tbody tr');
  assert.match(await rows.first().innerText(), /Deleted the student data/);
  assert.match(await rows.nth(1).innerText(), /Exported the district's records/);
});
