// Forms check in the browser what the server checks, with the same words (issue 17, item 2): a 5,000-character
// name and an address that is not one are refused at their fields in the reader's language, every field at once,
// without a request reaching the server; a problem only the server can find (an address already on the team)
// shows in the same place, at the field; axe stays clean with the problems shown.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

let server;
let browser;
let teamId;
let orgId;

const WORDS = {
  en: {
    addMember: 'Add a member',
    addMemberSubmit: 'Add the member',
    invite: 'Invite someone to the team by email',
    inviteSubmit: 'Send the invitation',
    createTeam: 'Create a team',
    createTeamSubmit: 'Create the team',
    name: 'Name',
    teamName: 'Team name',
    email: 'Email address',
    password: 'Password',
    signIn: 'Sign in',
    linkOpen: 'E-mail me a sign-in link',
    linkSubmit: 'Send me the link',
    checkFields: 'Some fields need your attention.',
    required: (label) => `${label}: fill this in.`,
    tooLong: (label, max) => `${label}: use at most ${max} characters.`,
    notAnEmail: (label) => `${label}: enter an address such as name@district.org.`,
    taken: (label, email) => `${label}: ${email} already has a place here with an account.`,
  },
  es: {
    addMember: 'Agregar un miembro',
    addMemberSubmit: 'Agregar el miembro',
    invite: 'Invitar a alguien al equipo por correo electrónico',
    inviteSubmit: 'Enviar la invitación',
    createTeam: 'Crear un equipo',
    createTeamSubmit: 'Crear el equipo',
    name: 'Nombre',
    teamName: 'Nombre del equipo',
    email: 'Correo electrónico',
    password: 'Contraseña',
    signIn: 'Iniciar sesión',
    linkOpen: 'Enviarme un enlace para entrar',
    linkSubmit: 'Enviarme el enlace',
    checkFields: 'Algunos campos necesitan su atención.',
    required: (label) => `${label}: complete este campo.`,
    tooLong: (label, max) => `${label}: use como máximo ${max} caracteres.`,
    notAnEmail: (label) => `${label}: escriba una dirección como nombre@distrito.org.`,
    taken: (label, email) => `${label}: ${email} ya tiene un lugar aquí con una cuenta.`,
  },
};

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  ({ teamId, orgId } = await page.evaluate(async () => {
    const me = await (await fetch('/api/v1/me')).json();
    return {
      teamId: me.teams.find((t) => t.name === 'World Languages Standards').id,
      orgId: me.organizations.find((o) => o.name === 'Monterey Peninsula Unified').id,
    };
  }));
  await context.close();
});

after(() => stopServerAndBrowser({ server, browser }));

/** Counts the requests that would change something (anything but GET) from now on. */
function countWrites(page) {
  const writes = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  return writes;
}

