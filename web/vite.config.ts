/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
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

export default defineConfig({
  plugins: [react(), bundledLicences],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': api, '/healthz': api } },
  // Unit tests of the pure modules (npm run test:unit): a browser-like window (happy-dom) for localStorage and
  // <html lang>, and a reader in California, so "the reader's time zone" is not the machine's.
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    env: { TZ: 'America/Los_Angeles' },
  },
});
