import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from '../tools/web/precompress.js';

const root = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev:web` proxies the API to a server started with `npm start` (PORT 3000 by default).
const api = process.env.API_URL ?? 'http://localhost:3000';

/** Compressed copies of the build for the server to send as they are (src/shared/http/web-client.ts). */
function precompressed(): Plugin {
  let outDir = '';
  return {
    name: 'tutuu-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompress(outDir);
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), precompressed()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: api, ws: true, changeOrigin: true },
      '/docs': api,
      '/openapi.json': api,
      '/health': api,
    },
  },
});
