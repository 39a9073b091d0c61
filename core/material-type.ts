import { err, ok, type Result } from './result.js';

// What an imported file really is, decided from its bytes; the name only has to agree.
// A clerk who renames a scan to 'draft.md' gets told so instead of a material that will
// not open in the meeting.

// Larger files are refused: the whole file is held in memory while it is checked and stored.
export const MAX_MATERIAL_BYTES = 200 * 1024 * 1024;

// The PDF header may follow some junk; readers (pdf.js, Acrobat) look within the first 1 KiB.
const PDF_SIGNATURE = '%PDF-';
const PDF_HEADER_WINDOW = 1024;

const TEXT_EXTENSIONS = new Set(['md', 'markdown', 'txt']);

export type DetectedMaterial =
  | Readonly<{ kind: 'pdf' }>
  // `text` is the decoded content with any byte-order mark removed.
  | Readonly<{ kind: 'text'; text: string }>;

export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The title a material gets when the clerk gives none: the file name without extension. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return (dot <= 0 ? base : base.slice(0, dot)).trim() || base;
}

export function hasPdfSignature(bytes: Uint8Array): boolean {
  const window = bytes.subarray(0, PDF_HEADER_WINDOW);
  const signature = [...PDF_SIGNATURE].map((char) => char.charCodeAt(0));

  for (let start = 0; start + signature.length <= window.length; start += 1) {
    if (signature.every((code, offset) => window[start + offset] === code)) return true;
  }
  return false;
}

/**
 * Decides whether `bytes` named `fileName` can become a material, and of which kind.
 * PDFs are only recognised here; whether pdf.js can open them is checked afterwards.
 */
export function detectMaterialType(fileName: string, bytes: Uint8Array): Result<DetectedMaterial> {
  if (bytes.length === 0) return err('material.empty');
  if (bytes.length > MAX_MATERIAL_BYTES) {
    return err('material.tooLarge', undefined, { size: bytes.length, limit: MAX_MATERIAL_BYTES });
  }

  const extension = fileExtension(fileName);
  const isPdf = hasPdfSignature(bytes);

  if (extension === 'pdf' || (extension === '' && isPdf)) {
    if (!isPdf) return mismatch(extension, sniff(bytes));
    return ok({ kind: 'pdf' });
  }

  if (TEXT_EXTENSIONS.has(extension)) {
    if (isPdf) return mismatch(extension, 'pdf');
    return decodeText(extension, bytes);
  }

  if (isPdf) return mismatch(extension, 'pdf');
  return err('material.unsupportedType', undefined, { extension });
}

function decodeText(extension: string, bytes: Uint8Array): Result<DetectedMaterial> {
  // UTF-16 is valid text in the wrong encoding, not a binary file in disguise.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return err('material.textEncoding', undefined, { encoding: 'utf-16' });
  }
  if (bytes.includes(0)) return mismatch(extension, sniff(bytes));

  let text: string;
  try {
    // fatal: a GBK file must be refused, not imported with replacement characters.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err('material.textEncoding', undefined, { encoding: 'unknown' });
  }

  if (text.trim() === '') return err('material.empty');
  return ok({ kind: 'text', text });
}

function mismatch(extension: string, detected: string): Result<never> {
  return err('material.typeMismatch', undefined, { extension, detected });
}

// A coarse name for what a misnamed file looks like, for the message shown to the clerk.
function sniff(bytes: Uint8Array): string {
  if (hasPdfSignature(bytes)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (!bytes.subarray(0, 4096).includes(0)) return 'text';
  return 'binary';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}
