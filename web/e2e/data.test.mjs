// Student data and teacher capacity (issue 5): a data lead imports an aggregate file and a student-level export
// (columns matched from the header in the browser), sees the upload progress finish and the summary, reads the
// flags in words and the accessible table; a bad file shows its problems by line and column and changes
// nothing; the shared view hides small counts, also for a network peer; manual entry shows a field error and
// keeps what was typed; a stale settings save keeps the input; the teacher page shows an at-risk language; and
// axe on every data page in English and Spanish at 1280 and 320 px. One server for the whole file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, waitForInvitationLink } from './harness.mjs';

const CDS = '27660920000000'; // Monterey Peninsula Unified in the demo data
const DATA_LEAD = 'data.lead@mpusd.example';
const DATA_LEAD_PASSWORD = 'data-lead-password-2026';

let server;
let browser;
let lead; // lead@mpusd.example, an administrator of the district
let dataLead; // a data lead of the district, invited in before()
let peer; // lead@lancaster.example: a peer district in the same network
let org;
let team;

const AGGREGATE = [
  ['ALL', 1000, 50],
  ['AA', 100, 15],
  ['HI', 600, 25],
  ['WH', 290, 9],
  ['AS', 10, 1],
  ['EL', 300, 20],
  ['FOS', 8, 3],
];
// The demo district already holds suspension, chronic absence and program data: these tests add expulsions.
const aggregateCsv = (rows = AGGREGATE, year = 2024) =>
  ['org_code,year,indicator,direction,group,denominator,numerator', ...rows.map(([g, d, n]) => `${CDS},${year},expulsion,lower_is_better,${g},${d},${n}`)].join(
    '\n',
  ) + '\n';

/** A student export in another layout: 80 students in grades K and 1 of one school, half Hispanic (5 enrolled), half White (30 enrolled). */
function studentCsv() {
  const lines = ['Student ID,Last Name,LEA Code,School Code,Grade Level,Race/Ethnicity,Gender,English Learner,Programs'];
  for (let i = 0; i < 80; i++) {
    const hispanic = i % 2 === 0;
    const enrolled = hispanic ? i < 10 : i < 61;
    lines.push(`S${1000 + i},"Doe, ${i}",2766092,1111111,${i % 4 < 2 ? 'K' : '1'},${hispanic ? 'HI' : 'WH'},${i % 3 ? 'F' : 'M'},${hispanic ? 'Y' : 'N'},${enrolled ? 'Spanish Dual Immersion' : ''}`);
  }
  return lines.join('\r\n') + '\r\n';
}

const STAFF = `name,employee_id,credentials,years_experience,languages,grade_spans,program_types,learning_needs
Ana Ruiz,E1,Single Subject: Spanish;BCLAD Spanish,12,Spanish,high,world_language;dual_immersion,Assessment;Proficiency targets
Ben Ito,E2,Multiple Subject,1,Spanish,elementary,dual_immersion,Proficiency targets;Assessment
`;

/** Calls the API from inside a signed-in page (cookie and CSRF token as the app sends them). */
function callApi(page, method, path, body, contentType = 'application/json') {
  return page.evaluate(
    async ({ method, path, body, contentType }) => {
      const { csrf_token } = await (await fetch('/api/v1/session')).json();
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': contentType, 'X-CSRF-Token': csrf_token },
        body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body,
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body, contentType },
  );
}

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  lead = await newPage(browser, server.url);
  await signIn(lead.page, 'lead@mpusd.example');
  const me = (await callApi(lead.page, 'GET', '/me')).body;
  org = me.organizations.find((o) => o.name === 'Monterey Peninsula Unified').id;
  team = me.teams.find((t) => t.name === 'World Languages Standards').id;
  const invitation = await callApi(lead.page, 'POST', `/organizations/${org}/invitations`, { email: DATA_LEAD, role: 'data_lead' });
  assert.equal(invitation.status, 201, JSON.stringify(invitation.body));
  const token = new URL(await waitForInvitationLink(server.mailDir, DATA_LEAD)).pathname.split('/').pop();
  const accepted = await fetch(`${server.url}/api/v1/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Dana Lee', password: DATA_LEAD_PASSWORD }),
  });
  assert.equal(accepted.status, 200, await accepted.text());
  dataLead = await newPage(browser, server.url);
  await signIn(dataLead.page, DATA_LEAD, DATA_LEAD_PASSWORD);
  peer = await newPage(browser, server.url);
  await signIn(peer.page, 'lead@lancaster.example');
});

after(() => stopServerAndBrowser({ server, browser }));

async function importFile(page, { kind, name, text, year }) {
  await page.goto(`/organizations/${org}/data/import`);
  await settled(page);
  await page.locator(`input[name="kind"][value="${kind}"]`).check();
  if (year) await page.getByLabel('School year (first calendar year)').fill(String(year));
  await page.getByLabel('File', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

async function cellOf(page, group, column) {
  const table = page.locator('table', { has: page.locator('caption', { hasText: 'every group' }) });
  const headers = await table.locator('thead th').allInnerTexts();
  const index = headers.findIndex((h) => h.trim() === column);
  assert.ok(index >= 0, `column ${column} among ${headers.join(' | ')}`);
  return (await table.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${group}$`) }) }).locator('th, td').nth(index).innerText()).trim();
}

