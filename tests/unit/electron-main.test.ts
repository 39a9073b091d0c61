import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { contentSecurityPolicy } from '../../main/transport/content-policy.js';
import { readRealBytes } from '../integration/realdata.js';

// Electron's runtime cannot be installed on every machine, so this loads the real bundle
// (dist-electron/main.cjs, as `npm run build` makes it) against a recording stand-in for the
// 'electron' module and checks what main asks Electron to do: the security settings, the
// app:// protocol, the request filter, the IPC gate and the system lock. The database opens
// through YISHI_SQLITE_BINDING, here pointed at Node's own build of the module.

type Handler = (...args: unknown[]) => unknown;
type FakeWindow = { options: { webPreferences: Record<string, unknown> }; url: string };

const repoRoot = process.cwd();
const require = createRequire(import.meta.url);

const recorded = {
  sandboxEnabled: false,
  switches: [] as string[],
  schemes: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
  appEvents: new Map<string, Handler[]>(),
  partition: '',
  protocolHandler: null as null | ((request: Request) => Promise<Response>),
  beforeRequest: null as null | Handler,
  permissionRequest: null as null | Handler,
  permissionCheck: null as null | Handler,
  spellchecker: true,
  sessionEvents: new Map<string, Handler>(),
  windows: [] as FakeWindow[],
  ipc: new Map<string, Handler>(),
  power: new Map<string, Handler>(),
  sent: [] as unknown[][],
  errorBox: null as null | string,
};

const mainFrame = { url: 'app://yishi/index.html', parent: null, processId: 5, frameToken: 'f1' };

function fakeElectron(appRoot: string, userData: string, ready: Promise<void>) {
  const app = {
    enableSandbox: () => (recorded.sandboxEnabled = true),
    commandLine: { appendSwitch: (name: string) => recorded.switches.push(name) },
    on: (name: string, handler: Handler) => {
      recorded.appEvents.set(name, [...(recorded.appEvents.get(name) ?? []), handler]);
      return app;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => ready,
    getAppPath: () => appRoot,
    getPath: (name: string) => (name === 'userData' ? userData : join(userData, name)),
    isPackaged: false,
    getVersion: () => '0.1.0',
    quit: () => {},
  };
  const appSession = {
    protocol: {
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) =>
        (recorded.protocolHandler = handler),
    },
    setPermissionRequestHandler: (handler: Handler) => (recorded.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Handler) => (recorded.permissionCheck = handler),
    setDevicePermissionHandler: () => {},
    webRequest: { onBeforeRequest: (handler: Handler) => (recorded.beforeRequest = handler) },
    on: (name: string, handler: Handler) => recorded.sessionEvents.set(name, handler),
    setSpellCheckerEnabled: (enabled: boolean) => (recorded.spellchecker = enabled),
  };
  class BrowserWindow {
    url = '';
    webContents = {
      id: 41,
      mainFrame,
      send: (...args: unknown[]) => recorded.sent.push(args),
    };
    constructor(readonly options: FakeWindow['options']) {
      recorded.windows.push(this);
    }
    once() {}
    on() {}
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
  }
  return {
    app,
    BrowserWindow,
    session: {
      fromPartition: (name: string) => {
        recorded.partition = name;
        return appSession;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof recorded.schemes) =>
        recorded.schemes.push(...schemes),
    },
    ipcMain: { handle: (channel: string, handler: Handler) => recorded.ipc.set(channel, handler) },
    powerMonitor: { on: (name: string, handler: Handler) => recorded.power.set(name, handler) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => {} },
    dialog: { showErrorBox: (title: string) => (recorded.errorBox = title) },
  };
}

function invoke(
  frame: typeof mainFrame | { url: string; parent: null; processId: number; frameToken: string },
  method: string,
  input: unknown,
) {
  const handler = recorded.ipc.get('yishi:invoke');
  if (handler === undefined) throw new Error('no IPC handler registered');
  return handler({ sender: { id: 41 }, senderFrame: frame }, method, input) as Promise<{
    ok: boolean;
    value?: Record<string, unknown>;
    error?: { code: string };
  }>;
}

let work: string;
let appRoot: string;
let becomeReady: () => void;

