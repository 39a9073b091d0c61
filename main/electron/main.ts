import { app, dialog, session, type BrowserWindow } from 'electron';

import { createGate } from '../services/gate.js';
import { createServiceHost } from '../services/index.js';
import { createLogger, logToFile } from '../services/logger.js';
import { denyNavigationEverywhere } from './web-contents-policy.js';
import { forwardEvents, handleInvoke } from './ipc.js';
import { installMenu } from './menu.js';
import { useElectronSqlite } from './native-binding.js';
import { resolveAppPaths } from './paths.js';
import { lockOnSystemEvents } from './power-lock.js';
import { registerAppScheme, serveAppProtocol } from './protocol.js';
import { hardenSession } from './session-policy.js';
import { createMainWindow } from './window.js';

// Electron's main process: app lifecycle and the security policy around the one window.
// Everything the app does lives in the service layer, reached only through the IPC gate.
//
// The crash reporter is never started: a crash dump of this process could hold decrypted
// material text or the database key.

const log = createLogger('electron');

// A partition name without "persist:" keeps the session in memory: no HTTP cache, code cache,
// cookies or storage of the renderer ever reach the disk.
const PARTITION = 'yishi';

// Before the app is ready: these apply to every renderer Electron will start.
app.enableSandbox();
registerAppScheme();
app.commandLine.appendSwitch('disable-http-cache');
denyNavigationEverywhere(app);

let mainWindow: BrowserWindow | null = null;
const currentWindow = (): BrowserWindow | null => mainWindow;

// Two instances would open the same encrypted database; the second one hands over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  void app.whenReady().then(start);
}

function start(): void {
  const paths = resolveAppPaths(app);
  logToFile(paths.logFile);

  if (!useElectronSqlite(paths.sqliteBinding)) {
    dialog.showErrorBox(
      '议事无法启动 / Yishi cannot start',
      '缺少为 Electron 编译的 SQLite 模块，请运行 npm run build:native。\n' +
        'The SQLite module built for Electron is missing; run npm run build:native.',
    );
    app.quit();
    return;
  }

  const host = createServiceHost({
    profileDir: paths.profileDir,
    demoDir: paths.demoDir,
    transport: 'electron',
    appVersion: app.getVersion(),
  });
  app.on('will-quit', () => host.close());

  const appSession = session.fromPartition(PARTITION);
  hardenSession(appSession);
  serveAppProtocol(appSession, paths.rendererDir);

  handleInvoke(createGate(host), currentWindow);
  forwardEvents(host, currentWindow);
  lockOnSystemEvents(() => host.lock('system'));

  const devTools = !app.isPackaged;
  installMenu(process.platform === 'darwin', devTools);
  mainWindow = createMainWindow({ session: appSession, preloadPath: paths.preloadPath, devTools });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  log.info('app started', { version: app.getVersion() });
}

// One window; closing it ends the app on every platform, which also locks the profile.
app.on('window-all-closed', () => app.quit());
