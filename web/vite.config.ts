/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The C++ server serves dist/ and the API on one origin; in development, Vite proxies the API to it.
const api = process.env.TRELLIS_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
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
