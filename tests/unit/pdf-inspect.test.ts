import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { importMaterial } from '../../main/services/materials/import.js';
import { DEFAULT_INSPECT_LIMITS, inspectPdf } from '../../main/services/materials/pdf-inspect.js';
import { readRealBytes } from '../integration/realdata.js';
import { openServiceFixture, storedState, unwrap } from './services-fixture.js';

// The PDF check runs in a thread with a heap limit and a deadline, so a pathological file is
// refused with a reason instead of taking the process (and `yishi web` with it) down.

// What a tester fed the import: a PDF header followed by megabytes of 'A'. pdf.js scans it
// for a cross-reference table it can rebuild and fills its heap while doing so.
function garbagePdf(megabytes: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(megabytes * 1024 * 1024).fill('A'.charCodeAt(0));
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  return bytes;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('PDF check thread', () => {
  it('refuses 20 MB of garbage behind a PDF header, then imports a real PDF', async () => {
    const fixture = openServiceFixture();
    const context = { personId: fixture.owner.person.id, importedAt: '2025-03-01T02:00:00.000Z' };
    const before = storedState(fixture.db);

    const garbage = await importMaterial(
      fixture.openDb,
      {
        agendaItemId: 'a-1',
        fileName: '报告.pdf',
        bytes: garbagePdf(20),
        classification: 'internal',
      },
      context,
    );
    expect(garbage.ok ? 'imported' : garbage.error).toEqual({
      code: 'material.pdfBroken',
      details: { reason: 'invalidStructure' },
    });
    expect(storedState(fixture.db)).toEqual(before);

    // The same process, and the same service layer, go on to check and store a real file.
    const real = await importMaterial(
      fixture.openDb,
      {
        agendaItemId: 'a-1',
        fileName: 'pdkids.pdf',
        bytes: readRealBytes('pdfs', 'pdkids.pdf'),
        classification: 'internal',
      },
      context,
    );
    expect(unwrap(real)).toMatchObject({ kind: 'pdf', pageCount: 55 });
  });

  it('refuses as too complex a file that needs more heap than the thread may use', async () => {
    const tight = { ...DEFAULT_INSPECT_LIMITS, maxHeapMb: 128 };

    const result = await inspectPdf(garbagePdf(20), undefined, tight);
    expect(result.ok ? 'accepted' : result.error).toEqual({
      code: 'material.pdfBroken',
      details: { reason: 'tooComplex' },
    });

    // The thread that ran out is gone; the next check gets a fresh one with the same limit.
    const next = await inspectPdf(readRealBytes('pdfs', 'rotation.pdf'), undefined, tight);
    expect(unwrap(next)).toEqual({ pageCount: 2, passwordProtected: false });
  });

  it('refuses a check that outlasts its deadline and ends its thread', async () => {
    const result = await inspectPdf(readRealBytes('pdfs', 'pdkids.pdf'), undefined, {
      ...DEFAULT_INSPECT_LIMITS,
      timeoutMs: 1,
    });
    expect(result.ok ? 'accepted' : result.error).toEqual({
      code: 'material.pdfBroken',
      details: { reason: 'timeout' },
    });
  });

  it('leaves the caller its bytes and uses a password only where the file asks for one', async () => {
    const locked = readRealBytes('pdfs', 'issue6010_2.pdf');
    const fingerprint = sha256(locked);

    expect(unwrap(await inspectPdf(locked, 'æøå'))).toEqual({
      pageCount: 1,
      passwordProtected: true,
    });
    expect(locked.byteLength).toBeGreaterThan(0);
    expect(sha256(locked)).toBe(fingerprint);

    // The password is tried only because the file asks for one; a wrong one is named.
    expect(unwrap(await inspectPdf(readRealBytes('pdfs', 'secHandler.pdf'), 'æøå'))).toEqual({
      pageCount: 1,
      passwordProtected: false,
    });
    const wrong = await inspectPdf(locked, 'qwerty');
    expect(wrong.ok ? 'accepted' : wrong.error.code).toBe('material.pdfWrongPassword');
    expect(unwrap(await inspectPdf(locked, undefined))).toEqual({
      pageCount: null,
      passwordProtected: true,
    });
  });
});
