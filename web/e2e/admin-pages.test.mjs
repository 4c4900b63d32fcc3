// What only the API could do before (issue 15): start a network and invite a member (who must accept), edit the
// network, take the member out again (asking first); edit an organization's profile by hand and its people's roles;
// correct a decision after the meeting closed (the correction goes into the amendments); delete a saved column
// mapping (asking first). In English and Spanish, one run at 320 px, axe on every page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

const MONTEREY = 'Monterey Peninsula Unified';
const LANCASTER = 'Lancaster Elementary';
let server;
let browser;
let ids;

/** Calls the API from inside a signed-in page (cookie and CSRF token as the app sends them). */
function callApi(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { csrf_token } = await (await fetch('/api/v1/session')).json();
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  const me = (await callApi(page, 'GET', '/me')).body;
  const team = me.teams.find((t) => t.name === 'World Languages Standards').id;
  const { meetings } = (await callApi(page, 'GET', `/teams/${team}/meetings`)).body;
  ids = { org: me.organizations.find((o) => o.name === MONTEREY).id, closed: meetings.find((m) => m.status === 'closed').id };
  await context.close();
});

after(() => stopServerAndBrowser({ server, browser }));

const section = (page, heading) => page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });

test('an admin starts a network, invites a district (pending its consent), edits the network and removes the district', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  await page.goto(`/organizations/${ids.org}/networks`);
  await settled(page);
  const create = section(page, 'Start a network');
  await create.getByRole('button', { name: 'Start the network' }).click();
  await create.locator('.field-error', { hasText: 'Name: fill this in.' }).waitFor();
  await create.getByLabel('Name', { exact: true }).fill('Coastal literacy circle');
  await create.getByLabel(/^Focus/).fill('Early literacy in dual immersion');
  await create.getByLabel(/^Starts/).fill('2026-09-01');
  await create.getByLabel(/^Ends/).fill('2026-08-01');
  await create.getByRole('button', { name: 'Start the network' }).click();
  await create.locator('.field-error', { hasText: 'Ends: choose a date on or after the start.' }).waitFor();
  await create.getByLabel(/^Ends/).fill('2027-06-30');
  await create.getByRole('button', { name: 'Start the network' }).click();
  await page.waitForURL(/\/networks\/\d+$/);
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Coastal literacy circle');
  await page.getByRole('status').getByText('The network Coastal literacy circle was started.', { exact: false }).waitFor();

  // The consent flow: Lancaster is invited and waits for one of its admins.
  const add = section(page, 'Add a member organization');
  await add.getByLabel('Organization').selectOption({ label: LANCASTER });
  await add.getByRole('button', { name: 'Add the organization' }).click();
  await add.getByText(`${LANCASTER} is invited as Peer.`, { exact: false }).waitFor();
  const peers = section(page, 'Peer organizations');
  assert.match(await peers.getByRole('listitem').filter({ hasText: LANCASTER }).textContent(), /Invitation pending/);

  await page.getByRole('button', { name: 'Edit the network' }).click();
  const editor = section(page, 'Edit the network');
  await editor.getByLabel('Name', { exact: true }).fill('Coastal literacy network');
  await assertPageAccessible(page, 'the network editor', { language: 'en' });
  await editor.getByRole('button', { name: 'Save the network' }).click();
  await page.getByRole('status').getByText('Saved the network Coastal literacy network.').waitFor();
  await page.locator('h1', { hasText: 'Coastal literacy network' }).waitFor();  // the page's data reloads after the save
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Edit the network');

  // Removing asks first, in place; Cancel keeps it.
  await peers.getByRole('button', { name: `Remove from the network ${LANCASTER}` }).click();
  const question = peers.getByRole('group', { name: `Remove ${LANCASTER} from the network? Its teams no longer take part.` });
  await question.waitFor();
  await assertPageAccessible(page, 'the question before removing a member', { language: 'en' });
  await question.getByRole('button', { name: 'Cancel' }).click();
  await peers.getByRole('button', { name: `Remove from the network ${LANCASTER}` }).click();
  await peers.getByRole('button', { name: `Yes, remove ${LANCASTER}` }).click();
  await page.getByRole('status').getByText(`${LANCASTER} was removed from the network.`).waitFor();
  await peers.getByText('No peer organizations yet.').waitFor();
  await context.close();
});

