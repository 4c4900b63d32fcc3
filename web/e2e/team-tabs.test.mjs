// Issue 17: the team page as an overview with tabs. The overview's figures link to their tabs; a lead sees the team's
// open items on the follow-through tab and in My work, with the same numbers; the mentor team (Sanger) is not told it
// lacks families or students; axe is clean on every tab, in English and Spanish, at 1280 and 320 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertPageAccessible, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser } from './harness.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

after(() => stopServerAndBrowser({ server, browser }));

const TEXT = {
  en: { nav: 'Team sections', tabs: ['Overview', 'Meetings', 'Guide and plan', 'Improvement cycle', 'Members and representation', 'Follow-through', 'Settings'], myTeams: "My teams' open items", families: 'Families', students: 'Students' },
  es: { nav: 'Secciones del equipo', tabs: ['Resumen', 'Reuniones', 'Guía y plan', 'Ciclo de mejora', 'Miembros y representación', 'Seguimiento', 'Configuración'], myTeams: 'Tareas abiertas de mis equipos', families: 'Familias', students: 'Estudiantes' },
};
const SLUGS = ['', '/meetings', '/guide', '/improvement', '/members', '/follow-through', '/settings'];

async function teamIdByName(page, name) {
  return page.evaluate(async (n) => (await (await fetch('/api/v1/teams')).json()).teams.find((t) => t.name === n).id, name);
}

const numbers = (text) => (text.match(/\d+/g) ?? []).map(Number);

for (const language of ['en', 'es']) {
  for (const width of [1280, 320]) {
    test(`team tabs: figures link to their tabs, a lead's open items agree with My work (${language}, ${width} px)`, async () => {
      const words = TEXT[language];
      const { context, page } = await newPage(browser, server.url, { ...(language === 'en' ? {} : { language }), viewport: { width, height: 900 } });
      await signIn(page, 'lead@mpusd.example');
      const teamId = await teamIdByName(page, 'World Languages Standards');
      await page.goto(`/teams/${teamId}`);
      await settled(page);
      const nav = page.getByRole('navigation', { name: words.nav });
      assert.deepEqual(await nav.getByRole('link').allTextContents(), words.tabs);
      assert.equal(await nav.getByRole('link', { name: words.tabs[0] }).getAttribute('aria-current'), 'page');
      // Every tab is its own address, axe-clean.
      for (const [i, slug] of SLUGS.entries()) {
        await page.goto(`/teams/${teamId}${slug}`);
        await settled(page);
        await page.waitForFunction(() => !document.querySelector('.loading'));
        assert.equal(await nav.getByRole('link', { name: words.tabs[i], exact: true }).getAttribute('aria-current'), 'page');
        await assertPageAccessible(page, `the team's ${words.tabs[i]} tab (${language}, ${width} px)`, { language });
      }
      // The overview's figures link to their tabs; the back button returns to the overview.
      await page.goto(`/teams/${teamId}`);
      await settled(page);
      const figures = page.locator('dl.team-figures');
      await figures.waitFor();
      const hrefs = await figures.getByRole('link').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
      assert.deepEqual(hrefs, [`/teams/${teamId}/meetings`, `/teams/${teamId}/guide`, `/teams/${teamId}/members`, `/teams/${teamId}/follow-through`]);
      const openLink = figures.getByRole('link').nth(3);
      const [open, overdue] = numbers(await openLink.textContent());
      await openLink.click();
      await settled(page);
      await page.waitForURL(/\/follow-through\?figure=open/);
      await page.waitForFunction(() => !document.querySelector('.loading'));
      // The lead sees the team's open items, not only their own: as many as the figure says.
      assert.equal(await page.locator('ul.my-items > li').count(), open);
      await page.goBack();
      await page.waitForURL(new RegExp(`/teams/${teamId}$`));
      // My work: the same numbers for the same team.
      await page.goto('/my-work');
      await settled(page);
      const mine = page.getByRole('region', { name: 'World Languages Standards', exact: true });
      await mine.waitFor();
      await page.getByRole('heading', { name: words.myTeams }).waitFor();
      assert.deepEqual(numbers(await mine.locator('p.team-figures').textContent()), [open, overdue]);
      assert.equal(await mine.locator('ul.my-items > li').count(), open);
      await assertPageAccessible(page, `My work with the teams' open items (${language}, ${width} px)`, { language });
      await context.close();
    });
  }

  test(`the mentor team is not told it lacks families or students (${language})`, async () => {
    const words = TEXT[language];
    const { context, page } = await newPage(browser, server.url, language === 'en' ? {} : { language });
    await signIn(page, 'mentor@sanger.example');
    const teamId = await teamIdByName(page, 'MTSS mentor team');
    await page.goto(`/teams/${teamId}/members`);
    await settled(page);
    await page.locator('section.representation').waitFor();
    const gaps = await page.locator('ul.gaps > li .gap-name').allTextContents();
    assert.ok(!gaps.some((g) => g.includes(words.families) || g.includes(words.students)), `no families or students gap (${gaps.join('; ')})`);
    await page.goto(`/teams/${teamId}/settings`);
    await settled(page);
    await page.locator('section[aria-labelledby="expectations"]').waitFor();
    await assertPageAccessible(page, `the mentor team's settings (${language})`, { language });
    await context.close();
  });
}
