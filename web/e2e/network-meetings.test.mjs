// Network meetings (issue 11): Pivot Learning's facilitator plans a meeting of the community of practice inviting
// Monterey Peninsula and Lancaster from the network page; Lancaster's lead opens it and adds an action item owned
// by Monterey's Marcus Bell; the facilitator closes it and logs it as coaching hours on the network's agreement.
// The planning form is walked in English and Spanish and passes axe at 1280 and 320 px. One server for the file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

let server;
let browser;
let networkId;
let agreementTitle;

/** Runs `action(arg)` in the page of a signed-in person, with the session's CSRF token for writes. */
async function asPerson(email, action, arg) {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, email);
  const value = await page.evaluate(action, arg);
  await context.close();
  return value;
}

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  // The demo's network, and an active agreement on it with network-meeting hours (the MOU the facilitator logs on).
  agreementTitle = 'Sanger mentors the peers: network meetings';
  networkId = await asPerson(
    'facilitator@pivotlearning.example',
    async (title) => {
      const { networks } = await (await fetch('/api/v1/networks')).json();
      const network = networks.find((n) => n.name.startsWith('MTSS community'));
      const detail = await (await fetch(`/api/v1/networks/${network.id}`)).json();
      const org = (role) => detail.members.filter((m) => m.role === role).map((m) => m.organization.id);
      const { csrf_token } = await (await fetch('/api/v1/session')).json();
      const made = await fetch(`/api/v1/networks/${network.id}/agreements`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
        body: JSON.stringify({
          title, starts_on: '2026-08-01', ends_on: '2027-06-30', status: 'active', mentor_organization_id: org('mentor')[0],
          peer_organization_ids: org('peer'), hours: [{ kind: 'network_meeting', purchased: 12 }],
        }),
      });
      if (made.status !== 201) throw new Error(`agreement: ${made.status} ${await made.text()}`);
      return network.id;
    },
    agreementTitle,
  );
  assert.ok(networkId, 'the demo network');
});

after(() => stopServerAndBrowser({ server, browser }));

const TEXT = {
  en: {
    section: 'Network meetings', plan: 'Plan a network meeting', title: 'Title', start: 'Start (date and time)',
    duration: 'Length (minutes)', organizations: 'Invite organizations', save: 'Save and write the agenda',
  },
  es: {
    section: 'Reuniones de la red', plan: 'Planificar una reunión de la red', title: 'Título',
    start: 'Inicio (fecha y hora)', duration: 'Duración (minutos)', organizations: 'Invitar a organizaciones',
    save: 'Guardar y escribir la agenda',
  },
};

/** The facilitator plans a meeting inviting Monterey and Lancaster, through the form in `language`; its id. */
async function planMeeting(language, title) {
  const w = TEXT[language];
  const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
  await signIn(page, 'facilitator@pivotlearning.example');
  await page.goto(`/networks/${networkId}`);
  await settled(page);
  await page.getByRole('heading', { name: w.section, exact: true }).waitFor();
  await page.getByRole('link', { name: w.plan }).click();
  await page.waitForURL(/\/meetings\/new$/);
  await settled(page);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await assertPageAccessible(page, `the planning form (${language}, ${width}px)`, { language });
  }
  await page.getByLabel(w.title, { exact: true }).fill(title);
  await page.getByLabel(w.start).fill('2026-11-18T15:30');
  await page.getByLabel(w.duration).fill('90');
  const organizations = page.getByRole('group', { name: w.organizations });
  await organizations.getByLabel('Monterey Peninsula Unified').check();
  await organizations.getByLabel('Lancaster Elementary').check();
  await page.getByRole('button', { name: w.save }).click();
  await page.waitForURL(/\/meetings\/\d+\/edit$/);
  await settled(page);
  const id = Number(/\/meetings\/(\d+)\/edit$/.exec(page.url())[1]);
  await context.close();
  return id;
}

