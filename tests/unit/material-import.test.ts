import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { err } from '../../core/result.js';
import { importMaterial, type MaterialCandidate } from '../../main/services/materials/import.js';
import { openMaterial } from '../../main/services/materials/open.js';
import { CHUNK_BYTES } from '../../main/services/materials/repository.js';
import { readRealBytes, readRealText } from '../integration/realdata.js';
import {
  openServiceFixture,
  storedState,
  unwrap,
  type ServiceFixture,
} from './services-fixture.js';

const IMPORTED_AT = '2025-03-01T02:00:00.000Z';

function importInto(fixture: ServiceFixture, candidate: Partial<MaterialCandidate>) {
  return importMaterial(
    fixture.openDb,
    {
      agendaItemId: fixture.agendaItemIds[0],
      fileName: 'jianduFa_2024.md',
      bytes: readRealBytes('laws', 'jianduFa_2024.md'),
      classification: 'internal',
      ...candidate,
    },
    { personId: fixture.owner.person.id, importedAt: IMPORTED_AT },
  );
}

async function expectRefusedUnchanged(
  fixture: ServiceFixture,
  candidate: Partial<MaterialCandidate>,
  code: string,
) {
  const before = storedState(fixture.db);
  const result = await importInto(fixture, candidate);
  expect(result.ok ? 'imported' : result.error.code).toBe(code);
  expect(storedState(fixture.db)).toEqual(before);
  return result.ok ? undefined : result.error;
}