test('a data lead imports an aggregate file: progress to the end, then the summary', async () => {
  const { page } = dataLead;
  await page.goto(`/organizations/${org}`);
  await settled(page);
  await page.getByRole('link', { name: 'Student data' }).click();
  await settled(page);
  await page.getByRole('heading', { name: 'Import history' }).waitFor();
  await importFile(page, { kind: 'aggregate', name: 'expulsion.csv', text: aggregateCsv() });
  await page.getByRole('button', { name: 'Import' }).click();
  const summary = page.locator('section', { has: page.getByRole('heading', { name: 'Imported: expulsion.csv' }) });
  await summary.waitFor();
  const progress = page.getByLabel('Import progress');
  assert.equal(await progress.getAttribute('value'), '100');
  assert.equal(await page.locator('.upload-progress .progress-text').innerText(), 'Done: the file was sent and checked.');
  assert.match(await summary.innerText(), /Rows read\s+7/);
  assert.match(await summary.innerText(), /Counts stored\s+7/);
  // The overview lists the indicator and the import.
  await page.goto(`/organizations/${org}/data`);
  await settled(page);
  await page.getByRole('link', { name: 'Expulsion' }).waitFor();
  await page.getByRole('cell', { name: 'expulsion.csv' }).waitFor();
});

test('a rejected file shows each problem by line and column, and nothing changes', async () => {
  const { page } = dataLead;
  const bad = aggregateCsv().replace(',AA,100,15', ',AA,100,150').replace(',HI,600,', ',XX,600,');
  await importFile(page, { kind: 'aggregate', name: 'bad.csv', text: bad });
  await page.getByRole('button', { name: 'Import' }).click();
  const problems = page.locator('section', { has: page.getByRole('heading', { name: 'Not imported: bad.csv' }) });
  await problems.waitFor();
  await problems.getByText('Nothing was imported. The data you had before is unchanged.').waitFor();
  const rows = await problems.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText.trim())));
  assert.ok(rows.some(([line, column, message]) => line === '3' && column === '7' && /numerator/.test(message)), JSON.stringify(rows));
  assert.ok(rows.some(([line, column]) => line === '4' && column === '5'), JSON.stringify(rows));
  const analysis = await callApi(page, 'GET', `/organizations/${org}/data/analysis?indicator=expulsion&year=2024`);
  assert.equal(analysis.body.indicators[0].groups.find((g) => g.group === 'AA').numerator, 15);
});

test('the analysis says the flags in words and its table holds the figures', async () => {
  const { page } = dataLead;
  await page.goto(`/organizations/${org}/data/analysis?indicator=expulsion&year=2024`);
  await settled(page);
  await page.getByRole('heading', { name: /Expulsion, 2024–25/ }).waitFor();
  assert.equal(await cellOf(page, 'African American', 'Flag'), 'Over-represented');
  assert.equal(await cellOf(page, 'African American', 'Students'), '100');
  assert.equal(await cellOf(page, 'African American', 'Affected'), '15');
  assert.equal(await cellOf(page, 'African American', 'Rate'), '15.0%');
  assert.equal(await cellOf(page, 'Asian', 'Flag'), 'Too few students to judge');
  assert.equal(await cellOf(page, 'White', 'Affected'), '9'); // inside the district, small counts are shown
  await page.locator('.flag-summary').getByText(/Over-represented:/).first().waitFor();
  // The charts are drawn for sighted readers; the table is what assistive technology reads.
  assert.equal(await page.locator('figure.chart svg[aria-hidden="true"]').count(), 2);
  const csv = page.getByRole('link', { name: /Download as CSV/ });
  assert.match(await csv.getAttribute('href'), /format=csv/);
});

