import type { YishiBridge } from '../../core/api/bridge.js';
import { createWebBridge } from './web.js';

declare global {
  interface Window {
    // Set by the Electron preload; absent in the browser shell.
    readonly yishi?: YishiBridge;
  }
}

let bridge: YishiBridge | null = null;

// The one way the renderer reaches main: Electron's preload object, or the browser shell's
// adapter with the same shape.
export function getBridge(): YishiBridge {
  bridge ??= window.yishi ?? createWebBridge();
  return bridge;
}
