import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { pdfjsAssets } from './build/pdfjs-assets.js';
import { regulationFont } from './build/regulation-font.js';

// The renderer is served from app:// (Electron) and from the loopback browser shell under
// the same strict CSP, so the build emits no inline script and loads everything from its own
// origin; relative URLs (base './') work under both. `npm run build:renderer` runs from the
// repository root, which is what the relative root below is resolved against.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), pdfjsAssets(), regulationFont()],
  // Workers (the 条文对照 comparison and PDF export) are ES modules, same origin.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    // Chromium supports modulepreload natively; the polyfill would only add code.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2048,
    target: 'chrome128',
  },
});
