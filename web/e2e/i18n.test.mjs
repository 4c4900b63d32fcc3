// English and Spanish: the header switch changes every text and <html lang>, and the choice survives a reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { newPage, openFromHome, settled, signIn, startServerAndBrowser, stopServerAndBrowser, openAccountMenu } from './harness.mjs';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));

after(() => stopServerAndBrowser({ server, browser }));

const lang = (page) => page.evaluate(() => document.documentElement.lang);

test('switch to Spanish: Spanish texts and lang="es", still so after a reload and across pages', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto('/sign-in');
  await settled(page);
  assert.equal(await lang(page), 'en');
  assert.equal(await page.locator('h1').textContent(), 'Sign in');

  await page.getByLabel('Language').selectOption('es');
  await page.locator('h1', { hasText: 'Iniciar sesión' }).waitFor();
  assert.equal(await lang(page), 'es');
  assert.equal(await page.getByLabel('Idioma').inputValue(), 'es');
  await page.getByRole('link', { name: '¿Olvidó su contraseña?' }).waitFor();
  assert.match(await page.title(), /Iniciar sesión/);

  await page.reload();
  await settled(page);
  assert.equal(await lang(page), 'es');
  assert.equal(await page.locator('h1').textContent(), 'Iniciar sesión');
  assert.equal(await page.getByLabel('Correo electrónico').count(), 1);

  // Errors of our own are in Spanish too.
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await page.getByText('Correo electrónico: complete este campo.').first().waitFor();

  await signIn(page, 'lead@mpusd.example');
  assert.equal(await page.locator('h1').textContent(), 'Bienvenido/a, Elena Martínez');
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Inicio' }).waitFor();
  await (await openAccountMenu(page)).getByRole('button', { name: 'Cerrar sesión' }).waitFor();

  // Data labels come from the catalogue in the chosen language.
  await openFromHome(page, 'World Languages Standards');
  assert.equal(await lang(page), 'es');
  await page.getByRole('navigation', { name: 'Secciones del equipo' }).getByRole('link', { name: 'Miembros y representación' }).click();
  await page.getByRole('heading', { name: 'Quién falta' }).waitFor();
  const gaps = await page.locator('ul.gaps > li .gap-name').allTextContents();
  assert.ok(gaps.includes('Perspectiva: Familias'), gaps.join('; '));
  // Elementary is covered in the demo (an elementary teacher joined): its label is in the covered list.
  assert.match(await page.locator('ul.covered').textContent(), /Grados: Primaria/);
  await page.getByRole('button', { name: 'Planear acercamiento para Educación especial' }).waitFor();
  assert.match(await page.getByRole('row', { name: /Tom Becker/ }).textContent(), /Preparatoria/);
  // The form that adds a member (Settings) names the perspectives in Spanish too.
  const tabs = page.getByRole('navigation', { name: 'Secciones del equipo' });
  await tabs.getByRole('link', { name: 'Configuración' }).click();
  await page.getByRole('group', { name: 'Perspectivas' }).getByLabel('Apoyo socioemocional, orientación y bienestar').waitFor();
  await tabs.getByRole('link', { name: 'Miembros y representación' }).click();

  // And back to English, remembered as well.
  await page.getByLabel('Idioma').selectOption('en');
  await page.getByRole('heading', { name: 'Who is missing' }).waitFor();
  assert.equal(await lang(page), 'en');
  await page.reload();
  await settled(page);
  assert.equal(await lang(page), 'en');
  await page.getByRole('heading', { name: 'Who is missing' }).waitFor();
  await context.close();
});

test("the server's problems are told in the reader's language; English keeps the server's own sentence", async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'es' });
  await page.goto('/sign-in');
  await settled(page);
  await page.getByLabel('Correo electrónico').fill('lead@mpusd.example');
  await page.getByLabel('Contraseña').fill('not-the-password');
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await page.locator('.form-alert').getByText('El correo electrónico o la contraseña no son correctos.').waitFor();

  await page.getByLabel('Idioma').selectOption('en');
  await page.locator('h1', { hasText: 'Sign in' }).waitFor();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.form-alert').getByText('the e-mail address or the password is not right').waitFor();
  assert.doesNotMatch(await page.locator('.form-alert').innerText(), /contraseña/);
  await context.close();
});

test('the footer names the licence in both languages and links to the licence texts of what the app bundles', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'es' });
  await page.goto('/sign-in');
  await settled(page);
  await page.getByText('Trellis es software de código abierto con la Licencia Apache 2.0.').waitFor();
  const link = page.getByRole('link', { name: 'Textos de las licencias: Trellis y el software que incluye' });
  assert.equal(await link.getAttribute('href'), '/licenses.txt');
  const answer = await page.request.get('/licenses.txt');
  assert.equal(answer.status(), 200);
  assert.match(answer.headers()['content-type'], /^text\/plain/);
  const text = await answer.text();
  assert.match(text, /Apache License\s+Version 2\.0, January 2004/);
  // Preact (what renders the React components) is bundled into every page, so its licence must be listed with its text.
  assert.match(text, /^preact \d+\.\d+\.\d+ \(MIT\)$/m);
  assert.match(text, /Permission is hereby granted, free of charge/);
  await context.close();
});
