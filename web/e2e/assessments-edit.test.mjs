// Correcting and deleting self-assessments, and criteria measured by a measure (issue 13). Monterey's lead edits
// World Languages' Fall 2026 rating and evidence and sees them after a reload; edits it again while another tab
// saves it (a PATCH by fetch in between): the conflict shows the saved evidence beside the typed one, which stays in
// the form; deletes Spring 2026 in Spanish after confirming, and it is gone after a reload; links a new criterion of
// the MTSS team to its measure, records a self-assessment, and its result says the value came from the measure's
// point. The page in edit mode passes axe at 1280 and 320 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

const WORLD_LANGUAGES = 'World Languages Standards';
const MTSS = 'MTSS for foster and homeless youth';
const MEASURE = 'Chronic absence, foster and homeless students';

let server;
let browser;
const teams = {};

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  Object.assign(teams, await page.evaluate(async (names) => {
    const { teams: all } = await (await fetch('/api/v1/teams')).json();
    const pick = (name) => (all.find((t) => t.name === name && t.organization.name.startsWith('Monterey')) ?? all.find((t) => t.name === name)).id;
    return Object.fromEntries(names.map((name) => [name, pick(name)]));
  }, [WORLD_LANGUAGES, MTSS]));
  await context.close();
});

after(() => stopServerAndBrowser({ server, browser }));

async function openPage(page, team) {
  await page.goto(`/teams/${teams[team]}/assessments`);
  await settled(page);
}

/** The history's card of one term. */
const record = (page, term) => page.locator('ul.cards > li', { has: page.getByRole('heading', { name: new RegExp(`^${term} `) }) });

/** Saves a self-assessment from another tab: the same body with one area's evidence changed, at the current version. */
async function saveFromAnotherTab(page, teamId, term, evidence) {
  await page.evaluate(async ({ teamId, term, evidence }) => {
    const { csrf_token } = await (await fetch('/api/v1/session')).json();
    const { assessments } = await (await fetch(`/api/v1/teams/${teamId}/assessments`)).json();
    const a = assessments.find((x) => x.term === term);
    const body = {
      term: a.term, taken_on: a.taken_on, version: a.version, observations: a.observations,
      ratings: a.ratings.map((r) => ({ area: r.area, rating: r.rating, evidence: r.area === 'use_of_data' ? evidence : r.evidence })),
    };
    const answer = await fetch(`/api/v1/teams/${teamId}/assessments/${a.id}`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token }, body: JSON.stringify(body),
    });
    if (answer.status !== 200) throw new Error(`the other tab's PATCH answered ${answer.status}`);
  }, { teamId, term, evidence });
}

test('the lead corrects a rating and its evidence; the page in edit mode passes axe at 1280 and 320 px', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  await openPage(page, WORLD_LANGUAGES);
  await page.getByRole('button', { name: 'Edit the self-assessment Fall 2026', exact: true }).click();
  const form = page.getByRole('form', { name: 'Edit the self-assessment Fall 2026' });
  await form.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Edit the self-assessment Fall 2026', 'focus on the form');
  assert.equal(await form.getByLabel('Term', { exact: true }).inputValue(), 'Fall 2026', 'the form is prefilled');
  assert.equal(await form.getByLabel('Date of the self-assessment', { exact: true }).inputValue(), '2026-11-20');
  await assertPageAccessible(page, 'the self-assessments editing one at 1280 px');
  await page.setViewportSize({ width: 320, height: 800 });
  await assertPageAccessible(page, 'the self-assessments editing one at 320 px');
  await page.setViewportSize({ width: 1280, height: 900 });

  await form.getByRole('group', { name: 'Use of data', exact: true }).getByRole('radio', { name: '2 · Beginning development' }).check();
  await form.locator('textarea[name="ratings[1].evidence"]').fill('Corrected: the data team met twice, not monthly.');
  await form.getByRole('button', { name: 'Save the changes to Fall 2026' }).click();
  await page.getByRole('status').getByText('Self-assessment for Fall 2026 updated.').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Edit the self-assessment Fall 2026', 'focus back on Edit');

  await page.reload();
  await settled(page);
  const card = record(page, 'Fall 2026');
  await card.getByText('Use of data').waitFor();
  assert.match(await card.textContent(), /Use of data: 2 \(Beginning development\) — Corrected: the data team met twice, not monthly\./);
  await context.close();
});

