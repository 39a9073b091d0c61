import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { contract, type Method, type Output } from '../../core/api/contract.js';
import type { EventName } from '../../core/api/contract.js';
import type { Result } from '../../core/result.js';
import { failureOf } from '../../main/services/failures.js';
import { createServiceHost, type ServiceHost } from '../../main/services/index.js';
import { createLogger, logToFile } from '../../main/services/logger.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const demoDir = join(repoRoot, 'demo');
const PASSPHRASE = '第二十三次会议-审议';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function openHost(idleLockMs?: number): ServiceHost {
  const profileDir = mkdtempSync(join(tmpdir(), 'yishi-host-'));
  const host = createServiceHost({
    profileDir,
    demoDir,
    transport: 'web',
    appVersion: '0.1.0-test',
    kdf: { N: 2 ** 10 },
    ...(idleLockMs === undefined ? {} : { idleLockMs }),
  });
  cleanups.push(() => {
    host.close();
    rmSync(profileDir, { recursive: true, force: true });
  });
  return host;
}

// Calls the host as a transport would and checks the value against the contract's output.
async function call<M extends Method>(host: ServiceHost, method: M, input: unknown) {
  const result = (await host.invoke(method, contract[method].input.parse(input))) as Result<
    Output<M>
  >;
  if (result.ok) contract[method].output.parse(result.value);
  return result;
}

async function value<M extends Method>(host: ServiceHost, method: M, input: unknown) {
  const result = await call(host, method, input);
  if (!result.ok) throw new Error(`${method} failed with ${result.error.code}`);
  return result.value;
}

async function codeOf(host: ServiceHost, method: Method, input: unknown) {
  const result = await call(host, method, input);
  return result.ok ? 'ok' : result.error.code;
}

