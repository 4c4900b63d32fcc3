// Messages people can read (issue 17, item 2 and item 4's import points): every validation rule of the meeting
// planner and of the data import gives a sentence in English and in Spanish that names the field as the form
// labels it and says what to do; no raw field name (`starts_at`, `agenda[0]`) or "(rule ...)" is ever shown; the
// browser checks every field in one round, marks them aria-invalid with aria-describedby and focuses the first;
// a failed import never shows a full progress bar, and a student file without required columns names them; a
// data file's every problem (a bad district code, a school year or count that is not one, a point's bad date and
// number) is a sentence in the reader's language naming the column and the value as read: no English row in Spanish.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

let server;
let browser;
let teamId;
let orgId;

const WORDS = {
  en: {
    title: 'Title',
    goal: 'Goal',
    start: 'Start (date and time)',
    mode: 'Mode',
    duration: 'Length (minutes)',
    item1Title: 'Item 1: title',
    item1Minutes: 'Item 1: minutes',
    objective: (n) => `Objective ${n}`,
    addObjective: 'Add an objective',
    schedule: 'Schedule',
    saveDraft: 'Save draft',
    checkFields: 'Some fields need your attention.',
    required: (label) => `${label}: fill this in.`,
    tooLong: (label, max) => `${label}: use at most ${max} characters.`,
    notANumber: (label) => `${label}: enter a whole number.`,
    range: (label, min, max) => `${label}: enter a number from ${min} to ${max}.`,
    agendaTitle: 'Agenda item 1: Title',
    agendaMinutes: 'Agenda item 1: Minutes',
    objectives: 'Objectives: a 60-minute meeting has at most 2.',
    file: 'File',
    year: 'School year (first calendar year)',
    import: 'Import',
    emptyFile: 'The file is empty. Choose the file with your data.',
    missing: "The file's first line has no district_code or grade columns.",
    failed: 'Stopped: the file was not imported.',
    badDistrict: 'Column 1: “27-66O92” is not a district code. Use the 7-digit county and district code or the 14-digit CDS code.',
    badYear: 'Column 2: “20x4” is not a school year from 1990 to 2100. Write it like 2018-19.',
    badCount: 'Column 6: “many” is not a count. Write a whole number, 0 or more.',
    importPoints: 'Import the points',
    pointsFile: /^Spreadsheet file/,
    badDate: 'Line 2: Column 1: “13/1/2031” is not a date. Write it as YYYY-MM-DD or M/D/YYYY.',
    badNumber: 'Line 3: Column 2: “lots” is not a number.',
  },
  es: {
    title: 'Título',
    goal: 'Meta',
    start: 'Inicio (fecha y hora)',
    mode: 'Modalidad',
    duration: 'Duración (minutos)',
    item1Title: 'Punto 1: título',
    item1Minutes: 'Punto 1: minutos',
    objective: (n) => `Objetivo ${n}`,
    addObjective: 'Añadir un objetivo',
    schedule: 'Programar',
    saveDraft: 'Guardar borrador',
    checkFields: 'Algunos campos necesitan su atención.',
    required: (label) => `${label}: complete este campo.`,
    tooLong: (label, max) => `${label}: use como máximo ${max} caracteres.`,
    notANumber: (label) => `${label}: escriba un número entero.`,
    range: (label, min, max) => `${label}: escriba un número de ${min} a ${max}.`,
    agendaTitle: 'Punto de la agenda 1: Título',
    agendaMinutes: 'Punto de la agenda 1: Minutos',
    objectives: 'Objetivos: una reunión de 60 minutos tiene como máximo 2.',
    file: 'Archivo',
    year: 'Ciclo escolar (primer año calendario)',
    import: 'Importar',
    emptyFile: 'El archivo está vacío. Elija el archivo con sus datos.',
    missing: 'La primera línea del archivo no tiene las columnas district_code o grade.',
    failed: 'Detenido: el archivo no se importó.',
    badDistrict: 'Columna 1: «27-66O92» no es un código de distrito. Use el código de condado y distrito de 7 dígitos o el código CDS de 14 dígitos.',
    badYear: 'Columna 2: «20x4» no es un ciclo escolar de 1990 a 2100. Escríbalo como 2018-19.',
    badCount: 'Columna 6: «many» no es un recuento. Escriba un número entero, 0 o más.',
    importPoints: 'Importar los puntos',
    pointsFile: /^Archivo de la hoja de cálculo/,
    badDate: 'Línea 2: Columna 1: «13/1/2031» no es una fecha. Escríbala como YYYY-MM-DD o M/D/YYYY.',
    badNumber: 'Línea 3: Columna 2: «lots» no es un número.',
  },
};

