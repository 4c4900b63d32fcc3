// Joining a network takes the organization's consent (issue 9): the demo's Sanger Unified has invited Monterey
// to its dual-language circle. The facilitator sees the invitation pending; Monterey's admin sees what they need
// to decide (in English and Spanish), accepts, and can leave again at any time.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, openFromHome, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

const CIRCLE = 'Dual-language programs circle';
let server;
let browser;

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

after(() => stopServerAndBrowser({ server, browser }));

/** Monterey's networks page, reached the way its admin would: from the organization's page. */
async function openMontereyNetworks(page, linkName) {
  await openFromHome(page, 'Monterey Peninsula Unified');
  await page.getByRole('link', { name: linkName }).click();
  await page.waitForURL(/\/organizations\/\d+\/networks$/);
  await settled(page);
}

test('the facilitator sees the invited district as pending', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'mentor@sanger.example');
  await openFromHome(page, CIRCLE);
  const peers = page.locator('section', { has: page.getByRole('heading', { name: 'Peer organizations' }) });
  const monterey = peers.getByRole('listitem').filter({ hasText: 'Monterey Peninsula Unified' });
  assert.match(await monterey.textContent(), /Invitation pending/);
  // Not a link: the facilitator may not open Monterey's page before it accepts.
  assert.equal(await monterey.getByRole('link').count(), 0);
  await assertPageAccessible(page, 'a network with a pending member', { language: 'en' });
  await context.close();
});

test('in Spanish, the district admin sees the invitation with what they need to decide', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'es' });
  await signIn(page, 'lead@mpusd.example');
  await openMontereyNetworks(page, 'Redes e invitaciones');
  assert.equal(await page.locator('h1').textContent(), 'Redes de Monterey Peninsula Unified');
  const waiting = page.locator('section', { has: page.getByRole('heading', { name: 'Invitaciones que esperan su respuesta' }) });
  const invitation = waiting.getByRole('listitem').filter({ hasText: CIRCLE });
  assert.match(await invitation.textContent(), /Sanger Unified/);
  assert.match(await invitation.textContent(), /dual immersion/);
  await invitation.getByRole('button', { name: `Aceptar ${CIRCLE}` }).waitFor();
  await invitation.getByRole('button', { name: `Rechazar ${CIRCLE}` }).waitFor();
  await assertPageAccessible(page, 'the networks page in Spanish', { language: 'es' });
  await context.close();
});

test('the district admin accepts, then leaves', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  await openMontereyNetworks(page, 'Networks and invitations');
  await assertPageAccessible(page, 'the networks page with an invitation', { language: 'en' });
  const waiting = page.locator('section', { has: page.getByRole('heading', { name: 'Invitations waiting for your answer' }) });
  await waiting.getByRole('button', { name: `Accept ${CIRCLE}` }).click();
  await page.getByRole('status').getByText(`This organization joined ${CIRCLE}.`).waitFor();
  assert.match(await waiting.textContent(), /No invitation is waiting\./);
  const active = page.locator('section', { has: page.getByRole('heading', { name: 'Networks this organization takes part in' }) });
  await active.getByRole('link', { name: CIRCLE }).waitFor();
  await assertPageAccessible(page, 'the networks page after accepting', { language: 'en' });

  await active.getByRole('button', { name: `Leave the network ${CIRCLE}` }).click();
  await page.getByRole('status').getByText(`This organization left ${CIRCLE}.`).waitFor();
  assert.equal(await active.getByRole('link', { name: CIRCLE }).count(), 0);
  // Still a member of Pivot Learning's network, which it joined in the demo.
  await active.getByRole('link', { name: 'MTSS community of practice for foster and homeless youth' }).waitFor();
  await context.close();
});