describe('service host on the demo committee', () => {
  it('creates the demo profile and opens as its member', async () => {
    const host = openHost();
    expect(await value(host, 'app.info', {})).toEqual({
      version: '0.1.0-test',
      transport: 'web',
      profileExists: false,
      unlocked: false,
    });

    const session = await value(host, 'profile.createDemo', { passphrase: PASSPHRASE });
    expect(session).toMatchObject({
      committee: '清和市人民代表大会常务委员会',
      user: { name: '李明华', role: 'member' },
      idleLockMinutes: 10,
    });
    expect(await value(host, 'app.info', {})).toMatchObject({
      profileExists: true,
      unlocked: true,
    });
    expect(await codeOf(host, 'profile.createDemo', { passphrase: PASSPHRASE })).toBe(
      'profile.exists',
    );
  });

  it('lists the meeting with its agenda and the real materials', async () => {
    const host = openHost();
    await value(host, 'profile.createDemo', { passphrase: PASSPHRASE });

    const [meeting] = await value(host, 'meeting.list', {});
    expect(meeting).toMatchObject({
      title: '第十七届人大常委会第二十三次会议',
      agendaItemCount: 3,
      materialCount: 5,
    });

    const detail = await value(host, 'meeting.get', { meetingId: meeting?.id });
    const agenda = detail.agendaItems.map((item) => ({
      ordinal: item.ordinal,
      title: item.title,
      materials: item.materials.map((m) => [m.fileName, m.kind, m.classification, m.pageCount]),
    }));
    expect(agenda).toEqual([
      {
        ordinal: 1,
        title: '监督法修订草案审议',
        materials: [
          ['jianduFa_2006.md', 'text', 'internal', null],
          ['jianduFa_2024.md', 'text', 'internal', null],
        ],
      },
      {
        ordinal: 2,
        title: '常委会议事规则',
        materials: [['chongqing_rendachangweihui_yishiguize_2023.md', 'text', 'public', null]],
      },
      {
        ordinal: 3,
        title: '学习材料',
        materials: [
          ['issue19360.pdf', 'pdf', 'internal', 1],
          ['file_pdfjs_test.pdf', 'pdf', 'public', 5],
        ],
      },
    ]);
    expect(await codeOf(host, 'meeting.get', { meetingId: 'nope' })).toBe('meeting.notFound');
  });

  it("opens a PDF as the demo's real bytes with the member's watermark", async () => {
    const host = openHost();
    await value(host, 'profile.createDemo', { passphrase: PASSPHRASE });
    const [meeting] = await value(host, 'meeting.list', {});
    const detail = await value(host, 'meeting.get', { meetingId: meeting?.id });
    const pdf = detail.agendaItems[2]?.materials[0];

    const opened = await value(host, 'material.open', { materialId: pdf?.id });

    const original = readFileSync(join(demoDir, 'data', 'issue19360.pdf'));
    expect(Buffer.from(opened.bytes ?? []).equals(original)).toBe(true);
    expect(opened.watermark.recipientName).toBe('李明华');
    expect(opened.watermark.traceId).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('runs the annotation methods through the contract', async () => {
    const host = openHost();
    await value(host, 'profile.createDemo', { passphrase: PASSPHRASE });
    const [meeting] = await value(host, 'meeting.list', {});
    const detail = await value(host, 'meeting.get', { meetingId: meeting?.id });
    const pdf = detail.agendaItems[2]?.materials[1];

    const created = await value(host, 'annotation.create', {
      materialId: pdf?.id,
      page: 5,
      kind: 'note',
      rects: [{ x: 0.5, y: 0.5, w: 0, h: 0 }],
      note: '请办公厅补充说明',
    });
    await value(host, 'annotation.update', { annotationId: created.id, note: '已补充' });
    expect(await value(host, 'annotation.list', { materialId: pdf?.id })).toMatchObject([
      { id: created.id, note: '已补充', quote: '' },
    ]);
    expect((await value(host, 'annotation.export', {})).markdown).toContain('已补充');
    expect(await value(host, 'annotation.delete', { annotationId: created.id })).toEqual({});
  });

  it('answers profile.locked while locked, forwards the lock event and unlocks again', async () => {
    const host = openHost();
    const events: [EventName, unknown][] = [];
    host.onEvent((event, payload) => events.push([event, payload]));
    await value(host, 'profile.createDemo', { passphrase: PASSPHRASE });

    await value(host, 'profile.lock', {});
    expect(events).toEqual([['profile.locked', { reason: 'manual' }]]);
    expect(await codeOf(host, 'meeting.list', {})).toBe('profile.locked');
    expect(await codeOf(host, 'material.open', { materialId: 'x' })).toBe('profile.locked');

    expect(await codeOf(host, 'profile.unlock', { passphrase: '不是这个口令' })).toBe(
      'profile.wrongPassphrase',
    );
    const session = await value(host, 'profile.unlock', { passphrase: PASSPHRASE });
    expect(session.user.name).toBe('李明华');
    expect(await value(host, 'meeting.list', {})).toHaveLength(1);
  });

  it('counts every call except app.info as activity for the idle lock', async () => {
    const idleLockMs = 60_000;
    const host = openHost(idleLockMs);
    const reasons: unknown[] = [];
    host.onEvent((_event, payload) => reasons.push(payload));
    await value(host, 'profile.createDemo', { passphrase: PASSPHRASE });

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await value(host, 'profile.activity', {});

    vi.advanceTimersByTime(idleLockMs - 1_000);
    await value(host, 'meeting.list', {});
    vi.advanceTimersByTime(idleLockMs - 1_000);
    expect(reasons).toEqual([]);

    await value(host, 'app.info', {});
    vi.advanceTimersByTime(1_000);
    expect(reasons).toEqual([{ reason: 'idle' }]);
    expect(await codeOf(host, 'meeting.list', {})).toBe('profile.locked');
  });
});

describe('exceptions escaping a service', () => {
  const tempLog = () => {
    const dir = mkdtempSync(join(tmpdir(), 'yishi-log-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return join(dir, 'yishi.log');
  };

  it('become disk.full when SQLite reports a full disk', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const result = failureOf(full, 'material.import', createLogger('test'));
    expect(result.ok ? 'ok' : result.error.code).toBe('disk.full');
  });

  it('become profile.readOnly when SQLite or the file system refuses to write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yishi-readonly-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'yishi.db');
    const writable = new Database(path);
    writable.exec('CREATE TABLE annotations (note TEXT)');
    writable.close();

    // What SQLite throws at a write once the profile it opened can no longer be written.
    const readOnly = new Database(path, { readonly: true });
    cleanups.push(() => readOnly.close());
    let refused: unknown;
    try {
      readOnly.prepare('INSERT INTO annotations (note) VALUES (?)').run('批注');
    } catch (error) {
      refused = error;
    }
    expect((refused as { code?: string }).code).toBe('SQLITE_READONLY');

    const log = createLogger('test');
    const sqlite = failureOf(refused, 'annotation.create', log);
    expect(sqlite.ok ? 'ok' : sqlite.error.code).toBe('profile.readOnly');

    const disk = Object.assign(new Error('read-only file system'), { code: 'EROFS' });
    const fromDisk = failureOf(disk, 'material.import', log);
    expect(fromDisk.ok ? 'ok' : fromDisk.error.code).toBe('profile.readOnly');
  });

  it('become internal errors whose text reaches neither the caller nor the log', () => {
    const logPath = tempLog();
    logToFile(logPath);
    const secret =
      '第一条 为了保障全国人民代表大会常务委员会和县级以上地方各级人民代表大会常务委员会';

    const result = failureOf(new Error(secret), 'annotation.create', createLogger('test'));

    expect(result.ok ? 'ok' : result.error).toEqual({
      code: 'internal',
      message: 'annotation.create failed',
      details: undefined,
    });
    const log = readFileSync(logPath, 'utf8');
    expect(log).toContain('"method":"annotation.create"');
    expect(log).not.toContain('第一条');
  });
});
