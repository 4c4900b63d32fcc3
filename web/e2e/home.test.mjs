// The home page leads with what to do next: the next meetings in their own time zone (with the reader's clock when
// it differs) and a calendar file, the items the person owes with one tap to mark one done, and the latest
// minutes. Checked in Spanish on a 320 px phone, and at 200% zoom of a 1280 px window (640 CSS px) for reflow.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));

after(() => stopServerAndBrowser({ server, browser }));

/** Gives the signed-in person an action item due on `due`, through the API, and answers their next meeting. An
 * item cannot be due before its meeting's date, so an overdue one belongs to a draft meeting held that day. */
async function giveMyselfAnItem(page, title, due) {
  return page.evaluate(
    async ({ title, due }) => {
      const { csrf_token, user } = await (await fetch('/api/v1/session')).json();
      const { upcoming } = await (await fetch('/api/v1/me/meetings')).json();
      const meeting = upcoming[0];
      const team = await (await fetch(`/api/v1/teams/${meeting.team.id}`)).json();
      const me = team.members.find((m) => m.user_id === user.id);
      const headers = { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token };
      const held = await fetch(`/api/v1/teams/${meeting.team.id}/meetings`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title: `Check-in ${due}`, starts_at: `${due}T16:00:00Z`, time_zone: 'UTC' }),
      });
      if (held.status !== 201) throw new Error(`seeding the meeting: ${held.status} ${await held.text()}`);
      const answer = await fetch(`/api/v1/meetings/${(await held.json()).id}/action-items`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title, owner_id: me.id, due }),
      });
      if (answer.status !== 201) throw new Error(`seeding the item: ${answer.status} ${await answer.text()}`);
      return meeting;
    },
    { title, due },
  );
}

test('on a phone in Spanish: the next meeting in its own zone, one tap marks an item done, the latest minutes', async () => {
  const { context, page } = await newPage(browser, server.url, {
    language: 'es',
    viewport: { width: 320, height: 720 },
    timezoneId: 'America/New_York',
  });
  await signIn(page, 'lead@mpusd.example');
  const meeting = await giveMyselfAnItem(page, 'Llamar a la familia Ruiz', '2020-01-10');
  await page.reload();
  await settled(page);

  const next = page.locator('#next-meetings').locator('..');
  const card = next.locator('li').first();
  await card.getByRole('link', { name: meeting.title, exact: true }).waitFor();
  // The demo's meetings are in Los Angeles; this reader is in New York: both clocks, each named.
  const when = await card.locator('.when').textContent();
  assert.match(when, /8:00\sa\.\s?m\. PST/, when);
  assert.match(when, /11:00\sa\.\s?m\. EST donde usted está/, when);
  const calendar = card.getByRole('link', { name: `Agregar a mi calendario ${meeting.title}` });
  assert.equal(await calendar.getAttribute('href'), `/api/v1/meetings/${meeting.id}/invite.ics`);

  const items = page.locator('#items-due').locator('..');
  await items.locator('strong', { hasText: 'Llamar a la familia Ruiz' }).waitFor();
  await items.getByText('Vencida').first().waitFor();
  const done = items.getByRole('button', { name: 'Marcar como hecha Llamar a la familia Ruiz' });
  const box = await done.boundingBox();
  assert.ok(box.height >= 44, `the done button is a large touch target (${box.height} px high)`);
  await done.click();
  await page.getByText('Llamar a la familia Ruiz está hecha.').waitFor();
  await items.getByText('No tiene tareas abiertas.', { exact: false }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'items-due');

  await page.getByRole('link', { name: /^Acta: / }).first().waitFor();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 320, `nothing scrolls sideways at 320 px (${wide} px wide)`);
  await assertPageAccessible(page, 'home, es, 320 px', { language: 'es' });
  await context.close();
});

test('at 200% zoom (a 1280 px window is 640 CSS px) the home page reflows without sideways scrolling', async () => {
  const { context, page } = await newPage(browser, server.url, { viewport: { width: 640, height: 450 } });
  await signIn(page, 'lead@mpusd.example');
  await page.locator('#next-meetings').waitFor();
  await page.locator('#latest-minutes').waitFor();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 640, `nothing scrolls sideways at 640 CSS px (${wide} px wide)`);
  await assertPageAccessible(page, 'home, en, 200% zoom');
  await context.close();
});

test('per role: a lead sees sections under way and the network invitation to answer; a peer lead the coach’s step', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  const sections = page.locator('#sections-under-way').locator('..');
  await sections.locator('li').first().waitFor();
  assert.match(await sections.textContent(), /World Languages Standards/);
  const answers = page.locator('#answers-waiting').locator('..');
  await answers.getByRole('link', { name: /invites your organization to join/ }).click();
  await page.waitForURL(/\/organizations\/\d+\/networks$/);
  await context.close();

  const peer = await newPage(browser, server.url, { language: 'es', viewport: { width: 320, height: 720 } });
  await signIn(peer.page, 'lead@lancaster.example');
  const waiting = peer.page.locator('#answers-waiting').locator('..');
  await waiting.getByRole('link', { name: /^Un siguiente paso del asesor: / }).first().waitFor();
  assert.match(await waiting.textContent(), /vence el/);
  await assertPageAccessible(peer.page, 'home of a peer lead, es, 320 px', { language: 'es' });
  await peer.context.close();
});

test('a facilitator’s home names the teams that need attention and why, and leads to the dashboard', async () => {
  for (const language of ['en', 'es']) {
    const { context, page } = await newPage(browser, server.url, { language });
    await signIn(page, 'facilitator@pivotlearning.example');
    const attention = page.locator('#teams-attention').locator('..');
    const first = attention.locator('li').first();
    await first.waitFor();
    const why = await first.locator('.attention-reasons').textContent();
    assert.match(why, language === 'en' ? /past due|No meeting/ : /vencida|Sin reunión|sin ninguna reunión/, why);
    // The facilitator has no team of their own: no sections to show, and nothing says otherwise.
    assert.equal(await page.locator('#sections-under-way').count(), 0);
    await assertPageAccessible(page, `home of the facilitator, ${language}`, { language });
    await first.getByRole('link').first().click();
    await page.waitForURL(/\/networks\/\d+\/dashboard$/);
    await context.close();
  }
});

test('the account menu holds mail and language, API tokens, a new organization and signing out; Escape closes it', async () => {
  const { context, page } = await newPage(browser, server.url, { viewport: { width: 375, height: 700 } });
  await signIn(page, 'superintendent@mpusd.example');
  const toggle = page.getByRole('button', { name: 'Account of Patricia Nguyen' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  const menu = page.locator('#account-menu');
  for (const name of ['Notifications and language', 'API tokens', 'Create an organization'])
    await menu.getByRole('link', { name }).waitFor();
  await menu.getByRole('button', { name: 'Sign out' }).waitFor();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 375, `the open menu stays on a 375 px screen (${wide} px wide)`);
  await assertPageAccessible(page, 'home with the account menu open, 375 px');
  await page.keyboard.press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('account-toggle')), true);
  // API tokens are no longer in the main navigation.
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API tokens' }).count(), 0);
  await context.close();
});
