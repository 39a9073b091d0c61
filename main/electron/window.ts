import { BrowserWindow, type Session } from 'electron';

import { APP_ENTRY_URL } from './app-origin.js';

export type MainWindowOptions = Readonly<{
  session: Session;
  preloadPath: string;
  devTools: boolean;
}>;

/**
 * The one window. Its page runs with Electron's full isolation: sandboxed renderer, no Node,
 * the preload in an isolated world, web security on, no webviews; it loads only app://.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: '议事',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      session: options.session,
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise ask to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      devTools: options.devTools,
    },
  });

  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