test('the shared view hides small counts, and a network peer sees only that', async () => {
  const { page } = dataLead;
  await page.goto(`/organizations/${org}/data/analysis?indicator=expulsion&year=2024`);
  await settled(page);
  await page.getByLabel('As shared with the network').check();
  await page.getByText('This is the view as shared with the network.').waitFor();
  assert.equal(await cellOf(page, 'White', 'Affected'), 'Hidden');
  assert.equal(await cellOf(page, 'Asian', 'Flag'), 'Hidden to protect privacy');
  assert.equal(await cellOf(page, 'All students', 'Students'), '1,000');
  // Not shared yet: the peer is told there is nothing to see.
  const url = `/organizations/${org}/data/analysis?indicator=expulsion&year=2024`;
  await peer.page.goto(url);
  await settled(peer.page);
  await peer.page.getByText(/There is no view of this district's data to show you/).waitFor();
  await page.getByRole('switch', { name: /Share Expulsion, 2024–25 with the network/ }).click();
  await page.getByText('Shared with the network.', { exact: true }).waitFor();
  // The peer finds it on the network's page.
  const network = (await callApi(peer.page, 'GET', '/me')).body.networks[0].id;
  await peer.page.goto(`/networks/${network}`);
  await settled(peer.page);
  await peer.page.getByRole('link', { name: 'Monterey Peninsula Unified: Expulsion, 2024–25' }).click();
  await settled(peer.page);
  await peer.page.getByText('You are seeing what Monterey Peninsula Unified shared with its network.').waitFor();
  assert.equal(await cellOf(peer.page, 'White', 'Affected'), 'Hidden');
  assert.equal(await peer.page.getByLabel('Full counts').count(), 0);
  const full = await callApi(peer.page, 'GET', `/organizations/${org}/data/analysis?indicator=expulsion&year=2024&view=full`);
  assert.equal(full.body.shared, true);
});

test('a student-level export: header read in the browser, suggested mapping saved and used, ids never stored', async () => {
  const { page } = dataLead;
  await importFile(page, { kind: 'students', name: 'sis-export.csv', text: studentCsv(), year: 2024 });
  const district = page.getByLabel('District code', { exact: true });
  await page.waitForFunction(() => document.querySelector('select[name="column-district_code"]')?.value === 'LEA Code');
  assert.equal(await district.inputValue(), 'LEA Code');
  assert.equal(await page.getByLabel('Race and ethnicity').inputValue(), 'Race/Ethnicity');
  await page.getByText('These columns will be ignored and never stored: Student ID, Last Name.').waitFor();
  // Importing needs the mapping saved under a name: the form says so beside the field and keeps the file.
  await page.getByRole('button', { name: 'Import' }).click();
  await page.locator('.field-error', { hasText: 'Give the mapping a name' }).waitFor();
  await page.getByLabel(/Mapping name/).fill('SIS export');
  await page.getByRole('button', { name: 'Import' }).click();
  const summary = page.locator('section', { has: page.getByRole('heading', { name: 'Imported: sis-export.csv' }) });
  await summary.waitFor();
  const text = await summary.innerText();
  assert.match(text, /Rows read\s+80/);
  assert.match(text, /Enrollment in Spanish dual immersion/);
  assert.match(text, /Ignored and never stored: Student ID, Last Name\. Only counts by group were kept/);
  const mappings = (await callApi(page, 'GET', `/organizations/${org}/data/mappings`)).body.mappings;
  assert.deepEqual(mappings.map((m) => m.name), ['SIS export']);
  await summary.getByRole('link', { name: 'Open the analysis' }).click();
  await settled(page);
  await page.getByRole('heading', { name: /Enrollment in Spanish dual immersion, 2024–25/ }).waitFor();
  assert.equal(await cellOf(page, 'Hispanic or Latino', 'Flag'), 'Under-represented');
  assert.equal(await cellOf(page, 'Hispanic or Latino', 'Students who could take part'), '40');
  assert.ok(!(await page.content()).includes('S1000'));
  // The saved mapping is offered next time.
  await importFile(page, { kind: 'students', name: 'again.csv', text: studentCsv(), year: 2025 });
  await page.getByLabel('Saved mapping').selectOption({ label: 'SIS export' });
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('heading', { name: 'Imported: again.csv' }).waitFor();
});

test('manual entry shows the server field error beside the field, keeps what was typed, then saves', async () => {
  const { page } = dataLead;
  await page.goto(`/organizations/${org}/data/counts`);
  await settled(page);
  await page.getByLabel('Indicator name').fill('chronic_absence');
  await page.getByLabel('School year (first calendar year)').fill('2024');
  const row = (n) => page.getByRole('group', { name: new RegExp(`^Row ${n}:`) });
  await row(1).getByRole('textbox', { name: 'Students', exact: true }).fill('400');
  await row(1).getByRole('textbox', { name: 'Counted', exact: true }).fill('80');
  await row(2).getByRole('textbox', { name: 'Students', exact: true }).fill('5');
  await row(2).getByRole('textbox', { name: 'Counted', exact: true }).fill('9');
  await row(3).getByRole('textbox', { name: 'Students', exact: true }).fill('40');
  await row(3).getByRole('textbox', { name: 'Counted', exact: true }).fill('20');
  await page.getByRole('button', { name: 'Save counts' }).click();
  const error = row(2).locator('.field-error');
  await error.waitFor();
  assert.match(await error.innerText(), /more than the denominator 5/);
  assert.equal(await row(2).getByRole('textbox', { name: 'Counted', exact: true }).getAttribute('aria-invalid'), 'true');
  assert.equal(await row(2).getByRole('textbox', { name: 'Counted', exact: true }).inputValue(), '9');
  assert.equal(await page.getByLabel('Indicator name').inputValue(), 'chronic_absence');
  // A reload loses nothing: the unsaved counts come back, and the page says so.
  await page.reload();
  await settled(page);
  await page.getByText('Your unsaved changes from before are back in the form.').waitFor();
  assert.equal(await page.getByLabel('Indicator name').inputValue(), 'chronic_absence');
  assert.equal(await row(2).getByRole('textbox', { name: 'Counted', exact: true }).inputValue(), '9');
  await row(2).getByRole('textbox', { name: 'Counted', exact: true }).fill('3');
  await page.getByRole('button', { name: 'Save counts' }).click();
  await page.getByText('Saved Chronic absence, 2024–25.').waitFor();
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('trellis.draft.data.counts')).length), 0);
  assert.equal(await page.locator('.field-error').count(), 0);
  await page.getByRole('link', { name: 'Open the analysis' }).click();
  await settled(page);
  assert.equal(await cellOf(page, 'Homeless youth', 'Flag'), 'Over-represented');
});

