// Measures and their run charts (issue 13): the lead of Monterey's MTSS team follows the demo measure from the team
// page, reads its run chart (an svg image with a summary), its table of points and the shift the prototype brought,
// adds a point for a new month and sees it in the table, meets the conflict of a second point on the same date with
// what was typed kept, downloads the measures as a spreadsheet and as CSV, and the page passes axe at 1280 and 320 px;
// takes a new measure's points from the team's data view (once: the second time is refused); the same in Spanish.
// One server for the whole file.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, teamIdByName } from './harness.mjs';

const TEAM = 'MTSS for foster and homeless youth';
const MEASURE = 'Chronic absence, foster and homeless students';

let server;
let browser;
let teamId; // Monterey's MTSS team (Lancaster has a team of the same name)

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  teamId = await teamIdByName(server, TEAM);
});

after(() => stopServerAndBrowser({ server, browser }));

const section = (page, heading) => page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });

/** A civil date as the app writes it: no time zone moves it. */
const longDate = (date, language) =>
  new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** The first day of the month after the measure's last point: a date with no point yet. */
async function nextMonth(page) {
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const measure = await page.evaluate(async (measureId) => (await fetch(`/api/v1/measures/${measureId}`)).json(), id);
  const last = measure.points[measure.points.length - 1].date;
  const [year, month] = last.split('-').map(Number);
  return `${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

const TEXT = {
  en: {
    measures: 'Measures',
    chart: 'Run chart',
    chartLabel: `Run chart of ${MEASURE}`,
    shift: /\d+ points in a row below the median from .+ to .+: a shift\./,
    signalCell: 'shift',
    add: 'Add the point',
    added: (date) => `Point added for ${date}.`,
    taken: (date) => `There is already a point for ${date}. Choose another date.`,
    conflict: 'The point was not added: that date already has a point.',
    astronomical: /astronomical point/,
    editPoint: (date) => `Edit the point of ${date}`,
    removePoint: (date) => `Remove the point of ${date}`,
    confirmRemove: (date) => `Remove the point of ${date} — confirm`,
    astronomicalBox: /^Astronomical point/,
    astronomicalCell: 'astronomical',
    savePoint: 'Save the point',
    saved: (date) => `Point of ${date} saved.`,
    removed: (date) => `Point of ${date} removed.`,
    firstPoints: 'The first points only (a frozen baseline)',
    pointsCount: 'Number of first points',
    saveBaseline: 'Save where the median comes from',
    medianFirst8: /, from the first 8 points$/,
    file: /^Spreadsheet file/,
    importButton: 'Import the points',
    imported: '2 points added.',
    noneAdded: /No point was added/,
    line: /^Line \d+: /,
    chartNotes: /Notes on the chart, numbered: /,
    baselineConflict: /someone else changed this measure/,
    download: 'Download the measures',
    xlsx: 'Download spreadsheet (XLSX)',
    pointsCsv: 'Points (CSV)',
    pointsHeader: 'Measure,Date,Value,Note,Astronomical',
    group: 'Student group',
    fromView: 'Take the rates from the view',
    fromViewAdded: '1 point added from the data view.',
    fromViewConflict: (date) => `No point was added: the measure already has points on ${date}.`,
  },
  es: {
    measures: 'Medidas',
    chart: 'Gráfico de corridas',
    chartLabel: `Gráfico de corridas de ${MEASURE}`,
    shift: /\d+ puntos seguidos por debajo de la mediana de .+ a .+: un desplazamiento\./,
    signalCell: 'desplazamiento',
    add: 'Agregar el punto',
    added: (date) => `Punto agregado para el ${date}.`,
    taken: (date) => `Ya hay un punto para el ${date}. Elija otra fecha.`,
    conflict: 'El punto no se agregó: esa fecha ya tiene un punto.',
    astronomical: /punto astronómico/,
    editPoint: (date) => `Editar el punto del ${date}`,
    removePoint: (date) => `Quitar el punto del ${date}`,
    confirmRemove: (date) => `Quitar el punto del ${date}: confirmar`,
    astronomicalBox: /^Punto astronómico/,
    astronomicalCell: 'astronómico',
    savePoint: 'Guardar el punto',
    saved: (date) => `Punto del ${date} guardado.`,
    removed: (date) => `Punto del ${date} quitado.`,
    firstPoints: 'Solo los primeros puntos (una línea base fija)',
    pointsCount: 'Número de primeros puntos',
    saveBaseline: 'Guardar de dónde sale la mediana',
    medianFirst8: /, de los primeros 8 puntos$/,
    file: /^Archivo de la hoja de cálculo/,
    importButton: 'Importar los puntos',
    imported: 'Se agregaron 2 puntos.',
    noneAdded: /No se agregó ningún punto/,
    line: /^Línea \d+: /,
    chartNotes: /Notas en el gráfico, numeradas: /,
    baselineConflict: /otra persona cambió esta medida/,
    download: 'Descargar las medidas',
    xlsx: 'Descargar hoja de cálculo (XLSX)',
    pointsCsv: 'Puntos (CSV)',
    pointsHeader: 'Medida,Fecha,Valor,Nota,Astronómico',
    group: 'Grupo de estudiantes',
    fromView: 'Tomar las tasas de la vista',
    fromViewAdded: 'Se agregó 1 punto desde la vista de datos.',
    fromViewConflict: (date) => `No se agregó ningún punto: la medida ya tiene puntos el ${date}.`,
  },
};

/** Corrects the first point's value and marks it astronomical, then removes the last point, confirming in its row. */
async function editAndRemovePoint(page, words, language) {
  const measure = await currentMeasure(page);
  const first = longDate(measure.points[0].date, language);
  await page.getByRole('button', { name: words.editPoint(first) }).click();
  await page.locator('input[name="edit-value"]').fill('31');
  await page.getByRole('checkbox', { name: words.astronomicalBox }).check();
  await assertPageAccessible(page, `the measure page editing a point (${language})`, { language });
  await page.getByRole('button', { name: words.savePoint }).click();
  await page.getByRole('status').getByText(words.saved(first)).waitFor();
  const row = page.getByRole('row', { name: new RegExp(first) });
  await row.getByRole('cell', { name: words.astronomicalCell, exact: true }).waitFor();
  await row.getByText('31').first().waitFor();
  assert.equal(await page.locator('svg[role="img"] .run-chart-astronomical').count(), 1, 'a ring marks the astronomical point on the chart');
  assert.ok((await page.locator('svg[role="img"] .run-chart-note').count()) >= 1, 'the notes are marked on the chart');
  assert.match(await page.locator('svg[role="img"]').getAttribute('aria-label'), words.chartNotes);

  const last = longDate(measure.points[measure.points.length - 1].date, language);
  const rowsBefore = await page.locator('table tbody tr').count();
  await page.getByRole('button', { name: words.removePoint(last) }).click();
  await page.getByRole('button', { name: words.confirmRemove(last) }).click();
  await page.getByRole('status').getByText(words.removed(last)).waitFor();
  assert.equal(await page.locator('table tbody tr').count(), rowsBefore - 1);
}

async function currentMeasure(page) {
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  return page.evaluate(async (measureId) => (await fetch(`/api/v1/measures/${measureId}`)).json(), id);
}

/** Freezes the baseline at the first 8 points and reads the median's label change. */
async function freezeBaseline(page, words) {
  // Someone else changes where the median comes from after the page loaded: the first save meets the conflict.
  const measure = await currentMeasure(page);
  await page.evaluate(async ({ id, version }) => {
    const { csrf_token: csrf } = await (await fetch('/api/v1/session')).json();
    await fetch(`/api/v1/measures/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ baseline_points: 5, version }),
    });
  }, { id: measure.id, version: measure.version });
  await page.getByRole('radio', { name: words.firstPoints }).check();
  await page.getByLabel(words.pointsCount).fill('8');
  await page.getByRole('button', { name: words.saveBaseline }).click();
  await page.locator('.form-alert', { hasText: words.baselineConflict }).waitFor();
  assert.equal(await page.getByLabel(words.pointsCount).inputValue(), '5', 'the current value is shown');
  await page.getByLabel(words.pointsCount).fill('8');
  await page.getByRole('button', { name: words.saveBaseline }).click();
  await page.locator('dd', { hasText: words.medianFirst8 }).waitFor();
}