/** The field's error sentence, through the control's aria-describedby (so the tie is checked too). */
async function errorOf(scope, label) {
  const control = scope.getByLabel(label, { exact: true });
  assert.equal(await control.getAttribute('aria-invalid'), 'true', `${label} is marked invalid`);
  const ids = (await control.getAttribute('aria-describedby')).split(' ');
  const texts = await Promise.all(ids.map((id) => scope.page().locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

const section = (page, heading) => page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });

for (const language of ['en', 'es']) {
  const w = WORDS[language];

  test(`${language}: a team's member and invitation forms refuse in the browser what the server would, in words`, async () => {
    const { context, page } = await newPage(browser, server.url, { language });
    await signIn(page, 'lead@mpusd.example');
    await page.goto(`/teams/${teamId}/settings`);
    await settled(page);
    const writes = countWrites(page);

    // Every problem at once: a 5,000-character name and an address that is not one; nothing is sent.
    const add = section(page, w.addMember);
    await add.getByLabel(w.name, { exact: true }).fill('x'.repeat(5000));
    await add.getByLabel(w.email, { exact: true }).fill('someone');
    await add.getByRole('button', { name: w.addMemberSubmit }).click();
    await add.locator('.form-alert', { hasText: w.checkFields }).waitFor();
    assert.match(await errorOf(add, w.name), new RegExp(escape(w.tooLong(w.name, 200))));
    assert.match(await errorOf(add, w.email), new RegExp(escape(w.notAnEmail(w.email))));
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'name', 'focus on the first field in error');
    assert.deepEqual(writes, [], 'no request reached the server');

    // The same for an invitation; then what only the server knows: the address is on the team already.
    const invite = section(page, w.invite);
    await invite.getByLabel(w.email, { exact: true }).fill('wl.teacher@mpusd');
    await invite.getByRole('button', { name: w.inviteSubmit }).click();
    await invite.locator('.field-error', { hasText: w.notAnEmail(w.email) }).waitFor();
    assert.deepEqual(writes, [], 'no request reached the server');
    await invite.getByLabel(w.email, { exact: true }).fill('wl.teacher@mpusd.example');
    await invite.getByRole('button', { name: w.inviteSubmit }).click();
    await invite.locator('.field-error', { hasText: w.taken(w.email, 'wl.teacher@mpusd.example') }).waitFor();
    assert.match(await errorOf(invite, w.email), new RegExp(escape(w.taken(w.email, 'wl.teacher@mpusd.example'))));
    assert.match(await invite.locator('.form-alert').innerText(), new RegExp(escape(w.checkFields)));
    assert.equal(writes.length, 1, `the server was asked once (${writes.join(', ')})`);

    await assertPageAccessible(page, `team settings with problems shown (${language})`, { language });
    await context.close();
  });

  test(`${language}: a new team's 5,000-character name is refused at the field before sending`, async () => {
    const { context, page } = await newPage(browser, server.url, { language });
    await signIn(page, 'lead@mpusd.example');
    await page.goto(`/organizations/${orgId}`);
    await settled(page);
    const writes = countWrites(page);
    const create = section(page, w.createTeam);
    await create.getByLabel(w.teamName, { exact: true }).fill('n'.repeat(5000));
    await create.getByRole('button', { name: w.createTeamSubmit }).click();
    await create.locator('.field-error', { hasText: w.tooLong(w.teamName, 200) }).waitFor();
    assert.match(await errorOf(create, w.teamName), new RegExp(escape(w.tooLong(w.teamName, 200))));
    assert.deepEqual(writes, []);
    await assertPageAccessible(page, `organization page with a problem shown (${language})`, { language });
    await context.close();
  });

  test(`${language}: sign-in and the sign-in link check their fields in the reader's language`, async () => {
    const { context, page } = await newPage(browser, server.url, { language });
    await page.goto('/sign-in');
    await settled(page);
    const writes = countWrites(page);
    const form = page.locator('form').first();
    await form.getByRole('button', { name: w.signIn }).click();
    assert.match(await errorOf(form, w.email), new RegExp(escape(w.required(w.email))));
    assert.match(await errorOf(form, w.password), new RegExp(escape(w.required(w.password))));

    await page.getByRole('button', { name: w.linkOpen }).click();
    const link = page.locator('#sign-in-link');
    await link.getByLabel(w.email, { exact: true }).fill(`${'a'.repeat(5000)}@mpusd.example`);
    await link.getByRole('button', { name: w.linkSubmit }).click();
    assert.match(await errorOf(link, w.email), new RegExp(escape(w.tooLong(w.email, 254))));
    await link.getByLabel(w.email, { exact: true }).fill('lead at mpusd');
    await link.getByRole('button', { name: w.linkSubmit }).click();
    await link.locator('.field-error', { hasText: w.notAnEmail(w.email) }).waitFor();
    assert.deepEqual(writes, [], 'no request reached the server');
    await assertPageAccessible(page, `sign-in with problems shown (${language})`, { language });
    await context.close();
  });
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
