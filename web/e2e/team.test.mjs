// The team workflow of guide section A: create a team, add members with their perspectives and watch "who is
// missing" shrink, plan outreach for a gap, edit a member over a stale version, remove one, invite by e-mail and
// accept the invitation; plus creating an organization and adding it to a network.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, openFromHome, settled, signIn, startServerAndBrowser, stopServerAndBrowser, waitForInvitationLink, openAccountMenu } from './harness.mjs';

let server;
let browser;
let lead; // { context, page } signed in as the World Languages team lead

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  lead = await newPage(browser, server.url);
  await signIn(lead.page, 'lead@mpusd.example');
});

after(() => stopServerAndBrowser({ server, browser }));

/** The texts of the "Who is missing" list, one per gap. */
async function gaps(page) {
  return page.locator('ul.gaps > li .gap-name').allTextContents();
}

/** Opens the team from the home page, then one of its tabs (issue 17); answers the team's path (/teams/<id>). */
async function openWorldLanguages(page, tab = 'Members and representation') {
  await openFromHome(page, 'World Languages Standards');
  assert.equal(await page.locator('h1').textContent(), 'World Languages Standards');
  const teamPath = new URL(page.url()).pathname.match(/\/teams\/\d+/)[0];
  await openTab(page, tab);
  return teamPath;
}

async function openTab(page, tab) {
  await page.getByRole('navigation', { name: 'Team sections' }).getByRole('link', { name: tab, exact: true }).click();
  await settled(page);
}

test('create a team from an organization page', async () => {
  const { page } = lead;
  await openFromHome(page, 'Monterey Peninsula Unified');
  assert.equal(await page.locator('h1').textContent(), 'Monterey Peninsula Unified');
  // The profile: counts and shares computed from them (9,499 enrolled; 6,259 low-income = 65.9%).
  const lowIncome = page.getByRole('row', { name: /Low-income/ });
  assert.match(await lowIncome.textContent(), /6,259.*65\.9%/);
  assert.match(await page.locator('.facts').textContent(), /27660920000000/);

  // Empty name: refused next to the field, focus moved there.
  const createTeam = page.locator('section', { has: page.getByRole('heading', { name: 'Create a team' }) });
  await createTeam.getByRole('button', { name: 'Create the team' }).click();
  const nameInput = createTeam.getByLabel('Team name');
  assert.equal(await nameInput.getAttribute('aria-invalid'), 'true');
  assert.ok(await nameInput.evaluate((el) => el === document.activeElement), 'focus moves to the field in error');

  await nameInput.fill('Dual Immersion Pilot');
  await createTeam.getByLabel(/Focus/).fill('Open a Spanish dual immersion strand in two elementary schools.');
  await createTeam.getByRole('button', { name: 'Create the team' }).click();
  await page.waitForURL(/\/teams\/\d+$/);
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Dual Immersion Pilot');

  await page.getByRole('link', { name: 'Monterey Peninsula Unified' }).click();
  await settled(page);
  await page.getByRole('link', { name: 'Dual Immersion Pilot' }).waitFor();
});

test('add members with perspectives and see the missing list shrink', async () => {
  const { page } = lead;
  await openWorldLanguages(page);
  const before = await gaps(page);
  // Elementary is covered in the demo already: an elementary teacher joined, closing its outreach item.
  for (const gap of ['Perspective: Families', 'Perspective: Students', 'Perspective: Special education']) {
    assert.ok(before.includes(gap), `"${gap}" is missing at first (${before.join('; ')})`);
  }
  // Words, not colour alone.
  assert.equal(await page.locator('ul.gaps > li').first().locator('.badge-missing').textContent(), '✗ Missing');

  await openTab(page, 'Settings');
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Add a member' }) });
  await form.getByLabel('Name', { exact: true }).fill('Lucía Ramírez');
  await form.getByLabel('Email address').fill('lucia.ramirez@families.example');
  await form.getByRole('group', { name: 'Perspectives' }).getByLabel('Families').check();
  await form.getByRole('group', { name: 'Perspectives' }).getByLabel('Students').check();
  await form.getByRole('group', { name: 'Grade spans' }).getByLabel('Elementary').check();
  await form.getByLabel(/Content areas/).fill('Spanish, Family literacy');
  await form.getByLabel(/Skills/).fill('parent outreach');
  await form.getByRole('button', { name: 'Add the member' }).click();
  await page.getByRole('status').getByText('Lucía Ramírez was added to the team.').waitFor();
  await openTab(page, 'Members and representation');

  const afterAdd = await gaps(page);
  assert.deepEqual(afterAdd, ['Perspective: Special education'], 'only special education is still missing');
  const row = page.getByRole('row', { name: /Lucía Ramírez/ });
  assert.match(await row.textContent(), /Families, Students/);
  assert.match(await row.textContent(), /Spanish, Family literacy/);
  assert.match(await page.locator('ul.covered').textContent(), /Perspective: Families — Lucía Ramírez/);
});

