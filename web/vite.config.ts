import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The C++ server serves dist/ and the API on one origin; in development, Vite proxies the API to it.
const api = process.env.TRELLIS_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': api, '/healthz': api } },
});