describe('material import', () => {
  it('stores a real law text with its checksum, title and classification', async () => {
    const fixture = openServiceFixture();
    const bytes = readRealBytes('laws', 'jianduFa_2024.md');

    const material = unwrap(await importInto(fixture, { title: '监督法（修订草案）' }));

    expect(material).toMatchObject({
      agendaItemId: 'a-1',
      title: '监督法（修订草案）',
      fileName: 'jianduFa_2024.md',
      kind: 'text',
      classification: 'internal',
      version: 1,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      pageCount: null,
      passwordProtected: false,
      importedAt: IMPORTED_AT,
      annotationCount: 0,
    });
  });

  it('stores a real PDF with its page count in 1 MiB chunks and opens it intact', async () => {
    const fixture = openServiceFixture();
    const bytes = readRealBytes('pdfs', 'issue19360.pdf');

    const material = unwrap(
      await importInto(fixture, { fileName: 'issue19360.pdf', bytes, classification: 'public' }),
    );
    expect(material).toMatchObject({ kind: 'pdf', pageCount: 1, title: 'issue19360' });

    const chunks = fixture.db
      .prepare('SELECT count(*) AS n FROM material_chunks WHERE material_id = ?')
      .get(material.id) as { n: number };
    expect(chunks.n).toBe(Math.ceil(bytes.length / CHUNK_BYTES));

    const opened = unwrap(openMaterial(fixture.db, fixture.owner, material.id, new Date()));
    expect(opened.text).toBeNull();
    expect(Buffer.from(opened.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
  });

  it('opens a text material as its text, without a byte-order mark', async () => {
    const fixture = openServiceFixture();
    const law = readRealBytes('laws', 'chongqing_rendachangweihui_yishiguize_2023.md');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...law]);

    const material = unwrap(await importInto(fixture, { fileName: '议事规则.md', bytes: withBom }));
    const opened = unwrap(openMaterial(fixture.db, fixture.owner, material.id, new Date()));

    expect(opened.bytes).toBeNull();
    expect(opened.text).toBe(readRealText('laws', 'chongqing_rendachangweihui_yishiguize_2023.md'));
  });

  it('makes a re-import with other bytes under the same title the next version', async () => {
    const fixture = openServiceFixture();
    const title = '监督法';

    const first = unwrap(
      await importInto(fixture, {
        title,
        fileName: 'jianduFa_2006.md',
        bytes: readRealBytes('laws', 'jianduFa_2006.md'),
      }),
    );
    const second = unwrap(await importInto(fixture, { title }));

    expect([first.version, second.version]).toEqual([1, 2]);
  });

  it('starts a title at version 1 in another agenda item', async () => {
    const fixture = openServiceFixture();
    unwrap(await importInto(fixture, { title: '监督法' }));

    const elsewhere = unwrap(
      await importInto(fixture, {
        title: '监督法',
        agendaItemId: fixture.agendaItemIds[1],
        fileName: 'jianduFa_2006.md',
        bytes: readRealBytes('laws', 'jianduFa_2006.md'),
      }),
    );
    expect(elsewhere.version).toBe(1);
  });

  it('refuses the same bytes anywhere in the meeting and names the existing material', async () => {
    const fixture = openServiceFixture();
    unwrap(await importInto(fixture, { title: '监督法（修订草案）' }));

    const error = await expectRefusedUnchanged(
      fixture,
      { agendaItemId: fixture.agendaItemIds[1], fileName: '另一个名字.txt', title: '别的标题' },
      'material.duplicate',
    );
    expect(error?.details).toEqual({ title: '监督法（修订草案）' });
  });

  it('accepts the same bytes in another meeting', async () => {
    const fixture = openServiceFixture();
    unwrap(await importInto(fixture, {}));

    const other = await importInto(fixture, { agendaItemId: fixture.otherMeetingAgendaItemId });
    expect(other.ok).toBe(true);
  });

  it('refuses an empty file and writes nothing', async () => {
    const fixture = openServiceFixture();
    await expectRefusedUnchanged(fixture, { bytes: new Uint8Array() }, 'material.empty');
  });

  it('refuses PDF bytes named .md and a text named .pdf, writing nothing', async () => {
    const fixture = openServiceFixture();
    await expectRefusedUnchanged(
      fixture,
      { fileName: '草案.md', bytes: readRealBytes('pdfs', 'issue19360.pdf') },
      'material.typeMismatch',
    );
    await expectRefusedUnchanged(fixture, { fileName: '草案.pdf' }, 'material.typeMismatch');
  });

  it('refuses a text that is not UTF-8 and an unsupported type, writing nothing', async () => {
    const fixture = openServiceFixture();
    const gbk = new Uint8Array([0xc8, 0xab, 0xca, 0xc0, 0xbd, 0xe7, 0xce, 0xde, 0xb2, 0xfa]);
    await expectRefusedUnchanged(
      fixture,
      { fileName: '通知.txt', bytes: gbk },
      'material.textEncoding',
    );
    await expectRefusedUnchanged(fixture, { fileName: '监督法.rtf' }, 'material.unsupportedType');
  });

  it('refuses a truncated real PDF as broken, with the reason', async () => {
    const fixture = openServiceFixture();
    const truncated = readRealBytes('pdfs', 'pdkids.pdf').slice(0, 100_000);

    const error = await expectRefusedUnchanged(
      fixture,
      { fileName: 'pdkids.pdf', bytes: truncated },
      'material.pdfBroken',
    );
    expect(error?.details).toEqual({ reason: 'invalidStructure' });
  });

  it('accepts a password-protected PDF without its password and marks it', async () => {
    const fixture = openServiceFixture();
    const material = unwrap(
      await importInto(fixture, {
        fileName: 'pr6531_1.pdf',
        bytes: readRealBytes('pdfs', 'pr6531_1.pdf'),
      }),
    );
    expect(material).toMatchObject({ kind: 'pdf', passwordProtected: true, pageCount: null });
  });

  it('checks a password-protected PDF with the right password and records its pages', async () => {
    const fixture = openServiceFixture();
    const material = unwrap(
      await importInto(fixture, {
        fileName: 'issue6010_2.pdf',
        bytes: readRealBytes('pdfs', 'issue6010_2.pdf'),
        pdfPassword: 'æøå',
      }),
    );
    expect(material).toMatchObject({ passwordProtected: true, pageCount: 1 });
  });

  it('refuses a wrong PDF password and writes nothing', async () => {
    const fixture = openServiceFixture();
    await expectRefusedUnchanged(
      fixture,
      {
        fileName: 'pr6531_1.pdf',
        bytes: readRealBytes('pdfs', 'pr6531_1.pdf'),
        pdfPassword: 'qwerty',
      },
      'material.pdfWrongPassword',
    );
  });

  it('treats an owner-password-only PDF as open', async () => {
    const fixture = openServiceFixture();
    const material = unwrap(
      await importInto(fixture, {
        fileName: 'secHandler.pdf',
        bytes: readRealBytes('pdfs', 'secHandler.pdf'),
      }),
    );
    expect(material).toMatchObject({ passwordProtected: false, pageCount: 1 });
  });

  it('refuses an unknown agenda item', async () => {
    const fixture = openServiceFixture();
    await expectRefusedUnchanged(fixture, { agendaItemId: 'nope' }, 'agendaItem.notFound');
  });

  it('writes nothing when the profile locks while the PDF is being checked', async () => {
    const fixture = openServiceFixture();
    const before = storedState(fixture.db);
    let calls = 0;
    const lockingDb = () => (calls++ === 0 ? fixture.openDb() : err('profile.locked'));

    const result = await importMaterial(
      lockingDb,
      {
        agendaItemId: 'a-1',
        fileName: 'rotation.pdf',
        bytes: readRealBytes('pdfs', 'rotation.pdf'),
        classification: 'public',
      },
      { personId: fixture.owner.person.id, importedAt: IMPORTED_AT },
    );

    expect(result.ok ? 'imported' : result.error.code).toBe('profile.locked');
    expect(storedState(fixture.db)).toEqual(before);
  });

  it('refuses to open a material whose stored bytes no longer match the checksum', async () => {
    const fixture = openServiceFixture();
    const material = unwrap(await importInto(fixture, {}));
    fixture.db
      .prepare("UPDATE material_chunks SET data = CAST('篡改' AS BLOB) WHERE material_id = ?")
      .run(material.id);

    const opened = openMaterial(fixture.db, fixture.owner, material.id, new Date());
    expect(opened.ok ? 'opened' : opened.error.code).toBe('profile.corrupt');
  });
});
