// Issue 12, item 1: a team's problem of practice, aim and driver diagram on the team's "Improvement cycle" tab. The
// demo lead reads Monterey's MTSS diagram as an outline (headings, the measure a link), edits the aim, adds a change
// idea, moves it, is told a driver with nodes under it cannot be removed, and removes the idea after confirming; a
// participant of another team reads without controls. Axe-clean in English and Spanish at 1280 and 320 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, teamIdByName } from './harness.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

after(() => stopServerAndBrowser({ server, browser }));

const TEXT = {
  en: {
    title: 'Problem of practice and driver diagram', diagram: 'Driver diagram', primary: 'Every foster and homeless student is known on day one',
    measure: 'Chronic absence, foster and homeless students', edit: 'Edit the problem and aim', howMuch: 'How much', save: 'Save', saved: 'The problem of practice and aim were saved.',
    add: 'Add to the driver diagram', kind: 'Kind', idea: 'Change idea', under: 'Under', text: 'Text', addButton: 'Add',
    secondary: 'Secondary driver', moved: 'was moved', remove: 'Remove', confirm: 'Confirm: remove', hasChildren: 'Move or remove them first.', none: 'The team has not stated its problem of practice yet.',
  },
  es: {
    title: 'Problema de práctica y diagrama de impulsores', diagram: 'Diagrama de impulsores', primary: 'Every foster and homeless student is known on day one',
    measure: 'Chronic absence, foster and homeless students', edit: 'Editar el problema y la meta', howMuch: 'Cuánto', save: 'Guardar', saved: 'Se guardaron el problema de práctica y la meta.',
    add: 'Agregar al diagrama de impulsores', kind: 'Tipo', idea: 'Idea de cambio', under: 'Debajo de', text: 'Texto', addButton: 'Agregar',
    secondary: 'Impulsor secundario', moved: 'Se movió', remove: 'Quitar', confirm: 'Confirme: quitar', hasChildren: 'Muévalos o quítelos primero.', none: 'El equipo aún no ha descrito su problema de práctica.',
  },
};

async function openImprovement(page, id) {
  await page.goto(`/teams/${id}/improvement`);
  await settled(page);
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

for (const language of ['en', 'es']) {
  for (const width of [1280, 320]) {
    test(`the MTSS team's driver diagram reads as an outline and is axe-clean (${language}, ${width} px)`, async () => {
      const words = TEXT[language];
      const { context, page } = await newPage(browser, server.url, { ...(language === 'en' ? {} : { language }), viewport: { width, height: 900 } });
      await signIn(page, 'lead@mpusd.example');
      await openImprovement(page, await teamIdByName(page, 'MTSS for foster and homeless youth'));
      await page.getByRole('heading', { name: words.title, level: 2 }).waitFor();
      const outline = page.locator('.driver-root');
      assert.deepEqual(await outline.locator(':scope > li > .driver-box h4').allTextContents(),
        [words.primary, 'Each student has an adult who checks in and removes barriers']);
      const welcome = page.locator('.driver-change_idea', { hasText: 'A welcome and check-in meeting within 3 days of enrollment' });
      const link = welcome.getByRole('link', { name: words.measure });
      assert.match(await link.getAttribute('href'), /^\/measures\/\d+$/);
      await assertPageAccessible(page, `the problem and driver diagram (${language}, ${width} px)`, { language });
      await context.close();
    });
  }

  test(`the lead edits the aim and works the diagram; a driver with nodes under it is not removed (${language})`, async () => {
    const words = TEXT[language];
    const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
    await signIn(page, 'lead@mpusd.example');
    await openImprovement(page, await teamIdByName(page, 'MTSS for foster and homeless youth'));
    await page.getByRole('button', { name: words.edit }).click();
    await page.getByLabel(words.howMuch).fill(`From 30% to 14% ${language}`);
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: words.saved }).waitFor();
    await page.getByText(`From 30% to 14% ${language}`).first().waitFor();

    const form = page.getByRole('form', { name: words.add });
    await form.getByLabel(words.kind).selectOption('change_idea');
    await form.getByLabel(words.under).selectOption({ label: `${words.secondary}: One named adult at school for each student` });
    const idea = `A text message to the family on day one ${language}`;
    await form.getByLabel(words.text).fill(idea);
    await form.getByRole('button', { name: words.addButton, exact: true }).click();
    const item = page.locator('.driver-change_idea', { hasText: idea });
    await item.waitFor();
    const siblings = page.locator('.driver-secondary', { hasText: 'One named adult at school for each student' }).locator('.driver-change_idea .driver-text');
    assert.equal((await siblings.allTextContents()).at(-1), idea);
    await item.locator('.driver-actions button').nth(1).click(); // up
    await page.getByRole('status').filter({ hasText: words.moved }).waitFor();
    assert.equal((await siblings.allTextContents())[0], idea);

    // A primary driver with nodes under it: the page says why it stays.
    const primary = page.locator('.driver-root > li').first();
    await primary.locator(':scope > .driver-box .driver-actions button').nth(3).click();
    await page.locator('.form-alert').filter({ hasText: words.hasChildren }).waitFor();
    // The new idea goes after a confirmation.
    await item.getByRole('button', { name: new RegExp(`^${words.remove}`) }).click();
    await item.getByRole('button', { name: new RegExp(`^${words.confirm}`) }).click();
    await item.waitFor({ state: 'detached' });
    await assertPageAccessible(page, `the diagram after editing (${language})`, { language });
    await context.close();
  });

  test(`a participant of another team reads its empty problem without controls (${language})`, async () => {
    const words = TEXT[language];
    const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
    await signIn(page, 'carmen.delgado@familias.example');
    await openImprovement(page, await teamIdByName(page, 'World Languages Standards'));
    await page.getByText(words.none).waitFor();
    assert.equal(await page.getByRole('form', { name: words.add }).count(), 0);
    assert.equal(await page.getByRole('button', { name: words.edit }).count(), 0);
    await assertPageAccessible(page, `the problem read-only (${language})`, { language });
    await context.close();
  });
}
