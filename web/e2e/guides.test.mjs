// Guides as data (issue 4): a lead adopts Module 0 and sees its progress on the team page; the World Languages
// team records an answer (kept across a reload), meets a stale edit from a second browser and keeps its text,
// checks a checklist entry with a note, marks a section complete and sees the summary change; a lead plans a
// series of meetings for a new virtual team, edits it, creates the drafts and finds them among the team's
// meetings (edits survive a reload); and axe on every guide page in English and Spanish. One server for the whole file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, openFromHome, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

const GUIDE = 'world-languages-module-0';
const GUIDE_TITLE = 'World Languages peer learning: Module 0';
const SHARED = 'Which beliefs, traits and experiences do members share that the team can build its work and plan on?';

let server;
let browser;
let lead; // lead@mpusd.example (Elena Martínez), lead of World Languages Standards
let member; // wl.teacher@mpusd.example (Sofía Herrera), member of that team
let other; // lead@lancaster.example (James Carter), lead of Lancaster's MTSS team, which has adopted no guide
let teamId; // World Languages Standards
let lancasterId;

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  lead = await newPage(browser, server.url);
  await signIn(lead.page, 'lead@mpusd.example');
  member = await newPage(browser, server.url);
  await signIn(member.page, 'wl.teacher@mpusd.example');
  other = await newPage(browser, server.url);
  await signIn(other.page, 'lead@lancaster.example');
  teamId = await lead.page.evaluate(async () => (await (await fetch('/api/v1/me')).json()).teams.find((t) => t.name === 'World Languages Standards').id);
  lancasterId = await other.page.evaluate(async () => (await (await fetch('/api/v1/me')).json()).teams[0].id);
});

after(() => stopServerAndBrowser({ server, browser }));

const section = (page, heading) => page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });
const sectionPath = (team, id) => `/teams/${team}/guides/${GUIDE}/modules/module-0/sections/${id}`;
/** One item of a section page, by its heading (the guide's text). */
const item = (page, text) => page.locator('section.guide-item', { has: page.getByRole('heading', { name: text, exact: true }) });

test('a lead adopts Module 0 and sees its progress on the team page; a member cannot adopt', async () => {
  const { page } = other;
  await openFromHome(page, 'MTSS for foster and homeless youth');
  await page.getByRole('navigation', { name: 'Team sections' }).getByRole('link', { name: 'Guide and plan' }).click();
  await settled(page);
  const guides = section(page, 'Guides');
  await guides.getByText('This team has not adopted a guide yet.').waitFor();
  await guides.getByLabel('Guide to adopt').selectOption({ label: GUIDE_TITLE });
  await guides.getByRole('button', { name: 'Adopt the guide' }).click();
  await guides.getByRole('status').getByText(`Guide adopted: ${GUIDE_TITLE}.`).waitFor();
  assert.ok(await page.evaluate(() => document.activeElement?.id === 'guides'), 'focus moves to the guides heading');
  const bar = guides.getByRole('progressbar', { name: `Progress through ${GUIDE_TITLE}` });
  assert.equal(await bar.getAttribute('aria-valuenow'), '0');
  assert.equal(await bar.getAttribute('aria-valuemax'), '5');
  assert.equal(await bar.getAttribute('aria-valuetext'), '0 of 5 sections complete');
  await guides.getByText('0 of 5 sections complete, 0 in progress, 5 not started.').waitFor();
  await guides.getByRole('link', { name: 'A. Identify the team' }).click();
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'A. Identify the team');

  // Sofía is a member of World Languages Standards: she sees its progress but is not offered to adopt.
  await member.page.goto(`/teams/${teamId}/guide`);
  await settled(member.page);
  const theirs = section(member.page, 'Guides');
  await theirs.getByText('1 of 5 sections complete, 1 in progress, 3 not started.').waitFor();
  assert.equal(await theirs.getByRole('button', { name: 'Adopt the guide' }).count(), 0);
});

