// Guards (issue 17): closing a meeting that has not started, or whose attendance is mostly unrecorded, asks first and
// says what will be sent (the minutes by mail to so many people, or, on a server without mail, minutes to print or
// share); after closing, "e-mailed" only when mail went out; an action item due before its meeting's date is refused
// with a sentence in the reader's language; the planner's rules summary waits for something to check, and its agenda
// kinds read in full at 320 and 1280 px. English and Spanish.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, launchBrowser, newPage, settled, signIn, startServer } from './harness.mjs';

let mailed; // a demo server with mail
let mailless; // a demo server with no mail configured
let browser;

before(async () => {
  [mailed, mailless] = await Promise.all([startServer(), startServer({ mail: false })]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all([mailed?.stop(), mailless?.stop()]);
});

const WORDS = {
  en: {
    close: 'Close the meeting…',
    cancel: 'Cancel',
    notStarted: /This meeting has not started yet: it is set for .*2030/,
    unrecorded: /Attendance is not recorded for (\d+) of (\d+) people\./,
    mailTo: (n) => `The minutes will be e-mailed to ${n} people.`,
    noMail: 'The minutes will be ready to print or share; this server sends no mail.',
    anyway: /^Close it anyway\?/,
    yesMail: 'Yes, close and send the minutes',
    yesNoMail: 'Yes, close the meeting',
    closedMailed: 'The meeting is closed and the minutes were e-mailed.',
    closedPrint: 'The meeting is closed. The minutes are ready to print or share; this server sends no mail.',
    addAction: 'Add an action item',
    what: 'What',
    owner: 'Owner',
    due: 'Due',
    addSubmit: 'Add the action item',
    dueBefore: "the date is before the meeting's date (May 14, 2030). Choose May 14, 2030 or a later day.",
    planner: 'Plan a meeting',
    waiting: /^Add an objective or an agenda item to check the plan/,
    objective1: 'Objective 1',
    kind1: 'Item 1: kind',
    longestKind: 'Discussion and questions',
  },
  es: {
    close: 'Cerrar la reunión…',
    cancel: 'Cancelar',
    notStarted: /Esta reunión aún no ha empezado: está fijada para .*2030/,
    unrecorded: /No se ha registrado la asistencia de (\d+) de (\d+) personas\./,
    mailTo: (n) => `El acta se enviará por correo a ${n} personas.`,
    noMail: 'El acta quedará lista para imprimir o compartir; este servidor no envía correo.',
    anyway: /^¿Cerrarla de todos modos\?/,
    yesMail: 'Sí, cerrar y enviar el acta',
    yesNoMail: 'Sí, cerrar la reunión',
    closedMailed: 'La reunión está cerrada y el acta se envió por correo.',
    closedPrint: 'La reunión está cerrada. El acta está lista para imprimir o compartir; este servidor no envía correo.',
    addAction: 'Añadir una tarea',
    what: 'Qué',
    owner: 'Responsable',
    due: 'Fecha límite',
    addSubmit: 'Añadir la tarea',
    dueBefore: 'la fecha límite es anterior a la fecha de la reunión (14 de mayo de 2030). Elija el 14 de mayo de 2030 o un día posterior.',
    planner: 'Planificar una reunión',
    waiting: /^Añada un objetivo o un punto de la agenda para revisar el plan/,
    objective1: 'Objetivo 1',
    kind1: 'Punto 1: tipo',
    longestKind: null, // read from the page below
  },
};

/** A scheduled meeting of the lead's team through the API: `startsAt` an RFC 3339 instant. Its id and team. */
async function planMeeting(page, title, startsAt) {
  return page.evaluate(
    async ({ title, startsAt }) => {
      const { csrf_token } = await (await fetch('/api/v1/session')).json();
      const me = await (await fetch('/api/v1/me')).json();
      const team = me.teams.find((t) => t.name === 'World Languages Standards');
      const answer = await fetch(`/api/v1/teams/${team.id}/meetings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
        body: JSON.stringify({
          title, goal: 'Agree on next steps', starts_at: startsAt, time_zone: 'America/Los_Angeles', duration_minutes: 60,
          mode: 'in_person', location: 'Room 4', objectives: ['Agree on next steps'], status: 'scheduled',
          agenda: [{ title: 'Updates', minutes: 10, kind: 'information' }, { title: 'Questions', minutes: 25, kind: 'discussion' }],
        }),
      });
      if (answer.status !== 201) throw new Error(`planning the meeting: ${answer.status} ${await answer.text()}`);
      const meeting = await answer.json();
      const detail = await (await fetch(`/api/v1/meetings/${meeting.id}`)).json();
      return { id: meeting.id, team: team.id, recipients: detail.minutes_mail.recipients, mailed: detail.minutes_mail.mailed };
    },
    { title, startsAt },
  );
}

const closeSection = (page) => page.locator('section[aria-labelledby="close"]');

for (const language of ['en', 'es']) {
  const w = WORDS[language];

  test(`${language}: closing a meeting not started asks first, says why and that the minutes go by mail`, async () => {
    const { context, page } = await newPage(browser, mailed.url, { language, timezoneId: 'America/Los_Angeles' });
    await signIn(page, 'lead@mpusd.example');
    const meeting = await planMeeting(page, `Not yet ${language}`, '2030-05-14T09:00:00-07:00');
    assert.equal(meeting.mailed, true);
    assert.ok(meeting.recipients > 1, `the team has several addresses (${meeting.recipients})`);
    await page.goto(`/meetings/${meeting.id}`);
    await settled(page);
    const close = closeSection(page);
    await close.getByRole('button', { name: w.close }).click();
    const question = close.getByRole('group');
    await question.getByText(w.notStarted).waitFor();
    const unrecorded = w.unrecorded.exec(await question.textContent());
    assert.ok(unrecorded, 'says that attendance is unrecorded');
    assert.equal(unrecorded[1], unrecorded[2], 'nobody is recorded yet');
    await question.getByText(w.mailTo(meeting.recipients), { exact: true }).waitFor();
    await question.getByText(w.anyway).waitFor();
    await assertPageAccessible(page, `close question (${language})`, { language });
    await question.getByRole('button', { name: w.cancel }).click();
    await close.getByRole('button', { name: w.close }).waitFor();
    await context.close();
  });

  test(`${language}: an action item due before the meeting's date is refused with a sentence`, async () => {
    const { context, page } = await newPage(browser, mailed.url, { language, timezoneId: 'America/New_York' });
    await signIn(page, 'lead@mpusd.example');
    const meeting = await planMeeting(page, `Due dates ${language}`, '2030-05-14T09:00:00-07:00');
    await page.goto(`/meetings/${meeting.id}`);
    await settled(page);
    const add = page.locator('section[aria-labelledby="add-action"]');
    await add.getByLabel(w.what).fill(language === 'en' ? 'Call the families' : 'Llamar a las familias');
    await add.getByLabel(w.owner).selectOption({ index: 1 });
    await add.getByLabel(w.due).fill('2030-05-13');
    await add.getByRole('button', { name: w.addSubmit }).click();
    await add.locator('.field-error').getByText(w.dueBefore).waitFor();
    assert.equal(await add.getByLabel(w.due).getAttribute('aria-invalid'), 'true');
    // The meeting's own day is accepted (a reader in New York: the date is Los Angeles's).
    await add.getByLabel(w.due).fill('2030-05-14');
    await add.getByRole('button', { name: w.addSubmit }).click();
    await page.getByRole('row', { name: language === 'en' ? /Call the families/ : /Llamar a las familias/ }).waitFor();
    await context.close();
  });

  test(`${language}: a meeting under way with attendance unrecorded asks, then says the minutes were e-mailed`, async () => {
    const { context, page } = await newPage(browser, mailed.url, { language });
    await signIn(page, 'lead@mpusd.example');
    const started = new Date(Date.now() - 10 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    const meeting = await planMeeting(page, `Under way ${language}`, started);
    await page.goto(`/meetings/${meeting.id}`);
    await settled(page);
    const close = closeSection(page);
    await close.getByRole('button', { name: w.close }).click();
    const question = close.getByRole('group');
    await question.getByText(w.unrecorded).waitFor();
    assert.equal(await question.getByText(w.notStarted).count(), 0, 'it has started');
    await question.getByText(w.mailTo(meeting.recipients), { exact: true }).waitFor();
    await question.getByRole('button', { name: w.yesMail }).click();
    await page.waitForURL(new RegExp(`/meetings/${meeting.id}/minutes$`));
    await settled(page);
    await page.getByText(w.closedMailed, { exact: true }).waitFor();
    await context.close();
  });

  test(`${language}: without mail, closing says the minutes are ready to print or share`, async () => {
    const { context, page } = await newPage(browser, mailless.url, { language });
    await signIn(page, 'lead@mpusd.example');
    const started = new Date(Date.now() - 10 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    const meeting = await planMeeting(page, `No mail ${language}`, started);
    assert.equal(meeting.mailed, false);
    await page.goto(`/meetings/${meeting.id}`);
    await settled(page);
    const close = closeSection(page);
    await close.getByRole('button', { name: w.close }).click();
    const question = close.getByRole('group');
    await question.getByText(w.noMail, { exact: true }).waitFor();
    assert.equal(await question.getByText(w.mailTo(meeting.recipients)).count(), 0);
    await question.getByRole('button', { name: w.yesNoMail }).click();
    await page.waitForURL(new RegExp(`/meetings/${meeting.id}/minutes$`));
    await settled(page);
    await page.getByText(w.closedPrint, { exact: true }).waitFor();
    assert.equal(await page.getByText(w.closedMailed).count(), 0);
    await context.close();
  });

  test(`${language}: the planner's rules summary waits for input; agenda kinds read in full at 320 and 1280 px`, async () => {
    for (const width of [320, 1280]) {
      const { context, page } = await newPage(browser, mailed.url, { language, viewport: { width, height: 900 } });
      await signIn(page, 'lead@mpusd.example');
      const teamId = await page.evaluate(async () => (await (await fetch('/api/v1/me')).json()).teams.find((t) => t.name === 'World Languages Standards').id);
      await page.goto(`/teams/${teamId}/meetings/new`);
      await settled(page);
      await page.getByRole('heading', { name: w.planner, level: 1 }).waitFor();
      const check = page.locator('section.plan-check');
      await check.getByText(w.waiting).waitFor();
      assert.equal(await check.locator('.violations').count(), 0, 'no list of what is missing on an empty form');
      assert.equal(await check.locator('ul').count(), 0);
      assert.doesNotMatch(await check.getAttribute('class'), /panel-warning/);

      // Every agenda kind fits its select: choose the longest and compare its text's width with the box.
      const kind = page.getByLabel(w.kind1);
      const labels = await kind.locator('option').allTextContents();
      const longest = w.longestKind ?? labels.reduce((a, b) => (b.length > a.length ? b : a));
      await kind.selectOption({ label: longest });
      const fit = await kind.evaluate((select) => {
        const style = getComputedStyle(select);
        const canvas = document.createElement('canvas').getContext('2d');
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = canvas.measureText(select.options[select.selectedIndex].text).width;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16; // the arrow
        return { text, room };
      });
      assert.ok(fit.text <= fit.room, `"${longest}" fits its select at ${width} px (${fit.text.toFixed(0)} of ${fit.room.toFixed(0)} px)`);
      await assertPageAccessible(page, `planner at ${width} px (${language})`, { language });

      // Once an objective is typed, the check appears.
      await page.getByLabel(w.objective1, { exact: true }).fill(language === 'en' ? 'Agree on the unit' : 'Acordar la unidad');
      await check.locator('ul li').first().waitFor();
      assert.equal(await check.getByText(w.waiting).count(), 0);
      await context.close();
    }
  });
}
