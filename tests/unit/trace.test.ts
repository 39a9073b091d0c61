import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { decodeTraceId, encodeTraceId, normalizeTraceId, traceMessage } from '../../core/trace.js';
import { metaKeys, readMeta } from '../../main/services/meta.js';
import { importMaterial } from '../../main/services/materials/import.js';
import { openMaterial } from '../../main/services/materials/open.js';
import { issueTraceId, resolveTraceId } from '../../main/services/trace/repository.js';
import { readRealBytes } from '../integration/realdata.js';
import { openServiceFixture, unwrap } from './services-fixture.js';

describe('trace ID codec', () => {
  it('writes 40 bits as two groups of four Crockford base32 symbols', () => {
    expect(encodeTraceId(new Uint8Array([0, 0, 0, 0, 0]))).toBe('0000-0000');
    expect(encodeTraceId(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]))).toBe('ZZZZ-ZZZZ');
    // 0x08864298e8 in 5-bit groups is 1, 2, 3, 4, 5, 6, 7, 8.
    expect(encodeTraceId(new Uint8Array([0x08, 0x86, 0x42, 0x98, 0xe8]))).toBe('1234-5678');
  });

  it('uses only the first five bytes of a longer digest', () => {
    const digest = new Uint8Array(32).fill(0xab);
    expect(encodeTraceId(digest)).toBe(encodeTraceId(digest.subarray(0, 5)));
  });

  it('round-trips every byte value', () => {
    for (let value = 0; value < 256; value += 1) {
      const bytes = new Uint8Array([value, 255 - value, value ^ 0x5a, 7, value]);
      expect([...(decodeTraceId(encodeTraceId(bytes)) ?? [])]).toEqual([...bytes]);
    }
  });

  it('reads a code as a person types it: any case, no hyphen, O for 0, I and L for 1', () => {
    expect(normalizeTraceId('1234-5678')).toBe('1234-5678');
    expect(normalizeTraceId(' abcd efgh ')).toBe('ABCD-EFGH');
    expect(normalizeTraceId('o1il-0000')).toBe('0111-0000');
  });

  it('rejects what is not a trace ID', () => {
    expect(normalizeTraceId('UUUU-0000')).toBeNull();
    expect(normalizeTraceId('1234-567')).toBeNull();
    expect(normalizeTraceId('1234-56789')).toBeNull();
    expect(normalizeTraceId('溯源码-1234')).toBeNull();
  });

  it('signs who received which version of which material', () => {
    const copy = { personId: 'p-1', materialId: 'm-1', version: 2 };
    expect(traceMessage(copy)).toBe('p-1|m-1|2');
    expect(traceMessage(copy, 3)).toBe('p-1|m-1|2|3');
  });
});

