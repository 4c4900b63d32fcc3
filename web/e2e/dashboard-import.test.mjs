// The state's published indicator files (issue 14): a district administrator chooses a California School Dashboard
// download on the import page; the page recognises it by its header (nothing sent yet), picks the Dashboard kind and
// fills the indicator and school year from the file's name; the import's summary says how many of the district's
// rows were taken and how many cells the state suppressed; the analysis lists those groups as suppressed by the
// state, never as zero. In English and in Spanish, with axe on the import step and its summary.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

const CDS = '27660920000000'; // Monterey Peninsula Unified in the demo data
const COLUMNS = ['cds', 'rtype', 'schoolname', 'districtname', 'countyname', 'studentgroup', 'currnumer', 'currdenom', 'currstatus', 'priornumer', 'priordenom', 'priorstatus', 'color'];
// group, current numerator and denominator, prior numerator and denominator; blank and * are the state's suppression.
const ROWS = [
  ['ALL', '301', '9499', '322', '9610'],
  ['HI', '190', '5000', '201', '5050'],
  ['FOS', '*', '*', '3', '14'],
  ['HOM', '', '48', '6', '51'],
];

/** A Dashboard download in the state's layout: the state's row, another district's, then Monterey's. */
function dashboardFile() {
  const line = (cds, rtype, [group, cn, cd, pn, pd]) => [cds, rtype, '', 'District', 'Monterey', group, cn, cd, '', pn, pd, '', '3'].join('\t');
  const lines = [COLUMNS.join('\t'), line('00000000000000', 'X', ['ALL', '1', '10', '1', '10']), line('27661590000000', 'D', ['ALL', '70', '1400', '69', '1390'])];
  for (const row of ROWS) lines.push(line(CDS, 'D', row));
  return lines.join('\r\n') + '\r\n';
}

let server;
let browser;
let org;

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

after(() => stopServerAndBrowser({ server, browser }));

async function openImport(language, viewport) {
  const { page } = await newPage(browser, server.url, { language, viewport });
  await signIn(page, 'lead@mpusd.example');
  if (!org) {
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).json());
    org = me.organizations.find((o) => o.name === 'Monterey Peninsula Unified').id;
  }
  await page.goto(`/organizations/${org}/data/import`);
  await settled(page);
  return page;
}

async function chooseDashboardFile(page, name) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(dashboardFile()) });
  await page.locator('input[name="kind"][value="dashboard"]:checked').waitFor();
}

test('a Dashboard download is recognised, imported with its year and indicator, and its suppressed groups shown as such', async () => {
  const page = await openImport('en');
  await chooseDashboardFile(page, 'suspdownload2025.txt');
  await page.getByText('suspdownload2025.txt is a California School Dashboard file').waitFor();
  assert.ok(await page.getByRole('radio', { name: 'Suspension', exact: true }).isChecked());
  // The 2025 Dashboard reports 2024–25: stored by its first calendar year.
  assert.equal(await page.getByLabel('School year (first calendar year)').inputValue(), '2024');
  await assertPageAccessible(page, 'import, Dashboard file chosen', { language: 'en' });

  await page.getByRole('button', { name: 'Import' }).click();
  const summary = page.locator('section', { has: page.getByRole('heading', { name: 'Imported: suspdownload2025.txt' }) });
  await summary.waitFor();
  const text = await summary.innerText();
  assert.match(text, /Rows read\s+6/);
  assert.match(text, /This district’s rows taken\s+4/);
  assert.match(text, /Cells suppressed by the state\s+3/);
  assert.match(text, /never as zero/);
  await assertPageAccessible(page, 'import, Dashboard summary', { language: 'en' });

  await summary.getByRole('link', { name: 'Open the analysis' }).click();
  await settled(page);
  await page.getByText('Suppressed by the state (unknown, not zero)').waitFor();
  const table = page.locator('table', { has: page.locator('caption', { hasText: 'every group' }) });
  const fos = table.locator('tbody tr', { has: page.locator('.flag-suppressed_by_state') });
  assert.equal(await fos.count(), 2); // FOS (nothing published) and HOM (its denominator only)
  assert.match(await fos.first().innerText(), /suppressed by the state/);
  assert.doesNotMatch(await fos.first().innerText(), /\b0\b/);
  await assertPageAccessible(page, 'analysis with state-suppressed groups', { language: 'en' });
});

test('en español: the same step, at 320 px, with the indicator asked when the name does not say it', async () => {
  const page = await openImport('es', { width: 320, height: 800 });
  await chooseDashboardFile(page, 'descarga2025.txt');
  await page.getByText('descarga2025.txt es un archivo del California School Dashboard').waitFor();
  await page.getByRole('button', { name: 'Importar' }).click();
  await page.getByText('Elija qué indicador contiene el archivo del Dashboard.').first().waitFor();
  await assertPageAccessible(page, 'importación, indicador por elegir', { language: 'es' });
  await page.getByRole('radio', { name: 'Ausentismo crónico', exact: true }).check();
  await page.getByRole('button', { name: 'Importar' }).click();
  const summary = page.locator('section', { has: page.locator('#import-summary') });
  await summary.waitFor();
  assert.match(await summary.innerText(), /Celdas suprimidas por el estado\s+3/);
  await assertPageAccessible(page, 'importación, resumen del Dashboard', { language: 'es' });
});
