// axe (WCAG 2.0/2.1 A and AA rules) on every page in English and Spanish, at desktop width and at 320 px:
// zero violations, one h1, the page's language set, and no horizontal scrolling at 320 px.
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, waitForInvitationLink } from './harness.mjs';

let server;
let browser;
let ids; // ids of the demo team, organization and network, and a live invitation path

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  ids = await page.evaluate(async () => {
    const me = await (await fetch('/api/v1/me')).json();
    const { csrf_token } = await (await fetch('/api/v1/session')).json();
    const team = me.teams.find((t) => t.name === 'World Languages Standards');
    await fetch(`/api/v1/teams/${team.id}/invitations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
      body: JSON.stringify({ email: 'family.rep@mpusd.example', role: 'participant' }),
    });
    // The demo's network meeting, which invites Monterey (issue 11).
    const { meetings } = await (await fetch(`/api/v1/networks/${me.networks[0].id}/meetings`)).json();
    return { team: team.id, organization: team.organization_id, network: me.networks[0].id, networkMeeting: meetings[0].id };
  });
  ids.invitation = new URL(await waitForInvitationLink(server.mailDir, 'family.rep@mpusd.example')).pathname;
  await context.close();
});

after(() => stopServerAndBrowser({ server, browser }));

async function check(page, path, language, width, prepare) {
  await page.goto(path);
  await settled(page);
  if (prepare) await prepare(page);
  await assertPageAccessible(page, `${path} (${language}, ${width}px)`, { language });
}

for (const language of ['en', 'es']) {
  for (const width of [1280, 320]) {
    test(`every page passes axe in ${language} at ${width}px`, async () => {
      const { context, page } = await newPage(browser, server.url, { language, viewport: { width, height: 800 } });
      // Public pages, including their error states.
      await check(page, '/sign-in', language, width);
      await check(page, '/sign-in', language, width, async (p) => {
        await p.locator('form button[type="submit"]').click();
        await p.locator('.field-error').first().waitFor();
      });
      await check(page, '/forgot-password', language, width);
      await check(page, '/reset-password?token=not-a-real-token', language, width, async (p) => {
        await p.locator('input[name="password"]').fill('short');
        await p.locator('form button[type="submit"]').click();
        await p.locator('.field-error').first().waitFor();
      });
      await check(page, ids.invitation, language, width);
      await check(page, '/invitations/no-such-invitation', language, width);
      await check(page, '/no-such-page', language, width);
      // Signed-in pages.
      await signIn(page, 'lead@mpusd.example');
      await check(page, '/', language, width);
      await check(page, `/organizations/${ids.organization}`, language, width);
      await check(page, `/networks/${ids.network}`, language, width);
      // A network meeting seen by an invited district's lead, and its planning page (the form itself, for the
      // facilitator, is checked in network-meetings.test.mjs).
      await check(page, `/meetings/${ids.networkMeeting}`, language, width);
      await check(page, `/networks/${ids.network}/meetings/new`, language, width);
      // Every tab of the team page (issue 17).
      for (const tab of ['', '/meetings', '/guide', '/members', '/follow-through', '/follow-through?figure=done_on_time', '/settings'])
        await check(page, `/teams/${ids.team}${tab}`, language, width);
      await check(page, `/teams/${ids.team}/members`, language, width, async (p) => {
        // The edit form open.
        await p.locator('.row-actions button').first().click();
        await p.locator('#edit-member').waitFor();
      });
      await check(page, `/teams/${ids.team}/settings`, language, width, async (p) => {
        // The add form showing its errors.
        const add = p.locator('section[aria-labelledby="add-member"]');
        await add.locator('button[type="submit"]').click();
        await add.locator('.field-error').first().waitFor();
      });
      const guide = `/teams/${ids.team}/guides/world-languages-module-0`;
      await check(page, guide, language, width);
      await check(page, `${guide}/modules/module-0/sections/a-team`, language, width);
      await check(page, `${guide}/plan`, language, width);
      // Student data and teacher capacity (their states, and a network peer's view, are in data.test.mjs).
      for (const path of ['data', 'data/import', 'data/analysis', 'data/counts', 'data/settings', 'teachers']) {
        await check(page, `/organizations/${ids.organization}/${path}`, language, width);
      }
      await check(page, '/settings/tokens', language, width, async (p) => {
        await p.locator('input[name="name"]').fill(`axe ${language} ${width}`);
        await p.locator('form button[type="submit"]').click();
        await p.locator('#new-token').waitFor();
      });
      await context.close();
    });
  }
}
