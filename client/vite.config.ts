import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = process.env.SAMSKRIV_SERVER ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // The audit wording on its own, so the log page does not load the editor's schema.
      '@samskriv/schema/audit-wording': fileURLToPath(
        new URL('../schema/src/audit-wording.ts', import.meta.url),
      ),
      '@samskriv/schema': fileURLToPath(new URL('../schema/src/index.ts', import.meta.url)),
      // dkfds exports only its JS; its CSS, fonts and icons are reached by path.
      'dkfds-dist': fileURLToPath(new URL('../node_modules/dkfds/dist', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      // The server checks Origin on WebSocket upgrades, so the proxy presents the server's own origin.
      '/graphql': { target: server, ws: true, changeOrigin: true, headers: { origin: server } },
      '/collab': { target: server, ws: true, changeOrigin: true, headers: { origin: server } },
    },
  },
  build: {
    outDir: 'dist',
    // Maps are written for debugging on the server but not referenced from the bundles (and not served in production).
    sourcemap: 'hidden',
  },
});
