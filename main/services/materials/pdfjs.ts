import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js';

// pdf.js in Node (import checks, tests, benchmarks). The legacy build carries the polyfills
// Node lacks; without a pdf.js worker it parses on the thread that loads it, which for import
// checks is a thread of their own (pdf-inspect.ts). Fonts, CMaps and wasm decoders are read
// from the installed package, never fetched.

type Pdfjs = typeof PdfjsModule;

let loading: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loading;
}

// pdf.js wants folder URLs with a trailing separator; in Node a plain path works.
function assetFolder(name: string): string {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  return join(root, name) + sep;
}

let assets: DocumentInitParameters | undefined;

/** The options every Node-side `getDocument` call shares. */
export function pdfjsNodeOptions(): DocumentInitParameters {
  assets ??= {
    cMapUrl: assetFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetFolder('standard_fonts'),
    wasmUrl: assetFolder('wasm'),
    iccUrl: assetFolder('iccs'),
    // Materials are untrusted input: never compile PDF functions into JavaScript.
    isEvalSupported: false,
    // Errors only; pdf.js warnings are about the file, not about Yishi.
    verbosity: 0,
  };
  return assets;
}
