import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

import type { YishiBridge } from '../core/api/bridge.js';
import type { EventName, EventPayload, Method, Output } from '../core/api/contract.js';
import type { Result } from '../core/result.js';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels.js';

// The whole surface the renderer gets: `window.yishi` with invoke and on. No Electron object,
// no IPC event (its `sender` would hand the page main's webContents) and no Node value crosses
// the bridge; main validates every call in its gate, so nothing is checked twice here.

const bridge: YishiBridge = {
  invoke<M extends Method>(method: M, input: unknown): Promise<Result<Output<M>>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<Result<Output<M>>>;
  },

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const relay = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload as EventPayload<E>);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.off(EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('yishi', bridge);
