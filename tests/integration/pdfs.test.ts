import { describe, expect, it } from 'vitest';

import type { ErrorCode } from '../../core/result.js';
import { importMaterial, type MaterialCandidate } from '../../main/services/materials/import.js';
import { openMaterial } from '../../main/services/materials/open.js';
import { openServiceFixture, unwrap, type ServiceFixture } from '../unit/services-fixture.js';
import { manifestRow, readRealBytes, realPdfNames } from './realdata.js';
import { renderEveryPage } from './render-pdf.js';

// Every PDF of the shared real data goes through the import a clerk uses and, once stored in
// the encrypted profile and opened again, renders every page with the reader's pdf.js.
// The outcome of each file is stated here, so a change in pdf.js or in the import shows up
// as a named failure rather than a quiet difference.

type Expected =
  | Readonly<{ outcome: 'renders'; pages: number; password?: string; why: string }>
  | Readonly<{ outcome: 'refused'; code: ErrorCode; reason?: string; page?: number; why: string }>;

const expectedOutcomes: Readonly<Record<string, Expected>> = {
  'SimFang-variant.pdf': { outcome: 'renders', pages: 1, why: 'GBK bytes in a non-embedded 黑体' },
  'file_pdfjs_test.pdf': { outcome: 'renders', pages: 5, why: 'forms, annotations, SimSun subset' },
  'issue1293r.pdf': { outcome: 'renders', pages: 1, why: 'wrong stream /Length, repaired' },
  'issue12963.pdf': { outcome: 'renders', pages: 8, why: 'JBIG2 scans via the wasm decoder' },
  'issue14438.pdf': { outcome: 'renders', pages: 1, why: 'Chinese with non-embedded STSong' },
  'issue15690.pdf': { outcome: 'renders', pages: 1, why: 'full-width Latin in SimSun' },
  'issue19360.pdf': { outcome: 'renders', pages: 1, why: 'Chinese article, embedded subsets' },
  'issue2128r.pdf': { outcome: 'renders', pages: 1, why: 'GBK-EUC-H CMap, font not embedded' },
  'issue3371.pdf': {
    outcome: 'renders',
    pages: 1,
    password: 'ELXRTQWS',
    why: 'AES-128 user password, JPX and JBIG2 images',
  },
  'issue5475.pdf': { outcome: 'renders', pages: 1, why: 'JPEG 2000 photograph' },
  'issue6010_2.pdf': { outcome: 'renders', pages: 1, password: 'æøå', why: 'AES-256 password' },
  'issue8372.pdf': { outcome: 'renders', pages: 1, why: 'UniGB-UTF16-H, non-embedded font' },
  'issue9418.pdf': { outcome: 'renders', pages: 1, why: 'missing xref entry, reconstructed' },
  'pdkids.pdf': { outcome: 'renders', pages: 55, why: 'many pages' },
  'pr6531_1.pdf': {
    outcome: 'renders',
    pages: 1,
    password: 'asdfasdf',
    why: 'AES-256 user and owner passwords, linearized',
  },
  'rotation.pdf': { outcome: 'renders', pages: 2, why: 'second page rotated 90°' },
  'secHandler.pdf': { outcome: 'renders', pages: 1, why: 'owner password only: opens as is' },
};

type Refusal = Extract<Expected, { outcome: 'refused' }> &
  Readonly<{
    name: string;
    source: string;
    bytes: (original: Uint8Array) => Uint8Array;
    password?: string;
  }>;

// Files made from the real ones that must be refused, each with its reason.
const derivedRefusals: readonly Refusal[] = [
  {
    name: 'pdkids.pdf cut after 100 kB',
    source: 'pdkids.pdf',
    bytes: (original) => original.slice(0, 100_000),
    outcome: 'refused',
    code: 'material.pdfBroken',
    reason: 'invalidStructure',
    why: 'a download that broke off',
  },
  {
    name: 'issue19360.pdf without its first 2 kB',
    source: 'issue19360.pdf',
    bytes: (original) =>
      new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...original.slice(2048)]),
    outcome: 'refused',
    code: 'material.pdfBroken',
    reason: 'pageUnreadable',
    page: 1,
    why: 'pdf.js rebuilds a page tree but its page cannot be parsed',
  },
  {
    name: 'pr6531_1.pdf with the wrong password',
    source: 'pr6531_1.pdf',
    bytes: (original) => original,
    password: 'qwerty',
    outcome: 'refused',
    code: 'material.pdfWrongPassword',
    why: 'the wrong password pdf.js api_spec also tries',
  },
];