test('record an answer in a section and see it after a reload', async () => {
  const { page } = lead;
  await page.goto(`/teams/${teamId}/guide`);
  await settled(page);
  const guides = section(page, 'Guides');
  await guides.getByRole('link', { name: GUIDE_TITLE, exact: true }).click();
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), GUIDE_TITLE);
  assert.match(await page.locator('.guide-section-card.is-current').textContent(), /B\. Find and build on common ground\s*◐\s*In progress/);
  await page.getByRole('link', { name: 'Continue with the current section' }).click();
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'B. Find and build on common ground');

  const question = item(page, SHARED);
  await question.getByLabel("The team's answer").fill('We share a belief in **proficiency** over seat time.\n\n- heritage speakers\n- access for all');
  await question.getByRole('button', { name: /^Save the answer/ }).click();
  await question.getByRole('status').getByText('Answer saved (version 1).').waitFor();
  assert.ok(await question.getByRole('button', { name: /^Edit the answer/ }).evaluate((el) => el === document.activeElement), 'focus on Edit');

  await page.reload();
  await settled(page);
  const again = item(page, SHARED);
  assert.equal(await again.locator('.markdown strong').textContent(), 'proficiency');
  assert.deepEqual(await again.locator('.markdown li').allTextContents(), ['heritage speakers', 'access for all']);
  assert.match(await again.locator('.meta').first().textContent(), /Version 1, saved by Elena Martínez/);
});

test('a stale edit from a second browser shows both texts and keeps mine, through a reload too', async () => {
  const { page } = lead;
  const question = item(page, SHARED);
  await question.getByRole('button', { name: /^Edit the answer/ }).click();
  const editor = question.getByLabel("The team's answer");
  assert.ok(await editor.evaluate((el) => el === document.activeElement), 'focus moves to the editor');
  const mine = 'We share a belief in proficiency over seat time. Also: heritage speakers are our strength.';
  await editor.fill(mine);

  // Meanwhile Sofía, in her own browser, saves the same answer.
  await member.page.goto(sectionPath(teamId, 'b-commonalities'));
  await settled(member.page);
  const hers = item(member.page, SHARED);
  await hers.getByRole('button', { name: /^Edit the answer/ }).click();
  await hers.getByLabel("The team's answer").fill('Families value bilingual identity.');
  await hers.getByRole('button', { name: /^Save the answer/ }).click();
  await hers.getByRole('status').getByText('Answer saved (version 2).').waitFor();

  await question.getByRole('button', { name: /^Save the answer/ }).click();
  const conflict = question.locator('.conflict');
  await conflict.getByRole('heading', { name: 'Someone else saved this answer while you were writing' }).waitFor();
  assert.equal(await conflict.getByTestId('theirs').textContent(), 'Families value bilingual identity.');
  assert.match(await conflict.textContent(), /Version 2, saved by Sofía Herrera/);
  assert.equal(await conflict.getByTestId('mine').textContent(), mine);
  assert.equal(await editor.inputValue(), mine, 'my text stays in the editor');
  assert.match(await question.locator('.alert-error').textContent(), /changed by someone else/);
  assert.ok(await editor.evaluate((el) => el === document.activeElement), 'focus returns to the editor');

  // Closing the tab now loses nothing: the text comes back, and saving it still meets the conflict.
  await page.reload();
  await settled(page);
  const reloaded = item(page, SHARED);
  await reloaded.getByRole('status').getByText('Your unsaved text from earlier was restored.', { exact: false }).waitFor();
  assert.equal(await reloaded.getByLabel("The team's answer").inputValue(), mine);
  await reloaded.getByRole('button', { name: /^Save the answer/ }).click();
  await reloaded.locator('.conflict').waitFor();
  // Merge by editing, then save against the current version.
  const merged = `${mine} Families value bilingual identity.`;
  await reloaded.getByLabel("The team's answer").fill(merged);
  await reloaded.getByRole('button', { name: /^Save the merged answer/ }).click();
  await reloaded.getByRole('status').getByText('Answer saved (version 3).').waitFor();
  assert.equal(await reloaded.locator('.conflict').count(), 0);
  assert.equal(await reloaded.locator('.markdown').first().textContent(), merged);

  // Every version is kept with who saved it.
  await reloaded.getByRole('button', { name: /^Show earlier versions/ }).click();
  const versions = reloaded.locator('.history-list > li');
  await versions.nth(2).waitFor();
  assert.equal(await versions.count(), 3);
  assert.match(await versions.nth(0).textContent(), /Version 3, saved by Elena Martínez.*current/);
  assert.match(await versions.nth(1).textContent(), /Version 2, saved by Sofía Herrera.*Families value bilingual identity\./);
  assert.match(await versions.nth(2).textContent(), /Version 1, saved by Elena Martínez/);
});