test('the planning form in Spanish, then whom it invites changed on the meeting page', async () => {
  const id = await planMeeting('es', 'Comunidad de práctica: noviembre');
  const invited = () => asPerson('facilitator@pivotlearning.example', async (m) => (await fetch(`/api/v1/meetings/${m}/invitations`)).json(), id);
  assert.deepEqual((await invited()).invitations.map((i) => i.organization.name).sort(), ['Lancaster Elementary', 'Monterey Peninsula Unified']);

  // Lancaster is no longer invited whole, only its MTSS team; Monterey stays invited whole.
  const { context, page } = await newPage(browser, server.url, { language: 'es', timezoneId: 'Asia/Tokyo' });
  await signIn(page, 'facilitator@pivotlearning.example');
  await page.goto(`/meetings/${id}`);
  await settled(page);
  const panel = page.locator('section[aria-labelledby="network-meeting"]');
  await panel.getByText('Cambiar a quién invita').click();
  await assertPageAccessible(page, 'changing whom a network meeting invites (es)', { language: 'es' });
  const organizations = panel.getByRole('group', { name: 'Invitar a organizaciones' });
  await organizations.getByLabel('Lancaster Elementary').uncheck();
  await panel.getByRole('group', { name: /Lancaster Elementary/ }).getByLabel('MTSS for foster and homeless youth').check();
  await panel.getByRole('button', { name: 'Guardar las invitaciones' }).click();
  await panel.getByRole('status').getByText('Invitaciones guardadas.').waitFor();
  await panel.getByText('MTSS for foster and homeless youth (Lancaster Elementary)').waitFor();
  await context.close();
  const now = (await invited()).invitations.map((i) => `${i.organization.name}/${i.team?.name ?? ''}`).sort();
  assert.deepEqual(now, ['Lancaster Elementary/MTSS for foster and homeless youth', 'Monterey Peninsula Unified/']);
});

test('a network meeting across districts, logged as coaching hours', async () => {
  const title = 'Community of practice: attendance reports';
  const meetingId = await planMeeting('en', title);
  // Scheduled with its agenda (the meeting planner's work, tested in meetings.test.mjs), starting in the past.
  await asPerson(
    'facilitator@pivotlearning.example',
    async (m) => {
      const meeting = await (await fetch(`/api/v1/meetings/${m}`)).json();
      const { csrf_token } = await (await fetch('/api/v1/session')).json();
      const saved = await fetch(`/api/v1/meetings/${m}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
        body: JSON.stringify({
          version: meeting.version, status: 'scheduled', goal: 'Compare weekly attendance reports', mode: 'virtual',
          agenda: [{ title: 'What our reports show', minutes: 60, kind: 'discussion' }],
        }),
      });
      if (!saved.ok) throw new Error(`schedule: ${saved.status} ${await saved.text()}`);
    },
    meetingId,
  );

  // Lancaster's lead, invited with their district, adds an action item owned by Monterey's Marcus Bell.
  {
    const { context, page } = await newPage(browser, server.url);
    await signIn(page, 'lead@lancaster.example');
    await page.goto(`/meetings/${meetingId}`);
    await settled(page);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const invited = page.locator('section[aria-labelledby="network-meeting"]');
    await invited.getByText('Monterey Peninsula Unified').waitFor();
    await invited.getByText('Lancaster Elementary').waitFor();
    const add = page.locator('section[aria-labelledby="add-action"]');
    await add.getByLabel('What').fill('Share the weekly attendance report template');
    await add.getByLabel('Owner').selectOption({ label: 'Marcus Bell' });
    await add.getByLabel('Due').fill('2026-12-15');
    await add.getByRole('button', { name: 'Add the action item' }).click();
    const row = page.locator('.action-items tr', { hasText: 'Share the weekly attendance report template' });
    await row.getByText('Marcus Bell').waitFor();
    await assertPageAccessible(page, 'a network meeting seen by an invited lead', { language: 'en' });
    await context.close();
  }

  // The facilitator closes it and logs it as coaching hours on the network's agreement.
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'facilitator@pivotlearning.example');
  await page.goto(`/meetings/${meetingId}`);
  await settled(page);
  await page.getByRole('button', { name: 'Close the meeting…' }).click();
  await page.getByRole('button', { name: 'Yes, close and send the minutes' }).click();
  await page.waitForURL(/\/minutes$/);
  await settled(page);
  await page.goto(`/meetings/${meetingId}`);
  await settled(page);
  const panel = page.locator('section[aria-labelledby="network-meeting"]');
  await panel.getByLabel('Agreement').selectOption({ label: agreementTitle });
  await panel.getByRole('button', { name: 'Log as coaching hours' }).click();
  await panel.getByText('This meeting is logged as coaching hours.').waitFor();
  await assertPageAccessible(page, 'a logged network meeting', { language: 'en' });
  const log = await page.evaluate(async (t) => {
    const { networks } = await (await fetch('/api/v1/networks')).json();
    const network = networks.find((n) => n.name.startsWith('MTSS community'));
    const { agreements } = await (await fetch(`/api/v1/networks/${network.id}/agreements`)).json();
    const agreement = agreements.find((a) => a.title === t);
    return (await (await fetch(`/api/v1/agreements/${agreement.id}/coaching-log`)).json()).entries;
  }, agreementTitle);
  assert.deepEqual(log.map((e) => [e.kind, e.hours, e.focus]), [['network_meeting', 1.5, title]]);
  await context.close();
});
