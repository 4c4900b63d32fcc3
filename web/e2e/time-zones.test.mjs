// Times in the meeting's own zone (issue 17 item 1), read from a browser in New York of Monterey's Los Angeles
// meetings: the meeting page and the minutes name the meeting's zone and give the reader's own clock beside it, in
// English and in Spanish (Spanish dates in Spanish); the planner starts from the team's zone with the common US
// zones first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));

after(() => stopServerAndBrowser({ server, browser }));

const NEW_YORK = { timezoneId: 'America/New_York' };

const WORDS = {
  en: { when: 'When', pacific: /8:00\sAM PST/, reader: /11:00\sAM EST where you are\)/, weekday: /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (January|February|March|April|May|June|July|August|September|October|November|December) \d+, \d{4}/ },
  es: { when: 'Cuándo', pacific: /8:00\sa\.\s?m\. PST/, reader: /11:00\sa\.\s?m\. EST donde usted está\)/, weekday: /(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d+ de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/ },
};

for (const language of ['en', 'es']) {
  test(`${language}: a Los Angeles meeting read in New York shows 8:00 PST with 11:00 EST beside it`, async () => {
    const { context, page } = await newPage(browser, server.url, { language, ...NEW_YORK });
    await signIn(page, 'lead@mpusd.example');
    const next = page.locator('#next-meetings').locator('..');
    await next.locator('li a').first().click();
    await page.waitForURL(/\/meetings\/\d+$/);
    await settled(page);
    const when = page.locator('dl.facts div', { has: page.getByText(WORDS[language].when, { exact: true }) }).locator('dd');
    const text = await when.textContent();
    assert.match(text, WORDS[language].pacific, text);
    assert.match(text, WORDS[language].reader, text);
    assert.match(text, WORDS[language].weekday, text);
    assert.doesNotMatch(text, /UTC|16:00/, text);
    await assertPageAccessible(page, `meeting page read in New York, ${language}`, { language });
    await context.close();
  });
}

test('the printable minutes and the minutes page give the time on the meeting’s clock, named', async () => {
  const { context, page } = await newPage(browser, server.url, { language: 'es', ...NEW_YORK });
  await signIn(page, 'lead@mpusd.example');
  await page.getByRole('link', { name: /^Acta: / }).first().click();
  await page.waitForURL(/\/meetings\/\d+\/minutes$/);
  await settled(page);
  const main = await page.locator('main').textContent();
  assert.match(main, /PST|PDT/, 'the minutes name the meeting’s zone');
  assert.match(main, /donde usted está/, 'and the reader’s clock beside it');
  const id = new URL(page.url()).pathname.split('/')[2];
  const printable = await page.evaluate(async (meeting) => (await fetch(`/api/v1/meetings/${meeting}/minutes?format=html&lang=es`)).text(), id);
  assert.doesNotMatch(printable, /\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/, 'no raw UTC time in the printable minutes');
  assert.match(printable, /a\.\s?m\. P[SD]T|p\.\s?m\. P[SD]T/, 'the printable minutes read the meeting’s own clock');
  await context.close();
});

test('the planner starts from the team’s zone, with the common US zones first', async () => {
  const { context, page } = await newPage(browser, server.url, NEW_YORK);
  await signIn(page, 'lead@mpusd.example');
  await page.goto('/teams/4/meetings/new');
  await settled(page);
  const zone = page.getByLabel('Time zone');
  assert.equal(await zone.inputValue(), 'America/Los_Angeles', 'the team’s zone, not the browser’s New York');
  const groups = await zone.locator('optgroup').evaluateAll((g) => g.map((x) => x.label));
  assert.deepEqual(groups, ['Common US time zones', 'Other time zones']);
  const common = await zone.locator('optgroup').first().locator('option').allTextContents();
  assert.equal(common[0], 'Pacific (Los Angeles)');
  assert.ok(common.length <= 8, `a short list first (${common.length})`);
  await assertPageAccessible(page, 'planner read in New York');
  await context.close();
});
