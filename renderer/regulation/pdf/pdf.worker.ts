import { isPdfJob, runPdfJob, type PdfMessage } from './pdf-protocol.js';

// Builds the printable 条文对照表 off the UI thread: subsetting the font and laying out a
// long law takes seconds. Its own same-origin module file (CSP worker-src 'self').

declare const self: {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: PdfMessage, transfer: Transferable[]): void;
};

self.onmessage = (event) => {
  if (!isPdfJob(event.data)) return;

  void runPdfJob(event.data).then((message) =>
    self.postMessage(message, message.kind === 'done' ? [message.bytes.buffer] : []),
  );
};
