import { buildComparisonPdf, type PdfRequest } from './build-pdf.js';

// What the PDF worker is asked and answers; the work is here, without worker APIs, so it
// can be tested in Node.

export type PdfJob = PdfRequest & Readonly<{ requestId: number }>;

export type PdfMessage =
  | Readonly<{ kind: 'done'; requestId: number; bytes: Uint8Array }>
  | Readonly<{ kind: 'failed'; requestId: number; reason: string }>;

export function isPdfJob(value: unknown): value is PdfJob {
  if (typeof value !== 'object' || value === null) return false;

  const job = value as Record<string, unknown>;
  return (
    typeof job['requestId'] === 'number' &&
    Array.isArray(job['rows']) &&
    typeof job['labels'] === 'object' &&
    job['fontBytes'] instanceof Uint8Array
  );
}

export async function runPdfJob(job: PdfJob): Promise<PdfMessage> {
  try {
    const bytes = await buildComparisonPdf(job);
    return { kind: 'done', requestId: job.requestId, bytes };
  } catch (error) {
    // A font that fontkit cannot read ends here; anything else is a bug, reported.
    const reason = error instanceof Error ? error.message : 'unknown';
    return { kind: 'failed', requestId: job.requestId, reason };
  }
}
