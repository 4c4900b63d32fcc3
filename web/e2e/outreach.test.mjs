// Outreach items that close (issue 15), in Spanish at 320 px: the demo's World Languages team shows an item its
// lead marked done and one closed on its own when an elementary teacher joined; the lead plans outreach for a gap,
// sets its owner and due date, and marks it done with one button. Every state passes axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, openFromHome, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));

after(() => stopServerAndBrowser({ server, browser }));

test('in Spanish: closed and done items say why, and the lead marks a new item done', async () => {
  const { page } = await newPage(browser, server.url, { language: 'es', viewport: { width: 320, height: 800 } });
  await signIn(page, 'lead@mpusd.example');
  await openFromHome(page, 'World Languages Standards');
  await page.getByRole('navigation', { name: 'Secciones del equipo' }).getByRole('link', { name: 'Miembros y representación' }).click();
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Plan de acercamiento' }) });
  const closed = section.locator('li', { hasText: 'Invite an elementary dual immersion teacher to join' });
  assert.match(await closed.textContent(), /Cerrado: Marisol Vega se unió al equipo y cubre el nivel escolar: Primaria\./);
  const done = section.locator('li', { hasText: "Ask the elementary principals for two teachers' names" });
  assert.match(await done.textContent(), /Marcado como terminado por Elena Martínez/);
  assert.equal(await closed.getByRole('button').count(), 0, 'a closed item offers nothing to do');
  await assertPageAccessible(page, 'team page with closed outreach (es, 320 px)', { language: 'es' });

  await page.getByRole('button', { name: 'Planear acercamiento para Educación especial' }).click();
  const item = section.locator('li', { hasText: 'Perspectiva que falta: Educación especial' });
  await item.getByText('Sin responsable').waitFor();

  // Owner and due date.
  await item.getByRole('button', { name: /^Cambiar responsable y fecha/ }).click();
  await item.getByLabel('Responsable', { exact: true }).selectOption({ label: 'Tom Becker' });
  await item.getByLabel(/Fecha límite/).fill('2030-05-01');
  await assertPageAccessible(page, 'outreach editor (es, 320 px)', { language: 'es' });
  await item.getByRole('button', { name: 'Guardar' }).click();
  await page.getByRole('status').getByText(/Se guardaron el responsable y la fecha límite/).waitFor();
  assert.match(await item.textContent(), /Responsable: Tom Becker/);

  // Marked done with one button: who and when are shown, and nothing is left to do on it.
  await item.getByRole('button', { name: /^Marcar como terminado/ }).click();
  await page.getByRole('status').getByText(/está terminado\./).waitFor();
  assert.match(await item.textContent(), /Marcado como terminado por Elena Martínez/);
  assert.equal(await item.getByRole('button').count(), 0);
  await assertPageAccessible(page, 'team page after marking done (es, 320 px)', { language: 'es' });
});