beforeAll(async () => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--electron'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);

  work = mkdtempSync(join(tmpdir(), 'yishi-electron-main-'));
  appRoot = join(work, 'app');
  mkdirSync(join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(
    join(appRoot, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>议事</title>',
  );
  mkdirSync(join(appRoot, 'native', 'electron'), { recursive: true });
  const nodeBuild = join(
    repoRoot,
    'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
  );
  copyFileSync(nodeBuild, join(appRoot, 'native', 'electron', 'better_sqlite3.node'));
  symlinkSync(join(repoRoot, 'demo'), join(appRoot, 'demo'));

  const ready = new Promise<void>((resolve) => (becomeReady = resolve));
  const electronPath = require.resolve('electron');
  require.cache[electronPath] = {
    id: electronPath,
    filename: electronPath,
    loaded: true,
    exports: fakeElectron(appRoot, join(work, 'userData'), ready),
  } as NodeJS.Module;

  require(join(repoRoot, 'dist-electron', 'main.cjs'));
});

afterAll(() => {
  for (const handler of recorded.appEvents.get('will-quit') ?? []) handler();
  rmSync(work, { recursive: true, force: true });
});

describe('Electron main process', () => {
  it('sandboxes every renderer and registers app:// as a secure scheme before ready', () => {
    expect(recorded.sandboxEnabled).toBe(true);
    expect(recorded.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
    expect(recorded.switches).toContain('disable-http-cache');
    expect(recorded.appEvents.has('web-contents-created')).toBe(true);
    expect(recorded.windows).toHaveLength(0);
  });

  it('opens one isolated window on app://yishi in an in-memory session once ready', async () => {
    becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(recorded.errorBox).toBeNull();
    expect(recorded.partition).toBe('yishi');
    expect(recorded.windows).toHaveLength(1);
    const window = recorded.windows[0];
    expect(window?.url).toBe('app://yishi/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      preload: join(appRoot, 'dist-electron', 'preload.cjs'),
    });
    expect(recorded.spellchecker).toBe(false);
    expect(process.env['YISHI_SQLITE_BINDING']).toBe(
      join(appRoot, 'native', 'electron', 'better_sqlite3.node'),
    );
  });

  it('serves the renderer on app:// with the CSP and nothing outside it', async () => {
    const handler = recorded.protocolHandler;
    if (handler === null) throw new Error('app:// is not handled');

    const page = await handler(new Request('app://yishi/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('议事');

    for (const url of ['app://yishi/..%2f..%2fdemo/data/SOURCE.md', 'app://other/index.html']) {
      expect((await handler(new Request(url))).status, url).toBe(404);
    }
  });

  it('cancels requests to the network and denies every permission', () => {
    const verdicts: unknown[] = [];
    recorded.beforeRequest?.({ url: 'https://example.org/x', resourceType: 'xhr' }, (v: unknown) =>
      verdicts.push(v),
    );
    recorded.beforeRequest?.(
      { url: 'app://yishi/index.html', resourceType: 'mainFrame' },
      (v: unknown) => verdicts.push(v),
    );
    expect(verdicts).toEqual([{ cancel: true }, { cancel: false }]);

    const granted: boolean[] = [];
    recorded.permissionRequest?.({}, 'media', (answer: boolean) => granted.push(answer));
    expect(granted).toEqual([false]);
    expect(recorded.permissionCheck?.(null, 'clipboard-read', 'app://yishi', {})).toBe(false);
  });

  it('lets only the exported notes download, never a file from elsewhere', () => {
    const download = (url: string): boolean => {
      let prevented = false;
      recorded.sessionEvents.get('will-download')?.(
        { preventDefault: () => (prevented = true) },
        { getURL: () => url },
      );
      return !prevented;
    };

    expect(download('blob:app://yishi/0c6f2a4e-1b7d-4f7e-9a51-3d1e2b4c5f60')).toBe(true);
    expect(download('https://example.org/setup.exe')).toBe(false);
  });

  it('denies navigation, redirects, webviews and new windows in every web contents', () => {
    const listeners = new Map<string, Handler>();
    let openHandler: Handler | null = null;
    const contents = {
      on: (name: string, handler: Handler) => listeners.set(name, handler),
      setWindowOpenHandler: (handler: Handler) => (openHandler = handler),
    };
    for (const handler of recorded.appEvents.get('web-contents-created') ?? [])
      handler({}, contents);

    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true) });
      expect(prevented, name).toBe(true);
    }
    expect(openHandler).not.toBeNull();
    expect((openHandler as unknown as Handler)({ url: 'https://example.org' })).toEqual({
      action: 'deny',
    });
  });

  it('answers a foreign frame with ipc.foreignSender and our frame through the gate', async () => {
    const foreign = { url: 'https://evil.example/', parent: null, processId: 5, frameToken: 'f1' };

    expect(await invoke(foreign, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'ipc.foreignSender' },
    });
    expect(await invoke(mainFrame, 'shell.openExternal', {})).toMatchObject({
      ok: false,
      error: { code: 'ipc.unknownMethod' },
    });
    expect(await invoke(mainFrame, 'app.info', {})).toEqual({
      ok: true,
      value: { version: '0.1.0', transport: 'electron', profileExists: false, unlocked: false },
    });
  });

  it('creates the demo profile in userData and locks it when the screen locks', async () => {
    const created = await invoke(mainFrame, 'profile.createDemo', {
      passphrase: '议事-演示-口令-2024',
    });
    expect(created.ok).toBe(true);
    expect((await invoke(mainFrame, 'meeting.list', {})).ok).toBe(true);

    expect(readdirSync(join(work, 'userData', 'profile')).length).toBeGreaterThan(0);

    recorded.power.get('lock-screen')?.();

    expect(await invoke(mainFrame, 'meeting.list', {})).toMatchObject({
      ok: false,
      error: { code: 'profile.locked' },
    });
    expect(recorded.sent.at(-1)).toEqual(['yishi:event', 'profile.locked', { reason: 'system' }]);
    expect(recorded.power.has('suspend')).toBe(true);
  });

  it('checks imported PDFs in the bundled thread beside main.cjs', async () => {
    const thread = new Worker(join(repoRoot, 'dist-electron', 'pdf-check-worker.cjs'));
    try {
      const answer = new Promise((resolve, reject) => {
        thread.once('message', resolve);
        thread.once('error', reject);
      });
      const bytes = readRealBytes('pdfs', 'file_pdfjs_test.pdf');
      thread.postMessage({ bytes, password: undefined }, [bytes.buffer]);

      expect(await answer).toEqual({ ok: true, value: { pageCount: 5, passwordProtected: false } });
    } finally {
      await thread.terminate();
    }
  });
});
