// Editing and deleting plan items in place (issue 13): the lead of Monterey's MTSS team (demo team 2) edits a goal
// and finds the new title after a reload; saves over a change someone else made in between (made here through the
// API) and is shown the conflict with the typed text kept; is refused the deletion of a goal that still has an
// objective, with the server's reason, and the goal stays; deletes an activity and a milestone, gone after a reload.
// The page passes axe with an editor open and with the conflict shown. The same in Spanish. A reader who may not
// contribute (the superintendent) gets no Edit or Delete buttons. One server for the file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

const TEAM = 2;

let server;
let browser;

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

after(() => stopServerAndBrowser({ server, browser }));

const TEXT = {
  en: {
    edit: 'Edit', delete: 'Delete', yes: 'Yes, delete', save: 'Save', cancel: 'Cancel', goal: 'Goal',
    goalWhich: (n) => `goal ${n}`, activityWhich: (n) => `activity ${n}`, milestoneWhich: (n) => `milestone ${n}`,
    saved: (w) => `Saved ${w}.`, deleted: (w) => `Deleted ${w}.`,
    conflictTitle: 'Someone else changed this item', keepMine: 'Keep what I typed', mine: 'What you typed',
    refused: /^goal \d+ still has 1 objective: remove or move them first$/,
  },
  es: {
    edit: 'Editar', delete: 'Eliminar', yes: 'Sí, eliminar', save: 'Guardar', cancel: 'Cancelar', goal: 'Meta',
    goalWhich: (n) => `la meta ${n}`, activityWhich: (n) => `la actividad ${n}`, milestoneWhich: (n) => `el hito ${n}`,
    saved: (w) => `Se guardó ${w}.`, deleted: (w) => `Se eliminó ${w}.`,
    conflictTitle: 'Otra persona cambió este elemento', keepMine: 'Conservar lo que escribí', mine: 'Lo que usted escribió',
    refused: /^Todavía no se puede eliminar \(goal \d+ still has 1 objective: remove or move them first\)\.$/,
  },
};

