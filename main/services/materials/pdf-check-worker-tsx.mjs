// Starts the PDF check thread from the TypeScript sources (CLI and tests run under tsx). A
// worker thread does not inherit the hooks tsx registered in its parent, so it registers
// them itself. The Electron build runs dist-electron/pdf-check-worker.cjs instead.
//
// pdf.js is plain JavaScript and is loaded first, past tsx's hooks: through them its two
// large modules take a second longer to load, in every check. Once loaded, the TypeScript
// code's import of the same file gets the same module, and pdf.js finds its parsing half
// (pdf.worker.mjs) already in place instead of importing it again.
await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');

const { register } = await import('tsx/esm/api');
register();
await import('./pdf-check-worker.ts');