test('plan outreach for a gap', async () => {
  const { page } = lead;
  await openWorldLanguages(page);
  // The demo's two items for the elementary grades (one done, one closed) are there already.
  const demoItems = await page.locator('.outreach-items > li').count();
  const request = page.waitForRequest((r) => r.url().endsWith('/outreach-items') && r.method() === 'POST');
  await page.getByRole('button', { name: 'Plan outreach for Special education' }).click();
  const body = (await request).postDataJSON();
  assert.equal(body.gap_kind, 'perspective');
  assert.equal(body.gap_key, 'special_education');
  await page.getByRole('status').getByText('Outreach planned for Special education.').waitFor();
  const items = page.locator('.outreach-items > li');
  assert.equal(await items.count(), demoItems + 1);
  assert.match(await items.last().textContent(), /Missing perspective: Special education/);
  assert.match(await items.last().textContent(), /Open/);
  // The gap now says so instead of offering the button again.
  const gap = page.locator('ul.gaps > li', { hasText: 'Special education' });
  await gap.getByText('Outreach planned').waitFor();
  assert.equal(await gap.getByRole('button').count(), 0);
  // It is stored: still there after a reload.
  await page.reload();
  await settled(page);
  assert.equal(await page.locator('.outreach-items > li').count(), demoItems + 1);
});