test('en español a 320 px: el perfil de la organización y los roles de su gente', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'es', viewport: { width: 320, height: 800 } });
  await signIn(page, 'lead@mpusd.example');
  await page.goto(`/organizations/${ids.org}`);
  await settled(page);
  await page.getByRole('button', { name: 'Editar el perfil' }).click();
  const editor = section(page, 'Editar el perfil de la organización');
  await editor.getByLabel(/^Inscripción/).fill('10234');
  await editor.getByLabel(/^Fuente de las cifras/).fill('Conteo de la oficina, octubre');
  await assertPageAccessible(page, 'el editor del perfil a 320 px', { language: 'es' });
  await editor.getByRole('button', { name: 'Guardar el perfil' }).click();
  await page.getByRole('status').getByText(`Se guardó el perfil de ${MONTEREY}.`).waitFor();
  const students = section(page, 'Estudiantes');
  await students.getByText(/^10\D?234$/).waitFor();
  await students.getByText('Conteo de la oficina, octubre', { exact: false }).waitFor();

  const people = section(page, 'Personas');
  await people.getByLabel('Rol de Patricia Nguyen').selectOption({ label: 'Miembro' });
  await people.getByRole('button', { name: 'Guardar Rol de Patricia Nguyen' }).click();
  await page.getByRole('status').getByText('Patricia Nguyen ahora es Miembro.').waitFor();
  // The only admin cannot step down before someone else is one.
  await people.getByLabel('Rol de Elena Martínez').selectOption({ label: 'Miembro' });
  await people.getByRole('button', { name: 'Guardar Rol de Elena Martínez' }).click();
  await people.getByText('La organización necesita un administrador', { exact: false }).waitFor();
  await assertPageAccessible(page, 'la gente de la organización a 320 px', { language: 'es' });
  const roles = (await callApi(page, 'GET', `/organizations/${ids.org}/members`)).body.members;
  assert.equal(roles.find((m) => m.name === 'Patricia Nguyen').role, 'member');
  assert.equal(roles.find((m) => m.name === 'Elena Martínez').role, 'admin');
  await context.close();
});

test('a decision of closed minutes is corrected, and the amendments show the correction', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  await page.goto(`/meetings/${ids.closed}/minutes`);
  await settled(page);
  const recorded = 'Meet every second Tuesday, alternating in person and virtual.';
  await page.getByRole('button', { name: `Edit ${recorded}` }).click();
  const editor = page.getByRole('form', { name: 'Correct the decision' });
  await editor.getByLabel('The decision as it should read').fill('Meet every second Tuesday at 3:30, alternating in person and virtual.');
  await assertPageAccessible(page, 'correcting a decision', { language: 'en' });
  await editor.getByRole('button', { name: 'Save the correction' }).click();
  await page.getByRole('status').getByText('The correction is in the amendments.').waitFor();
  const amendments = section(page, 'Amendments');
  await amendments
    .getByText(`Decision corrected: “${recorded}” now reads “Meet every second Tuesday at 3:30, alternating in person and virtual.”`)
    .waitFor();
  assert.match(await amendments.textContent(), /Elena Martínez/);
  await context.close();
});

test('en español, una correspondencia de columnas guardada se elimina después de preguntar', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'es' });
  await signIn(page, 'lead@mpusd.example');
  const suggested = await callApi(page, 'POST', `/organizations/${ids.org}/data/mappings/suggest`, {
    header: ['LEA Code', 'School Code', 'Grade', 'Gender', 'Race/Ethnicity'],
  });
  assert.equal(suggested.status, 200, JSON.stringify(suggested.body));
  const created = await callApi(page, 'POST', `/organizations/${ids.org}/data/mappings`, { name: 'Exportación antigua', mapping: suggested.body.mapping });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  await page.goto(`/organizations/${ids.org}/data/import`);
  await settled(page);
  await page.locator('input[name="kind"][value="students"]').check();
  await page.getByLabel('Correspondencia guardada').selectOption({ label: 'Exportación antigua' });
  await page.getByRole('button', { name: 'Eliminar esta correspondencia Exportación antigua' }).click();
  await page.getByRole('group', { name: /¿Eliminar la correspondencia guardada Exportación antigua\?/ }).waitFor();
  await assertPageAccessible(page, 'la pregunta antes de eliminar una correspondencia', { language: 'es' });
  await page.getByRole('button', { name: 'Sí, eliminar Exportación antigua' }).click();
  await page.getByText('Se eliminó la correspondencia Exportación antigua.').waitFor();
  assert.equal(await page.getByLabel('Correspondencia guardada').locator('option', { hasText: 'Exportación antigua' }).count(), 0);
  const { mappings } = (await callApi(page, 'GET', `/organizations/${ids.org}/data/mappings`)).body;
  assert.equal(mappings.some((m) => m.name === 'Exportación antigua'), false);
  await context.close();
});