/** Imports two rows from a CSV, then a bad one whose problems are listed by line with no point added. */
async function importPoints(page, words, language) {
  const year = language === 'en' ? 2031 : 2032;
  const rowsBefore = await page.locator('table tbody tr').count();
  const good = `date,value,note\n${year}-01-01,9.5,imported\n2/1/${year},10%,\n`;
  await page.getByLabel(words.file).setInputFiles({ name: 'points.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: words.importButton }).click();
  await page.getByRole('status').getByText(words.imported).waitFor();
  assert.equal(await page.locator('table tbody tr').count(), rowsBefore + 2);

  const bad = `date,value\n${year}-03-01,abc\nnot a date,4\n`;
  await page.getByLabel(words.file).setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: words.importButton }).click();
  await page.locator('.form-alert', { hasText: words.noneAdded }).waitFor();
  await page.locator('.import-problems li', { hasText: words.line }).first().waitFor();
  assert.equal(await page.locator('table tbody tr').count(), rowsBefore + 2, 'no point of the bad file added');
}

for (const language of ['en', 'es']) {
  test(`the lead corrects, removes, imports points and freezes the baseline (${language})`, async () => {
    const words = TEXT[language];
    const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
    await signIn(page, 'lead@mpusd.example');
    await openMeasure(page, words);
    await editAndRemovePoint(page, words, language);
    await freezeBaseline(page, words);
    await importPoints(page, words, language);
    await assertPageAccessible(page, `the measure page after editing (${language})`, { language });
    await context.close();
  });
}