test('check a checklist entry with a note; the representation checklist is read-only', async () => {
  const { page } = lead;
  await page.goto(sectionPath(teamId, 'b-commonalities'));
  await settled(page);
  const checklist = item(page, 'What might members have in common?');
  const values = checklist.getByRole('checkbox', { name: 'Values', exact: true });
  assert.equal(await values.isChecked(), false);
  await values.check();
  await checklist.getByRole('status').getByText('Checked: Values.').waitFor();
  await checklist.getByLabel('Values: Note').fill('Bilingual identity; proficiency for every student');
  await checklist.getByRole('button', { name: 'Save the note: Values' }).click();
  await checklist.getByRole('status').getByText('Note saved: Values.').waitFor();

  await page.reload();
  await settled(page);
  const after = item(page, 'What might members have in common?');
  assert.equal(await after.getByRole('checkbox', { name: 'Values', exact: true }).isChecked(), true);
  assert.equal(await after.getByLabel('Values: Note').inputValue(), 'Bilingual identity; proficiency for every student');
  assert.match(await after.locator('li.entry', { hasText: 'Values' }).first().textContent(), /Last changed by Elena Martínez/);
  // Sofía sees it too.
  await member.page.reload();
  await settled(member.page);
  assert.equal(await item(member.page, 'What might members have in common?').getByRole('checkbox', { name: 'Values', exact: true }).isChecked(), true);

  // Section A's perspectives come from the team's members: no checkboxes, a link to change them.
  await page.goto(sectionPath(teamId, 'a-team'));
  await settled(page);
  const perspectives = item(page, 'Does the team include these perspectives?');
  assert.equal(await perspectives.getByRole('checkbox').count(), 0);
  assert.match(await perspectives.locator('li', { hasText: 'Families' }).textContent(), /Missing\s*Families/);
  assert.match(await perspectives.locator('li', { hasText: 'Community partners' }).textContent(), /On the team\s*Community partners\s*Priya Shah/);
  assert.match(await perspectives.locator('li', { hasText: 'A range of grade levels' }).textContent(), /Middle school, High school/);
  assert.equal(await perspectives.getByRole('link', { name: 'Change them on the team page.' }).getAttribute('href'), `/teams/${teamId}/members`);
});