/** The English the server writes in each problem's message: none of it may reach a Spanish reader. */
const SERVER_ENGLISH = /is not a 7-digit|must be a year|must be a whole number|must be YYYY-MM-DD|must be a number|fields where the header/;

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

/** Nothing raw from the server: no field names, no rule ids, no English "is required". */
async function assertNoRawText(page) {
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(text, /starts_at|duration_minutes|agenda\[\d|\(rule |is required|must be at most/, text);
}

/** The field's error sentence, through the control's aria-describedby (so the tie is checked too). */
async function errorOf(page, label) {
  const control = page.getByLabel(label, { exact: true });
  assert.equal(await control.getAttribute('aria-invalid'), 'true', `${label} is marked invalid`);
  const ids = (await control.getAttribute('aria-describedby')).split(' ');
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

for (const language of ['en', 'es']) {
  const w = WORDS[language];

  test(`${language}: the planner's every rule reads as a sentence naming the field`, async () => {
    const { context, page } = await newPage(browser, server.url, { language, timezoneId: 'America/Los_Angeles' });
    await signIn(page, 'lead@mpusd.example');
    const sent = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' && r.url().includes('/meetings')) sent.push(r.url());
    });
    await page.goto(`/teams/${teamId}/meetings/new`);
    await settled(page);

    // Browser checks, all in one round: an empty title, a 5,000-character item title, minutes that are not a
    // number, a length out of range; scheduling also needs a goal, a start and a mode.
    await page.getByLabel(w.item1Title).fill('x'.repeat(5000));
    await page.getByLabel(w.item1Minutes).fill('ten');
    await page.getByLabel(w.duration).fill('5000');
    await page.getByRole('button', { name: w.schedule }).click();
    await page.locator('.form-alert', { hasText: w.checkFields }).waitFor();
    assert.equal(await errorOf(page, w.title).then((t) => t.includes(w.required(w.title))), true);
    assert.match(await errorOf(page, w.item1Title), new RegExp(escape(w.tooLong(w.agendaTitle, 300))));
    assert.match(await errorOf(page, w.item1Minutes), new RegExp(escape(w.notANumber(w.agendaMinutes))));
    assert.match(await errorOf(page, w.duration), new RegExp(escape(w.range(w.duration, 1, 1440))));
    assert.match(await errorOf(page, w.goal), new RegExp(escape(w.required(w.goal))));
    assert.match(await errorOf(page, w.start), new RegExp(escape(w.required(w.start))));
    assert.match(await errorOf(page, w.mode), new RegExp(escape(w.required(w.mode))));
    // Focus is on the first field in error, and nothing was sent.
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'title');
    assert.deepEqual(sent, []);
    await assertNoRawText(page);

    // A title too long, checked before sending too.
    await page.getByLabel(w.title, { exact: true }).fill('t'.repeat(201));
    await page.getByRole('button', { name: w.saveDraft }).click();
    assert.match(await errorOf(page, w.title), new RegExp(escape(w.tooLong(w.title, 200))));

    // What only the server knows: the guide's rules. Three objectives for an hour.
    await page.getByLabel(w.title, { exact: true }).fill('Rules check');
    await page.getByLabel(w.goal).fill('See the rules in words');
    await page.getByLabel(w.start).fill('2026-12-08T15:30');
    await page.getByLabel(w.mode).selectOption('in_person');
    await page.getByLabel(w.duration).fill('60');
    await page.getByLabel(w.item1Title).fill('Discussion');
    await page.getByLabel(w.item1Minutes).fill('20');
    await page.getByLabel(w.objective(1)).fill('One');
    for (const n of [2, 3]) {
      await page.getByRole('button', { name: w.addObjective }).click();
      await page.getByLabel(w.objective(n)).fill(`Objective ${n}`);
    }
    await page.getByRole('button', { name: w.schedule }).click();
    await page.locator('.field-error', { hasText: w.objectives }).waitFor();
    assert.match(await page.locator('.form-alert').innerText(), new RegExp(escape(w.checkFields)));
    assert.equal(sent.length, 1, 'the server was asked once');
    await assertNoRawText(page);
    await context.close();
  });

  test(`${language}: the import's empty file, missing columns, and a failed import's bar`, async () => {
    const { context, page } = await newPage(browser, server.url, { language });
    await signIn(page, 'lead@mpusd.example');
    await page.goto(`/organizations/${orgId}/data/import`);
    await settled(page);
    await page.locator('input[name="kind"][value="aggregate"]').check();
    await page.getByLabel(w.file, { exact: true }).setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await page.getByRole('button', { name: w.import, exact: true }).click();
    assert.match(await errorOf(page, w.file), new RegExp(escape(w.emptyFile)));
    await assertNoRawText(page);

    await page.locator('input[name="kind"][value="students"]').check();
    await page.getByLabel(w.year).fill('2024');
    const csv = 'school_code,ethnicity\n1111111,HI\n1111111,WH\n';
    await page.getByLabel(w.file, { exact: true }).setInputFiles({ name: 'no-grade.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: w.import, exact: true }).click();
    const problems = page.locator('section.panel-warning');
    await problems.getByText(w.missing).waitFor();
    // The bar of the failed import is not full.
    await page.locator('.progress-text', { hasText: w.failed }).waitFor();
    const bar = await page.locator('.upload-progress progress').evaluate((p) => ({ value: p.value, max: p.max }));
    assert.ok(bar.value < bar.max, JSON.stringify(bar));
    if (language === 'es') assert.doesNotMatch(await problems.innerText(), /the header has no/);
    await context.close();
  });

  test(`${language}: a data file's every problem is a sentence naming the column and the value read`, async () => {
    const { context, page } = await newPage(browser, server.url, { language });
    await signIn(page, 'lead@mpusd.example');
    await page.goto(`/organizations/${orgId}/data/import`);
    await settled(page);
    const problems = page.locator('section.panel-warning');
    const upload = async (name, csv) => {
      await page.getByLabel(w.file, { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: w.import, exact: true }).click();
    };

    // A student file whose district code has a letter O for a zero.
    await page.locator('input[name="kind"][value="students"]').check();
    await page.getByLabel(w.year).fill('2024');
    await upload('students.csv', 'district_code,grade\n27-66O92,3\n2766092,4\n');
    await problems.getByRole('cell', { name: w.badDistrict, exact: true }).waitFor();
    // The rows are the app's sentences in either language; in Spanish the server's English detail is left out too.
    assert.doesNotMatch(await problems.locator('tbody').innerText(), SERVER_ENGLISH);
    if (language === 'es') assert.doesNotMatch(await problems.innerText(), SERVER_ENGLISH);

    // An aggregate file with a school year and a count that are not ones.
    await page.locator('input[name="kind"][value="aggregate"]').check();
    const header = 'org_code,year,indicator,direction,group,denominator,numerator';
    await upload('counts.csv', `${header}\n27660920000000,20x4,suspension,lower_is_better,ALL,100,5\n27660920000000,2024,suspension,lower_is_better,HI,many,5\n`);
    await problems.getByRole('cell', { name: w.badYear, exact: true }).waitFor();
    await problems.getByRole('cell', { name: w.badCount, exact: true }).waitFor();
    assert.doesNotMatch(await problems.locator('tbody').innerText(), SERVER_ENGLISH);
    if (language === 'es') assert.doesNotMatch(await problems.innerText(), SERVER_ENGLISH);
    await assertNoRawText(page);

    // A measure's points with a date and a number that are not ones: the measure page lists them by line.
    const measureId = await page.evaluate(async () => {
      const { teams } = await (await fetch('/api/v1/teams')).json();
      const team = teams.find((t) => t.name === 'MTSS for foster and homeless youth' && t.organization.name.startsWith('Monterey'));
      const { measures } = await (await fetch(`/api/v1/teams/${team.id}/measures`)).json();
      return measures[0].id;
    });
    await page.goto(`/measures/${measureId}`);
    await settled(page);
    await page.getByLabel(w.pointsFile).setInputFiles({ name: 'points.csv', mimeType: 'text/csv', buffer: Buffer.from('date,value\n13/1/2031,4\n2031-02-01,lots\n') });
    await page.getByRole('button', { name: w.importPoints }).click();
    const list = page.locator('.import-problems');
    await list.getByText(w.badDate, { exact: true }).waitFor();
    await list.getByText(w.badNumber, { exact: true }).waitFor();
    assert.doesNotMatch(await list.innerText(), SERVER_ENGLISH);
    await context.close();
  });
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