/** A JSON request to the API from the signed-in page (with the session's CSRF token). */
function call(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { csrf_token } = await (await fetch('/api/v1/session')).json();
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/** The items the test edits and deletes, added through the API: two goals (one with an objective), an activity, a milestone. */
async function setUp(page, language) {
  const plan = `/teams/${TEAM}/plan`;
  const made = async (path, body) => {
    const answer = await call(page, 'POST', `${plan}${path}`, body);
    assert.equal(answer.status, 201, `POST ${path}: ${JSON.stringify(answer.json)}`);
    return answer.json;
  };
  const goal = await made('/goals', { title: `Reduce chronic absence ${language}`, description: 'Attendance', lcap_priorities: [5] });
  const kept = await made('/goals', { title: `Graduate every senior ${language}`, lcap_priorities: [] });
  await made(`/goals/${kept.id}/objectives`, { description: `Graduation rate ${language}`, target_value: 95 });
  const activity = await made('/activities', { area: 'use_of_data', description: `Weekly data huddle ${language}` });
  const milestone = await made('/milestones', { title: `Midyear review ${language}`, due_on: '2030-01-15' });
  return { goal, kept, activity, milestone };
}

async function openPlan(page) {
  await page.goto(`/teams/${TEAM}/plan`);
  await settled(page);
}

async function editGoal(page, w, language, goal) {
  const newTitle = `Reduce chronic absence below 8% ${language}`;
  await page.getByRole('button', { name: `${w.edit} ${w.goalWhich(goal.title)}`, exact: true }).click();
  const form = page.getByRole('form', { name: new RegExp(goal.title) });
  const field = form.getByRole('textbox', { name: w.goal, exact: true });
  assert.equal(await field.inputValue(), goal.title, 'the editor is filled with the goal');
  await assertPageAccessible(page, `the plan with a goal's editor open (${language})`, { language });
  await field.fill(newTitle);
  await form.getByRole('button', { name: w.save, exact: true }).click();
  await page.getByRole('status').getByText(w.saved(w.goalWhich(goal.title))).waitFor();
  await page.getByRole('heading', { name: newTitle, exact: true }).waitFor();
  await page.waitForFunction((id) => document.activeElement?.id === id, `plan-goal-${goal.id}-edit`);
  await openPlan(page);
  await page.getByRole('heading', { name: newTitle, exact: true }).waitFor();
  return newTitle;
}

async function staleEdit(page, w, language, goalId, title) {
  const typed = `Typed in the page ${language}`;
  const theirs = `Changed by someone else ${language}`;
  await page.getByRole('button', { name: `${w.edit} ${w.goalWhich(title)}`, exact: true }).click();
  const form = page.getByRole('form', { name: new RegExp(title) });
  const field = form.getByRole('textbox', { name: w.goal, exact: true });
  await field.fill(typed);
  const current = await call(page, 'GET', `/teams/${TEAM}/plan`);
  const version = current.json.goals.find((g) => g.id === goalId).version;
  const changed = await call(page, 'PATCH', `/teams/${TEAM}/plan/goals/${goalId}`, { version, title: theirs });
  assert.equal(changed.status, 200, JSON.stringify(changed.json));
  await form.getByRole('button', { name: w.save, exact: true }).click();
  const conflict = form.getByRole('group', { name: w.conflictTitle });
  await conflict.getByText(theirs).waitFor();
  await conflict.getByText(typed).waitFor();
  assert.equal(await field.inputValue(), typed, 'what was typed stays in the form');
  await page.waitForFunction((id) => document.activeElement?.id === id, `goal-${goalId}-conflict`); // focus on the conflict
  await assertPageAccessible(page, `the plan with an edit conflict (${language})`, { language });
  await conflict.getByRole('button', { name: w.keepMine }).click();
  await form.getByRole('button', { name: w.save, exact: true }).click();
  await page.getByRole('heading', { name: typed, exact: true }).waitFor();
  await openPlan(page);
  await page.getByRole('heading', { name: typed, exact: true }).waitFor();
}

async function refusedDelete(page, w, language, kept) {
  await page.getByRole('button', { name: `${w.delete} ${w.goalWhich(kept.title)}`, exact: true }).click();
  const confirm = page.getByRole('group', { name: new RegExp(kept.title) });
  await confirm.getByRole('button', { name: `${w.yes} ${w.goalWhich(kept.title)}`, exact: true }).click();
  const article = page.locator('article', { has: page.getByRole('heading', { name: kept.title, exact: true }) });
  const alert = article.locator('.plan-item-actions .alert-error');
  await alert.waitFor();
  const text = (await alert.innerText()).replace(/^Error:\s*/, '').trim();
  assert.match(text, w.refused, 'the server says why the goal cannot go');
  await page.waitForFunction((id) => document.activeElement?.id === id, `plan-goal-${kept.id}-delete`); // back on Delete
  await openPlan(page);
  await page.getByRole('heading', { name: kept.title, exact: true }).waitFor();
  await page.getByText(`Graduation rate ${language}`, { exact: true }).waitFor();
}

async function deleteItem(page, w, which, id, kind, text) {
  await page.getByText(text, { exact: true }).waitFor();
  await page.getByRole('button', { name: `${w.delete} ${which}`, exact: true }).click();
  const confirm = page.getByRole('group', { name: new RegExp(text) });
  await page.waitForFunction((cancel) => document.activeElement?.textContent === cancel, w.cancel); // focus on Cancel
  await confirm.getByRole('button', { name: `${w.yes} ${which}`, exact: true }).click();
  await page.getByRole('status').getByText(w.deleted(which)).waitFor();
  await openPlan(page);
  assert.equal(await page.getByText(text, { exact: true }).count(), 0, `the ${kind} is gone after a reload`);
  const plan = await call(page, 'GET', `/teams/${TEAM}/plan`);
  const all = kind === 'activity' ? plan.json.areas.flatMap((a) => a.activities) : plan.json.milestones;
  assert.ok(!all.some((item) => item.id === id), `the server no longer has the ${kind}`);
}

for (const language of ['en', 'es']) {
  test(`the lead edits and deletes plan items in place (${language})`, async () => {
    const w = TEXT[language];
    const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
    await signIn(page, 'lead@mpusd.example');
    const plan = await call(page, 'GET', `/teams/${TEAM}/plan`);
    assert.equal(plan.json.may?.contribute, true, 'the lead may contribute to the plan of team 2');
    const { goal, kept, activity, milestone } = await setUp(page, language);
    await openPlan(page);
    const title = await editGoal(page, w, language, goal);
    await staleEdit(page, w, language, goal.id, title);
    await refusedDelete(page, w, language, kept);
    await deleteItem(page, w, w.activityWhich(activity.description), activity.id, 'activity', activity.description);
    await deleteItem(page, w, w.milestoneWhich(milestone.title), milestone.id, 'milestone', milestone.title);
    await assertPageAccessible(page, `the plan after deleting (${language})`, { language });
    await context.close();
  });
}

test('one who may not contribute to the plan gets no Edit or Delete buttons', async () => {
  const lead = await newPage(browser, server.url);
  await signIn(lead.page, 'lead@mpusd.example');
  const goal = await call(lead.page, 'POST', `/teams/${TEAM}/plan/goals`, { title: 'Shown to readers only' });
  assert.equal(goal.status, 201, JSON.stringify(goal.json));
  await lead.context.close();
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'superintendent@mpusd.example');
  const plan = await call(page, 'GET', `/teams/${TEAM}/plan`);
  assert.equal(plan.status, 200, 'the superintendent reads the plan');
  assert.equal(plan.json.may.contribute, false, 'but may not contribute to it');
  await openPlan(page);
  await page.getByRole('heading', { name: 'Shown to readers only', exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^(Edit|Delete) / }).count(), 0, 'no Edit or Delete button');
  await context.close();
});