test('a stale settings save keeps the input and shows the saved values', async () => {
  const { page } = dataLead;
  await page.goto(`/organizations/${org}/data/settings`);
  await settled(page);
  await page.getByLabel('Fewest students to judge a group').fill('20');
  await page.getByRole('button', { name: 'Add a language' }).click();
  const added = page.getByRole('group', { name: /^Language \d+$/ }).last();
  await added.getByRole('textbox', { name: 'Language', exact: true }).fill('German');
  const programs = added.getByRole('group', { name: 'Program types' });
  await programs.getByRole('checkbox', { name: 'World language courses' }).check();
  await programs.getByRole('checkbox', { name: 'Advanced Placement (AP)' }).check();
  await added.getByRole('textbox', { name: /Other program types/ }).fill('Seal of Biliteracy');
  // Someone else saves first.
  const current = (await callApi(lead.page, 'GET', `/organizations/${org}/data/settings`)).body;
  const other = await callApi(lead.page, 'PUT', `/organizations/${org}/data/settings`, { version: current.version, min_denominator: 25 });
  assert.equal(other.status, 200);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText(/Someone else saved these settings while you were editing/).waitFor();
  await page.getByRole('heading', { name: 'Saved by someone else' }).waitFor();
  assert.equal(await page.getByLabel('Fewest students to judge a group').inputValue(), '20');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved.').waitFor();
  const saved = (await callApi(page, 'GET', `/organizations/${org}/data/settings`)).body;
  assert.equal(saved.min_denominator, 20);
  // Named types are sent as keys, typed ones become keys on the server.
  assert.deepEqual(saved.offered_languages.at(-1), { language: 'German', program_types: ['world_language', 'ap', 'seal_of_biliteracy'] });
  // Edited again, the saved list shows as it was chosen: the boxes ticked, the typed one in words.
  await page.reload();
  await settled(page);
  const again = page.getByRole('group', { name: /^Language \d+$/ }).last();
  assert.equal(await again.getByRole('checkbox', { name: 'Advanced Placement (AP)' }).isChecked(), true);
  assert.equal(await again.getByRole('checkbox', { name: 'Dual immersion' }).isChecked(), false);
  assert.equal(await again.getByRole('textbox', { name: /Other program types/ }).inputValue(), 'seal of biliteracy');
});