test('edit a member: a stale version shows the saved values and lets the user re-apply', async () => {
  const { page } = lead;
  await openWorldLanguages(page);
  await page.getByRole('button', { name: 'Edit Tom Becker' }).click();
  const editor = page.locator('section', { has: page.getByRole('heading', { name: 'Edit Tom Becker' }) });
  await editor.getByRole('group', { name: 'Grade spans' }).getByLabel('Middle school').check();

  // Someone else saves first, through the API with this session.
  const theirs = await page.evaluate(async () => {
    const session = await (await fetch('/api/v1/session')).json();
    const team = await (await fetch(`/api/v1${location.pathname.match(/\/teams\/\d+/)[0]}`)).json();
    const tom = team.members.find((m) => m.name === 'Tom Becker');
    const response = await fetch(`/api/v1/teams/${team.id}/members/${tom.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token },
      body: JSON.stringify({ skills: ['scheduling', 'master schedule'], version: tom.version }),
    });
    return { status: response.status, member: await response.json() };
  });
  assert.equal(theirs.status, 200, JSON.stringify(theirs.member));

  await editor.getByRole('button', { name: 'Save the changes' }).click();
  const conflict = editor.locator('.conflict');
  await conflict.waitFor();
  assert.match(await conflict.textContent(), /Someone else changed this member/);
  assert.match(await conflict.textContent(), /master schedule/);
  await editor.getByRole('button', { name: 'Apply my changes again' }).click();
  await page.getByRole('status').getByText('Changes to Tom Becker were saved.').waitFor();
  const row = await page.getByRole('row', { name: /Tom Becker/ }).textContent();
  assert.match(row, /Middle school, High school|High school, Middle school/, 'my change is saved');
  assert.match(row, /master schedule/, 'their change is kept');
});

test('remove a member: the perspective they brought becomes missing', async () => {
  const { page } = lead;
  await openWorldLanguages(page);
  assert.ok(!(await gaps(page)).includes('Perspective: Community partners'));
  await page.getByRole('button', { name: 'Remove Priya Shah' }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await page.getByRole('status').getByText('Priya Shah was removed from the team.').waitFor();
  assert.equal(await page.getByRole('row', { name: /Priya Shah/ }).count(), 0);
  assert.ok((await gaps(page)).includes('Perspective: Community partners'));
});

test('invite by e-mail; the invitee creates an account from the link and lands on the team', async () => {
  const { page } = lead;
  const teamPath = await openWorldLanguages(page, 'Settings');
  const invite = page.locator('section', { has: page.getByRole('heading', { name: 'Invite someone to the team by email' }) });
  const email = 'new.student.rep@mpusd.example';
  await invite.getByLabel('Email address').fill(email);
  await invite.getByLabel('Role').selectOption('participant');
  await invite.getByRole('button', { name: 'Send the invitation' }).click();
  await invite.getByRole('status').getByText(`Invitation sent to ${email}. The link in it is for that person alone.`).waitFor();
  // Mail is configured, so the link goes to that address alone: the page does not show it to the lead.
  assert.equal(await invite.locator('.invite-link').count(), 0);

  const link = await waitForInvitationLink(server.mailDir, email);
  const invitee = await newPage(browser, server.url);
  const target = new URL(link);
  await invitee.page.goto(target.pathname);
  await settled(invitee.page);
  assert.match(await invitee.page.locator('.lead').textContent(), /World Languages Standards.*Monterey Peninsula Unified.*Family, student or community participant/);
  await invitee.page.getByRole('button', { name: 'Create the account and accept' }).click();
  assert.equal(await invitee.page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid'), 'true');
  await invitee.page.getByLabel('Name', { exact: true }).fill('Diego Torres');
  // A participant is offered sign-in by e-mailed link first: no password to choose or remember.
  assert.equal(await invitee.page.getByLabel('Sign in with a link sent by e-mail, no password').isChecked(), true);
  assert.equal(await invitee.page.getByLabel('New password', { exact: true }).count(), 0);
  await invitee.page.getByRole('button', { name: 'Create the account and accept' }).click();
  await invitee.page.waitForURL(`**${teamPath}`);
  await settled(invitee.page);
  assert.equal(await invitee.page.locator('h1').textContent(), 'World Languages Standards');
  await invitee.page.getByRole('button', { name: 'Account of Diego Torres' }).waitFor();
  // A participant reads the team but gets no forms to change it.
  assert.equal(await invitee.page.getByRole('heading', { name: 'Add a member' }).count(), 0);
  await invitee.context.close();
});

test('a family participant sees names only, and marks their own action item done on the meeting page', async () => {
  // The demo's family representative owns an open item of the team's first meeting (closed: follow-through).
  const carmen = await newPage(browser, server.url);
  const { page } = carmen;
  await signIn(page, 'carmen.delgado@familias.example');
  await openWorldLanguages(page);
  assert.match(await page.locator('.lead').textContent(), /Family, student or community participant/);
  assert.doesNotMatch(await page.locator('main').textContent(), /lead@mpusd\.example/);
  await openTab(page, 'Meetings');
  await page.getByRole('link', { name: 'Forming the team', exact: true }).click();
  await settled(page);
  const row = page.getByRole('row', { name: /Ask the dual-immersion parents' group which evenings/ });
  // Someone else's item shows its status and no control; hers has the owner's buttons.
  const others = page.getByRole('row', { name: /Gather enrollment by language program/ });
  assert.equal(await others.getByRole('button').count(), 0);
  await assertPageAccessible(page, 'the meeting page as a participant');
  await row.getByRole('button', { name: /Mark .* done/ }).click();
  await page.getByRole('status').getByText(/is now Done/).waitFor();
  assert.match(await row.textContent(), /Done/);
  assert.equal(await row.getByRole('button', { name: /Mark .* done/ }).count(), 0);
  await carmen.context.close();
});

test('a team member who may not manage sees none of the manage controls', async () => {
  const { page } = lead;
  const teamPath = await openWorldLanguages(page, 'Settings');
  const invite = page.locator('section', { has: page.getByRole('heading', { name: 'Invite someone to the team by email' }) });
  const email = 'new.teacher.member@mpusd.example';
  await invite.getByLabel('Email address').fill(email);
  await invite.getByLabel('Role').selectOption('member');
  await invite.getByRole('button', { name: 'Send the invitation' }).click();
  const link = await waitForInvitationLink(server.mailDir, email);

  const member = await newPage(browser, server.url);
  await member.page.goto(new URL(link).pathname);
  await settled(member.page);
  await member.page.getByLabel('Name', { exact: true }).fill('Rosa Medina');
  await member.page.getByLabel('New password', { exact: true }).fill('teacher-member-2026');
  await member.page.getByLabel('Type the new password again').fill('teacher-member-2026');
  await member.page.getByRole('button', { name: 'Create the account and accept' }).click();
  await member.page.waitForURL(`**${teamPath}`);
  await settled(member.page);
  assert.match(await member.page.locator('.lead').textContent(), /your role: Member/);
  // The server says this seat contributes but does not manage; the page shows what `may` says and nothing more.
  const may = await member.page.evaluate(async (path) => (await (await fetch(`/api/v1${path}`)).json()).may, teamPath);
  assert.deepEqual(may, { contribute: true, manage: false });
  const { page: p } = member;
  // No settings tab, and its address says the settings are not theirs (issue 17).
  assert.equal(await p.getByRole('navigation', { name: 'Team sections' }).getByRole('link', { name: 'Settings' }).count(), 0);
  await p.goto(`${teamPath}/settings`);
  await settled(p);
  await p.getByText('Only those who manage this team see its settings.').waitFor();
  assert.equal(await p.getByRole('heading', { name: 'Add a member' }).count(), 0, 'no form to add members');
  assert.equal(await p.getByRole('heading', { name: 'Invite someone to the team by email' }).count(), 0, 'no invitation form');
  await p.goto(`${teamPath}/members`);
  await settled(p);
  assert.equal(await p.getByRole('button', { name: /Plan outreach/ }).count(), 0, 'no outreach planning');
  assert.equal(await p.getByRole('button', { name: /^Edit (?!owner and due date)/ }).count(), 0, 'no member editing');
  // A contributor does follow outreach through: the open item's owner, due date and Mark done are theirs too.
  await p.getByRole('button', { name: /^Mark done/ }).first().waitFor();
  assert.equal(await p.getByRole('button', { name: /^Remove/ }).count(), 0, 'no member removal');
  assert.equal(await p.getByRole('columnheader', { name: 'Actions' }).count(), 0, 'no actions column');
  await member.context.close();
});

test('an existing account accepts an invitation while signed in', async () => {
  const { page } = lead;
  const teamPath = await openWorldLanguages(page, 'Settings');
  const invite = page.locator('section', { has: page.getByRole('heading', { name: 'Invite someone to the team by email' }) });
  await invite.getByLabel('Email address').fill('superintendent@mpusd.example');
  await invite.getByLabel('Role').selectOption('viewer');
  await invite.getByRole('button', { name: 'Send the invitation' }).click();
  const link = await waitForInvitationLink(server.mailDir, 'superintendent@mpusd.example');

  // Another signed-in account (the lead's) is told whose invitation it is, and cannot accept it.
  await page.goto(new URL(link).pathname);
  await settled(page);
  await page.getByText(/This invitation is for superintendent@mpusd\.example, and you are signed in as lead@mpusd\.example/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Accept the invitation' }).count(), 0);

  const viewer = await newPage(browser, server.url);
  await signIn(viewer.page, 'superintendent@mpusd.example');
  await viewer.page.goto(new URL(link).pathname);
  await settled(viewer.page);
  await viewer.page.getByText('You are signed in as Patricia Nguyen (superintendent@mpusd.example).').waitFor();
  await viewer.page.getByRole('button', { name: 'Accept the invitation' }).click();
  await viewer.page.waitForURL(`**${teamPath}`);
  await settled(viewer.page);
  assert.match(await viewer.page.locator('.lead').textContent(), /your role: Viewer/);
  await openTab(viewer.page, 'Members and representation');
  assert.equal(await viewer.page.getByRole('button', { name: /Plan outreach/ }).count(), 0, 'a viewer cannot plan outreach');
  // The link is spent.
  await viewer.page.goto(new URL(link).pathname);
  await settled(viewer.page);
  assert.equal(await viewer.page.locator('h1').textContent(), 'Invitation');
  assert.ok((await viewer.page.locator('.alert-error').textContent()).length > 10, 'the server says why the link does not work');
  await viewer.context.close();
});

test('create an organization and add it to a network as a peer', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'facilitator@pivotlearning.example');
  await (await openAccountMenu(page)).getByRole('link', { name: 'Create an organization' }).click();
  await page.getByRole('heading', { level: 1, name: 'Create an organization' }).waitFor();
  const form = page.locator('main form');
  await form.getByLabel('Name', { exact: true }).fill('Salinas Union High');
  await form.getByLabel('Kind').selectOption('district');
  await form.getByLabel(/CDS code/).fill('1234');
  await form.getByRole('button', { name: 'Create the organization' }).click();
  const cds = form.getByLabel(/CDS code/);
  assert.equal(await cds.getAttribute('aria-invalid'), 'true');
  await cds.fill('27661590000000');
  await form.getByRole('group', { name: 'Grade spans served' }).getByLabel('High school').check();
  await form.getByLabel(/Enrollment/).fill('14000');
  await form.getByLabel(/English learners/).fill('3500');
  await form.getByRole('button', { name: 'Create the organization' }).click();
  await page.waitForURL(/\/organizations\/\d+$/);
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Salinas Union High');
  assert.match(await page.getByRole('row', { name: /English learners/ }).textContent(), /3,500.*25%/);

  await openFromHome(page, 'MTSS community of practice for foster and homeless youth');
  assert.match(await page.locator('.facts').textContent(), /Pivot Learning/);
  assert.match(await page.locator('section', { hasText: 'Mentor organizations' }).textContent(), /Sanger Unified/);
  const peers = page.locator('section', { has: page.getByRole('heading', { name: 'Peer organizations' }) });
  assert.match(await peers.textContent(), /Monterey Peninsula Unified/);
  assert.match(await peers.textContent(), /Lancaster Elementary/);
  const add = page.locator('section', { has: page.getByRole('heading', { name: 'Add a member organization' }) });
  await add.getByLabel('Organization').selectOption({ label: 'Salinas Union High' });
  await add.getByLabel('Role').selectOption('peer');
  await add.getByRole('button', { name: 'Add the organization' }).click();
  await add.getByRole('status').getByText('Salinas Union High joined the network as Peer.').waitFor();
  assert.match(await peers.textContent(), /Salinas Union High/);
  await context.close();
});
