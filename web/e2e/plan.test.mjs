// The team plan (issue 13): the lead of Monterey's MTSS team writes the vision, adds a goal tagged with an LCAP
// priority and an objective, adds two tasks (one overdue, one depending on it), is refused a dependency cycle with
// the message next to the field, reads the timeline (an overdue item marked in the drawing and the table), opens the
// printable plan, makes an action item of a meeting a plan task and finds it in My work. Every new page passes axe at
// 1280 and 375 px; the same in Spanish. One server for the whole file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, teamIdByName } from './harness.mjs';

const TEAM = 'MTSS for foster and homeless youth';

let server;
let browser;
let teamId;

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  teamId = await teamIdByName(server, TEAM);
});

after(() => stopServerAndBrowser({ server, browser }));

const TEXT = {
  en: {
    plan: 'Open the plan', saveVision: 'Save the vision', visionSaved: 'Vision saved.', vision: 'Vision',
    addGoal: 'Add a goal', goal: 'Goal', priority: '4 Pupil achievement', goalSubmit: 'Add the goal',
    objective: 'Objective', objectiveSubmit: 'Add the objective', target: 'Target',
    addTask: 'Add a task', task: 'Task', due: 'Due', taskSubmit: 'Add the task', saveTask: 'Save the task', edit: 'Edit',
    cycle: /this would make a cycle/, timeline: 'Timeline', overdue: 'Overdue', overdueName: /overdue/,
    printable: 'Printable plan', promote: 'Make it a plan task', inPlan: 'In the plan', myPlanTasks: 'My plan tasks',
  },
  es: {
    plan: 'Abrir el plan', saveVision: 'Guardar la visión', visionSaved: 'Visión guardada.', vision: 'Visión',
    addGoal: 'Agregar una meta', goal: 'Meta', priority: '4 Rendimiento estudiantil', goalSubmit: 'Agregar la meta',
    objective: 'Objetivo', objectiveSubmit: 'Agregar el objetivo', target: 'Meta numérica',
    addTask: 'Agregar una tarea', task: 'Tarea', due: 'Fecha límite', taskSubmit: 'Agregar la tarea', saveTask: 'Guardar la tarea', edit: 'Editar',
    cycle: /ciclo|cycle/, timeline: 'Cronograma', overdue: 'Atrasado', overdueName: /atrasado/,
    printable: 'Plan para imprimir', promote: 'Convertir en tarea del plan', inPlan: 'En el plan', myPlanTasks: 'Mis tareas del plan',
  },
};

async function addTask(page, w, title, due, dependsOn) {
  const form = page.getByRole('form', { name: w.addTask });
  await form.getByLabel(w.task, { exact: true }).fill(title);
  await form.getByLabel(new RegExp(`^${w.due}`)).fill(due);
  if (dependsOn) await form.getByRole('checkbox', { name: dependsOn, exact: true }).check();
  await form.getByRole('button', { name: w.taskSubmit }).click();
  await page.getByRole('row', { name: new RegExp(title) }).waitFor();
}

async function buildPlan(page, w, language) {
  await page.goto(`/teams/${teamId}/guide`);
  await settled(page);
  await page.getByRole('link', { name: w.plan }).click();
  await page.waitForURL(/\/plan$/);
  await settled(page);
  await assertPageAccessible(page, `the plan page (${language})`, { language });
  await page.getByRole('textbox', { name: w.vision, exact: true }).fill(`Every foster youth graduates (${language})`);
  await page.getByRole('button', { name: w.saveVision }).click();
  await page.getByRole('status').getByText(w.visionSaved).waitFor();
  const goalForm = page.getByRole('form', { name: w.addGoal });
  await goalForm.getByLabel(w.goal, { exact: true }).fill(`Raise achievement ${language}`);
  await goalForm.getByRole('checkbox', { name: w.priority }).check();
  await goalForm.getByRole('button', { name: w.goalSubmit }).click();
  const goal = page.locator('article', { has: page.getByRole('heading', { name: `Raise achievement ${language}` }) });
  await goal.locator('.chip', { hasText: w.priority }).waitFor();
  await goal.getByRole('textbox', { name: w.objective, exact: true }).fill(`Fewer chronic absences ${language}`);
  await goal.getByLabel(new RegExp(`^${w.target}`)).first().fill('8');
  await goal.getByRole('button', { name: w.objectiveSubmit }).click();
  await goal.getByText(`Fewer chronic absences ${language}`, { exact: true }).waitFor();
  await addTask(page, w, `Book room ${language}`, '2020-01-15');
  await addTask(page, w, `Train staff ${language}`, '2030-02-01', `Book room ${language}`);
  // The cycle: Book room would depend on Train staff, which depends on it.
  await page.getByRole('button', { name: `${w.edit} Book room ${language}`, exact: true }).click();
  const edit = page.getByRole('form', { name: new RegExp(`Book room ${language}`) });
  await edit.getByRole('checkbox', { name: `Train staff ${language}`, exact: true }).check();
  await edit.getByRole('button', { name: w.saveTask }).click();
  await edit.locator('.field-error', { hasText: /cycle/ }).waitFor();
  await assertPageAccessible(page, `the plan page with the cycle refused (${language})`, { language });
}

