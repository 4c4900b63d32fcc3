// Feedback rounds across districts (issue 12, item 4): the lead of Monterey's MTSS team reads the team's rounds from
// the improvement cycle tab (the demo's closed round says what Monterey changed and links version 2), asks Sanger's
// coach and Lancaster's lead about the prototype's version 1; Lancaster's lead — another district — finds the request
// in My work on a phone, sees the item under review and nothing else of the team, accepts, and comments mentioning
// Sanger's coach, who gets an e-mail; the coach declines the request; Monterey's lead replies, then closes the round
// with what the team changed and the next version. Both pages pass axe at 1280 and 320 px, in English and in
// Spanish. One server for the whole file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, decodeMail, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, waitForMail } from './harness.mjs';

const TEAM = 'MTSS for foster and homeless youth';
const LEAD = 'lead@mpusd.example';
const REVIEWER = 'lead@lancaster.example'; // James Carter, Lancaster's team lead
const COACH = 'mentor@sanger.example'; // Daniel Ortiz, Sanger's coach

let server;
let browser;
let teamId;

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, LEAD);
  teamId = await page.evaluate(async (name) => {
    const { teams } = await (await fetch('/api/v1/teams')).json();
    return teams.find((t) => t.name === name && t.organization.name.startsWith('Monterey')).id;
  }, TEAM);
  await context.close();
});

after(() => stopServerAndBrowser({ server, browser }));

const TEXT = {
  en: {
    section: 'Feedback across districts', open: 'Feedback rounds', changed: 'What we changed', nextVersion: 'Version 2 of the prototype',
    ask: 'Ask for feedback', send: 'Send the request', required: /Some fields need your attention/, chooseReviewers: 'Choose at least one person to ask.',
    question: 'Your question', roundTitle: /^Feedback on /, notAnswered: 'Not answered yet',
    asked: 'Feedback asked of you', respond: /asks for your feedback/, accept: 'Accept and give feedback', accepted: 'Thank you: you can now comment.',
    comment: 'Your comment', mention: 'Mention someone', addMention: 'Add mention', post: 'Post the comment', posted: 'Your comment was posted.',
    replyTo: 'Reply to James Carter', reply: 'Your reply', postReply: 'Post the reply',
    closeTitle: 'Close the round', next: 'The next version', version2: 'Version 2', closeButton: 'Close the round', closed: 'The round is closed.',
    statusClosed: 'Closed', decline: 'Decline', declined: 'You declined',
  },
  es: {
    section: 'Comentarios entre distritos', open: 'Rondas de comentarios', changed: 'Lo que cambiamos', nextVersion: 'Versión 2 del prototipo',
    ask: 'Pedir comentarios', send: 'Enviar la solicitud', required: /Algunos campos necesitan su atención/i, chooseReviewers: 'Elija al menos una persona a quien consultar.',
    question: 'Su pregunta', roundTitle: /^Comentarios sobre /, notAnswered: 'Sin responder',
    asked: 'Comentarios que le piden', respond: /le pide sus comentarios/, accept: 'Aceptar y comentar', accepted: 'Gracias: ya puede comentar.',
    comment: 'Su comentario', mention: 'Mencionar a alguien', addMention: 'Agregar mención', post: 'Publicar el comentario', posted: 'Se publicó su comentario.',
    replyTo: 'Responder a James Carter', reply: 'Su respuesta', postReply: 'Publicar la respuesta',
    closeTitle: 'Cerrar la ronda', next: 'La siguiente versión', version2: 'Versión 2', closeButton: 'Cerrar la ronda', closed: 'La ronda está cerrada.',
    statusClosed: 'Cerrada', decline: 'Rechazar', declined: 'Usted rechazó la solicitud',
  },
};

async function accessibleAtBothWidths(page, where, language) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 900 });
  await assertPageAccessible(page, `${where} at 1280 (${language})`, { language });
  await page.setViewportSize({ width: 320, height: 800 });
  await assertPageAccessible(page, `${where} at 320 (${language})`, { language });
  await page.setViewportSize(size);
}

/** Waits for a mail to `to` that has every one of `words` (other mail to the address is passed over). */
async function mailWith(to, words) {
  const seen = new Set();
  for (;;) {
    const mail = decodeMail(await waitForMail(server.mailDir, { to, seen }));
    if (words.every((w) => mail.includes(w))) return mail;
  }
}

async function readTheTeamsRounds(page, words, language) {
  await page.goto(`/teams/${teamId}/improvement`);
  await settled(page);
  await page.getByRole('heading', { name: words.section, exact: true }).waitFor();
  await page.getByRole('link', { name: words.open, exact: true }).click();
  await settled(page);
  // The demo's closed round: what Monterey changed, and the version it made.
  await page.getByRole('heading', { name: words.changed, level: 3 }).first().waitFor();
  await page.getByRole('link', { name: words.nextVersion }).first().waitFor();
  await accessibleAtBothWidths(page, 'the team’s feedback rounds', language);
}

