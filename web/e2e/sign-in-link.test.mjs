// Sign-in without a password (issue 15), at 320 px in Spanish: ask for a link on the sign-in page, read it from
// the mail, open it (nothing is spent by opening), press the button, land signed in; a used link says so and
// offers a new one. Every page passes axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, decodeMail, newPage, settled, startServerAndBrowser, stopServerAndBrowser, waitForMail } from './harness.mjs';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));

after(() => stopServerAndBrowser({ server, browser }));

const PHONE = { width: 320, height: 700 };
const ADDRESS = 'wl.teacher@mpusd.example'; // her account reads Spanish: signed in, the app follows the account

async function waitForSignInLink(mailDir, to) {
  const seen = new Set();
  for (;;) {
    const link = decodeMail(await waitForMail(mailDir, { to, seen })).match(/https?:\/\/[^\s"<>]+\/sign-in\/link\/[A-Za-z0-9_-]+/);
    if (link) return new URL(link[0]);
  }
}

test('a link asked for on the sign-in page signs in once, at 320 px in Spanish', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'es', viewport: PHONE });
  await page.goto('/sign-in');
  await settled(page);
  await page.getByRole('button', { name: 'Enviarme un enlace para entrar' }).click();
  await page.locator('input[name="link_email"]').fill(ADDRESS);
  await page.getByRole('button', { name: 'Enviarme el enlace' }).click();
  await page.getByRole('status').getByText(`Si existe una cuenta para ${ADDRESS}`).waitFor();
  await assertPageAccessible(page, 'the sign-in page with the link sent', { language: 'es' });

  const link = await waitForSignInLink(server.mailDir, ADDRESS);
  assert.equal(link.origin, server.url);
  await page.goto(link.pathname);
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Entrar con su enlace');
  await assertPageAccessible(page, 'the sign-in link page', { language: 'es' });
  // Opening the page spent nothing: nobody is signed in yet.
  assert.equal((await page.request.get('/api/v1/session')).status(), 401);

  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === '/');
  await settled(page);
  assert.equal((await page.request.get('/api/v1/session')).status(), 200);
  await assertPageAccessible(page, 'home after the link', { language: 'es' });
  await context.close();

  // The same link, opened again elsewhere: refused in words, with the way to ask for a new one.
  const other = await newPage(browser, server.url, { language: 'es', viewport: PHONE });
  await other.page.goto(link.pathname);
  await settled(other.page);
  await other.page.locator('main form button[type="submit"]').click();
  await other.page.getByText('Este enlace para entrar no funciona').waitFor();
  await assertPageAccessible(other.page, 'a used sign-in link', { language: 'es' });
  await other.page.getByRole('link', { name: 'Pedir un enlace nuevo para entrar' }).click();
  await other.page.waitForURL('**/sign-in');
  await other.context.close();
});
