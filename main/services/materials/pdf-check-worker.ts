import { parentPort } from 'node:worker_threads';

import { checkPdf, type PdfCheckRequest } from './pdf-check.js';

// The thread that runs PDF checks for pdf-inspect.ts, one at a time: a request in, a result
// out. pdf.js runs here without a worker of its own, so a file that makes it spin or swell
// costs this thread, which its owner limits and ends, and never the service thread.

const port = parentPort;
if (port === null) throw new Error('pdf-check-worker.ts runs only as a worker thread');

port.on('message', async (request: PdfCheckRequest) => {
  port.postMessage(await checkPdf(request.bytes, request.password));
});
