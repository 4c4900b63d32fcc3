// Prototypes and their PDSA cycles (issue 12, item 3): the lead of Monterey's MTSS team reaches the prototypes from
// the team's improvement cycle tab, reads the demo prototype's two versions with their cycles as four labelled
// phases, starts a prototype of their own, adds a version, plans a cycle on it that names the team's measure, moves
// it to Do, records a scale decision and reopens it (the cycle has two questions, each with its prediction; the lead
// corrects the version's description and re-plans the cycle before its Do, removing a question); the measure page lists the cycles on its run chart. Every page
// passes axe at 1280 and 320 px, in English and in Spanish. One server for the whole file.
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
    section: 'Prototypes', open: 'Prototypes and test cycles', demo: /Welcome and check-in meeting/,
    phases: ['Plan', 'Do', 'Study', 'Act'], adapted: 'Started from an adapted test cycle.', v2c1: /Version 2, cycle 1/,
    start: 'Start a prototype', title: 'Title', ifWe: 'If we ...', thenWhat: 'then ...', forWhom: /^for \.\.\./,
    create: 'Start the prototype', sentence: /^If we pair each new student with a mentor, then they attend more for ninth graders\.$/,
    description: 'What this version does', addVersion: 'Add the version', versionAdded: 'Version 1 was added.',
    question: 'Question', prediction: /^Prediction/, measure: 'Measure to watch', planCycle: 'Plan the cycle',
    planned: 'A cycle was planned on version 1.', moveDo: 'Move to Do', moved: 'The cycle moved to Do.',
    required: /Some fields need your attention/, reasons: 'Reasons', decide: 'Record the decision',
    decided: /Decision recorded: Scaled/, reopen: 'Reopen for testing', reopened: 'The prototype is being tested again.',
    marks: 'Test cycles on this chart', mark: /v1 · cycle 1/,
    insights: 'Insights it answers', noInsight: 'No insight linked yet.', chooseInsights: 'Choose the insights it answers', save: 'Save the insights', insightsSaved: 'Insights saved.',
    editDescription: 'Edit the description of version 1', saveDescription: 'Save the description', versionSaved: 'Version 1 was saved.',
    planForm: 'Plan a test cycle on version 1', row: (n) => `Question ${n}`, addQuestion: 'Add a question', removeQuestion: 'Remove question 2',
    replan: 'Change the plan of cycle 1', replanForm: 'The plan of version 1, cycle 1', savePlan: 'Save the plan', replanned: 'The plan of cycle 1 was saved.',
  },
  es: {
    section: 'Prototipos', open: 'Prototipos y ciclos de prueba', demo: /Welcome and check-in meeting/,
    phases: ['Planificar', 'Hacer', 'Estudiar', 'Actuar'], adapted: 'Se inició a partir de un ciclo de prueba adaptado.', v2c1: /Versión 2, ciclo 1/,
    start: 'Iniciar un prototipo', title: 'Título', ifWe: 'Si ...', thenWhat: 'entonces ...', forWhom: /^para \.\.\./,
    create: 'Iniciar el prototipo', sentence: /^Si pair each new student with a mentor, entonces they attend more para ninth graders\.$/,
    description: 'Qué hace esta versión', addVersion: 'Agregar la versión', versionAdded: 'Se agregó la versión 1.',
    question: 'Pregunta', prediction: /^Predicción/, measure: 'Medida a observar', planCycle: 'Planificar el ciclo',
    planned: 'Se planificó un ciclo en la versión 1.', moveDo: 'Pasar a Hacer', moved: 'El ciclo pasó a Hacer.',
    required: /Algunos campos necesitan su atención/i, reasons: 'Razones', decide: 'Registrar la decisión',
    decided: /Decisión registrada: Ampliado/, reopen: 'Reabrir para seguir probando', reopened: 'El prototipo vuelve a estar en prueba.',
    marks: 'Ciclos de prueba en este gráfico', mark: /v1 · ciclo 1/,
    insights: 'Conclusiones a las que responde', noInsight: 'Todavía no hay ninguna conclusión vinculada.', chooseInsights: 'Elegir las conclusiones a las que responde', save: 'Guardar las conclusiones', insightsSaved: 'Conclusiones guardadas.',
    editDescription: 'Editar la descripción de la versión 1', saveDescription: 'Guardar la descripción', versionSaved: 'Se guardó la versión 1.',
    planForm: 'Planificar un ciclo de prueba en la versión 1', row: (n) => `Pregunta ${n}`, addQuestion: 'Agregar una pregunta', removeQuestion: 'Quitar la pregunta 2',
    replan: 'Cambiar el plan del ciclo 1', replanForm: 'El plan de la versión 1, ciclo 1', savePlan: 'Guardar el plan', replanned: 'Se guardó el plan del ciclo 1.',
  },
};

