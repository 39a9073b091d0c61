import { GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker ships as its own same-origin file (CSP worker-src 'self'); the data pdf.js
// fetches at run time is copied by renderer/build/pdfjs-assets.ts into pdfjs/.
GlobalWorkerOptions.workerSrc = workerUrl;

function assetUrl(folder: string): string {
  return new URL(`pdfjs/${folder}/`, document.baseURI).href;
}

export const pdfjsAssetUrls = {
  cMapUrl: assetUrl('cmaps'),
  standardFontDataUrl: assetUrl('standard_fonts'),
  wasmUrl: assetUrl('wasm'),
  iccUrl: assetUrl('iccs'),
} as const;