test('the lead edits an objective and a barrier, and takes the saved values after a conflict', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  const plan = `/teams/${TEAM}/plan`;
  const goal = (await call(page, 'POST', `${plan}/goals`, { title: 'Every student reads by grade 3' })).json;
  const objective = (await call(page, 'POST', `${plan}/goals/${goal.id}/objectives`, { description: 'Third graders reading at level', target_value: 70 })).json;
  const barrier = (await call(page, 'POST', `${plan}/barriers`, { description: 'Substitute shortage', response: '' })).json;
  await openPlan(page);

  await page.getByRole('button', { name: 'Edit objective Third graders reading at level', exact: true }).click();
  const objectiveForm = page.getByRole('form', { name: 'Edit objective Third graders reading at level' });
  assert.equal(await objectiveForm.getByLabel(/^Target/).first().inputValue(), '70', 'the editor is filled with the target');
  await objectiveForm.getByLabel(/^Target/).first().fill('75');
  await objectiveForm.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').getByText('Saved objective Third graders reading at level.').waitFor();

  await page.getByRole('button', { name: 'Edit barrier Substitute shortage', exact: true }).click();
  const barrierForm = page.getByRole('form', { name: 'Edit barrier Substitute shortage' });
  await barrierForm.getByRole('textbox', { name: /^Response/ }).fill('Typed response');
  const changed = await call(page, 'PATCH', `${plan}/barriers/${barrier.id}`, { version: barrier.version, response: 'Pool substitutes across schools' });
  assert.equal(changed.status, 200, JSON.stringify(changed.json));
  await barrierForm.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = barrierForm.getByRole('group', { name: 'Someone else changed this item' });
  await conflict.getByText('Pool substitutes across schools').waitFor();
  await conflict.getByRole('button', { name: 'Use the saved values' }).click();
  assert.equal(await barrierForm.getByRole('textbox', { name: /^Response/ }).inputValue(), 'Pool substitutes across schools');
  await barrierForm.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.waitForFunction((id) => document.activeElement?.id === id, `plan-barrier-${barrier.id}-edit`); // back on Edit

  await openPlan(page);
  const saved = (await call(page, 'GET', plan)).json;
  assert.equal(saved.goals.find((g) => g.id === goal.id).objectives.find((o) => o.id === objective.id).target_value, 75);
  await page.getByText('Pool substitutes across schools', { exact: true }).waitFor();
  await context.close();
});

test('at 375 px the question before deleting wraps and the page passes axe', async () => {
  const { context, page } = await newPage(browser, server.url, { viewport: { width: 375, height: 800 } });
  await signIn(page, 'lead@mpusd.example');
  const title = 'Every family hears from the school at least once a month about their child';
  const goal = await call(page, 'POST', `/teams/${TEAM}/plan/goals`, { title });
  assert.equal(goal.status, 201, JSON.stringify(goal.json));
  await openPlan(page);
  await page.getByRole('button', { name: `Delete goal ${title}`, exact: true }).click();
  await page.getByRole('group', { name: new RegExp(title) }).waitFor();
  await assertPageAccessible(page, 'the plan asking before a delete at 375 px');
  await context.close();
});