/** From the team page to the measure's page, by the link in the Measures section. */
async function openMeasure(page, words) {
  await page.goto(`/teams/${teamId}/guide`);
  await settled(page);
  const measures = section(page, words.measures);
  await measures.getByRole('link', { name: MEASURE, exact: true }).click();
  await page.waitForURL(/\/measures\/\d+$/);
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), MEASURE);
}

async function checkChartAndTable(page, words) {
  const chart = page.locator('svg[role="img"]');
  assert.equal(await chart.count(), 1, 'one run chart');
  assert.ok((await chart.getAttribute('aria-label')).startsWith(words.chartLabel), 'the chart is named by its summary');
  assert.equal(await chart.getAttribute('width'), '100%');
  assert.ok(await chart.getAttribute('viewBox'));
  assert.ok((await chart.locator('.run-chart-signal').count()) >= 6, 'the points of the shift are marked');
  await page.getByRole('heading', { name: words.chart, exact: true }).waitFor();
  await page.getByText(words.shift).first().waitFor();
  await page.getByText(words.astronomical).waitFor();
  const rows = page.locator('table tbody tr');
  assert.ok((await rows.count()) >= 6, 'a row for every point');
  assert.ok((await page.locator('table tbody td', { hasText: words.signalCell }).count()) >= 6, 'the table names the shift');
}

/** Adds a point for a new month, sees it in the table, then tries the same date again and meets the conflict. */
async function addPointAndConflict(page, words, language) {
  const date = await nextMonth(page);
  const shown = longDate(date, language);
  const rowsBefore = await page.locator('table tbody tr').count();
  await page.locator('input[name="date"]').fill(date);
  await page.locator('input[name="value"]').fill('7.5');
  await page.locator('input[name="note"]').fill(`e2e ${language}`);
  await page.getByRole('button', { name: words.add }).click();
  await page.getByRole('status').getByText(words.added(shown)).waitFor();
  assert.equal(await page.locator('table tbody tr').count(), rowsBefore + 1);
  await page.getByRole('row', { name: new RegExp(shown) }).getByText(`e2e ${language}`).waitFor();
  assert.ok(await page.evaluate(() => document.activeElement?.id === 'points'), 'focus moves to the points heading');
  assert.equal(await page.locator('input[name="date"]').inputValue(), '', 'the form is empty for the next point');

  await page.locator('input[name="date"]').fill(date);
  await page.locator('input[name="value"]').fill('8');
  await page.getByRole('button', { name: words.add }).click();
  await page.locator('.field-error', { hasText: words.taken(shown) }).waitFor();
  await page.locator('.form-alert', { hasText: words.conflict }).waitFor();
  assert.equal(await page.locator('input[name="date"]').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('input[name="date"]').inputValue(), date, 'the date typed is kept');
  assert.equal(await page.locator('input[name="value"]').inputValue(), '8', 'the value typed is kept');
  assert.equal(await page.locator('table tbody tr').count(), rowsBefore + 1, 'no second point on that date');
}