async function accessibleAtBothWidths(page, where, language) {
  await assertPageAccessible(page, `${where} at 1280 (${language})`, { language });
  await page.setViewportSize({ width: 320, height: 800 });
  await assertPageAccessible(page, `${where} at 320 (${language})`, { language });
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function readTheDemoPrototype(page, words, language) {
  await page.goto(`/teams/${teamId}/improvement`);
  await settled(page);
  await page.getByRole('heading', { name: words.section, exact: true }).waitFor();
  await page.getByRole('link', { name: words.open }).click();
  await settled(page);
  await accessibleAtBothWidths(page, 'the prototypes list', language);
  await page.getByRole('link', { name: words.demo }).click();
  await settled(page);
  for (const phase of words.phases) assert.equal(await page.getByRole('heading', { name: phase, exact: true, level: 5 }).count(), 2);
  await page.getByText(words.adapted).waitFor();
  await page.getByRole('heading', { name: words.v2c1 }).waitFor();
  // It answers the insight the team drew from its evidence (the demo's theme board).
  const answered = page.locator('.answered-insights');
  assert.equal(await answered.getByRole('heading', { name: words.insights }).count(), 1);
  assert.match(await answered.locator('li').first().innerText(), /no adult knows/);
  await accessibleAtBothWidths(page, 'the demo prototype', language);
}

async function testAPrototypeOfTheirOwn(page, words, language) {
  await page.goto(`/teams/${teamId}/prototypes`);
  await settled(page);
  await page.getByRole('button', { name: words.start }).click();
  await page.getByRole('button', { name: words.create }).click();
  await page.getByText(words.required).first().waitFor();
  await page.getByLabel(words.title).fill(`Mentors ${language}`);
  await page.getByLabel(words.ifWe).fill('pair each new student with a mentor');
  await page.getByLabel(words.thenWhat).fill('they attend more');
  await page.getByLabel(words.forWhom).fill('ninth graders');
  await page.getByRole('button', { name: words.create }).click();
  await page.getByRole('heading', { name: `Mentors ${language}`, level: 1 }).waitFor();
  await settled(page);
  assert.match((await page.locator('.hypothesis').textContent()).trim(), words.sentence);
  // A new prototype answers no insight until the lead chooses the team's one (a checkbox, then Save).
  await page.getByText(words.noInsight).waitFor();
  await page.getByRole('button', { name: words.chooseInsights }).click();
  await page.locator('.answered-insights input[type=checkbox]').first().check();
  await page.locator('.answered-insights').getByRole('button', { name: words.save, exact: true }).click();
  await page.getByText(words.insightsSaved).waitFor();
  assert.match(await page.locator('.answered-insights li').first().innerText(), /no adult knows/);
  await page.getByLabel(words.description).fill('A mentor meets the student weekly');
  await page.getByRole('button', { name: words.addVersion }).click();
  await page.getByText(words.versionAdded).waitFor();
  // The version's description, corrected in place.
  await page.getByRole('button', { name: words.editDescription }).click();
  const described = page.getByRole('form', { name: words.editDescription });
  await described.getByLabel(words.description).fill('A mentor meets the student every week');
  await described.getByRole('button', { name: words.saveDescription }).click();
  await page.getByRole('status').getByText(words.versionSaved).waitFor();
  await page.getByText('A mentor meets the student every week', { exact: true }).waitFor();
  // A cycle with two questions, each with its prediction.
  const plan = page.getByRole('form', { name: words.planForm });
  await plan.getByRole('group', { name: words.row(1) }).getByLabel(words.question).fill('Do mentors meet weekly?');
  await plan.getByRole('group', { name: words.row(1) }).getByLabel(words.prediction).fill('Most weeks');
  await plan.getByRole('button', { name: words.addQuestion }).click();
  await plan.getByRole('group', { name: words.row(2) }).getByLabel(words.question).fill('Do students come back after a move?');
  await plan.getByRole('group', { name: words.row(2) }).getByLabel(words.prediction).fill('Half of them');
  await plan.getByLabel(words.measure).selectOption({ index: 1 });
  await plan.getByRole('button', { name: words.planCycle }).click();
  await page.getByText(words.planned).waitFor();
  const cycle = page.locator('.pdsa-cycle');
  await cycle.getByText('Do students come back after a move?').waitFor();
  // Re-planned before its Do: the second question goes, the first is reworded.
  await page.getByRole('button', { name: words.replan }).click();
  const replan = page.getByRole('form', { name: words.replanForm });
  assert.equal(await replan.getByRole('group', { name: words.row(2) }).getByLabel(words.prediction).inputValue(), 'Half of them', 'the plan is prefilled');
  await accessibleAtBothWidths(page, 'a cycle being re-planned', language);
  await replan.getByRole('button', { name: words.removeQuestion }).click();
  await replan.getByRole('group', { name: words.row(1) }).getByLabel(words.question).fill('Do mentors meet every week?');
  await replan.getByRole('button', { name: words.savePlan }).click();
  await page.getByRole('status').getByText(words.replanned).waitFor();
  await cycle.getByText('Do mentors meet every week?').waitFor();
  assert.equal(await cycle.getByText('Do students come back after a move?').count(), 0);
  await page.getByRole('button', { name: words.moveDo }).click();
  await page.getByText(words.moved).waitFor();
  await accessibleAtBothWidths(page, 'a new prototype with a cycle in Do', language);
  await page.getByLabel(words.reasons).fill('Every student met a mentor');
  await page.getByRole('button', { name: words.decide }).click();
  await page.getByText(words.decided).waitFor();
  assert.equal(await page.getByRole('button', { name: words.addVersion }).count(), 0, 'a decided prototype is read-only');
  await page.getByRole('button', { name: words.reopen }).click();
  await page.getByText(words.reopened).waitFor();
}

async function seeTheCyclesOnTheRunChart(page, words, language) {
  const measureId = await page.evaluate(async (id) => (await (await fetch(`/api/v1/teams/${id}/measures`)).json()).measures[0].id, teamId);
  await page.goto(`/measures/${measureId}`);
  await settled(page);
  await page.getByRole('heading', { name: words.marks }).waitFor();
  assert.ok(await page.locator('.run-chart-cycle').count() >= 2, 'the cycles are drawn on the chart');
  await page.locator('.run-chart-cycle-list li', { hasText: words.mark }).first().waitFor();
  await assertPageAccessible(page, `the measure page with its cycles (${language})`, { language });
}

for (const language of ['en', 'es']) {
  test(`the lead reads, tests and decides prototypes, and sees their cycles on the run chart (${language})`, async () => {
    const words = TEXT[language];
    const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
    await signIn(page, 'lead@mpusd.example');
    await readTheDemoPrototype(page, words, language);
    await testAPrototypeOfTheirOwn(page, words, language);
    await seeTheCyclesOnTheRunChart(page, words, language);
    await context.close();
  });
}
