// Discovery evidence (issue 12, item 2): Monterey's MTSS lead opens the evidence from the team's Improvement cycle
// tab, reads the demo's theme board (two themes with their counts) and insight, records an observation (who took
// part as roles), and moves it onto a theme the keyboard way (the "Move to theme" list and button, announced in
// the status region) and by drag and drop; the page passes axe at 1280 and 320 px, in English and Spanish.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, teamIdByName } from './harness.mjs';

const TEAM = 'MTSS for foster and homeless youth';
const NOBODY = 'No adult knows they are in foster care';
const TRANSPORT = 'Transport gaps after moves';
const TEXT = {
  en: { open: 'Open the evidence and theme board', title: 'Discovery evidence', notThemed: 'Not yet themed',
    kind: 'Kind', observation: 'Observation', participants: 'Who took part', notes: 'Notes', submit: 'Record evidence',
    saved: 'Observation recorded.', moveTo: 'Move to theme', move: 'Move', basedOn: 'Based on 3 entries:',
    hint: 'Roles, not names of students', moved: (theme) => `moved to ${theme}.`,
    column: (name, n) => `${name} (${n} ${n === 1 ? 'entry' : 'entries'})`,
    edit: 'Edit', editTitle: 'Edit this evidence', save: 'Save changes', edited: 'saved.',
    conflict: 'Someone saved this evidence while you were editing it', keepMine: 'Keep mine',
    remove: 'Delete', yes: 'Yes, delete', removed: 'deleted.' },
  es: { open: 'Abrir la evidencia y el tablero de temas', title: 'Evidencia de descubrimiento', notThemed: 'Sin tema todavía',
    kind: 'Tipo', observation: 'Observación', participants: 'Quiénes participaron', notes: 'Notas', submit: 'Registrar evidencia',
    saved: 'Observación registrada.', moveTo: 'Mover al tema', move: 'Mover', basedOn: 'Basada en 3 entradas:',
    hint: 'Funciones, no nombres de estudiantes', moved: (theme) => `se movió a ${theme}.`,
    column: (name, n) => `${name} (${n} ${n === 1 ? 'entrada' : 'entradas'})`,
    edit: 'Editar', editTitle: 'Editar esta evidencia', save: 'Guardar los cambios', edited: ': guardada.',
    conflict: 'Alguien guardó esta evidencia mientras usted la editaba', keepMine: 'Conservar la mía',
    remove: 'Eliminar', yes: 'Sí, eliminar', removed: ': eliminada.' },
};

let server;
let browser;
let teamId;

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  teamId = await teamIdByName(server, TEAM);
});

after(() => stopServerAndBrowser({ server, browser }));

/** The count in a column's heading, e.g. 3 in "Transport gaps after moves (3 entries)". */
async function countIn(page, name) {
  const heading = page.locator('.theme-column h3', { hasText: name });
  return Number(/\((\d+)/.exec(await heading.textContent())[1]);
}

/** Changes an entry's notes from another tab (at its current version), as a second writer would. */
async function editFromAnotherTab(page, teamId, notes, newNotes) {
  await page.evaluate(async ({ teamId, notes, newNotes }) => {
    const { csrf_token } = await (await fetch('/api/v1/session')).json();
    const { entries } = await (await fetch(`/api/v1/teams/${teamId}/evidence`)).json();
    const entry = entries.find((e) => e.notes === notes);
    const answer = await fetch(`/api/v1/teams/${teamId}/evidence/${entry.id}`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
      body: JSON.stringify({ version: entry.version, notes: newNotes }),
    });
    if (answer.status !== 200) throw new Error(`the other tab's PATCH answered ${answer.status}`);
  }, { teamId, notes, newNotes });
}

const column = (page, name) => page.locator('.theme-column', { has: page.locator('h3', { hasText: name }) });

