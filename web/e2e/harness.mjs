// Test harness for the browser tests: a Trellis server on demo data with an SMTP sink, and a headless Chromium.
//
// Each test file calls startServer() once: a temp dir, `trellis demo` into a fresh SQLite database, an aiosmtpd
// Mailbox sink, then `trellis serve` on free ports with the built web app (web/dist). stop() ends them all.
// TRELLIS_BIN overrides the server binary (default: build/trellis at the repository root);
// CHROMIUM overrides the browser (default: /usr/bin/chromium).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const here = fileURLToPath(new URL('.', import.meta.url));
export const repoRoot = resolve(here, '..', '..');
export const webRoot = resolve(here, '..', 'dist');
export const trellisBin = process.env.TRELLIS_BIN ?? join(repoRoot, 'build', 'trellis');
// The state's public files (../shared/data beside the checkout, or TRELLIS_SHARED_DATA).
export const sharedData = process.env.TRELLIS_SHARED_DATA ?? resolve(repoRoot, '..', 'shared', 'data');
export const DEMO_PASSWORD = 'trellis-demo-2026';

/** A free TCP port on 127.0.0.1: bind to port 0 and read what the system gave. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function canConnect(port) {
  return new Promise((resolveConnect) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolveConnect(true);
    });
    socket.once('error', () => resolveConnect(false));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function run(command, args, options = {}) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolveRun(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

function background(command, args, logName, logs) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  logs[logName] = '';
  child.stdout.on('data', (d) => (logs[logName] += d));
  child.stderr.on('data', (d) => (logs[logName] += d));
  return child;
}

async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function waitFor(check, what, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
}

/** Starts the SMTP sink and a demo-data Trellis server; returns its URL, the mail folder and stop(). `mail: false`:
 * a server with no mail configured (no sink; it only logs what it would send). `directory`: a folder of the
 * state's public files to load the statewide directory from, as `make demo` does. */
