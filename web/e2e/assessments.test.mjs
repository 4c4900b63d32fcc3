// Self-assessment of implementation (issue 13): Monterey's World Languages lead opens the self-assessments from the
// team page, reads the plain statement (not yet fully implemented), the ratings chart and its table of both demo
// terms, records a new self-assessment with a rating per area, and the page passes axe at 1280 and 375 px, in
// English and Spanish, in the Asia/Tokyo time zone. Screenshots go to E2E_SCREENSHOTS when it names a folder.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, teamIdByName } from './harness.mjs';

const TEAM = 'World Languages Standards';
const AREAS = {
  en: ['Communication and feedback', 'Use of data', 'Teacher learning', 'Recruitment and retention', 'Families and community', 'Continuous improvement'],
  es: ['Comunicación y retroalimentación', 'Uso de datos', 'Aprendizaje docente', 'Contratación y retención', 'Familias y comunidad', 'Mejora continua'],
};
const TEXT = {
  en: { open: 'Open the self-assessments', title: 'Self-assessment of implementation', notYet: /^Not yet fully implemented/,
    four: '4 · Full implementation', term: 'Term', date: 'Date of the self-assessment', submit: 'Save the self-assessment',
    saved: (term) => `Self-assessment for ${term} saved.`, rating: 'Choose a rating for this area.' },
  es: { open: 'Abrir las autoevaluaciones', title: 'Autoevaluación de la implementación', notYet: /^Todavía no hay implementación plena/,
    four: '4 · Implementación plena', term: 'Periodo', date: 'Fecha de la autoevaluación', submit: 'Guardar la autoevaluación',
    saved: (term) => `Autoevaluación de ${term} guardada.`, rating: 'Elija una calificación para esta área.' },
};

let server;
let browser;
let teamId;

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  teamId = await teamIdByName(server, TEAM);
});

after(() => stopServerAndBrowser({ server, browser }));

async function screenshot(page, name) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
  await page.locator('section[aria-labelledby="over-time"]').screenshot({ path: join(folder, `${name}-chart.png`) });
}

async function openAssessments(page, words) {
  await page.goto(`/teams/${teamId}/guide`);
  await settled(page);
  await page.getByRole('link', { name: words.open, exact: true }).click();
  await page.waitForURL(/\/assessments$/);
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), words.title);
  await page.getByText(words.notYet).waitFor();
  assert.equal(await page.locator('figure svg[role="img"]').count(), 1, 'one ratings chart');
  const rows = page.locator('table tbody tr');
  assert.equal(await rows.count(), 6, 'a row per area in the table');
  assert.ok((await page.locator('table thead th').count()) >= 3, 'the area and at least the two demo terms');
}

async function recordAssessment(page, words, language) {
  const term = language === 'en' ? 'Winter 2027' : 'Invierno 2027';
  const columns = await page.locator('table thead th').count();
  await page.getByLabel(words.term, { exact: true }).fill(term);
  await page.getByLabel(words.date, { exact: true }).fill('2027-02-15');
  await page.getByRole('button', { name: words.submit }).click();
  await page.getByText(words.rating).first().waitFor(); // no area rated yet: each says so
  for (const area of AREAS[language]) {
    await page.getByRole('group', { name: area, exact: true }).getByRole('radio', { name: words.four }).check();
  }
  await page.getByRole('button', { name: words.submit }).click();
  await page.getByRole('status').getByText(words.saved(term)).waitFor();
  await page.locator('table thead th', { hasText: term }).waitFor();
  assert.equal(await page.locator('table thead th').count(), columns + 1, 'the new term has its column');
}

for (const language of ['en', 'es']) {
  test(`the lead reads the self-assessments and records one (${language})`, async () => {
    const words = TEXT[language];
    const { context, page } = await newPage(browser, server.url, { language, timezoneId: 'Asia/Tokyo' });
    await signIn(page, 'lead@mpusd.example');
    await openAssessments(page, words);
    await assertPageAccessible(page, `the self-assessments at 1280 px (${language})`, { language });
    await screenshot(page, `assessments-${language}-1280`);
    await recordAssessment(page, words, language);
    await assertPageAccessible(page, `the self-assessments after saving (${language})`, { language });
    await page.setViewportSize({ width: 375, height: 800 });
    await assertPageAccessible(page, `the self-assessments at 375 px (${language})`, { language });
    await screenshot(page, `assessments-${language}-375`);
    await context.close();
  });
}