test('teacher capacity shows an at-risk language, and a teacher fills in their own profile', async () => {
  const { page } = dataLead;
  await importFile(page, { kind: 'teachers', name: 'staff.csv', text: STAFF });
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('heading', { name: 'Imported: staff.csv' }).waitFor();
  await page.getByRole('link', { name: 'Open teacher capacity' }).click();
  await settled(page);
  const coverage = page.locator('table', { has: page.locator('caption', { hasText: 'Languages offered' }) });
  const spanish = coverage.locator('tbody tr', { has: page.locator('th', { hasText: 'Spanish' }) });
  await spanish.getByText('At risk: fewer than two qualified teachers').waitFor();
  const priorities = page.locator('table', { has: page.locator('caption', { hasText: 'Learning needs' }) });
  assert.match(await priorities.locator('tbody tr').first().innerText(), /(Assessment|Proficiency targets)/);
  // The data lead is also a member: "My teacher profile".
  await page.getByLabel('Languages taught').fill('Spanish');
  await page.getByLabel('Credentials').fill('Single Subject: Spanish');
  // A number the server would refuse is refused at its field first, in words, with nothing sent.
  const writes = [];
  const countWrite = (request) => request.method() !== 'GET' && writes.push(request.url());
  page.on('request', countWrite);
  await page.getByRole('textbox', { name: /Years of experience/ }).fill('61');
  await page.getByRole('button', { name: 'Save my profile' }).click();
  await page.getByText('Years of experience: enter a number from 0 to 60.').first().waitFor();
  page.off('request', countWrite);
  assert.deepEqual(writes, [], 'no request for a number out of range');
  await page.getByRole('textbox', { name: /Years of experience/ }).fill('6');
  await page.getByLabel('Professional learning needs').fill('Heritage speakers\nAssessment');
  await page.getByRole('group', { name: 'Program types' }).getByRole('checkbox', { name: 'Dual immersion' }).check();
  await page.getByRole('button', { name: 'Save my profile' }).click();
  await page.getByText('Your profile is saved.').waitFor();
  const body = (await callApi(page, 'GET', `/organizations/${org}/teachers`)).body;
  assert.equal(body.capacity.languages.find((l) => l.language === 'Spanish').qualified_teachers, 2);
  await page.getByRole('rowheader', { name: /Dana Lee/ }).waitFor();
  // Program types read as words, never as keys.
  assert.match(await page.getByRole('row', { name: /Dana Lee/ }).innerText(), /Dual immersion/);
  assert.doesNotMatch(await page.locator('main').innerText(), /dual_immersion|world_language/);
});

test('a viewer of the district, refused the teacher-profile write, reads the teacher page without a profile form', async () => {
  const viewer = await newPage(browser, server.url);
  await signIn(viewer.page, 'superintendent@mpusd.example');
  // The server refuses this person's own profile, and says so in the organization's `may`.
  assert.equal((await callApi(viewer.page, 'PUT', `/organizations/${org}/teachers/me`, { languages: ['Spanish'] })).status, 403);
  const { may } = (await callApi(viewer.page, 'GET', `/organizations/${org}`)).body;
  assert.equal(may.contribute_student_data, false);
  assert.equal(may.read_student_data, true);
  await viewer.page.goto(`/organizations/${org}/teachers`);
  await settled(viewer.page);
  await viewer.page.locator('caption', { hasText: 'Languages offered' }).waitFor();
  assert.equal(await viewer.page.getByRole('heading', { name: 'My teacher profile' }).count(), 0, 'no profile form');
  assert.equal(await viewer.page.getByRole('button', { name: 'Save my profile' }).count(), 0);
  await viewer.context.close();
});

test('section C: the team attaches a data view and opens it', async () => {
  const { page } = lead;
  const section = `/teams/${team}/guides/world-languages-module-0/modules/module-0/sections/c-students`;
  await page.goto(section);
  await settled(page);
  const views = page.locator('section', { has: page.getByRole('heading', { name: 'Data views for this section' }) });
  // The demo team already attached the dual immersion view; this adds one.
  await views.getByRole('link', { name: /Enrollment in Spanish dual immersion, 2025–26/ }).waitFor();
  await views.getByLabel('Indicator and year').selectOption({ label: 'Chronic absence, 2025–26' });
  await views.getByLabel(/Note/).fill('Who is suspended most?');
  await views.getByRole('button', { name: 'Attach' }).click();
  await views.getByRole('link', { name: /Chronic absence, 2025–26/ }).click();
  await settled(page);
  await page.getByRole('heading', { name: /Chronic absence, 2025–26/ }).waitFor();
});

