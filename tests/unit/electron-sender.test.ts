import { describe, expect, it } from 'vitest';

import {
  isTrustedSender,
  type FrameLike,
  type InvokeEventLike,
  type TrustedWindowLike,
} from '../../main/electron/sender.js';

// Fakes of Electron's IpcMainInvokeEvent and our window: the IPC gate's first check, whether
// a call comes from the main frame of our own window at app://yishi.

let nextToken = 1;

function frame(url: string, parent: FrameLike | null = null, processId = 3): FrameLike {
  nextToken += 1;
  return { url, parent, processId, frameToken: `frame-${nextToken}` };
}

function window(mainFrame: FrameLike, webContentsId = 7): TrustedWindowLike {
  return { webContentsId, mainFrame };
}

function event(senderFrame: FrameLike | null, senderId = 7): InvokeEventLike {
  return { sender: { id: senderId }, senderFrame };
}

describe('isTrustedSender', () => {
  it('trusts the main frame of our window on app://yishi', () => {
    const main = frame('app://yishi/index.html');
    expect(isTrustedSender(event(main), window(main))).toBe(true);
  });

  it('refuses a main frame that navigated to a foreign origin', () => {
    for (const url of [
      'https://evil.example/index.html',
      'http://127.0.0.1:5173/',
      'app://other/index.html',
      'app://yishi.evil.example/index.html',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      'not a url',
    ]) {
      const main = frame(url);
      expect(isTrustedSender(event(main), window(main)), url).toBe(false);
    }
  });

  it('refuses a page loaded from file://', () => {
    const main = frame('file:///opt/yishi/resources/app/dist/renderer/index.html');
    expect(isTrustedSender(event(main), window(main))).toBe(false);
  });

  it('refuses a subframe, even one of our own origin', () => {
    const main = frame('app://yishi/index.html');
    const child = frame('app://yishi/index.html', main);
    expect(isTrustedSender(event(child), window(main))).toBe(false);

    // Even when it reports the main frame's identity, a frame with a parent is a subframe.
    const disguised = { ...main, parent: main };
    expect(isTrustedSender(event(disguised), window(main))).toBe(false);
  });

  it('refuses the frame of another window', () => {
    const ours = frame('app://yishi/index.html');
    const theirs = frame('app://yishi/index.html');
    expect(isTrustedSender(event(theirs, 8), window(ours, 7))).toBe(false);
    expect(isTrustedSender(event(theirs, 7), window(ours, 7))).toBe(false);

    const sameTokenOtherProcess = { ...ours, processId: 99 };
    expect(isTrustedSender(event(sameTokenOtherProcess), window(ours))).toBe(false);
  });

  it('refuses a call whose frame is already gone, or when no window is open', () => {
    const main = frame('app://yishi/index.html');
    expect(isTrustedSender(event(null), window(main))).toBe(false);
    expect(isTrustedSender(event(main), null)).toBe(false);
  });
});