test('a lead ranks the learning needs by keyboard; a member reads and rearranges the order in Spanish', async () => {
  const { page } = lead;
  await page.goto(sectionPath(teamId, 'd-teachers'));
  await settled(page);
  const needs = item(page, 'Which professional learning topics matter most? Rank them.');
  assert.match(await needs.locator('.item-kind').textContent(), /Ranked list/);
  const order = needs.getByRole('list', { name: "The team's order, most important first" });
  const labels = async (list) => (await list.locator('.ranked-label').allTextContents()).map((t) => t.trim());
  // The demo's order, as the team agreed it.
  assert.deepEqual(await labels(order), ['Methods and effective practice', 'Formative and summative assessment', 'Family engagement', 'Taking part in the LCAP process']);
  assert.match(await needs.textContent(), /Version 1, saved by Elena Martínez/);

  // Keyboard only: the button keeps focus as its entry moves, so pressing again keeps moving it.
  await needs.getByRole('button', { name: 'Move down: Methods and effective practice' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Move down: Methods and effective practice');
  await needs.getByRole('button', { name: 'Add to the order: Global education' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Take out of the order: Global education');
  await needs.getByText('This order is not saved yet.').waitFor();
  await needs.getByRole('button', { name: 'Save the order' }).click();
  await needs.getByRole('status').getByText('Order saved (version 2).').waitFor();
  const saved = ['Formative and summative assessment', 'Family engagement', 'Methods and effective practice', 'Taking part in the LCAP process', 'Global education'];
  await page.reload();
  await settled(page);
  assert.deepEqual(await labels(item(page, 'Which professional learning topics matter most? Rank them.').getByRole('list', { name: "The team's order, most important first" })), saved);

  // Sofía, in Spanish, sees the same order in her language and moves an entry up.
  const { context, page: es } = await newPage(browser, server.url, { language: 'es' });
  await signIn(es, 'wl.teacher@mpusd.example');
  await es.goto(sectionPath(teamId, 'd-teachers'));
  await settled(es);
  const suyas = item(es, '¿Qué temas de aprendizaje profesional importan más? Ordénelos por prioridad.');
  assert.match(await suyas.locator('.item-kind').textContent(), /Lista por prioridad/);
  const orden = suyas.getByRole('list', { name: 'El orden del equipo, de más a menos importante' });
  assert.deepEqual((await labels(orden))[0], 'Evaluación formativa y sumativa');
  await suyas.getByRole('button', { name: 'Subir: Participación en el proceso del LCAP' }).click();
  await suyas.getByRole('button', { name: 'Guardar el orden' }).click();
  await suyas.getByRole('status').getByText('Orden guardado (versión 3).').waitFor();
  assert.deepEqual(await labels(orden), ['Evaluación formativa y sumativa', 'Participación de las familias', 'Participación en el proceso del LCAP', 'Metodología y prácticas eficaces', 'Educación global']);
  await assertPageAccessible(es, 'section D with a ranked list (es)');
  await context.close();

  // Elena's page still holds version 2: her next save meets Sofía's order and keeps her own for a second save.
  await needs.getByRole('button', { name: 'Take out of the order: Global education' }).click();
  await needs.getByRole('button', { name: 'Save the order' }).click();
  await needs.getByText(/Sofía Herrera saved another order while you were arranging this one/).waitFor();
  await needs.getByRole('button', { name: 'Undo my changes' }).click();
  assert.equal((await labels(needs.getByRole('list', { name: "The team's order, most important first" })))[2], 'Taking part in the LCAP process');
});

test('mark a section complete and see the summary change, here and on the team page', async () => {
  const { page } = lead;
  await page.goto(sectionPath(teamId, 'b-commonalities'));
  await settled(page);
  const bar = page.getByRole('progressbar');
  assert.equal(await bar.getAttribute('aria-valuenow'), '1');
  const status = section(page, 'Status of this section');
  await status.getByRole('radio', { name: 'Complete' }).check();
  await status.getByRole('button', { name: 'Save the status' }).click();
  await status.getByRole('status').getByText('Section marked Complete.').waitFor();
  assert.equal(await bar.getAttribute('aria-valuenow'), '2');
  await page.getByText('2 of 5 sections complete, 0 in progress, 3 not started.').waitFor();
  assert.match(await status.textContent(), /Set by Elena Martínez/);

  await page.getByRole('link', { name: 'World Languages Standards' }).click();
  await settled(page);
  await page.getByRole('navigation', { name: 'Team sections' }).getByRole('link', { name: 'Guide and plan' }).click();
  await settled(page);
  const guides = section(page, 'Guides');
  await guides.getByText('2 of 5 sections complete, 0 in progress, 3 not started.').waitFor();
  assert.match(await guides.textContent(), /Current section:\s*C\. Describe the students and review the data/);
});

test('plan a series of meetings for a new virtual team, edit it, create the drafts and find them in the team', async () => {
  const { page } = other;
  await page.goto(`/teams/${lancasterId}/guide`);
  await settled(page);
  await section(page, 'Guides').getByRole('link', { name: `Plan meetings from ${GUIDE_TITLE}` }).click();
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), `Plan meetings: ${GUIDE_TITLE}`);
  // Nothing is complete yet: every section is chosen, and the team counts as new.
  const sections = page.getByRole('group', { name: 'Sections to cover' }).getByRole('checkbox');
  assert.equal(await sections.count(), 5);
  for (let i = 0; i < 5; i++) assert.equal(await sections.nth(i).isChecked(), true);
  assert.equal(await page.getByRole('radio', { name: 'Yes' }).isChecked(), true);
  await page.getByRole('radio', { name: 'Virtual' }).check();

  // A length out of range is refused beside the field, in words, with focus there.
  const length = page.getByLabel('Usual meeting length (minutes)');
  await length.fill('500');
  await page.getByRole('button', { name: 'Propose meetings' }).click();
  await page.locator('.field-error').getByText('Enter a whole number of minutes from 15 to 480.').waitFor();
  assert.equal(await length.getAttribute('aria-invalid'), 'true');
  assert.ok(await length.evaluate((el) => el === document.activeElement), 'focus on the field in error');
  await length.fill('90');
  const planned = page.waitForResponse((r) => r.url().endsWith('/meeting-plan') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Propose meetings' }).click();
  const plan = await (await planned).json();
  assert.equal(plan.mode, 'virtual');
  assert.ok(plan.meetings.length >= 5, `at least five meetings (${plan.meetings.length})`);
  assert.ok(plan.meetings.every((m) => m.duration_minutes <= 60), 'virtual meetings last at most an hour');
  const proposal = section(page, 'Proposed meetings');
  await proposal.waitFor();
  assert.ok(await page.evaluate(() => document.activeElement?.id === 'proposal'), 'focus moves to the proposal');
  const meetings = proposal.locator('li.proposed-meeting');
  assert.equal(await meetings.count(), plan.meetings.length);
  assert.match(await meetings.first().locator('.why').textContent(), /Why:\s*A new team spends its first meeting on forming the team/);
  assert.match(await meetings.first().textContent(), /Keeps the guide's rules; the agenda takes 60 of 60 minutes\./);

  // Edit the first meeting: a title, one agenda item shorter (the check follows), and remove the last meeting.
  await page.getByLabel('Meeting 1: Title').fill('Forming our team');
  await meetings.first().getByRole('heading', { name: 'Meeting 1: Forming our team' }).waitFor();
  await page.getByLabel('Meeting 1, item 1: Minutes').fill('8');
  await meetings.first().getByText("Keeps the guide's rules; the agenda takes 58 of 60 minutes.").waitFor();
  // Edits survive a reload: nothing is created yet, nothing typed is lost.
  await page.reload();
  await settled(page);
  await proposal.getByRole('status').getByText('Your edited proposal from earlier was restored.', { exact: false }).waitFor();
  assert.equal(await page.getByLabel('Meeting 1: Title').inputValue(), 'Forming our team');
  assert.equal(await page.getByLabel('Meeting 1, item 1: Minutes').inputValue(), '8');
  const last = plan.meetings.length;
  await page.getByRole('button', { name: `Remove meeting ${last}`, exact: true }).click();
  await proposal.getByRole('status').getByText(`Meeting ${last} removed`, { exact: false }).waitFor();
  assert.equal(await meetings.count(), last - 1);

  // An empty title is refused before sending, beside the field.
  await page.getByLabel('Meeting 2: Title').fill('');
  await page.getByRole('button', { name: `Create ${last - 1} meetings as drafts` }).click();
  const title2 = page.getByLabel('Meeting 2: Title');
  assert.equal(await title2.getAttribute('aria-invalid'), 'true');
  assert.ok(await title2.evaluate((el) => el === document.activeElement), 'focus on the empty title');
  await title2.fill('Our common ground');

  const request = page.waitForRequest((r) => r.url().endsWith('/meeting-plan/create'));
  await page.getByRole('button', { name: `Create ${last - 1} meetings as drafts` }).click();
  const body = (await request).postDataJSON();
  assert.equal(body.mode, 'virtual');
  assert.equal(body.meetings.length, last - 1);
  assert.equal(body.meetings[0].title, 'Forming our team');
  assert.equal(body.meetings[0].agenda[0].minutes, 8);
  assert.equal(body.meetings[1].title, 'Our common ground');
  const created = page.getByRole('heading', { name: `${last - 1} meetings created as drafts` });
  await created.waitFor();
  assert.ok(await created.evaluate((el) => el === document.activeElement), 'focus on the confirmation');
  assert.equal(await page.locator('#proposal').count(), 0, 'the proposal is gone once created');

  await page.getByRole('link', { name: "Go to the team's meetings" }).click();
  await settled(page);
  const drafts = section(page, 'Meetings').locator('div', { has: page.getByRole('heading', { name: 'Drafts' }) });
  await drafts.getByRole('link', { name: 'Forming our team' }).waitFor();
  await drafts.getByRole('link', { name: 'Our common ground' }).waitFor();
  // A draft opens in the meeting planner with the proposal's agenda.
  await drafts.getByRole('link', { name: 'Forming our team' }).click();
  await settled(page);
  assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), 'Forming our team');
  assert.equal(await page.getByLabel('Mode').inputValue(), 'virtual');
});

async function check(page, where, prepare) {
  if (prepare) await prepare(page);
  await assertPageAccessible(page, where);
}

async function open(page, path) {
  await page.goto(path);
  await settled(page);
}

for (const language of ['en', 'es']) {
  test(`guide pages pass axe in ${language} at 1280 and 320 px`, async () => {
    for (const width of [1280, 320]) {
      const { context, page } = await newPage(browser, server.url, { language, viewport: { width, height: 800 } });
      await signIn(page, 'lead@mpusd.example');
      const at = (path) => `${path} (${language}, ${width}px)`;
      assert.equal(await page.evaluate(() => document.documentElement.lang), language);
      await open(page, `/teams/${teamId}/guides/${GUIDE}`);
      await check(page, at('progress'));
      await open(page, sectionPath(teamId, 'a-team'));
      await check(page, at('section A'));
      await open(page, sectionPath(teamId, 'c-students'));
      await check(page, at('section C'));
      await open(page, sectionPath(teamId, 'd-teachers'));
      await check(page, at('section D, a ranked list'));
      // The MTSS team's discovery guide: a data checklist with notes, answers and an attached data view.
      const mtss = await page.evaluate(async () => (await (await fetch('/api/v1/me')).json()).teams.find((t) => t.name.startsWith('MTSS')).id);
      await open(page, `/teams/${mtss}/guides/discovery-to-scale/modules/improvement-cycle/sections/review-data`);
      await page.getByRole('link', { name: language === 'es' ? /Ausentismo crónico, 2025–26/ : /Chronic absence, 2025–26/ }).waitFor();
      await check(page, at('discovery guide, review the data'));
      // A conflict on screen, and the answer's history open.
      await open(page, sectionPath(teamId, 'b-commonalities'));
      await check(page, at('section B with a conflict and the history'), async (p) => {
        const first = p.locator('section.guide-item').filter({ has: p.locator('.guide-answer') }).first();
        const edit = first.locator('.guide-answer > button');
        if (await edit.count()) await edit.click();
        await first.locator('textarea').fill(`axe ${language} ${width}`);
        await p.evaluate(
          async ({ team, guide }) => {
            const { csrf_token } = await (await fetch('/api/v1/session')).json();
            const progress = await (await fetch(`/api/v1/teams/${team}/guides/${guide}`)).json();
            const answer = progress.modules[0].sections[1].items.find((i) => i.id === 'shared-beliefs').answer;
            await fetch(`/api/v1/teams/${team}/guides/${guide}/modules/module-0/sections/b-commonalities/items/shared-beliefs/answer`, {
              method: 'PUT',
              headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
              body: JSON.stringify({ text: 'Saved elsewhere', version: answer ? answer.version : 0 }),
            });
          },
          { team: teamId, guide: GUIDE },
        );
        await first.locator('.guide-answer .actions .button-primary').click();
        await first.locator('.conflict').waitFor();
        await first.locator('.answer-history button').click();
        await first.locator('.history-list').waitFor();
      });
      // The planner, with a field error, then with a proposal.
      await open(page, `/teams/${teamId}/guides/${GUIDE}/plan`);
      await check(page, at('planner'));
      await check(page, at('planner with an error'), async (p) => {
        await p.locator('input[name="meeting_minutes"]').fill('5');
        await p.locator('form.plan-request button[type="submit"]').click();
        await p.locator('.field-error').first().waitFor();
      });
      await check(page, at('planner with a proposal'), async (p) => {
        await p.locator('input[name="meeting_minutes"]').fill('60');
        await p.locator('form.plan-request button[type="submit"]').click();
        await p.locator('#proposal').waitFor();
      });
      await context.close();
    }
  });
}
