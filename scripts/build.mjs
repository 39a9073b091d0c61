// `npm run build`: the renderer (Vite, into dist/renderer) and Electron's main and preload
// (esbuild, into dist-electron). `node scripts/build.mjs --renderer` or `--electron` builds
// one half; scripts/start.mjs uses them that way.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build as esbuild } from 'esbuild';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

// Loaded from node_modules at run time, never bundled: Electron itself, the native SQLite
// module (its .node file is chosen at run time, see main/electron/native-binding.ts) and
// pdf.js, which main loads lazily with import() and whose assets it reads from its package.
const mainExternals = ['electron', 'better-sqlite3-multiple-ciphers', 'pdfjs-dist', 'pdfjs-dist/*'];

// Electron 39 runs Node 22 in main and Chromium 142 in the preload's isolated world.
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome142';

export async function buildRenderer() {
  const { build } = await import('vite');
  // vite.config.ts resolves its root against the working directory, which must be the repo.
  process.chdir(repoRoot);
  await build({ configFile: join(repoRoot, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
}

export async function buildElectron() {
  const outdir = join(repoRoot, 'dist-electron');
  rmSync(outdir, { recursive: true, force: true });

  // Main, and the thread that checks imported PDFs (main/services/materials/pdf-inspect.ts
  // starts it from pdf-check-worker.cjs beside main.cjs).
  const mainEntries = {
    main: join(repoRoot, 'main', 'electron', 'main.ts'),
    'pdf-check-worker': join(repoRoot, 'main', 'services', 'materials', 'pdf-check-worker.ts'),
  };
  await esbuild({
    entryPoints: mainEntries,
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: NODE_TARGET,
    external: mainExternals,
    // Service code is ESM and finds packages and the check thread through import.meta.url;
    // in a CommonJS bundle that is the bundle file's own URL.
    define: { 'import.meta.url': '__yishiImportMetaUrl' },
    banner: {
      js: "const __yishiImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    },
    logLevel: 'warning',
  });

  // A sandboxed preload can require only 'electron' and a few built-ins, so everything else is
  // bundled into one CommonJS file.
  await esbuild({
    entryPoints: [join(repoRoot, 'preload', 'index.ts')],
    outfile: join(outdir, 'preload.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: CHROME_TARGET,
    external: ['electron'],
    logLevel: 'warning',
  });
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const all = !args.has('--renderer') && !args.has('--electron');

  if (all || args.has('--renderer')) await buildRenderer();
  if (all || args.has('--electron')) await buildElectron();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