async function timelineAndPrint(page, w, language) {
  await page.goto(`/teams/${teamId}/plan/timeline`);
  await settled(page);
  const overdue = page.locator('svg.timeline g.tl-overdue[tabindex="0"]');
  assert.ok((await overdue.count()) >= 1, 'an overdue item is drawn');
  assert.match(await overdue.first().getAttribute('aria-label'), w.overdueName);
  assert.ok((await page.locator('svg.timeline .tl-dependency').count()) >= 1, 'a dependency arrow is drawn');
  await page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `Book room ${language}`, exact: true }) }).getByText(w.overdue).waitFor();
  await assertPageAccessible(page, `the timeline (${language})`, { language });
  await page.goto(`/teams/${teamId}/plan/print`);
  await settled(page);
  await page.getByText(`Every foster youth graduates (${language})`).waitFor();
  await assertPageAccessible(page, `the printable plan (${language})`, { language });
}

/** An open action item the lead owns, added through the API to a scheduled meeting of the team (the setup). */
async function leadsActionItem(page, language) {
  return page.evaluate(
    async ({ team, title }) => {
      const { csrf_token } = await (await fetch('/api/v1/session')).json();
      const me = await (await fetch('/api/v1/me')).json();
      const { members } = await (await fetch(`/api/v1/teams/${team}`)).json();
      const owner = members.find((m) => m.user_id === me.user.id);
      const { meetings } = await (await fetch(`/api/v1/teams/${team}/meetings`)).json();
      const meeting = meetings.find((m) => m.status === 'scheduled');
      const response = await fetch(`/api/v1/meetings/${meeting.id}/action-items`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
        body: JSON.stringify({ title, owner_id: owner.id, due: '2030-03-01' }),
      });
      return { ...(await response.json()), meeting };
    },
    { team: teamId, title: `Call the county liaison ${language}` },
  );
}

async function promote(page, w, language) {
  const item = await leadsActionItem(page, language);
  assert.ok(item.id, `the action item was added: ${JSON.stringify(item)}`);
  await page.goto(`/meetings/${item.meeting.id}`);
  await settled(page);
  const row = page.getByRole('row', { name: new RegExp(item.title) });
  await row.getByRole('button', { name: new RegExp(w.promote) }).click();
  await row.getByRole('link', { name: new RegExp(w.inPlan) }).waitFor();
  await page.goto('/my-work');
  await settled(page);
  await page.locator('section', { has: page.getByRole('heading', { name: w.myPlanTasks }) }).getByText(item.title).first().waitFor();
  await assertPageAccessible(page, `my work with plan tasks (${language})`, { language });
}

for (const language of ['en', 'es']) {
  test(`the lead builds the plan, reads its timeline and promotes an action item (${language})`, async () => {
    const w = TEXT[language];
    const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
    await signIn(page, 'lead@mpusd.example');
    await buildPlan(page, w, language);
    await timelineAndPrint(page, w, language);
    await promote(page, w, language);
    await context.close();
  });

  test(`the plan pages pass axe at 375 px (${language})`, async () => {
    const { context, page } = await newPage(browser, server.url, { language, viewport: { width: 375, height: 800 } });
    await signIn(page, 'lead@mpusd.example');
    for (const path of ['plan', 'plan/timeline', 'plan/print']) {
      await page.goto(`/teams/${teamId}/${path}`);
      await settled(page);
      await assertPageAccessible(page, `/${path} at 375 px (${language})`, { language });
    }
    await context.close();
  });
}