export async function startServer({ mail = true, directory } = {}) {
  if (!existsSync(trellisBin)) throw new Error(`no server binary at ${trellisBin} (build it, or set TRELLIS_BIN)`);
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error(`no built web app at ${webRoot} (run npm run build)`);
  const tmp = await mkdtemp(join(tmpdir(), 'trellis-e2e-'));
  const database = `sqlite://${join(tmp, 't.db')}`;
  // aiosmtpd's Mailbox makes the Maildir (with new/, cur/, tmp/) itself, and only when the folder does not exist.
  const mailDir = join(tmp, 'mail');
  const logs = {};
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child);
    await rm(tmp, { recursive: true, force: true });
  };
  try {
    await run(trellisBin, ['demo', '--database', database]);
    if (directory) await run(trellisBin, ['directory', 'load', '--database', database, directory]);
    const smtpPort = await freePort();
    if (mail) {
      children.push(
        background('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${smtpPort}`, '-c', 'aiosmtpd.handlers.Mailbox', mailDir], 'smtp', logs),
      );
      await waitFor(() => canConnect(smtpPort), 'the SMTP sink to listen');
    }
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // prettier-ignore
    children.push(background(trellisBin, [
      'serve', '--database', database, '--listen', `127.0.0.1:${port}`,
      ...(mail ? ['--smtp', `smtp://127.0.0.1:${smtpPort}`] : []), '--mail-from', 'trellis@test.example',
      '--public-url', url, '--web-root', webRoot,
    ], 'server', logs));
    await waitFor(async () => {
      for (const child of children) {
        if (child.exitCode !== null) throw new Error(`a process exited early:\n${JSON.stringify(logs, null, 2)}`);
      }
      const response = await fetch(`${url}/healthz`);
      return response.ok;
    }, 'the server to answer /healthz');
    return { url, tmp, mailDir, logs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// Python's Maildir names a message `<seconds>.M<microseconds>P<pid>Q<count>.<host>`, microseconds not padded, so
// names sorted as text can put a later mail of the same second first: sort by the numbers.
function deliveryKey(name) {
  const m = /^(\d+)\.M(\d+)P\d+Q(\d+)/.exec(name);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}
const byDelivery = (a, b) => {
  const [x, y] = [deliveryKey(a), deliveryKey(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.localeCompare(b);
};

/** Waits for a new message in the SMTP sink's Maildir and returns its raw text (decoded when quoted-printable). */
export async function waitForMail(mailDir, { to, seen = new Set(), timeoutMs = 15000 } = {}) {
  const folder = join(mailDir, 'new');
  let found;
  await waitFor(async () => {
    if (!existsSync(folder)) return false;
    for (const name of (await readdir(folder)).sort(byDelivery)) {
      if (seen.has(name)) continue;
      const text = await readFile(join(folder, name), 'utf8');
      if (to && !text.toLowerCase().includes(to.toLowerCase())) continue;
      seen.add(name);
      found = text;
      return true;
    }
    return false;
  }, `mail${to ? ` to ${to}` : ''}`, timeoutMs);
  return found;
}

/** The link in the first invitation mailed to `to` (with mail configured, the invitee's mailbox is the only place
 * the link goes: the API does not hand it to the inviter). Other mail to the address is passed over. */
export async function waitForInvitationLink(mailDir, to) {
  const seen = new Set();
  for (;;) {
    const link = decodeMail(await waitForMail(mailDir, { to, seen })).match(/https?:\/\/[^\s"<>]+\/invitations\/[A-Za-z0-9_\-.~%]+/);
    if (link) return link[0];
  }
}

/**
 * The message's text with its encodings undone (quoted-printable unescaped, base64 parts decoded), to find links;
 * the raw text comes last, so a search finds the decoded form first.
 */
export function decodeMail(raw) {
  const parts = [];
  for (const match of raw.matchAll(/Content-Transfer-Encoding:\s*base64[^\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)) {
    parts.push(Buffer.from(match[1].replace(/\s+/g, ''), 'base64').toString('utf8'));
  }
  if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(raw)) {
    const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    parts.unshift(Buffer.from(bytes, 'latin1').toString('utf8'));
  }
  parts.push(raw);
  return parts.join('\n');
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium through playwright-core (no browser download); each launch gets a fresh profile. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A fresh context and page on `baseURL`, optionally with the language stored as the app remembers it. */
const chunkDelayMs = Number(process.env.E2E_CHUNK_DELAY_MS ?? 0);

export async function newPage(browser, baseURL, { language, viewport, timezoneId } = {}) {
  const context = await browser.newContext({ baseURL, viewport: viewport ?? { width: 1280, height: 900 }, timezoneId });
  if (language) {
    await context.addInitScript((lang) => {
      if (!sessionStorage.getItem('e2e.language-set')) {
        localStorage.setItem('trellis.language', lang);
        sessionStorage.setItem('e2e.language-set', '1');
      }
    }, language);
  }
  if (chunkDelayMs > 0) {
    // E2E_CHUNK_DELAY_MS slows every script fetch, as a loaded CI machine does, to bring out tests that act on a
    // page before its lazily loaded code has replaced the previous one.
    await context.route('**/assets/*.js', async (route) => {
      await sleep(chunkDelayMs);
      await route.continue();
    });
  }
  const page = await context.newPage();
  page.setDefaultTimeout(10000 + 4 * chunkDelayMs);
  return { context, page };
}

/**
 * Waits until the app shows the page of the current URL (a route's code may still be loading while the previous
 * page stays on screen; <main data-path> says which route is rendered), with its heading and no loading indicator.
 */
export async function settled(page) {
  await page.waitForFunction(
    () => document.querySelector('main')?.dataset.path === location.pathname && !document.querySelector('.loading') && document.querySelector('h1'),
  );
}

/** Opens the header's account menu (mail and language, API tokens, a new organization, sign out); returns it. */
export async function openAccountMenu(page) {
  const toggle = page.locator('header .account-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const menu = page.locator('#account-menu');
  await menu.waitFor();
  return menu;
}

/**
 * Signs in through the sign-in page. The app then switches to the account's saved language (issue 15); unless
 * `accountLanguage` is true, the account is first given the language the page was in (the test's choice), so a
 * test run in Spanish stays in Spanish whatever the demo account's language.
 */
export async function signIn(page, email, password = DEMO_PASSWORD, { accountLanguage = false } = {}) {
  await page.goto('/sign-in');
  const wanted = await page.evaluate(() => document.documentElement.lang);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await settled(page);
  if (accountLanguage) return;
  const saved = await page.evaluate(async (language) => {
    const settings = await (await fetch('/api/v1/me/notification-settings')).json();
    if (settings.language === language) return true;
    const { csrf_token } = await (await fetch('/api/v1/session')).json();
    await fetch('/api/v1/me/notification-settings', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
      body: JSON.stringify({ language }),
    });
    localStorage.setItem('trellis.language', language);
    return false;
  }, wanted);
  if (!saved) {
    await page.reload();
    await settled(page);
    await page.waitForFunction((language) => document.documentElement.lang === language, wanted);
  }
}

/**
 * The id of a demo team by its name (ids differ between databases). Lancaster has a team of the same name as
 * Monterey's MTSS team: the one whose organization's name starts with `organization` is taken, or else the first.
 * `from` is a signed-in page (its session reads the list) or the demo server (read as `email`, signed in for it).
 */
export async function teamIdByName(from, name, { organization = 'Monterey', email = 'lead@mpusd.example' } = {}) {
  const teams = typeof from.evaluate === 'function'
    ? await from.evaluate(async () => (await (await fetch('/api/v1/teams')).json()).teams)
    : await teamsSeenBy(from.url, email);
  const named = teams.filter((t) => t.name === name);
  const team = named.find((t) => t.organization.name.startsWith(organization)) ?? named[0];
  if (!team) throw new Error(`${email} sees no team named ${name}`);
  return team.id;
}

/** The teams an account sees, read over HTTP with a session of its own (no browser). */
async function teamsSeenBy(baseURL, email) {
  const session = await fetch(new URL('/api/v1/session', baseURL), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!session.ok) throw new Error(`signing in ${email} answered ${session.status}`);
  const cookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const answer = await fetch(new URL('/api/v1/teams', baseURL), { headers: { cookie } });
  if (!answer.ok) throw new Error(`GET /api/v1/teams as ${email} answered ${answer.status}`);
  return (await answer.json()).teams;
}

/** The demo server and a browser for one test file; if the browser cannot start, the server is stopped again. */
export async function startServerAndBrowser(options) {
  const server = await startServer(options);
  try {
    return { server, browser: await launchBrowser() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Stops what startServerAndBrowser started (either may be missing when starting failed). */
export async function stopServerAndBrowser({ server, browser }) {
  await browser?.close();
  await server?.stop();
}

/**
 * The checks every page gets: one h1, a main landmark, no axe violations and no sideways scrolling, and, when
 * `language` is given, that language on <html>. `where` names the page in failure messages.
 */
export async function assertPageAccessible(page, where, { language } = {}) {
  if (language) assert.equal(await page.evaluate(() => document.documentElement.lang), language, `lang on ${where}`);
  assert.equal(await page.locator('h1').count(), 1, `one h1 on ${where}`);
  assert.ok(await page.locator('main').count(), `a main landmark on ${where}`);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe on ${where}:\n${JSON.stringify(violations, null, 2)}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling on ${where} (${overflow}px too wide)`);
}

/** Runs axe with the WCAG 2.0/2.1 A and AA rules; returns the violations in a readable form. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
}

/** Follows the link to a named item from the home page (ids differ between databases). */
export async function openFromHome(page, name) {
  await page.goto('/');
  await settled(page);
  await page.getByRole('link', { name, exact: true }).first().click();
  await settled(page);
}