describe('issuing and resolving trace IDs', () => {
  async function importPdf(fixture: ReturnType<typeof openServiceFixture>, title: string) {
    return unwrap(
      await importMaterial(
        fixture.openDb,
        {
          agendaItemId: 'a-1',
          fileName: 'rotation.pdf',
          bytes: readRealBytes('pdfs', 'rotation.pdf'),
          title,
          classification: 'internal',
        },
        { personId: fixture.owner.person.id, importedAt: '2025-03-01T02:00:00.000Z' },
      ),
    );
  }

  it('is the HMAC of the copy under the profile secret, the same on every opening', async () => {
    const fixture = openServiceFixture();
    const material = await importPdf(fixture, '旋转页面');

    const first = unwrap(openMaterial(fixture.db, fixture.owner, material.id, new Date()));
    const again = unwrap(openMaterial(fixture.db, fixture.owner, material.id, new Date()));

    const secret = Buffer.from(readMeta(fixture.db, metaKeys.traceSecret) ?? '', 'hex');
    expect(secret.length).toBe(32);
    const digest = createHmac('sha256', secret)
      .update(`${fixture.owner.person.id}|${material.id}|1`)
      .digest();
    expect(first.watermark.traceId).toBe(encodeTraceId(digest));
    expect(again.watermark.traceId).toBe(first.watermark.traceId);
  });

  it('puts the owner name and the local opening minute into the watermark', async () => {
    const fixture = openServiceFixture();
    const material = await importPdf(fixture, '旋转页面');

    const openedAt = new Date(2025, 2, 14, 9, 5, 59);
    const { watermark } = unwrap(openMaterial(fixture.db, fixture.owner, material.id, openedAt));
    expect(watermark).toMatchObject({ recipientName: '李明华', openedAt: '2025-03-14 09:05' });
  });

  it('lets a clerk resolve a code, typed loosely, to recipient, material and version', async () => {
    const fixture = openServiceFixture();
    const material = await importPdf(fixture, '旋转页面');
    const traceId = issueTraceId(
      fixture.db,
      { personId: 'p-colleague', materialId: material.id, version: 1 },
      '2025-03-14T01:05:00.000Z',
    );

    const record = unwrap(resolveTraceId(fixture.db, traceId.toLowerCase().replace('-', '')));
    expect(record).toEqual({
      traceId,
      personId: 'p-colleague',
      personName: '王秀英',
      materialId: material.id,
      materialTitle: '旋转页面',
      version: 1,
      issuedAt: '2025-03-14T01:05:00.000Z',
    });
  });

  it('gives each recipient and each material its own code', async () => {
    const fixture = openServiceFixture();
    const first = await importPdf(fixture, '材料甲');
    const issue = (personId: string, materialId: string, version: number) =>
      issueTraceId(fixture.db, { personId, materialId, version }, '2025-03-14T01:05:00.000Z');

    const codes = new Set([
      issue('p-owner', first.id, 1),
      issue('p-colleague', first.id, 1),
      issue('p-owner', first.id, 2),
    ]);
    expect(codes.size).toBe(3);
  });

  it('keeps codes unguessable across profiles: each profile has its own secret', async () => {
    const one = openServiceFixture();
    const two = openServiceFixture();
    const copy = { personId: 'p-owner', materialId: 'same-id', version: 1 };
    for (const fixture of [one, two]) {
      fixture.db
        .prepare(
          `INSERT INTO materials (id, agenda_item_id, title, file_name, kind, classification,
           sha256, size, imported_at) VALUES ('same-id', 'a-1', 't', 't.pdf', 'pdf', 'public',
           '${'0'.repeat(64)}', 0, 'now')`,
        )
        .run();
    }

    expect(issueTraceId(one.db, copy, 'now')).not.toBe(issueTraceId(two.db, copy, 'now'));
  });

  it('moves to the next attempt when a code already names another copy', async () => {
    const fixture = openServiceFixture();
    const material = await importPdf(fixture, '材料甲');
    const copy = { personId: 'p-owner', materialId: material.id, version: 1 };
    const hmac = (message: string) => {
      const secret = Buffer.from(readMeta(fixture.db, metaKeys.traceSecret) ?? '', 'hex');
      return encodeTraceId(createHmac('sha256', secret).update(message).digest());
    };

    // Creates the secret, then pretends the first code had gone to the colleague.
    issueTraceId(fixture.db, { ...copy, personId: 'p-colleague' }, 'then');
    fixture.db
      .prepare("UPDATE trace_issues SET trace_id = ? WHERE person_id = 'p-colleague'")
      .run(hmac(traceMessage(copy)));

    const traceId = issueTraceId(fixture.db, copy, 'now');
    expect(traceId).toBe(hmac(traceMessage(copy, 1)));
    expect(unwrap(resolveTraceId(fixture.db, traceId)).personId).toBe('p-owner');
  });

  it('answers a code that was never issued with not found', () => {
    const fixture = openServiceFixture();
    const result = resolveTraceId(fixture.db, 'ABCD-EFGH');
    expect(result.ok ? 'found' : result.error.code).toBe('material.notFound');
  });
});
