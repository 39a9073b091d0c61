import { err, type Result } from '../../../core/result.js';
import { createLogger } from '../logger.js';
import { broken, type PdfCheckRequest, type PdfFacts } from './pdf-check.js';
import { takeCheckThread, type ThreadOutcome } from './pdf-check-thread.js';

export type { PdfFacts } from './pdf-check.js';

// Runs the import check of a PDF (pdf-check.ts) in a thread of its own. A damaged file can
// make pdf.js parse for minutes or fill gigabytes of heap (150 MB of garbage behind a PDF
// header does both); in a thread with a heap limit and a deadline that file is refused with
// a reason, while the service thread, and the browser shell serving it, carry on.

export type InspectLimits = Readonly<{
  // Wall clock for the whole check, from handing the file over to the answer.
  timeoutMs: number;
  // The thread's V8 old generation. Real meeting documents, the 55-page and the scanned ones
  // included, stay far below it; the garbage files that crash a process climb past it.
  maxHeapMb: number;
}>;

// pdf.js reads a scanned pack of several hundred pages in well under a minute.
export const DEFAULT_INSPECT_LIMITS: InspectLimits = { timeoutMs: 300_000, maxHeapMb: 1024 };

const log = createLogger('pdf-check');

export async function inspectPdf(
  bytes: Uint8Array,
  pdfPassword: string | undefined,
  limits: InspectLimits = DEFAULT_INSPECT_LIMITS,
): Promise<Result<PdfFacts>> {
  // The one copy: the caller keeps its bytes to store them; the copy's buffer is moved to the
  // thread (transferred, not cloned), where pdf.js takes it over.
  const copy = bytes.slice();
  const request: PdfCheckRequest = { bytes: copy, password: pdfPassword };

  const thread = takeCheckThread(checkThreadEntry(), limits.maxHeapMb);
  let deadline: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    deadline = setTimeout(() => resolve('timeout'), limits.timeoutMs);
  });

  const outcome = await Promise.race([thread.run(request, [copy.buffer]), timedOut]);
  clearTimeout(deadline);

  if (outcome === 'timeout') {
    thread.end();
    log.warn('pdf check timed out', { timeoutMs: limits.timeoutMs });
    return broken('timeout');
  }
  if (outcome.kind === 'answer') {
    thread.release();
    // Our own thread, answering with the Result checkPdf built; cloning keeps its shape.
    return outcome.message as Result<PdfFacts>;
  }

  thread.end();
  return threadFailure(outcome);
}

function threadFailure(outcome: Exclude<ThreadOutcome, { kind: 'answer' }>): Result<never> {
  const code = outcome.kind === 'error' ? (outcome.error as { code?: unknown })?.code : undefined;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    log.warn('pdf check ran out of its heap');
    return broken('tooComplex');
  }

  // Not the file's fault: the thread did not start, or the check has a bug.
  log.error('pdf check thread failed', {
    code: typeof code === 'string' ? code : 'none',
    exitCode: outcome.kind === 'exit' ? outcome.exitCode : undefined,
  });
  return err('internal', 'pdf check thread failed');
}

// From the sources (tsx: CLI, tests) the thread starts through a bootstrap that teaches it
// TypeScript; the Electron build bundles the thread beside main.cjs (scripts/build.mjs), and
// there import.meta.url is the bundle's own URL.
function checkThreadEntry(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = fromSources ? './pdf-check-worker-tsx.mjs' : './pdf-check-worker.cjs';
  return new URL(entry, import.meta.url);
}
