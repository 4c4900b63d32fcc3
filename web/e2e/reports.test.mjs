// Reports for leadership and funders (issue 14): Monterey's World Languages lead opens the team's progress report
// from the team page, picks a period (a reversed one is refused on its field), prints it (no navigation, no form,
// each section on a page of its own) and downloads the workbook (a zip whose strings hold the team's name); the
// facilitator of Pivot Learning's network opens the network report from the network page. Both pages pass axe at
// 1280 and 320 px in English and Spanish. One server for the whole file.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
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

/** One file of a zip, found through its central directory (the workbook's writer streams sizes after the data). */
function zipEntry(zip, name) {
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i += 1) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.subarray(at + 46, at + 46 + nameLength).toString() === name) {
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const bytes = zip.subarray(data, data + size);
      return (method === 8 ? inflateRawSync(bytes) : bytes).toString('utf8');
    }
    at += 46 + skip;
  }
  return null;
}

const WORDS = {
  en: { highlights: 'Highlights', highlightText: /^Highlight/, addHighlight: 'Add the highlight', added: 'Highlight added.', remove: /^Remove the highlight of/, confirm: /confirm$/, removed: 'Highlight removed.', link: 'Progress report', from: 'From', to: 'To', show: 'Show the report', held: /meetings? held/, xlsx: 'Download XLSX', network: 'Network report' },
  es: { highlights: 'Aspectos destacados', highlightText: /^Aspecto destacado/, addHighlight: 'Agregar el aspecto destacado', added: 'Aspecto destacado agregado.', remove: /^Eliminar el aspecto destacado del/, confirm: /confirmar$/, removed: 'Aspecto destacado eliminado.', link: 'Informe de avance', from: 'Desde', to: 'Hasta', show: 'Ver el informe', held: /reuni(ón|ones) celebradas?/, xlsx: 'Descargar XLSX', network: 'Informe de la red' },
};

for (const language of ['en', 'es']) {
  test(`the lead reads, prints and downloads the team's progress report (${language})`, async () => {
    const words = WORDS[language];
    const { context, page } = await newPage(browser, server.url, { language, timezoneId: 'America/Los_Angeles' });
    await signIn(page, 'lead@mpusd.example');
    await page.goto(`/teams/${wlTeamId}`);
    await settled(page);
    await page.getByRole('link', { name: words.link }).click();
    await page.getByRole('heading', { level: 1, name: /World Languages Standards/ }).waitFor();

    // A reversed period is refused on its field; the report on screen stays.
    await page.getByLabel(words.from, { exact: true }).fill('2026-12-31');
    await page.getByLabel(words.to, { exact: true }).fill('2026-01-01');
    await page.getByRole('button', { name: words.show }).click();
    await page.locator('[aria-invalid="true"]#to, input[name="to"][aria-invalid="true"]').waitFor();
    await page.getByLabel(words.from, { exact: true }).fill('2025-07-01');
    await page.getByLabel(words.to, { exact: true }).fill('2026-12-31');
    await page.getByRole('button', { name: words.show }).click();
    await page.waitForURL(/from=2025-07-01&to=2026-12-31/);
    await page.waitForFunction(() => !document.querySelector('.loading') && document.querySelectorAll('.report-section').length >= 5);
    await page.getByText(words.held).first().waitFor();

    // Printed: no navigation, no form, and each section after the first starts a page.
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => matchMedia('print').matches);
    assert.equal(await page.locator('.site-header').isVisible(), false);
    assert.equal(await page.locator('form.report-period').isVisible(), false);
    const breaks = await page.locator('.report-section').evaluateAll((s) => s.map((x) => getComputedStyle(x).breakBefore));
    assert.ok(breaks.length >= 5 && breaks.slice(1).every((b) => b === 'page'), breaks.join());
    await page.emulateMedia({ media: 'screen' });

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: words.xlsx }).click()]);
    assert.match(file.suggestedFilename(), /\.xlsx$/);
    const zip = await readFile(await file.path());
    assert.equal(zip.subarray(0, 4).toString('binary'), 'PK\x03\x04');
    assert.ok(zipEntry(zip, 'xl/sharedStrings.xml').includes('World Languages Standards'));
    assert.ok(zipEntry(zip, 'xl/workbook.xml').includes(language === 'es' ? 'Resumen' : 'Summary'));
    await context.close();
  });

  test(`the facilitator opens the network report from the network page (${language})`, async () => {
    const words = WORDS[language];
    const { context, page } = await newPage(browser, server.url, { language });
    await signIn(page, 'facilitator@pivotlearning.example');
    await page.goto(`/networks/${networkId}`);
    await settled(page);
    await page.getByRole('link', { name: words.network }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(words.network) }).waitFor();
    await page.getByRole('heading', { level: 3, name: /World Languages Standards/ }).waitFor();
    assert.doesNotMatch(await page.locator('main').textContent(), /MTSS mentor team/); // Sanger's team shares nothing
    // The demo's highlights are there; the facilitator adds one, and removes it again (asked twice).
    const highlights = page.locator('section', { has: page.getByRole('heading', { level: 2, name: words.highlights }) });
    await highlights.getByText(/early-warning review/).waitFor();
    const note = `Lancaster shared its attendance report (${language})`;
    await highlights.getByLabel(words.highlightText).fill(note);
    await highlights.getByRole('button', { name: words.addHighlight }).click();
    await highlights.getByRole('status').getByText(words.added).waitFor();
    await highlights.getByText(note).waitFor();
    const item = highlights.locator('li', { hasText: note });
    await item.getByRole('button', { name: words.remove }).click();
    await item.getByRole('button', { name: words.confirm }).click();
    await highlights.getByRole('status').getByText(words.removed).waitFor();
    assert.equal(await highlights.getByText(note).count(), 0);
    await context.close();
  });

  test(`the funder reads the network report with its highlights and cannot write one (${language})`, async () => {
    const words = WORDS[language];
    const { context, page } = await newPage(browser, server.url, { language });
    await signIn(page, 'funder@foundation.example');
    await page.goto(`/networks/${networkId}/report`);
    await settled(page);
    const highlights = page.locator('section', { has: page.getByRole('heading', { level: 2, name: words.highlights }) });
    await highlights.getByText(/classroom visits/).waitFor();
    assert.equal(await highlights.getByRole('button').count(), 0, 'no form and no remove button for a funder');
    await context.close();
  });

  test(`both reports pass axe in ${language} at 1280 and 320 px`, async () => {
    for (const width of [1280, 320]) {
      for (const [who, path] of [
        ['lead@mpusd.example', `/teams/${wlTeamId}/report`],
        ['facilitator@pivotlearning.example', `/networks/${networkId}/report`],
      ]) {
        const { context, page } = await newPage(browser, server.url, { language, viewport: { width, height: 800 } });
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
