// Vite build of the Agora web app: a single-page app served by Firebase Hosting (SPA rewrite).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // Firebase Auth + Firestore make one ~550 kB (160 kB gzip) chunk that no split can shrink.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      treeshake: {
        // The domain package is pure (schemas and rules, no top-level effects): a domain module the
        // app imports nothing from is dropped, which keeps the phone-number data out of the first
        // download. Same meaning as `"sideEffects": false` in domain/package.json.
        moduleSideEffects: [{ test: /[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});
