import { describe, expect, it } from 'vitest';

import { isAllowedDownload, isAllowedRequest } from '../../main/electron/request-policy.js';

// What the app's session lets through: its own origin and in-memory URLs, never the network.

describe('isAllowedRequest', () => {
  it('lets the app load its own pages, scripts and pdf.js assets', () => {
    for (const url of [
      'app://yishi/index.html',
      'app://yishi/assets/index-3f2a.js',
      'app://yishi/pdfjs/cmaps/UniGB-UCS2-H.bcmap',
      'app://yishi/pdfjs/wasm/openjpeg.wasm',
      'blob:app://yishi/5b0f3c1e-8f8e-4d7a-9a53-1f0e0b6f2d11',
      'data:image/png;base64,iVBORw0KGgo=',
      'devtools://devtools/bundled/devtools_app.html',
    ]) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
  });

  it('blocks the network, local files and look-alike origins', () => {
    for (const url of [
      'https://example.org/collect?q=监督法',
      'http://127.0.0.1:8080/api/invoke',
      'ws://127.0.0.1:9229/',
      'file:///etc/passwd',
      'app://yishi.example.org/index.html',
      'app://other/index.html',
      'blob:https://example.org/5b0f3c1e',
      'chrome-extension://abcdef/page.html',
      'not a url',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
});

describe('isAllowedDownload', () => {
  it('lets the member save the notes the renderer exported, and nothing else', () => {
    expect(isAllowedDownload('blob:app://yishi/0c6f2a4e-1b7d-4f7e-9a51-3d1e2b4c5f60')).toBe(true);

    for (const url of [
      'https://example.org/setup.exe',
      'app://yishi/index.html',
      'data:text/markdown;base64,IyDnrJTorrA=',
      'blob:https://example.org/0c6f2a4e',
      'file:///home/member/.ssh/id_ed25519',
    ]) {
      expect(isAllowedDownload(url), url).toBe(false);
    }
  });
});
