import type { PDFDocumentProxy } from 'pdfjs-dist';

import { err, ok, type Result } from '../../../core/result.js';
import { loadPdfjs, pdfjsNodeOptions } from './pdfjs.js';

// The import check of a PDF, as it runs inside the check thread (pdf-check-worker.ts): what
// opens here opens in the reader, because both use the same pdf.js. Every page is loaded and
// its operator list built, which parses content streams, fonts and images; a page that fails
// here would fail in front of a member.

export type PdfFacts = Readonly<{
  // null while the file is locked by a user password the clerk did not give.
  pageCount: number | null;
  passwordProtected: boolean;
}>;

export type PdfBrokenReason =
  | 'invalidStructure'
  | 'unreadable'
  | 'noPages'
  | 'pageUnreadable'
  // Set by the thread's owner (pdf-inspect.ts), which ends a check that runs too long or
  // needs more memory than a real meeting document does.
  | 'timeout'
  | 'tooComplex';

export type PdfCheckRequest = Readonly<{ bytes: Uint8Array; password: string | undefined }>;

// pdf.js's PasswordResponses: why it asks for a password.
const NEED_PASSWORD = 1;
const INCORRECT_PASSWORD = 2;

type OpenFailure = 'locked' | 'wrongPassword' | 'invalidStructure' | 'unreadable';

/** Takes ownership of `bytes`: pdf.js detaches their buffer. */
export async function checkPdf(
  bytes: Uint8Array,
  password: string | undefined,
): Promise<Result<PdfFacts>> {
  const opened = await openDocument(bytes, password);
  if (opened.ok) return checkPages(opened.value.document, opened.value.locked);

  switch (opened.error) {
    // A locked file is accepted without its password; the reader asks for it on opening.
    case 'locked':
      return ok({ pageCount: null, passwordProtected: true });
    case 'wrongPassword':
      return err('material.pdfWrongPassword');
    default:
      return broken(opened.error);
  }
}

type Opened = Readonly<{ document: PDFDocumentProxy; locked: boolean }>;

// One loading task: when the file asks for a password, the clerk's is given to the same task,
// so the bytes are handed to pdf.js once and never copied for a second attempt.
async function openDocument(
  bytes: Uint8Array,
  password: string | undefined,
): Promise<Result<Opened, OpenFailure>> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ ...pdfjsNodeOptions(), data: bytes });

  let locked = false;
  task.onPassword = (answer: (password: string | Error) => void, reason: number) => {
    if (reason === NEED_PASSWORD) locked = true;
    if (reason === NEED_PASSWORD && password !== undefined) return answer(password);

    // Declining makes pdf.js reject the task with its PasswordException.
    answer(new Error(reason === INCORRECT_PASSWORD ? 'wrong password' : 'no password'));
  };

  try {
    return { ok: true, value: { document: await task.promise, locked } };
  } catch (error) {
    await task.destroy();
    return { ok: false, error: classifyOpenError(error) };
  }
}

// pdf.js rebuilds its exceptions when they cross from its own worker, so they are told apart
// by name rather than by class.
function classifyOpenError(error: unknown): OpenFailure {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  if (name === 'PasswordException') {
    return code === INCORRECT_PASSWORD ? 'wrongPassword' : 'locked';
  }
  if (name === 'InvalidPDFException') return 'invalidStructure';
  return 'unreadable';
}

async function checkPages(document: PDFDocumentProxy, locked: boolean): Promise<Result<PdfFacts>> {
  try {
    if (document.numPages < 1) return broken('noPages');

    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      if (!(await pageOpens(document, pageNumber))) return broken('pageUnreadable', pageNumber);
    }

    return ok({ pageCount: document.numPages, passwordProtected: locked });
  } finally {
    await document.destroy();
  }
}

async function pageOpens(document: PDFDocumentProxy, pageNumber: number): Promise<boolean> {
  try {
    const page = await document.getPage(pageNumber);
    await page.getOperatorList();
    page.cleanup();
    return true;
  } catch {
    return false;
  }
}

export function broken(reason: PdfBrokenReason, page?: number): Result<never> {
  if (page === undefined) return err('material.pdfBroken', undefined, { reason });
  return err('material.pdfBroken', undefined, { reason, page });
}
