// A family member on her phone (issue 15): Carmen Delgado, a participant of World Languages who reads Spanish and
// has no password to remember, asks for a sign-in link at 320 px, opens it from the mail (written in Spanish, her
// language), lands on her home page, sees the team's next meeting in its own time zone with a calendar file, and
// marks her item done with one tap. Every page passes axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, decodeMail, newPage, settled, startServerAndBrowser, stopServerAndBrowser, waitForMail } from './harness.mjs';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));

after(() => stopServerAndBrowser({ server, browser }));

const CARMEN = 'carmen.delgado@familias.example';
const HER_ITEM = "Ask the dual-immersion parents' group which evenings suit families (in Spanish)";

test('a Spanish-speaking family participant signs in by link on a phone, sees the next meeting and marks her item done', async () => {
  const { context, page } = await newPage(browser, server.url, {
    language: 'es',
    viewport: { width: 320, height: 700 },
    timezoneId: 'America/Chicago',
  });
  await page.goto('/sign-in');
  await settled(page);
  await page.getByRole('button', { name: 'Enviarme un enlace para entrar' }).click();
  await page.locator('input[name="link_email"]').fill(CARMEN);
  await page.getByRole('button', { name: 'Enviarme el enlace' }).click();

  const mail = decodeMail(await waitForMail(server.mailDir, { to: CARMEN }));
  assert.match(mail, /Su enlace para entrar en Trellis/, 'the mail is in her language');
  assert.doesNotMatch(mail, /Someone asked for a link/, 'and in her language only');
  const link = new URL(mail.match(/https?:\/\/[^\s"<>]+\/sign-in\/link\/[A-Za-z0-9_-]+/)[0]);
  await page.goto(link.pathname);
  await settled(page);
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === '/');
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Bienvenido/a, Carmen Delgado');

  // The team's next meeting, in Los Angeles time, with her Chicago time beside it, and a calendar file.
  const next = page.locator('#next-meetings').locator('..');
  const meeting = next.locator('li').first();
  await meeting.locator('.when').waitFor();
  const when = await meeting.locator('.when').textContent();
  assert.match(when, /PST/, when);
  assert.match(when, /CST donde usted está/, when);
  assert.equal(await meeting.getByRole('link', { name: /^Agregar a mi calendario/ }).count(), 1);
  await assertPageAccessible(page, "a participant's home on a phone", { language: 'es' });

  // Her item, and one tap marks it done (she owns it; her seat takes part but does not manage the team).
  const items = page.locator('#items-due').locator('..');
  await items.locator('strong', { hasText: HER_ITEM }).waitFor();
  await items.getByRole('button', { name: `Marcar como hecha ${HER_ITEM}` }).click();
  await page.getByText(`${HER_ITEM} está hecha.`).waitFor();
  await items.getByText('No tiene tareas abiertas.').waitFor();
  const mine = await page.evaluate(async () => (await (await fetch('/api/v1/me/action-items')).json()).action_items);
  assert.deepEqual(mine, [], 'nothing left open for her on the server either');

  // The latest minutes are one tap away.
  await page.getByRole('link', { name: /^Acta: / }).first().click();
  await page.waitForURL(/\/meetings\/\d+\/minutes$/);
  await settled(page);
  await assertPageAccessible(page, 'the minutes, for a participant on a phone', { language: 'es' });
  await context.close();
});
