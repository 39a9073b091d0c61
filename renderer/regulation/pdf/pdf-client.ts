import type { TableRow } from '../table-rows.js';
import type { PdfLabels } from './build-pdf.js';
import { regulationFontFile } from './font-file.js';
import type { PdfMessage } from './pdf-protocol.js';

// Makes the PDF in a worker and hands back its bytes. The font comes from the app's own
// files (same origin); a missing font is reported as a failure, never silently replaced.

export type PdfOutcome =
  Readonly<{ ok: true; bytes: Uint8Array }> | Readonly<{ ok: false; reason: 'font' | 'worker' }>;

let nextRequestId = 1;

export async function makeComparisonPdf(
  rows: readonly TableRow[],
  labels: PdfLabels,
  signal: AbortSignal,
): Promise<PdfOutcome> {
  const fontBytes = await fetchFont(signal);
  if (fontBytes === null) return { ok: false, reason: 'font' };

  const worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), {
    type: 'module',
    name: 'regulation-pdf',
  });
  const requestId = nextRequestId++;

  return new Promise<PdfOutcome>((resolve) => {
    const settle = (outcome: PdfOutcome): void => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
      resolve(outcome);
    };
    const abort = (): void => settle({ ok: false, reason: 'worker' });

    signal.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<PdfMessage>) => {
      const message = event.data;
      if (message.requestId !== requestId) return;
      settle(
        message.kind === 'done'
          ? { ok: true, bytes: message.bytes }
          : { ok: false, reason: 'worker' },
      );
    };
    worker.onerror = (event) => {
      event.preventDefault();
      abort();
    };

    worker.postMessage({ requestId, rows, labels, fontBytes }, [fontBytes.buffer]);
  });
}

async function fetchFont(signal: AbortSignal): Promise<Uint8Array | null> {
  try {
    const response = await fetch(new URL(regulationFontFile, document.baseURI), { signal });
    if (!response.ok) return null;
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    return null;
  }
}