for (const language of ['en', 'es']) {
  const words = TEXT[language];
  test(`the theme board, the keyboard move and drag and drop (${language})`, async () => {
    const { context, page } = await newPage(browser, server.url, { language });
    try {
      await signIn(page, 'lead@mpusd.example');
      await page.goto(`/teams/${teamId}/improvement`);
      await settled(page);
      await page.getByRole('link', { name: words.open, exact: true }).click();
      await page.waitForURL(/\/evidence$/);
      await settled(page);
      assert.equal(await page.locator('h1').textContent(), words.title);
      // The demo: two themes with their counts (the liaison's and the student's interviews in both, the focus
      // group in transport only), and the insight behind all three. User data stays in English.
      const nobody = await countIn(page, NOBODY);
      const transport = await countIn(page, TRANSPORT);
      assert.ok(nobody >= 2 && transport >= 3, `demo counts ${nobody} and ${transport}`);
      await page.getByText(words.basedOn).first().waitFor();
      await assertPageAccessible(page, `evidence (${language}, 1280)`, { language });

      // Record an observation: the participants' hint asks for roles.
      await page.getByText(words.hint).waitFor();
      await page.getByLabel(words.kind, { exact: true }).selectOption('observation');
      await page.getByLabel(words.participants).fill('a bus driver, an attendance clerk');
      await page.getByLabel(words.notes).fill(`Seen at drop-off (${language})`);
      await page.getByRole('button', { name: words.submit }).click();
      await page.getByRole('status').getByText(words.saved).waitFor();
      const card = column(page, words.notThemed).locator('.theme-card', { hasText: `Seen at drop-off (${language})` });
      await card.waitFor();

      // The keyboard way: the card's list and button, without a mouse; the move is announced.
      await card.getByLabel(words.moveTo).focus();
      await card.getByLabel(words.moveTo).selectOption({ label: TRANSPORT });
      await card.getByRole('button', { name: words.move }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText(words.moved(TRANSPORT)).waitFor();
      await page.locator('.theme-column h3', { hasText: words.column(TRANSPORT, transport + 1) }).waitFor();
      const moved = column(page, TRANSPORT).locator('.theme-card', { hasText: `Seen at drop-off (${language})` });
      await moved.waitFor();

      // Drag and drop onto the other theme: it leaves transport and joins "no adult knows".
      // The browser's drag events, as a mouse drag sends them (one DataTransfer from dragstart to drop).
      const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
      await moved.dispatchEvent('dragstart', { dataTransfer });
      await column(page, NOBODY).dispatchEvent('dragover', { dataTransfer });
      await column(page, NOBODY).dispatchEvent('drop', { dataTransfer });
      await page.getByRole('status').getByText(words.moved(NOBODY)).waitFor();
      await page.locator('.theme-column h3', { hasText: words.column(NOBODY, nobody + 1) }).waitFor();
      await column(page, NOBODY).locator('.theme-card', { hasText: `Seen at drop-off (${language})` }).waitFor();
      assert.equal(await countIn(page, TRANSPORT), transport);

      // The moved card's list starts at the theme it is in now.
      const card2 = column(page, NOBODY).locator('.theme-card', { hasText: `Seen at drop-off (${language})` });
      assert.equal(await card2.getByLabel(words.moveTo).evaluate((s) => s.selectedOptions[0].textContent), NOBODY);

      // Edit: another tab saves first, so saving shows both versions; keeping mine then saves over theirs.
      await card2.getByRole('button', { name: words.edit }).click();
      const form = page.getByRole('form', { name: words.editTitle });
      await form.getByLabel(words.notes).fill(`Seen at drop-off, edited (${language})`);
      await editFromAnotherTab(page, teamId, `Seen at drop-off (${language})`, `Changed in another tab (${language})`);
      await form.getByRole('button', { name: words.save }).click();
      await form.getByRole('heading', { name: words.conflict }).waitFor();
      await form.getByText(`Changed in another tab (${language})`).waitFor();
      await assertPageAccessible(page, `evidence, an edit in conflict (${language}, 1280)`, { language });
      await form.getByRole('button', { name: words.keepMine }).click();
      await form.getByRole('button', { name: words.save }).click();
      await page.getByRole('status').getByText(words.edited).waitFor();
      const edited = column(page, NOBODY).locator('.theme-card', { hasText: `Seen at drop-off, edited (${language})` });
      await edited.waitFor();
      assert.equal(await page.getByText(`Changed in another tab (${language})`).count(), 0);

      // Delete, asked first: the entry leaves the board and the theme's count.
      await edited.getByRole('button', { name: words.remove }).click();
      await edited.getByRole('button', { name: words.yes }).click();
      await page.getByRole('status').getByText(words.removed).waitFor();
      await page.locator('.theme-column h3', { hasText: words.column(NOBODY, nobody) }).waitFor();
      assert.equal(await page.getByText(`Seen at drop-off, edited (${language})`).count(), 0);

      await page.setViewportSize({ width: 320, height: 800 });
      await assertPageAccessible(page, `evidence (${language}, 320)`, { language });
    } finally {
      await context.close();
    }
  });
}
