import { isCompareRequest, runCompareJob, type CompareMessage } from './compare-protocol.js';

// The 条文对照 work off the UI thread: parsing and comparing the whole 民法典 takes long
// enough to freeze a page. Built by Vite as its own same-origin module file (CSP
// worker-src 'self'); one request per worker, which the page ends when it has the answer.

// The renderer is typed with the DOM library; a worker's scope needs only these two.
declare const self: {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: CompareMessage): void;
};

self.onmessage = (event) => {
  if (!isCompareRequest(event.data)) return;
  runCompareJob(event.data, (message) => self.postMessage(message));
};
