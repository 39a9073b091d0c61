import type { MaterialSummary } from '../../core/api/models.js';
import type { AppError } from '../../core/result.js';
import type { Call } from '../app/api.js';
import type { ReaderDocument } from './document.js';
import type { ReportProgress } from './open-progress.js';
import { openPdfDocument } from './pdf-document.js';
import { openTextDocument } from './text-document.js';
import { formatWatermarkText } from './watermark-text.js';

export type PasswordRequest = Readonly<{
  attempt: 'needed' | 'incorrect';
  answer: (password: string | null) => void;
}>;

export type OpenOutcome =
  | Readonly<{ status: 'failed'; error: AppError }>
  | Readonly<{ status: 'broken' | 'cancelled'; material: MaterialSummary }>
  | Readonly<{
      status: 'ready';
      material: MaterialSummary;
      readerDocument: ReaderDocument;
      watermarkText: string;
    }>;

export type OpenHooks = Readonly<{
  // Aborted when the member cancels or leaves, or the profile locks.
  signal: AbortSignal;
  askPassword: (request: PasswordRequest) => void;
  onProgress: ReportProgress;
}>;

// material.open returns the decrypted bytes or text; they are handed to pdf.js (which keeps
// its own copy in the worker) or typeset, and this function keeps no reference to them.
//
// Limitation: main reports nothing while it decrypts (and, for a large file, that is most
// of the wait), and cancelling cannot stop it; the answer is then wiped and dropped.
export async function openMaterialDocument(
  call: Call,
  materialId: string,
  hooks: OpenHooks,
): Promise<OpenOutcome> {
  const { signal, askPassword, onProgress } = hooks;

  onProgress({ phase: 'decrypting' });
  const result = await call('material.open', { materialId });
  if (!result.ok) return { status: 'failed', error: result.error };

  const { material, watermark, bytes, text } = result.value;
  const watermarkText = formatWatermarkText(watermark);

  if (signal.aborted) {
    bytes?.fill(0);
    return { status: 'cancelled', material };
  }

  if (material.kind === 'text') {
    onProgress({ phase: 'typesetting' });
    const readerDocument = await openTextDocument(text ?? '', material.fileName);
    return { status: 'ready', material, readerDocument, watermarkText };
  }

  if (!bytes) return { status: 'broken', material };

  const prompt = (attempt: 'needed' | 'incorrect'): Promise<string | null> =>
    new Promise((answer) => askPassword({ attempt, answer }));

  onProgress({ phase: 'loading', percent: null });
  const opened = await openPdfDocument(bytes, { askPassword: prompt, signal, onProgress });

  // pdf.js works on its own copy in the worker; wipe ours rather than wait for the GC.
  bytes.fill(0);
  if (!opened.ok) return { status: opened.reason, material };

  return { status: 'ready', material, readerDocument: opened.document, watermarkText };
}
