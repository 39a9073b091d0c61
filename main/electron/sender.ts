import { isAppUrl } from './app-origin.js';

// Who may call the IPC gate: only the main frame of our own window, showing a page of our own
// origin. Structural types keep this pure, so it is tested with fakes and without Electron.

export type FrameLike = Readonly<{
  url: string;
  parent: FrameLike | null;
  processId: number;
  // Chromium's identifier of one frame's document; a new page in the frame gets a new one.
  frameToken: string;
}>;

export type InvokeEventLike = Readonly<{
  sender: Readonly<{ id: number }>;
  senderFrame: FrameLike | null;
}>;

export type TrustedWindowLike = Readonly<{
  webContentsId: number;
  mainFrame: FrameLike;
}>;

export function isTrustedSender(event: InvokeEventLike, window: TrustedWindowLike | null): boolean {
  if (window === null) return false;

  // Another BrowserWindow, a devtools page or a webview has its own webContents.
  if (event.sender.id !== window.webContentsId) return false;

  // The frame is gone (navigated or destroyed) by the time the call arrives.
  const frame = event.senderFrame;
  if (frame === null) return false;

  // A subframe, even one of our own origin, is never trusted: only the top-level page.
  if (frame.parent !== null) return false;
  if (frame.processId !== window.mainFrame.processId) return false;
  if (frame.frameToken !== window.mainFrame.frameToken) return false;

  return isAppUrl(frame.url);
}