async function askForFeedback(page, words, language) {
  await page.getByRole('button', { name: words.ask }).click();
  await page.getByRole('button', { name: words.send }).click();
  await page.getByText(words.required).first().waitFor();
  await page.getByText(words.chooseReviewers).waitFor();
  // Version 1 of the demo prototype (version 2 exists: closing links it).
  const item = page.locator('select[name="item"]');
  const version1 = await item.locator('option').evaluateAll((options) =>
    options.find((o) => o.value.startsWith('prototype_version|') && /\D1\D*$/.test(o.textContent)).value);
  await item.selectOption(version1);
  await page.getByLabel(words.question).fill(`Would the check-in work in a school of 2,000? (${language})`);
  assert.match(await page.locator('input[name="due_on"]').inputValue(), /^\d{4}-\d{2}-\d{2}$/, 'a due date a week away is proposed');
  await page.getByLabel(/^Daniel Ortiz/).first().check();
  await page.getByLabel(/^James Carter/).first().check();
  await accessibleAtBothWidths(page, 'the ask-for-feedback form', language);
  await page.getByRole('button', { name: words.send }).click();
  await page.waitForURL(/\/feedback\/\d+$/);
  await settled(page);
  assert.match(await page.locator('h1').innerText(), words.roundTitle);
  assert.equal(await page.locator('.feedback-reviewers li', { hasText: words.notAnswered }).count(), 2);
  return new URL(page.url()).pathname;
}

async function reviewFromAnotherDistrict(path, words, language) {
  // A phone: the reviewer reads and answers at 320 px.
  const { context, page } = await newPage(browser, server.url, { ...(language === 'en' ? {} : { language }), viewport: { width: 320, height: 800 } });
  await signIn(page, REVIEWER);
  await page.goto('/my-work');
  await settled(page);
  await page.getByRole('heading', { name: words.asked }).waitFor();
  await page.locator(`a[href="${path}"]`).click();
  await settled(page);
  await page.getByRole('heading', { name: words.respond }).waitFor();
  // The item under review and nothing else of the team: no way into the team's pages.
  assert.equal(await page.locator('main a[href^="/teams/"]').count(), 0, 'no link to the team');
  assert.equal(await page.getByLabel(words.comment).count(), 0, 'no comment before accepting');
  await accessibleAtBothWidths(page, 'the review page, invited', language);
  await page.getByRole('button', { name: words.accept }).click();
  await page.getByText(words.accepted).waitFor();
  const note = `Shorter checklist ${language}`;
  await page.getByLabel(words.comment).fill(`${note}, `);
  await page.getByLabel(words.comment).press('End');
  await page.getByLabel(words.mention).selectOption({ label: 'Daniel Ortiz' });
  await page.getByRole('button', { name: words.addMention }).click();
  await page.getByLabel(words.comment).pressSequentially('what do you think?');
  assert.equal(await page.getByLabel(words.comment).inputValue(), `${note}, @Daniel Ortiz what do you think?`);
  // Sanger's referral flow, shared with the network both districts take part in, goes with the comment.
  await page.getByRole('checkbox', { name: /Tiered-support referral flow/ }).check();
  await page.getByRole('button', { name: words.post }).click();
  await page.getByText(words.posted).waitFor();
  const posted = page.locator('.feedback-comment', { hasText: note });
  await posted.waitFor();
  await posted.getByRole('link', { name: 'Tiered-support referral flow' }).waitFor();
  await mailWith(COACH, ['James Carter']);
  await accessibleAtBothWidths(page, 'the review page, accepted', language);
  await context.close();
  return note;
}

async function declineAsTheCoach(path, words, language) {
  const { context, page } = await newPage(browser, server.url, { ...(language === 'en' ? {} : { language }), viewport: { width: 320, height: 800 } });
  await signIn(page, COACH);
  await page.goto(path);
  await settled(page);
  await page.getByRole('button', { name: words.decline, exact: true }).click();
  await page.getByRole('heading', { name: words.declined, level: 1 }).waitFor();
  await assertPageAccessible(page, `the declined note at 320 (${language})`, { language });
  await context.close();
}

async function replyAndClose(page, path, note, words, language) {
  await page.goto(path);
  await settled(page);
  await page.locator('.feedback-comment', { hasText: note }).waitFor();
  await page.getByRole('button', { name: words.replyTo }).click();
  await page.getByLabel(words.reply).fill(`Thank you, we will try it (${language})`);
  await page.getByRole('button', { name: words.postReply }).click();
  await page.locator('.feedback-replies .feedback-comment', { hasText: `we will try it (${language})` }).waitFor();
  await accessibleAtBothWidths(page, 'the review page, the team’s side', language);
  const changed = `A one-page checklist; the counselor calls within 3 days (${language})`;
  await page.getByLabel(words.changed).fill(changed);
  await page.getByLabel(words.next).selectOption({ label: words.version2 });
  await page.getByRole('button', { name: words.closeButton }).click();
  await page.getByText(words.closed).waitFor();
  await page.getByRole('heading', { name: words.changed, level: 2 }).waitFor();
  await page.getByRole('link', { name: words.nextVersion }).waitFor();
  assert.equal(await page.getByRole('heading', { name: words.closeTitle }).count(), 0, 'a closed round has no close form');
  await accessibleAtBothWidths(page, 'a closed round', language);
  // The team's timeline shows it closed, with what changed.
  await page.goto(`/teams/${teamId}/feedback`);
  await settled(page);
  const round = page.locator('.feedback-round', { has: page.locator(`a[href="${path}"]`) });
  await round.getByText(changed).first().waitFor();
  await round.locator('.badge', { hasText: words.statusClosed }).waitFor();
}

for (const language of ['en', 'es']) {
  test(`a team asks another district for feedback, the reviewer answers, the team closes with what it changed (${language})`, async () => {
    const words = TEXT[language];
    const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
    await signIn(page, LEAD);
    await readTheTeamsRounds(page, words, language);
    const path = await askForFeedback(page, words, language);
    const note = await reviewFromAnotherDistrict(path, words, language);
    await declineAsTheCoach(path, words, language);
    await replyAndClose(page, path, note, words, language);
    await context.close();
  });
}