for (const language of ['en', 'es']) {
  test(`the lead reads the run chart, adds a point and meets a conflict (${language})`, async () => {
    const words = TEXT[language];
    const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
    await signIn(page, 'lead@mpusd.example');
    await openMeasure(page, words);
    await checkChartAndTable(page, words);
    await assertPageAccessible(page, `the measure page (${language})`, { language });
    await addPointAndConflict(page, words, language);
    await assertPageAccessible(page, `the measure page with a conflict (${language})`, { language });
    await context.close();
  });

  test(`the measure page passes axe at 320 px (${language})`, async () => {
    const words = TEXT[language];
    const { context, page } = await newPage(browser, server.url, { language, viewport: { width: 320, height: 800 } });
    await signIn(page, 'lead@mpusd.example');
    await openMeasure(page, words);
    const box = await page.locator('svg[role="img"]').boundingBox();
    assert.ok(box && box.width <= 320, `the chart fits 320 px (${box?.width})`);
    await assertPageAccessible(page, `the measure page at 320 px (${language})`, { language });
    await page.goto(`/teams/${teamId}/guide`);
    await settled(page);
    await section(page, words.measures).getByRole('link', { name: MEASURE, exact: true }).waitFor();
    await assertPageAccessible(page, `the team page with its measures at 320 px (${language})`, { language });
    await context.close();
  });
}

/** Follows a download link in `where` and answers the saved file's bytes and suggested name. */
async function download(page, where, linkName) {
  const [file] = await Promise.all([page.waitForEvent('download'), where.getByRole('link', { name: linkName, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

for (const language of ['en', 'es']) {
  test(`the team's measures download as a spreadsheet and as CSV (${language})`, async () => {
    const words = TEXT[language];
    const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
    await signIn(page, 'lead@mpusd.example');
    await page.goto(`/teams/${teamId}/guide`);
    await settled(page);
    const links = section(page, words.download);
    const workbook = await download(page, links, words.xlsx);
    assert.match(workbook.name, /^MTSS for foster and homeless youth \d{4}-\d{2}-\d{2}\.xlsx$/, "named after the team (filename*, UTF-8)");
    assert.ok(workbook.bytes.length > 1000 && workbook.bytes.subarray(0, 2).toString() === 'PK', 'an XLSX (zip) file');
    const points = await download(page, links, words.pointsCsv);
    const text = points.bytes.toString('utf8');
    assert.ok(text.startsWith(`${words.pointsHeader}\r\n`), `the points sheet in the page's language: ${text.slice(0, 80)}`);
    assert.ok(text.includes(`"${MEASURE}",`), "the demo measure's points are in it (its name quoted: it has a comma)");

    await openMeasure(page, words);
    const again = await download(page, section(page, words.download), words.xlsx);
    assert.ok(again.bytes.length > 1000, 'the measure page offers the same workbook');
    await context.close();
  });
}

/** A new measure of the MTSS team (made through the API, as the page's own session), for a test to change freely. */
async function newMeasure(page, name) {
  return page.evaluate(async ({ team, measureName }) => {
    const { csrf_token: csrf } = await (await fetch('/api/v1/session')).json();
    const r = await fetch(`/api/v1/teams/${team}/measures`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ name: measureName, unit: '%', direction: 'lower_is_better' }),
    });
    return (await r.json()).id;
  }, { team: teamId, measureName: name });
}

for (const language of ['en', 'es']) {
  test(`the lead adds a measure's points from the team's data view, once (${language})`, async () => {
    const words = TEXT[language];
    const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
    await signIn(page, 'lead@mpusd.example');
    const id = await newMeasure(page, `Chronic absence, homeless students (${language})`);
    await page.goto(`/measures/${id}`);
    await settled(page);
    // The demo's MTSS team attached Monterey's chronic absence of 2025-26; homeless youth are group HOM.
    await page.getByLabel(words.group).selectOption('HOM');
    await page.getByRole('button', { name: words.fromView }).click();
    await page.getByRole('status').getByText(words.fromViewAdded).waitFor();
    const shown = longDate('2025-08-15', language);
    await page.getByRole('row', { name: new RegExp(shown) }).getByText(/chronic_absence, 2025–26, (group|grupo) HOM/).waitFor();
    await assertPageAccessible(page, `the measure page after points from a data view (${language})`, { language });

    await page.getByRole('button', { name: words.fromView }).click();
    await page.locator('.form-alert', { hasText: words.fromViewConflict(shown) }).waitFor();
    assert.equal(await page.locator('table tbody tr').count(), 1, 'nothing added the second time');
    await context.close();
  });
}