test('a family representative (team participant) opens the shared view attached to section C, suppressed', async () => {
  const invitation = await callApi(lead.page, 'POST', `/teams/${team}/invitations`, { email: 'family@mpusd.example', role: 'participant' });
  assert.equal(invitation.status, 201, JSON.stringify(invitation.body));
  const token = new URL(await waitForInvitationLink(server.mailDir, 'family@mpusd.example')).pathname.split('/').pop();
  const accepted = await fetch(`${server.url}/api/v1/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Family Rep', password: 'family-password-2026' }),
  });
  assert.equal(accepted.status, 200, await accepted.text());
  const family = await newPage(browser, server.url);
  await signIn(family.page, 'family@mpusd.example', 'family-password-2026');
  await family.page.goto(`/teams/${team}/guides/world-languages-module-0/modules/module-0/sections/c-students`);
  await settled(family.page);
  const views = family.page.locator('section', { has: family.page.getByRole('heading', { name: 'Data views for this section' }) });
  const link = views.getByRole('link', { name: /Enrollment in Spanish dual immersion, 2025–26/ });
  await link.waitFor();
  assert.equal(await views.getByRole('button', { name: 'Attach' }).count(), 0); // participants read, they do not attach
  await link.click();
  await settled(family.page);
  await family.page.getByText(/You are seeing what .* shared/).waitFor();
  assert.equal(await family.page.getByLabel('Full counts').count(), 0);
  await family.context.close();
});

test('an organization without a district CDS code is told what comes first', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'facilitator@pivotlearning.example');
  const me = (await callApi(page, 'GET', '/me')).body;
  const pivot = me.organizations.find((o) => o.name === 'Pivot Learning').id;
  await checkPage(page, `/organizations/${pivot}/data`, 'data of an organization without a CDS code');
  await page.getByRole('heading', { name: 'This organization has no district CDS code' }).waitFor();
  await page.getByText(/Ask a site administrator to record the district's CDS code/).waitFor();
  await context.close();
});

async function checkPage(page, path, where, prepare) {
  await page.goto(path);
  await settled(page);
  if (prepare) await prepare(page);
  await assertPageAccessible(page, where);
}

for (const language of ['en', 'es']) {
  for (const width of [1280, 320]) {
    test(`every data page passes axe in ${language} at ${width}px`, async () => {
      const viewport = { width, height: 800 };
      const { context, page } = await newPage(browser, server.url, { language, viewport });
      await signIn(page, DATA_LEAD, DATA_LEAD_PASSWORD);
      const at = (path) => `${path} (${language}, ${width}px)`;
      const base = `/organizations/${org}`;
      assert.equal(await page.evaluate(() => document.documentElement.lang), language);
      await checkPage(page, `${base}/data`, at('overview'));
      await checkPage(page, `${base}/data/import`, at('import'));
      await checkPage(page, `${base}/data/import`, at('import, student file and problems'), async (p) => {
        await p.locator('input[name="kind"][value="students"]').check();
        const bad = studentCsv().replace(',Y,', ',maybe,');
        await p.locator('input[type="file"]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
        await p.waitForFunction(() => document.querySelector('select[name="column-district_code"]')?.value === 'LEA Code');
        await p.locator('input[name="mapping_name"]').fill('SIS export');
        await p.locator('form button[type="submit"]').click();
        await p.locator('#import-problems').waitFor();
      });
      await checkPage(page, `${base}/data/analysis?indicator=expulsion&year=2024`, at('analysis'));
      await checkPage(page, `${base}/data/analysis?indicator=expulsion&year=2024&view=shared`, at('analysis, shared'));
      await checkPage(page, `${base}/data/analysis?indicator=program:spanish_dual_immersion`, at('analysis with trends'));
      await checkPage(page, `${base}/data/counts`, at('counts with errors'), async (p) => {
        await p.locator('form button[type="submit"]').click();
        await p.locator('.field-error').first().waitFor();
      });
      await checkPage(page, `${base}/data/settings`, at('settings'));
      await checkPage(page, `${base}/teachers`, at('teachers'));
      await context.close();
      const outsider = await newPage(browser, server.url, { language, viewport });
      await signIn(outsider.page, 'lead@lancaster.example');
      await checkPage(outsider.page, `${base}/data/analysis?indicator=expulsion&year=2024`, at('analysis as a network peer'));
      await outsider.context.close();
    });
  }
}