// Half scale keeps the 55 pages of pdkids.pdf quick and still shows whether text was drawn.
const RENDER_SCALE = 0.5;
const MIN_INK_PIXELS = 16;

function importPdf(fixture: ServiceFixture, candidate: Partial<MaterialCandidate>) {
  return importMaterial(
    fixture.openDb,
    {
      agendaItemId: fixture.agendaItemIds[0],
      fileName: 'material.pdf',
      bytes: new Uint8Array(),
      classification: 'internal',
      ...candidate,
    },
    { personId: fixture.owner.person.id, importedAt: new Date().toISOString() },
  );
}

describe('real PDFs: import, store encrypted, open, render every page', () => {
  it('states an outcome for every file in the real data', () => {
    expect(realPdfNames()).toEqual(Object.keys(expectedOutcomes).sort());
  });

  const renders = Object.entries(expectedOutcomes).flatMap(([name, expected]) =>
    expected.outcome === 'renders' ? [{ name, ...expected }] : [],
  );

  it.each(renders)('$name renders all $pages page(s) ($why)', async ({ name, pages, password }) => {
    const fixture = openServiceFixture();
    const bytes = readRealBytes('pdfs', name);
    const row = manifestRow(`pdfs/${name}`);

    if (password !== undefined) {
      // The password is the one MANIFEST.md gives; without it the file is still accepted
      // and marked, so the reader asks for the password on opening.
      expect(row).toContain(`password '${password}'`);
      const locked = unwrap(await importPdf(fixture, { fileName: name, bytes }));
      expect(locked).toMatchObject({ passwordProtected: true, pageCount: null });
    }

    const material = unwrap(
      await importPdf(fixture, {
        // Another meeting: the same bytes are a duplicate within one.
        agendaItemId:
          password === undefined ? fixture.agendaItemIds[0] : fixture.otherMeetingAgendaItemId,
        fileName: name,
        bytes,
        ...(password === undefined ? {} : { pdfPassword: password }),
      }),
    );
    expect(material).toMatchObject({
      kind: 'pdf',
      pageCount: pages,
      passwordProtected: password !== undefined,
      size: bytes.length,
    });
    // MANIFEST.md lists the first 16 hex digits of each file's SHA-256.
    expect(row).toContain(`| ${material.sha256.slice(0, 16)} |`);

    const opened = unwrap(openMaterial(fixture.db, fixture.owner, material.id, new Date()));
    const rendered = await renderEveryPage(
      opened.bytes ?? new Uint8Array(),
      password,
      RENDER_SCALE,
    );

    expect(rendered.map((page) => page.page)).toEqual(
      Array.from({ length: pages }, (_, i) => i + 1),
    );
    for (const page of rendered) {
      expect(page.width * page.height, `${name} page ${page.page} size`).toBeGreaterThan(0);
      expect(page.inkPixels, `${name} page ${page.page} is blank`).toBeGreaterThanOrEqual(
        MIN_INK_PIXELS,
      );
    }
  });

  const realRefusals = Object.entries(expectedOutcomes).flatMap(([name, expected]): Refusal[] =>
    expected.outcome === 'refused'
      ? [{ ...expected, name, source: name, bytes: (original: Uint8Array) => original }]
      : [],
  );

  it.each([...realRefusals, ...derivedRefusals])(
    '$name is refused: $code ($why)',
    async (refusal) => {
      const fixture = openServiceFixture();
      const bytes = refusal.bytes(readRealBytes('pdfs', refusal.source));

      const result = await importPdf(fixture, {
        fileName: refusal.source,
        bytes,
        ...(refusal.password === undefined ? {} : { pdfPassword: refusal.password }),
      });

      expect(result.ok ? 'imported' : result.error.code).toBe(refusal.code);
      if (!result.ok && refusal.reason !== undefined) {
        const page = refusal.page === undefined ? {} : { page: refusal.page };
        expect(result.error.details).toEqual({ reason: refusal.reason, ...page });
      }
      const stored = fixture.db.prepare('SELECT count(*) AS n FROM materials').get();
      expect(stored).toEqual({ n: 0 });
    },
  );
});
