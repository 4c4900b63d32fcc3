// Language and e-mail settings (issue 15, web): the settings page at 320 px in Spanish (saving another language
// switches the app), the header's language saved to the account (the saved language wins at the next sign-in), and
// the page an e-mail's unsubscribe link opens: nothing changes on opening, the button turns that kind of mail off,
// an unknown link says so. Axe on every page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, decodeMail, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, waitForMail, openAccountMenu } from './harness.mjs';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));

after(() => stopServerAndBrowser({ server, browser }));

const PHONE = { width: 320, height: 700 };
const TEACHER = 'wl.teacher@mpusd.example'; // Sofía Herrera: her account reads Spanish in the demo
const LEAD = 'lead@mpusd.example'; // Elena Martínez, lead of World Languages Standards

const group = (page, legend) => page.getByRole('group', { name: legend, exact: true });
const savedLanguage = (page) =>
  page.waitForResponse((r) => r.url().endsWith('/api/v1/me/notification-settings') && r.request().method() === 'PATCH');

test('settings page at 320 px in Spanish: minutes off and a weekly digest, saved and read back', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'es', viewport: PHONE });
  await signIn(page, TEACHER);
  await (await openAccountMenu(page)).getByRole('link', { name: 'Notificaciones e idioma' }).click();
  await page.waitForURL('**/settings/notifications');
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Notificaciones e idioma');
  assert.ok(await group(page, 'Idioma').getByLabel('Español').isChecked());
  assert.ok(await group(page, 'Actas de las reuniones').getByLabel('Enviarme estos correos').isChecked());
  assert.ok(await group(page, 'Resumen de lo pendiente').getByLabel(/^Cada día/).isChecked());
  await assertPageAccessible(page, 'the settings page', { language: 'es' });

  await group(page, 'Actas de las reuniones').getByLabel('No enviarlos').check();
  await group(page, 'Resumen de lo pendiente').getByLabel(/^Cada lunes/).check();
  await page.getByRole('button', { name: 'Guardar' }).click();
  await page.getByRole('status').getByText('Se guardaron sus preferencias.').waitFor();
  await assertPageAccessible(page, 'the settings page, saved', { language: 'es' });

  await page.reload();
  await settled(page);
  assert.ok(await group(page, 'Actas de las reuniones').getByLabel('No enviarlos').isChecked());
  assert.ok(await group(page, 'Resumen de lo pendiente').getByLabel(/^Cada lunes/).isChecked());
  assert.ok(await group(page, 'Horas de acompañamiento').getByLabel('Enviarme estos correos').isChecked());
  const settings = await (await page.request.get('/api/v1/me/notification-settings')).json();
  assert.deepEqual(settings, { language: 'es', minutes: false, reminders: true, digest: 'weekly' });

  // Saving another language switches the app to it.
  await group(page, 'Idioma').getByLabel('English').check();
  await page.getByRole('button', { name: 'Guardar' }).click();
  await page.getByRole('status').getByText('Your settings were saved.').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('h1').textContent(), 'Notifications and language');
  await context.close();
});

test('the header language is saved to the account: a fresh browser signs in in that language', async () => {
  const first = await newPage(browser, server.url, { language: 'es', viewport: PHONE });
  await signIn(first.page, TEACHER);
  const saved = savedLanguage(first.page);
  await first.page.getByLabel('Idioma').selectOption('en');
  assert.equal((await saved).status(), 200);
  await (await openAccountMenu(first.page)).getByRole('link', { name: 'Notifications and language' }).waitFor();
  await first.context.close();

  // A browser that remembers Spanish: the account's English wins once signed in.
  const second = await newPage(browser, server.url, { language: 'es', viewport: PHONE });
  await second.page.goto('/sign-in');
  await settled(second.page);
  assert.equal(await second.page.evaluate(() => document.documentElement.lang), 'es');
  await signIn(second.page, TEACHER, undefined, { accountLanguage: true });
  await second.page.waitForFunction(() => document.documentElement.lang === 'en');
  await (await openAccountMenu(second.page)).getByRole('link', { name: 'Notifications and language' }).click();
  await settled(second.page);
  assert.ok(await group(second.page, 'Language').getByLabel('English').isChecked());
  await assertPageAccessible(second.page, 'the settings page in English at 320 px', { language: 'en' });
  await second.context.close();
});

