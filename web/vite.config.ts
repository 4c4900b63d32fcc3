/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import license from 'rollup-plugin-license';
import { readFileSync } from 'node:fs';

// The C++ server serves dist/ and the API on one origin; in development, Vite proxies the API to it.
const api = process.env.TRELLIS_API ?? 'http://127.0.0.1:8080';

// dist/licenses.txt: Trellis's own licence, then every third-party package bundled into the app with its licence
// text, as the licences of those packages ask. Written from the packages the bundle actually holds, so a new
// dependency is listed the moment it is imported; a licence outside the allowed list fails the build.
const bundledLicences = license({
  thirdParty: {
    allow: {
      test: '(MIT OR ISC OR Apache-2.0 OR BSD-2-Clause OR BSD-3-Clause OR 0BSD)',
      failOnUnlicensed: true,
      failOnViolation: true,
    },
    output: {
      file: 'dist/licenses.txt',
      template(dependencies) {
        const own = readFileSync(new URL('../LICENSE', import.meta.url), 'utf-8').trim();
        const parts = [...dependencies]
          .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))
          .map((d) => `${d.name} ${d.version} (${d.license})\n\n${(d.licenseText ?? '').trim()}`);
        return [`Trellis is licensed under the Apache License 2.0.\n\n${own}`, ...parts].join(`\n\n${'='.repeat(78)}\n\n`) + '\n';
      },
    },
  },
});

// App.tsx's routes as addresses and the page modules they show: {path: "/teams/:id/meetings", modules:
// ["src/pages/Team.tsx", "src/pages/TeamMeetingsTab.tsx"]} (a route inside another shows both: the outer page and,
// in its <Outlet>, the inner one). Read from the source, so App.tsx stays the one list of routes; a route this
// cannot read fails the build.
type AppRoute = { path: string; modules: string[] };
function appRoutes(): AppRoute[] {
  const app = readFileSync(new URL('./src/App.tsx', import.meta.url), 'utf-8');
  const pages = new Map(
    [...app.matchAll(/const (\w+) = lazyPage\(\(\) => import\('\.\/(pages\/\w+)'\)\)/g)].map(([, name, page]) => [name, `src/${page}.tsx`]),
  );
  const routes: AppRoute[] = [];
  // The routes around the current one: their path (if any) and page module (if a page).
  const outer: { path?: string; module?: string }[] = [];
  for (const [tag, path, index, name, selfClosing] of app.matchAll(/<Route(?: path="([^"]+)"| (index))? element=\{<(\w+) \/>\}( \/)?>|<\/Route>/g)) {
    if (tag === '</Route>') {
      outer.pop();
      continue;
    }
    const module = pages.get(name);
    const full = [...outer.map((o) => o.path), index ? '' : path]
      .filter((p): p is string => p !== undefined)
      .reduce((at, part) => (part.startsWith('/') || at === '' ? part : part === '' ? at : `${at}/${part}`), '');
    if (!selfClosing) {
      outer.push({ path: path ?? (index ? '' : undefined), module });
      continue;
    }
    if (!module) {
      if (path !== undefined || index) throw new Error(`App.tsx: the route ${path ?? '/'} shows ${name}, which is not a lazyPage(() => import('./pages/…'))`);
      continue;
    }
    routes.push({ path: full || '/', modules: [...outer.flatMap((o) => (o.module ? [o.module] : [])), module] });
  }
  for (const needed of ['/teams/:id', '/teams/:id/meetings', '/'])
    if (!routes.some((r) => r.path === needed)) throw new Error(`App.tsx: no route ${needed} read (has the <Route> form changed?)`);
  return routes;
}

// dist/.vite/routes.json: which page modules each address of App.tsx shows (appRoutes). With Vite's manifest
// (.vite/manifest.json: module → file and imports), the server names the page's code in the index.html it sends
// for an address, so that it loads beside the main script (src/api/page_shell.hpp).
const routeTable: Plugin = {
  name: 'trellis-route-table',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: '.vite/routes.json', source: JSON.stringify({ routes: appRoutes() }, null, 1) });
  },
};

// dist/.vite/first-data.json: the API GETs each page asks for first (src/firstData.json), which the server answers
// inside the page it sends for that address (src/api/first_data.hpp), so the page renders with its data instead of
// asking after its first render. Paths are App.tsx's; ":name" is the address's part of that name, and "{a.b}" a
// value in the first GET's answer (the meeting's team, an organization's first indicator). A path App.tsx does not
// show, or a GET not in the API's path form ("/teams/:id"), fails the build.
const firstDataTable: Plugin = {
  name: 'trellis-first-data',
  apply: 'build',
  generateBundle() {
    const patterns = appRoutes().map(({ path }) => path.split('/').filter(Boolean));
    const shows = (path: string) => {
      const parts = path.split('/').filter(Boolean);
      return parts.length === 0 || patterns.some((p) => p.length === parts.length && p.every((s, i) => s.startsWith(':') || s === parts[i]));
    };
    const table = JSON.parse(readFileSync(new URL('./src/firstData.json', import.meta.url), 'utf-8')) as {
      every: string[];
      pages: { path: string; get: string[] }[];
    };
    for (const page of table.pages) {
      if (!shows(page.path)) throw new Error(`src/firstData.json: no route of App.tsx shows ${page.path}`);
      for (const get of [...table.every, ...page.get])
        if (!/^\/[\w\-/:{}.?=&]*$/.test(get)) throw new Error(`src/firstData.json: ${get} is not an API path such as /teams/:id`);
    }
    this.emitFile({ type: 'asset', fileName: '.vite/first-data.json', source: JSON.stringify(table) });
  },
};

export default defineConfig({
  plugins: [react(), bundledLicences, routeTable, firstDataTable],
  // Preact's compatibility layer renders the app in place of react-dom: the same components and hooks, a main
  // script about a third smaller and quicker to evaluate, which is most of what a cold load waits for on a
  // modest machine (docs/performance.md, "Page load").
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, manifest: true },
  server: { proxy: { '/api': api, '/healthz': api } },
  // Unit tests of the pure modules (npm run test:unit): a browser-like window (happy-dom) for localStorage and
  // <html lang>, and a reader in California, so "the reader's time zone" is not the machine's.
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    env: { TZ: 'America/Los_Angeles' },
  },
});