test('a stale edit shows the saved self-assessment beside the typed one, which is kept', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  await openPage(page, WORLD_LANGUAGES);
  await page.getByRole('button', { name: 'Edit the self-assessment Fall 2026', exact: true }).click();
  const form = page.getByRole('form', { name: 'Edit the self-assessment Fall 2026' });
  const mine = 'Mine: typed while someone else saved.';
  await form.locator('textarea[name="ratings[1].evidence"]').fill(mine);
  await saveFromAnotherTab(page, teams[WORLD_LANGUAGES], 'Fall 2026', 'Theirs: saved from another tab.');
  await form.getByRole('button', { name: 'Save the changes to Fall 2026' }).click();
  const conflict = form.getByRole('group', { name: 'Someone saved this self-assessment while you were editing it' });
  await conflict.waitFor();
  await conflict.getByText('Theirs: saved from another tab.').waitFor();
  await conflict.getByText(mine).waitFor();
  assert.equal(await form.locator('textarea[name="ratings[1].evidence"]').inputValue(), mine, 'the typed text stays in the form');
  await assertPageAccessible(page, 'the self-assessments with an edit conflict');

  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Keep mine', 'focus into the conflict');
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Save the changes to Fall 2026', 'focus back on saving');
  await form.getByRole('button', { name: 'Save the changes to Fall 2026' }).click();
  await page.getByRole('status').getByText('Self-assessment for Fall 2026 updated.').waitFor();
  await page.reload();
  await settled(page);
  await record(page, 'Fall 2026').getByText(mine).waitFor();
  await context.close();
});

test('the lead deletes a self-assessment after confirming, in Spanish, and it is gone after a reload', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'es' });
  await signIn(page, 'lead@mpusd.example');
  await openPage(page, WORLD_LANGUAGES);
  await page.getByRole('button', { name: 'Eliminar la autoevaluación Spring 2026', exact: true }).click();
  const confirm = page.getByRole('group', { name: '¿Eliminar la autoevaluación Spring 2026?' });
  await assertPageAccessible(page, 'the self-assessments asking to delete one (es)', { language: 'es' });
  await confirm.getByRole('button', { name: 'Cancelar' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Eliminar la autoevaluación Spring 2026', 'back on Delete');
  await page.getByRole('button', { name: 'Eliminar la autoevaluación Spring 2026', exact: true }).click();
  await confirm.getByRole('button', { name: 'Eliminar la autoevaluación Spring 2026: confirmar' }).click();
  await page.getByRole('status').getByText('Autoevaluación de Spring 2026 eliminada.').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'history', 'focus on the history heading');
  await page.reload();
  await settled(page);
  await record(page, 'Fall 2026').waitFor();
  assert.equal(await record(page, 'Spring 2026').count(), 0, 'Spring 2026 is gone');
  await context.close();
});

test('a criterion measured by the team\'s measure takes the measure\'s point into the result', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  await openPage(page, MTSS);
  const criteria = page.getByRole('form', { name: 'Declare the criteria' });
  await criteria.getByRole('button', { name: 'Add a criterion' }).click();
  const row = criteria.locator('fieldset.criterion').last();
  await row.getByLabel('What the team will see', { exact: true }).fill('Chronic absence of foster and homeless students at most 15%');
  await row.getByLabel('Threshold', { exact: true }).fill('15');
  await row.getByLabel('Measured by', { exact: true }).selectOption({ label: MEASURE });
  await row.getByText('Whether lower or higher is better comes from the measure.').waitFor();
  await criteria.getByRole('button', { name: 'Save the criteria' }).click();
  await page.getByRole('status').getByText(/^Criteria saved as version \d+\.$/).waitFor();
  await page.getByText(`(measured by ${MEASURE})`).waitFor();

  const latest = await page.evaluate(async (teamId) => {
    const { measures } = await (await fetch(`/api/v1/teams/${teamId}/measures`)).json();
    return measures[0].latest.date;
  }, teams[MTSS]);
  const form = page.getByRole('form', { name: 'New self-assessment' });
  await form.getByLabel('Term', { exact: true }).fill('Winter 2027');
  await form.getByLabel('Date of the self-assessment', { exact: true }).fill(latest);
  for (const area of ['Communication and feedback', 'Use of data', 'Teacher learning', 'Recruitment and retention', 'Families and community', 'Continuous improvement'])
    await form.getByRole('group', { name: area, exact: true }).getByRole('radio', { name: '3 · Initial implementation' }).check();
  await form.getByRole('button', { name: 'Save the self-assessment' }).click();
  await page.getByRole('status').getByText('Self-assessment for Winter 2027 saved.').waitFor();
  await page.reload();
  await settled(page);
  const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${latest}T00:00:00Z`));
  await record(page, 'Winter 2027').getByText(new RegExp(`the measure's point of ${longDate}\\)`)).waitFor();
  await context.close();
});
