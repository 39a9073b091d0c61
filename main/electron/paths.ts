import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { App } from 'electron';

// Where the packaged app and a development run (`electron .` from the repository) keep what
// main needs. Packaged: the app's files sit in resources/app.asar, the demo committee in
// resources/demo (extraResources), and the native module outside the archive in
// app.asar.unpacked, since a .node file cannot be loaded from inside an asar.

export type AppPaths = Readonly<{
  rendererDir: string;
  preloadPath: string;
  demoDir: string;
  profileDir: string;
  logFile: string;
  sqliteBinding: string | null;
}>;

const SQLITE_BINDING = join('native', 'electron', 'better_sqlite3.node');

export function resolveAppPaths(app: App): AppPaths {
  const appRoot = app.getAppPath();
  const unpackedRoot = appRoot.replace(/app\.asar$/, 'app.asar.unpacked');
  const binding = join(unpackedRoot, SQLITE_BINDING);

  return {
    rendererDir: join(appRoot, 'dist', 'renderer'),
    preloadPath: join(appRoot, 'dist-electron', 'preload.cjs'),
    demoDir: app.isPackaged ? join(process.resourcesPath, 'demo') : join(appRoot, 'demo'),
    profileDir: join(app.getPath('userData'), 'profile'),
    logFile: join(app.getPath('logs'), 'yishi.log'),
    sqliteBinding: existsSync(binding) ? binding : null,
  };
}
