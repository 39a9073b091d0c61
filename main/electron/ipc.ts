import { ipcMain, type BrowserWindow } from 'electron';

import { err } from '../../core/result.js';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../preload/channels.js';
import type { Gate } from '../services/gate.js';
import type { ServiceHost } from '../services/host.js';
import { createLogger } from '../services/logger.js';
import { isTrustedSender, type TrustedWindowLike } from './sender.js';

const log = createLogger('ipc');

/**
 * The one IPC handler. A call from anything but our window's main frame on app://yishi is
 * answered with `ipc.foreignSender` and never reaches the gate.
 */
export function handleInvoke(gate: Gate, currentWindow: () => BrowserWindow | null): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, trusted(currentWindow()))) {
      log.warn('call from a foreign sender refused');
      return err('ipc.foreignSender');
    }
    return gate(method, input);
  });
}

/** Pushes the service host's events (the idle lock, …) to our window. */
export function forwardEvents(host: ServiceHost, currentWindow: () => BrowserWindow | null) {
  return host.onEvent((event, payload) => {
    const window = currentWindow();
    if (window === null || window.isDestroyed()) return;
    window.webContents.send(EVENT_CHANNEL, event, payload);
  });
}

function trusted(window: BrowserWindow | null): TrustedWindowLike | null {
  if (window === null || window.isDestroyed()) return null;
  return { webContentsId: window.webContents.id, mainFrame: window.webContents.mainFrame };
}