/** The web page link (`/unsubscribe/<token>`) in the minutes mailed to `to`. */
async function minutesUnsubscribeLink(to) {
  const seen = new Set();
  for (let i = 0; i < 10; i++) {
    const raw = await waitForMail(server.mailDir, { to, seen });
    if (!/^Subject:.*Minutes/im.test(raw)) continue;
    const links = [...decodeMail(raw).matchAll(/https?:\/\/[^\s"<>]+\/unsubscribe\/[A-Za-z0-9_-]+/g)].map((m) => new URL(m[0]));
    const page = links.find((url) => !url.pathname.startsWith('/api/'));
    if (page) return page;
  }
  throw new Error(`no minutes mail with an unsubscribe link to ${to}`);
}

test('an unsubscribe link from the minutes turns minutes off, on the press of a button, signed out', async () => {
  const lead = await newPage(browser, server.url);
  await signIn(lead.page, LEAD);
  const closed = await lead.page.evaluate(async () => {
    const { csrf_token } = await (await fetch('/api/v1/session')).json();
    const me = await (await fetch('/api/v1/me')).json();
    const team = me.teams.find((t) => t.name === 'World Languages Standards');
    const { meetings } = await (await fetch(`/api/v1/teams/${team.id}/meetings`)).json();
    const meeting = meetings.find((m) => m.status === 'scheduled');
    const answer = await fetch(`/api/v1/meetings/${meeting.id}/close`, { method: 'POST', headers: { 'X-CSRF-Token': csrf_token } });
    return answer.status;
  });
  assert.equal(closed, 200);
  await lead.context.close();
  const link = await minutesUnsubscribeLink(LEAD);
  assert.equal(link.origin, server.url);

  const visitor = await newPage(browser, server.url);
  await visitor.page.goto(link.pathname);
  await settled(visitor.page);
  assert.equal(await visitor.page.locator('h1').textContent(), 'Stop these e-mails');
  await visitor.page.getByText('Stop receiving this kind of e-mail from Trellis?').waitFor();
  await assertPageAccessible(visitor.page, 'the unsubscribe page', { language: 'en' });
  // Opening the page changed nothing (mail scanners fetch links).
  const signedIn = await newPage(browser, server.url);
  await signIn(signedIn.page, LEAD);
  assert.equal((await (await signedIn.page.request.get('/api/v1/me/notification-settings')).json()).minutes, true);

  await visitor.page.getByRole('button', { name: 'Stop these e-mails' }).click();
  await visitor.page
    .getByRole('status')
    .getByText('You will no longer receive these e-mails. You can turn them back on in Notifications and language.')
    .waitFor();
  await assertPageAccessible(visitor.page, 'the unsubscribe page, done', { language: 'en' });
  await visitor.context.close();

  // The recipient sees minutes off on the settings page.
  await signedIn.page.goto('/settings/notifications');
  await settled(signedIn.page);
  assert.ok(await group(signedIn.page, 'Minutes of meetings').getByLabel('Do not send them').isChecked());
  assert.ok(await group(signedIn.page, 'Coaching hours').getByLabel('Send me these e-mails').isChecked());
  await assertPageAccessible(signedIn.page, 'the settings page at 1280 px', { language: 'en' });
  await signedIn.context.close();
});

test('an unknown unsubscribe link says it is not valid and leads to the settings, at 320 px in Spanish', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'es', viewport: PHONE });
  await page.goto('/unsubscribe/not-a-real-token');
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Dejar de recibir estos correos');
  await assertPageAccessible(page, 'the unsubscribe page at 320 px', { language: 'es' });
  await page.getByRole('button', { name: 'Dejar de recibirlos' }).click();
  await page.getByText('Este enlace no es válido.').waitFor();
  await assertPageAccessible(page, 'an invalid unsubscribe link', { language: 'es' });
  await page.getByRole('link', { name: 'Abrir Notificaciones e idioma' }).click();
  await page.waitForURL('**/sign-in?next=*');
  await context.close();
});
