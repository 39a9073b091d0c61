import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import type { EventName, EventPayload, Method } from '../../core/api/contract.js';
import { ok } from '../../core/result.js';
import type { EventListener, ServiceHost } from '../../main/services/host.js';
import type { YishiBridge } from '../../core/api/bridge.js';
import { startWebShell, type WebShell } from '../../main/web/server.js';
import { readRealBytes } from '../integration/realdata.js';

// The renderer's browser-shell adapter against the real loopback server: the page globals it
// uses (location, history, sessionStorage, relative fetch) are given as a browser would.

const realPdf = new Uint8Array(readRealBytes('pdfs/pdkids.pdf'));

function fakeHost(): ServiceHost & { emit: EventListener; calls: Method[] } {
  const listeners = new Set<EventListener>();
  const calls: Method[] = [];
  return {
    calls,
    invoke: async (method, input) => {
      calls.push(method);
      if (method === 'material.import')
        return ok({ echoed: (input as { bytes: Uint8Array }).bytes });
      return ok({ version: '0.1.0', transport: 'web', profileExists: true, unlocked: false });
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
      for (const listener of listeners) listener(event, payload);
    },
    lock: () => {},
    close: () => {},
  };
}

// The adapter is browser code, type-checked by renderer/tsconfig.json against the DOM; loading
// it through a computed path keeps the DOM's types out of this Node project.
const adapterPath = '../../renderer/bridge/web.js';
let createWebBridge: () => YishiBridge;

let shell: WebShell;
let host: ReturnType<typeof fakeHost>;
let rendererDir: string;

function pretendPage(hash: string): { replaced: string[]; storage: Map<string, string> } {
  const base = new URL(shell.url);
  const replaced: string[] = [];
  const storage = new Map<string, string>();

  vi.stubGlobal('location', { hash, pathname: '/', search: '' });
  vi.stubGlobal('history', {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url),
  });
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => storage.set(key, value),
  });
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (path: string, init?: RequestInit) =>
    realFetch(new URL(path, base.origin), init),
  );
  return { replaced, storage };
}

beforeAll(async () => {
  ({ createWebBridge } = (await import(adapterPath)) as { createWebBridge: () => YishiBridge });
  rendererDir = mkdtempSync(join(tmpdir(), 'yishi-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>议事</title>');
  host = fakeHost();
  shell = await startWebShell({ host, rendererDir });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

afterAll(async () => {
  await shell.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

describe('browser-shell bridge', () => {
  it('takes the token from the fragment, keeps it for reloads and clears the address bar', () => {
    const page = pretendPage(`#token=${shell.token}`);

    createWebBridge();

    expect(page.storage.get('yishi.token')).toBe(shell.token);
    expect(page.replaced).toEqual(['/']);
  });

  it('invokes a method and carries a real PDF both ways', async () => {
    pretendPage(`#token=${shell.token}`);
    const bridge = createWebBridge();

    const info = await bridge.invoke('app.info', {});
    const imported = await bridge.invoke('material.import', {
      agendaItemId: 'item-1',
      fileName: 'pdkids.pdf',
      bytes: realPdf,
    });

    expect(info).toMatchObject({ ok: true, value: { transport: 'web' } });
    expect(imported.ok).toBe(true);
    const echoed = (imported as unknown as { value: { echoed: Uint8Array } }).value.echoed;
    expect(Buffer.from(echoed).equals(Buffer.from(realPdf))).toBe(true);
  });

  it('uses the token kept in sessionStorage after a reload without a fragment', async () => {
    const page = pretendPage('');
    page.storage.set('yishi.token', shell.token);

    const result = await createWebBridge().invoke('app.info', {});

    expect(result.ok).toBe(true);
  });

  it('gets a foreign-sender error, not a crash, with a token from an earlier launch', async () => {
    pretendPage('#token=stale-token-from-yesterday');

    const result = await createWebBridge().invoke('app.info', {});

    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.foreignSender' } });
  });

  it('delivers a pushed event to its listener until it unsubscribes', async () => {
    pretendPage(`#token=${shell.token}`);
    const bridge = createWebBridge();
    const received: unknown[] = [];

    const first = new Promise<void>((resolve) => {
      const stop = bridge.on('profile.locked', (payload) => {
        received.push(payload);
        stop();
        resolve();
      });
    });
    // The stream subscribes asynchronously; emit until the listener has been reached.
    const pump = setInterval(() => host.emit('profile.locked', { reason: 'system' }), 20);
    await first;
    clearInterval(pump);

    expect(received).toEqual([{ reason: 'system' }]);
  });
});
