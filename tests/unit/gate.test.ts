import { describe, expect, it } from 'vitest';

import type { Method } from '../../core/api/contract.js';
import { err, ok, type Result } from '../../core/result.js';
import { createGate } from '../../main/services/gate.js';
import type { ServiceHost } from '../../main/services/host.js';
import { readRealBytes } from '../integration/realdata.js';

const realPdf = new Uint8Array(readRealBytes('pdfs/issue19360.pdf'));

type Call = { method: Method; input: unknown };

function fakeHost(reply: (call: Call) => Promise<Result<unknown>>): ServiceHost & {
  calls: Call[];
} {
  const calls: Call[] = [];
  return {
    calls,
    invoke: (method, input) => {
      calls.push({ method, input });
      return reply({ method, input });
    },
    onEvent: () => () => {},
    lock: () => {},
    close: () => {},
  };
}

describe('IPC gate', () => {
  it('refuses a method that is not in the contract without calling a service', async () => {
    const host = fakeHost(async () => ok({}));
    const gate = createGate(host);

    expect(await gate('fs.readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'ipc.unknownMethod' },
    });
    expect(await gate(42, {})).toMatchObject({ ok: false, error: { code: 'ipc.unknownMethod' } });
    expect(await gate('toString', {})).toMatchObject({
      ok: false,
      error: { code: 'ipc.unknownMethod' },
    });
    expect(host.calls).toHaveLength(0);
  });

  it('refuses invalid input naming the paths but never echoing the values', async () => {
    const host = fakeHost(async () => ok({}));
    const gate = createGate(host);

    const result = await gate('profile.changePassphrase', {
      current: '议事-correct-horse',
      next: 12345678,
    });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', details: { paths: 'next' } },
    });
    expect(JSON.stringify(result)).not.toContain('correct-horse');
    expect(JSON.stringify(result)).not.toContain('12345678');
    expect(host.calls).toHaveLength(0);
  });

  it('lists every failing path of a nested input', async () => {
    const gate = createGate(fakeHost(async () => ok({})));

    const result = await gate('annotation.create', {
      materialId: 'm1',
      page: 0,
      kind: 'highlight',
      rects: [{ x: 0.1, y: 1.5, w: 0.2, h: 0.1 }],
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.details?.['paths']).toBe('page, rects.0.y');
  });

  it('refuses unknown keys, so a renderer cannot smuggle extra fields to a service', async () => {
    const gate = createGate(fakeHost(async () => ok({})));

    const result = await gate('profile.unlock', { passphrase: 'x', profileDir: '/tmp' });

    expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
  });

  it('passes valid input with the schema defaults applied and returns the result', async () => {
    const reply = ok({ id: 'mat-1' });
    const host = fakeHost(async () => reply);
    const gate = createGate(host);

    const result = await gate('material.import', {
      agendaItemId: 'item-1',
      fileName: 'issue19360.pdf',
      bytes: realPdf,
    });

    expect(result).toBe(reply);
    expect(host.calls).toHaveLength(1);
    expect(host.calls[0]?.method).toBe('material.import');
    const input = host.calls[0]?.input as { bytes: Uint8Array; classification: string };
    expect(input.classification).toBe('internal');
    expect(Buffer.from(input.bytes).equals(Buffer.from(realPdf))).toBe(true);
  });

  it('passes a service error value through unchanged', async () => {
    const host = fakeHost(async () => err('profile.locked'));
    const gate = createGate(host);

    expect(await gate('meeting.list', {})).toEqual(err('profile.locked'));
  });

  it('turns a service that throws into an internal error without its message', async () => {
    const host = fakeHost(async () => {
      throw new Error('SQLITE_CORRUPT near 第一条 监督法 text');
    });
    const gate = createGate(host);

    const result = await gate('meeting.get', { meetingId: 'meeting-1' });

    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('监督法');
  });
});
