// Signing in (with the mouse and with the keyboard only), failures shown from the server, signing out,
// the guard for anonymous visitors, and a forgotten password reset through the e-mailed link.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_PASSWORD, decodeMail, newPage, settled, signIn, startServerAndBrowser, stopServerAndBrowser, waitForMail, openAccountMenu } from './harness.mjs';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));

after(() => stopServerAndBrowser({ server, browser }));

test('anonymous visitors are sent to sign in, and back where they were going afterwards', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto('/settings/tokens');
  await page.waitForURL('**/sign-in?next=%2Fsettings%2Ftokens');
  await settled(page);
  await page.locator('input[name="email"]').fill('lead@mpusd.example');
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/settings/tokens');
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Personal API tokens');
  await context.close();
});

test('sign in shows the user in the header; sign out ends the session', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  assert.equal(new URL(page.url()).pathname, '/');
  await page.getByRole('button', { name: 'Account of Elena Martínez' }).waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Welcome, Elena Martínez');
  await page.getByRole('link', { name: 'World Languages Standards' }).waitFor();

  await (await openAccountMenu(page)).getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in');
  await page.getByText('You have signed out.').waitFor();
  await page.goto('/');
  await page.waitForURL('**/sign-in');
  await context.close();
});

test('wrong password: the problem detail is shown in the live region and the fields stay usable', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto('/sign-in');
  await settled(page);
  // Empty form: checked here, messages next to the fields.
  await page.getByRole('button', { name: 'Sign in' }).click();
  const emailInput = page.locator('input[name="email"]');
  assert.equal(await emailInput.getAttribute('aria-invalid'), 'true');
  const describedBy = await emailInput.getAttribute('aria-describedby');
  assert.ok(describedBy, 'the field points at its error message');
  assert.match(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent(), /Email address: fill this in\./);

  await emailInput.fill('lead@mpusd.example');
  await page.locator('input[name="password"]').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.locator('.form-alert[aria-live="assertive"] .alert-error');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /^Error:/);
  assert.ok(text.length > 'Error: '.length, 'the detail from the server is shown');
  assert.equal(new URL(page.url()).pathname, '/sign-in');
  await context.close();
});

test('keyboard only: Tab to the fields, type, Enter signs in', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto('/sign-in');
  await settled(page);
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName);
  const visited = [];
  for (let i = 0; i < 10 && (await focusedName()) !== 'email'; i++) {
    await page.keyboard.press('Tab');
    visited.push(await focusedName());
  }
  assert.equal(await focusedName(), 'email', `Tab reaches the e-mail field (went through ${visited.join(', ')})`);
  // The focused element shows a visible focus indicator.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.keyboard.type('lead@mpusd.example');
  await page.keyboard.press('Tab');
  assert.equal(await focusedName(), 'password');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/');
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Welcome, Elena Martínez');
  // After the page changes, reading and tabbing start at the new page's content.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  // On a fresh load, the skip link is the first stop and moves focus to the main content.
  await page.reload();
  await settled(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await context.close();
});

test('forgotten password: the mailed link sets a new password that then signs in', async () => {
  const { context, page } = await newPage(browser, server.url);
  const email = 'facilitator@pivotlearning.example';
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.waitForURL('**/forgot-password');
  // The URL changes before the lazily loaded page replaces the sign-in form, whose email field has the same name.
  await settled(page);
  await page.locator('input[name="email"]').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await page.getByRole('status').getByText(`If an account exists for ${email}`).waitFor();

  const mail = decodeMail(await waitForMail(server.mailDir, { to: email }));
  const link = mail.match(/https?:\/\/[^\s"<>]+reset-password\?token=[A-Za-z0-9_\-.~%]+/);
  assert.ok(link, `the mail holds a reset link:\n${mail}`);
  const target = new URL(link[0]);
  assert.equal(target.origin, server.url);

  await page.goto(target.pathname + target.search);
  await settled(page);
  const newPassword = 'a-brand-new-password-42';
  await page.locator('input[name="password"]').fill(newPassword);
  await page.locator('input[name="confirmation"]').fill('something-else-entirely');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await page.getByText('The two passwords are not the same.').first().waitFor();
  await page.locator('input[name="confirmation"]').fill(newPassword);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await page.waitForURL('**/sign-in');
  await page.getByText('Your password has been changed.').waitFor();

  // The old password no longer works; the new one does.
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.form-alert .alert-error').waitFor();
  await signIn(page, email, newPassword);
  assert.equal(await page.locator('h1').textContent(), 'Welcome, Rosa Delgado');

  // The link is spent.
  await page.goto(target.pathname + target.search);
  await settled(page);
  await page.locator('input[name="password"]').fill('yet-another-password-7');
  await page.locator('input[name="confirmation"]').fill('yet-another-password-7');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await page.locator('.form-alert .alert-error').waitFor();
  await context.close();
});

test('personal API tokens: created, shown once, usable, revoked', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'mentor@sanger.example');
  await (await openAccountMenu(page)).getByRole('link', { name: 'API tokens' }).click();
  await settled(page);
  await page.getByText('You have no tokens.').waitFor();
  await page.getByLabel('Token name').fill('coaching log export');
  await page.getByRole('button', { name: 'Create the token' }).click();
  const secret = await page.getByLabel('Token', { exact: true }).inputValue();
  assert.ok(secret.length >= 20, 'the token is shown');
  await page.getByRole('row', { name: /coaching log export/ }).waitFor();
  const bearer = { Authorization: `Bearer ${secret}` };
  assert.equal((await fetch(`${server.url}/api/v1/me`, { headers: bearer })).status, 200);

  await page.reload();
  await settled(page);
  assert.equal(await page.getByLabel('Token', { exact: true }).count(), 0, 'shown once only');
  await page.getByRole('button', { name: 'Revoke coaching log export' }).click();
  await page.getByRole('status').getByText('The token coaching log export was revoked.').waitFor();
  await page.getByText('You have no tokens.').waitFor();
  assert.equal((await fetch(`${server.url}/api/v1/me`, { headers: bearer })).status, 401);
  await context.close();
});

test('when the session ends on the server, the next request leads to sign in', async () => {
  const { context, page } = await newPage(browser, server.url);
  await signIn(page, 'lead@mpusd.example');
  // Every home section has loaded first: one still asking when the cookie goes would itself lead to sign in.
  await page.waitForLoadState('networkidle');
  await context.clearCookies();
  await page.getByRole('link', { name: 'Monterey Peninsula Unified' }).click();
  await page.waitForURL(/\/sign-in\?next=%2Forganizations%2F\d+$/);
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Sign in');
  await context.close();
});

// Last: it locks this account (and perhaps this address) out of signing in for a while.
test('too many failed sign-ins: the 429 rate-limit detail is shown', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto('/sign-in');
  await settled(page);
  const email = 'mentor@sanger.example';
  let last = '';
  for (let attempt = 0; attempt < 30; attempt++) {
    const response = page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(`wrong-password-${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const answer = await response;
    await page.waitForFunction(() => !document.querySelector('button[aria-disabled="true"]'));
    last = await page.locator('.form-alert .alert-error').textContent();
    if (answer.status() === 429) {
      const body = await answer.json();
      assert.equal(body.type, '/problems/rate-limited');
      assert.ok(answer.headers()['retry-after'], 'Retry-After is set');
      assert.ok(last.includes(body.detail), `the page shows the server's detail: ${last}`);
      await context.close();
      return;
    }
  }
  assert.fail(`no 429 after 30 failed sign-ins; last message: ${last}`);
});
