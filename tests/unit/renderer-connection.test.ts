import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import type { YishiBridge } from '../../core/api/bridge.js';
import type { EventName, EventPayload } from '../../core/api/contract.js';
import { ok } from '../../core/result.js';
import type { EventListener, ServiceHost } from '../../main/services/host.js';
import { startWebShell, type WebShell } from '../../main/web/server.js';

// What the renderer's browser-shell adapter tells the app when the shell goes away: a token
// from an earlier launch, a shell that no longer answers a call, and one that stops while
// the page only listens. The app drops every decrypted screen on either report.

type ConnectionLoss = 'unreachable' | 'staleToken';

// Browser code, type-checked by renderer/tsconfig.json; loaded through computed paths so the
// DOM's types stay out of this Node project (the two share one module instance).
const adapterPath = '../../renderer/bridge/web.js';
const connectionPath = '../../renderer/bridge/connection.js';
let createWebBridge: () => YishiBridge;
let onConnectionLoss: (listener: (loss: ConnectionLoss) => void) => () => void;

let rendererDir: string;

function fakeHost(): ServiceHost & { emit: EventListener } {
  const listeners = new Set<EventListener>();
  return {
    invoke: async () =>
      ok({ version: '0.1.0', transport: 'web', profileExists: true, unlocked: false }),
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

// The page globals the adapter uses, as a browser at the shell's address would give them.
function pretendPage(shell: WebShell, token: string): void {
  const origin = new URL(shell.url).origin;
  const storage = new Map<string, string>();

  vi.stubGlobal('location', { hash: `#token=${token}`, pathname: '/', search: '' });
  vi.stubGlobal('history', { state: null, replaceState: () => undefined });
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => storage.set(key, value),
  });
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (path: string, init?: RequestInit) =>
    realFetch(new URL(path, origin), init),
  );
}

function recordLosses(): { losses: ConnectionLoss[]; first: Promise<ConnectionLoss> } {
  const losses: ConnectionLoss[] = [];
  let resolveFirst: (loss: ConnectionLoss) => void = () => undefined;
  const first = new Promise<ConnectionLoss>((resolve) => (resolveFirst = resolve));

  const stop = onConnectionLoss((loss) => {
    losses.push(loss);
    resolveFirst(loss);
  });
  stops.push(stop);

  return { losses, first };
}

const stops: (() => void)[] = [];
const shells: WebShell[] = [];

async function startShell(host = fakeHost()): Promise<WebShell> {
  const shell = await startWebShell({ host, rendererDir });
  shells.push(shell);
  return shell;
}

beforeAll(async () => {
  ({ createWebBridge } = (await import(adapterPath)) as { createWebBridge: () => YishiBridge });
  ({ onConnectionLoss } = (await import(connectionPath)) as {
    onConnectionLoss: typeof onConnectionLoss;
  });
  rendererDir = mkdtempSync(join(tmpdir(), 'yishi-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>议事</title>');
});

afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await Promise.all(shells.splice(0).map((shell) => shell.close()));
  vi.unstubAllGlobals();
});

afterAll(() => {
  rmSync(rendererDir, { recursive: true, force: true });
});

describe('browser-shell connection', () => {
  it('reports a stale token when a restarted shell refuses the old launch token', async () => {
    const shell = await startShell();
    pretendPage(shell, 'token-printed-by-the-previous-launch');
    const { losses } = recordLosses();

    const result = await createWebBridge().invoke('app.info', {});

    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.foreignSender' } });
    expect(losses).toEqual(['staleToken']);
  });

  it('reports nothing while the shell answers with this launch token', async () => {
    const shell = await startShell();
    pretendPage(shell, shell.token);
    const { losses } = recordLosses();

    const result = await createWebBridge().invoke('app.info', {});

    expect(result.ok).toBe(true);
    expect(losses).toEqual([]);
  });

  it('reports an unreachable shell when a call gets no answer, and returns an error', async () => {
    const shell = await startShell();
    pretendPage(shell, shell.token);
    const bridge = createWebBridge();
    await shell.close();
    const { losses } = recordLosses();

    const result = await bridge.invoke('meeting.list', {});

    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(losses).toEqual(['unreachable']);
  });

  it('notices a stopped shell from the event stream, before the next call', async () => {
    const host = fakeHost();
    const shell = await startShell(host);
    pretendPage(shell, shell.token);
    const bridge = createWebBridge();

    // Subscribed once a pushed event arrives; until then, keep pushing.
    const subscribed = new Promise<void>((resolve) => {
      stops.push(bridge.on('profile.locked', () => resolve()));
    });
    const pump = setInterval(() => host.emit('profile.locked', { reason: 'idle' }), 20);
    await subscribed;
    clearInterval(pump);

    const { first } = recordLosses();
    await shell.close();

    await expect(first).resolves.toBe('unreachable');
  });
});
