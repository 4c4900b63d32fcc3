// The statewide directory (issue 14): a district lead searches the directory the demo loaded from the state's
// public files, filters to districts, opens Sanger Unified's public profile and reads its figures with their
// source, its locale and its schools, in English and in Spanish; both pages pass axe in both languages at 1280 and
// 320 px. One demo server (with the directory loaded) for the whole file.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertPageAccessible, newPage, settled, sharedData, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

const present = existsSync(join(sharedData, 'ca', 'pubschls_2018-06.txt'));

describe('the statewide directory', { skip: present ? false : `no state files at ${sharedData}` }, () => {
  let server;
  let browser;

  before(async () => {
    ({ server, browser } = await startServerAndBrowser({ directory: sharedData }));
  });

  after(() => stopServerAndBrowser({ server, browser }));

  const WORDS = {
    en: {
      nav: 'Directory',
      query: 'Name or CDS code',
      kind: 'Kind',
      district: 'District',
      search: 'Search',
      found: '1 organization found',
      locale: 'Town: Fringe (NCES Common Core of Data)',
      source: 'Source: CALPADS unduplicated pupil count 2018-19.',
      foster: 'Foster youth',
      schools: /^\d+ schools$/,
    },
    es: {
      nav: 'Directorio',
      query: 'Nombre o código CDS',
      kind: 'Tipo',
      district: 'Distrito',
      search: 'Buscar',
      found: '1 organización encontrada',
      locale: 'Town: Fringe (NCES Common Core of Data)',
      source: 'Fuente: CALPADS unduplicated pupil count 2018-19.',
      foster: 'Jóvenes de crianza temporal',
      schools: /^\d+ escuelas$/,
    },
  };

  for (const language of ['en', 'es']) {
    test(`a lead finds Sanger Unified and reads its public profile (${language})`, async () => {
      const w = WORDS[language];
      const { page, context } = await newPage(browser, server.url, { language });
      await signIn(page, 'lead@mpusd.example');
      await page.getByRole('navigation').getByRole('link', { name: w.nav }).click();
      await settled(page);
      await page.getByLabel(w.query).fill('Sanger');
      await page.getByLabel(w.kind).selectOption('district');
      await page.getByRole('button', { name: w.search }).click();
      await page.getByText(w.found).waitFor();
      assert.match(page.url(), /q=Sanger/);
      await page.getByRole('link', { name: 'Sanger Unified' }).click();
      await settled(page);
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Sanger Unified');
      const body = await page.locator('main').innerText();
      assert.match(body, /0635250/);
      assert.match(body, /10624140000000/);
      assert.ok(body.includes(w.locale), body);
      assert.ok(body.includes(w.source), body);
      const foster = page.getByRole('row', { name: new RegExp(w.foster) });
      assert.match(await foster.innerText(), /97/);
      assert.match(await page.getByRole('heading', { level: 2, name: w.schools }).innerText(), w.schools);
      await context.close();
    });
  }

  test('the directory and a profile pass axe in English and Spanish, wide and narrow', async () => {
    for (const language of ['en', 'es']) {
      for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 800 }]) {
        const { page, context } = await newPage(browser, server.url, { language, viewport });
        await signIn(page, 'lead@mpusd.example');
        await page.goto('/directory?q=Monterey&kind=district');
        await settled(page);
        await page.getByRole('link', { name: 'Monterey Peninsula Unified' }).waitFor();
        await assertPageAccessible(page, `directory (${language}, ${viewport.width}px)`, { language });
        await page.getByRole('link', { name: 'Monterey Peninsula Unified' }).click();
        await settled(page);
        await assertPageAccessible(page, `profile (${language}, ${viewport.width}px)`, { language });
        await context.close();
      }
    }
  });
});
