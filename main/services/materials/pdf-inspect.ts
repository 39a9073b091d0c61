import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';

import { err, ok, type Result } from '../../../core/result.js';
import { loadPdfjs, pdfjsNodeOptions } from './pdfjs.js';

// Import-time check of a PDF: what opens here opens in the reader, because both use the
// same pdf.js. Every page is loaded and its operator list built, which parses content
// streams, fonts and images; a page that fails here would fail in front of a member.

export type PdfFacts = Readonly<{
  // null while the file is locked by a user password the clerk did not give.
  pageCount: number | null;
  passwordProtected: boolean;
}>;

// pdf.js cannot be interrupted mid-parse, but a file that keeps it busy for this long is
// refused instead of leaving the import hanging.
const INSPECT_TIMEOUT_MS = 120_000;

export async function inspectPdf(
  bytes: Uint8Array,
  pdfPassword?: string,
): Promise<Result<PdfFacts>> {
  const open = await openDocument(bytes, undefined);
  if (open.ok) return checkPages(open.value, false);

  if (open.error !== 'password') return broken(open.error);

  // A locked file is accepted without its password; the reader asks for it on opening.
  if (!pdfPassword) return ok({ pageCount: null, passwordProtected: true });

  const unlocked = await openDocument(bytes, pdfPassword);
  if (unlocked.ok) return checkPages(unlocked.value, true);
  if (unlocked.error === 'password') return err('material.pdfWrongPassword');
  return broken(unlocked.error);
}

type OpenFailure = 'password' | 'invalidStructure' | 'unreadable' | 'timeout';

async function openDocument(
  bytes: Uint8Array,
  password: string | undefined,
): Promise<Result<PDFDocumentProxy, OpenFailure>> {
  const pdfjs = await loadPdfjs();

  // pdf.js may take ownership of the buffer it is given; the caller still needs its bytes.
  const task = pdfjs.getDocument({ ...pdfjsNodeOptions(), data: bytes.slice(), password });
  try {
    return { ok: true, value: await withTimeout(task, task.promise) };
  } catch (error) {
    await task.destroy();
    return { ok: false, error: classifyOpenError(error) };
  }
}

// pdf.js rebuilds its exceptions when they cross from its worker, so they are told apart
// by name rather than by class.
function classifyOpenError(error: unknown): OpenFailure {
  if (error instanceof TimeoutError) return 'timeout';

  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return 'password';
  if (name === 'InvalidPDFException') return 'invalidStructure';
  return 'unreadable';
}

async function checkPages(document: PDFDocumentProxy, locked: boolean): Promise<Result<PdfFacts>> {
  try {
    if (document.numPages < 1) return broken('noPages');

    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      const pageFailure = await checkPage(document, pageNumber);
      if (pageFailure !== null) return broken(pageFailure, pageNumber);
    }

    return ok({ pageCount: document.numPages, passwordProtected: locked });
  } finally {
    await document.destroy();
  }
}

async function checkPage(
  document: PDFDocumentProxy,
  pageNumber: number,
): Promise<'timeout' | 'pageUnreadable' | null> {
  try {
    const page = await withTimeout(document, document.getPage(pageNumber));
    await withTimeout(document, page.getOperatorList());
    page.cleanup();
    return null;
  } catch (error) {
    return error instanceof TimeoutError ? 'timeout' : 'pageUnreadable';
  }
}

function broken(reason: OpenFailure | 'noPages' | 'pageUnreadable', page?: number): Result<never> {
  if (page === undefined) return err('material.pdfBroken', undefined, { reason });
  return err('material.pdfBroken', undefined, { reason, page });
}

class TimeoutError extends Error {}

// Races pdf.js work against the clock and tears the document down when time runs out.
async function withTimeout<T>(
  owner: PDFDocumentLoadingTask | PDFDocumentProxy,
  work: Promise<T>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      void owner.destroy();
      reject(new TimeoutError());
    }, INSPECT_TIMEOUT_MS);
  });

  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
