import type { App } from 'electron';

import { createLogger } from '../services/logger.js';

const log = createLogger('web-contents');

/**
 * Every web page Electron creates, ours or one a bug might open, may not navigate away, open
 * windows or embed a webview. The renderer is a single page that changes its screens itself,
 * so no legitimate navigation exists to allow.
 */
export function denyNavigationEverywhere(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      log.warn('navigation denied');
      event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      log.warn('redirect denied');
      event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      log.warn('webview denied');
      event.preventDefault();
    });
    contents.setWindowOpenHandler(() => {
      log.warn('new window denied');
      return { action: 'deny' };
    });
  });
}
