import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { EventName, EventPayload, Method } from '../../core/api/contract.js';
import { decodeWire, encodeWire } from '../../core/api/wire.js';
import { ok, type Result } from '../../core/result.js';
import type { EventListener, ServiceHost } from '../../main/services/host.js';
import { contentSecurityPolicy } from '../../main/transport/content-policy.js';
import { startWebShell, type WebShell } from '../../main/web/server.js';
import { realdataPath } from '../integration/realdata.js';

// The browser shell against a fake service host: what a page on another site, a
// DNS-rebinding attacker or a careless client can and cannot do.

const realPdfPath = realdataPath('pdfs/issue19360.pdf');
const pdfjs = join(process.cwd(), 'node_modules/pdfjs-dist');

// A renderer folder made of pdf.js's real shipped assets, as the renderer build copies them.
const rendererAssets: Readonly<Record<string, string>> = {
  'pdfjs/cmaps/UniGB-UCS2-H.bcmap': join(pdfjs, 'cmaps/UniGB-UCS2-H.bcmap'),
  'pdfjs/wasm/openjpeg.wasm': join(pdfjs, 'wasm/openjpeg.wasm'),
  'pdfjs/standard_fonts/FoxitSerif.pfb': join(pdfjs, 'standard_fonts/FoxitSerif.pfb'),
  'pdfjs/iccs/CGATS001Compat-v2-micro.icc': join(pdfjs, 'iccs/CGATS001Compat-v2-micro.icc'),
  'assets/pdf.worker.mjs': join(pdfjs, 'build/pdf.worker.mjs'),
};

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

type Call = { method: Method; input: unknown };

function fakeHost(): ServiceHost & { calls: Call[]; emit: EventListener } {
  const calls: Call[] = [];
  const listeners = new Set<EventListener>();
  return {
    calls,
    invoke: async (method, input) => {
      calls.push({ method, input });
      if (method === 'material.import') {
        const { bytes } = input as { bytes: Uint8Array };
        return ok({ received: bytes, size: bytes.length });
      }
      return ok({});
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
      for (const listener of listeners) listener(event, payload);
    },
    lock: () => {},
    close: () => {},
  };
}

let rendererDir: string;
let shell: WebShell;
let host: ReturnType<typeof fakeHost>;
let port: number;

beforeAll(async () => {
  rendererDir = mkdtempSync(join(tmpdir(), 'yishi-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>议事</title>');
  for (const [target, source] of Object.entries(rendererAssets)) {
    mkdirSync(dirname(join(rendererDir, target)), { recursive: true });
    copyFileSync(source, join(rendererDir, target));
  }
  // A file beside the renderer folder that traversal would reach.
  writeFileSync(join(dirname(rendererDir), 'yishi-secret.txt'), 'not for the browser');

  host = fakeHost();
  shell = await startWebShell({ host, rendererDir });
  port = Number(new URL(shell.url).port);
});

afterAll(async () => {
  await shell.close();
  rmSync(rendererDir, { recursive: true, force: true });
  rmSync(join(dirname(rendererDir), 'yishi-secret.txt'), { force: true });
});

function send(
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
    // Sends the body in pieces without a Content-Length, as a streaming client would.
    chunks?: readonly string[];
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    for (const chunk of options.chunks ?? []) outgoing.write(chunk);
    outgoing.end(options.body);
  });
}

function invoke(
  method: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return send('/api/invoke', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${shell.token}`,
      'Content-Type': 'application/json',
      'X-Yishi-Method': method,
      ...headers,
    },
    body: encodeWire({ method, input }),
  });
}

function decoded(reply: Reply): Result<Record<string, unknown>> {
  return decodeWire(reply.body.toString('utf8')) as Result<Record<string, unknown>>;
}

describe('browser shell', () => {
  it('prints a loopback address carrying a 32-byte token in the fragment', () => {
    const url = new URL(shell.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.hash).toBe(`#token=${shell.token}`);
    expect(Buffer.from(shell.token, 'base64url')).toHaveLength(32);
  });

  it('serves the renderer page with the content security policy', async () => {
    const reply = await send('/');

    expect(reply.status).toBe(200);
    expect(reply.body.toString('utf8')).toContain('议事');
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('serves pdf.js assets byte for byte with their content types', async () => {
    const expected: Record<string, string> = {
      'pdfjs/cmaps/UniGB-UCS2-H.bcmap': 'application/octet-stream',
      'pdfjs/wasm/openjpeg.wasm': 'application/wasm',
      'pdfjs/standard_fonts/FoxitSerif.pfb': 'application/x-font-type1',
      'pdfjs/iccs/CGATS001Compat-v2-micro.icc': 'application/vnd.iccprofile',
      'assets/pdf.worker.mjs': 'text/javascript; charset=utf-8',
    };

    for (const [path, type] of Object.entries(expected)) {
      const reply = await send(`/${path}`);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe(type);
      expect(reply.body.equals(readFileSync(join(rendererDir, path))), path).toBe(true);
    }
  });

  it('refuses paths that walk out of the renderer folder', async () => {
    for (const path of [
      '/../yishi-secret.txt',
      '/%2e%2e/yishi-secret.txt',
      '/assets/..%2f..%2fyishi-secret.txt',
      '/..%5cyishi-secret.txt',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      const reply = await send(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString('utf8'), path).not.toContain('not for the browser');
    }
  });

  it('answers 401 to a call without the token or with a wrong one', async () => {
    const missing = await invoke('app.info', {}, { Authorization: '' });
    const wrong = await invoke('app.info', {}, { Authorization: `Bearer ${'A'.repeat(43)}` });
    const events = await send('/api/events');

    expect(missing.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(events.status).toBe(401);
    expect(decoded(wrong)).toMatchObject({ ok: false, error: { code: 'ipc.foreignSender' } });
    expect(host.calls).toHaveLength(0);
  });

  it('answers 403 to a foreign Host, as a DNS-rebinding page would send', async () => {
    for (const hostHeader of [`evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`]) {
      const reply = await invoke('app.info', {}, { Host: hostHeader });
      expect(reply.status, hostHeader).toBe(403);
    }
    expect((await send('/', { headers: { Host: `attacker.test:${port}` } })).status).toBe(403);
    expect(host.calls).toHaveLength(0);
  });

  it('accepts localhost as Host and a same-origin Origin', async () => {
    const reply = await invoke(
      'app.info',
      {},
      {
        Host: `localhost:${port}`,
        Origin: `http://localhost:${port}`,
      },
    );

    expect(reply.status).toBe(200);
    expect(decoded(reply)).toEqual({ ok: true, value: {} });
  });

  it('answers 403 to a foreign Origin even with the right token', async () => {
    for (const origin of ['https://evil.example', 'null', `http://localhost:${port}`]) {
      const reply = await invoke('app.info', {}, { Origin: origin });
      expect(reply.status, origin).toBe(403);
    }
  });

  it('answers 413 to a body over the limit of an ordinary call', async () => {
    const reply = await invoke('annotation.update', {
      annotationId: 'a1',
      note: '议'.repeat(400_000),
    });

    expect(reply.status).toBe(413);
    expect(decoded(reply)).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
  });

  it('answers 413 to a streamed body that grows past the limit', async () => {
    const text = encodeWire({
      method: 'annotation.update',
      input: { annotationId: 'a1', note: '款'.repeat(400_000) },
    });
    const pieces = text.match(/[^]{1,16384}/g) ?? [];

    const reply = await send('/api/invoke', {
      method: 'POST',
      headers: { Authorization: `Bearer ${shell.token}`, 'X-Yishi-Method': 'annotation.update' },
      chunks: pieces,
    });

    expect(pieces.length).toBeGreaterThan(10);
    expect(reply.status).toBe(413);
    expect(host.calls.some((call) => call.method === 'annotation.update')).toBe(false);
  });

  it('refuses a body that names another method than its header', async () => {
    const body = encodeWire({ method: 'material.import', input: {} });
    const reply = await send('/api/invoke', {
      method: 'POST',
      headers: { Authorization: `Bearer ${shell.token}`, 'X-Yishi-Method': 'app.info' },
      body,
    });

    expect(reply.status).toBe(400);
  });

  it('round-trips a real PDF through the wire codec to the service and back', async () => {
    const pdf = new Uint8Array(readFileSync(realPdfPath));

    const reply = await invoke('material.import', {
      agendaItemId: 'item-1',
      fileName: 'issue19360.pdf',
      bytes: pdf,
    });

    expect(reply.status).toBe(200);
    const result = decoded(reply);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value['size']).toBe(pdf.length);
    expect(result.value['received']).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(result.value['received'] as Uint8Array).equals(Buffer.from(pdf))).toBe(true);
    expect(host.calls.at(-1)?.input).toMatchObject({ classification: 'internal' });
  });

  it('returns the gate verdict for an invalid input as a value', async () => {
    const reply = await invoke('meeting.get', { meetingId: '' });

    expect(reply.status).toBe(200);
    expect(decoded(reply)).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', details: { paths: 'meetingId' } },
    });
  });

  it('streams pushed events as newline-delimited JSON', async () => {
    const lines = await new Promise<string[]>((resolve, reject) => {
      const outgoing = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/events',
          headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${shell.token}` },
        },
        (incoming) => {
          let text = '';
          incoming.setEncoding('utf8');
          incoming.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('"ready"') && !text.includes('profile.locked')) {
              host.emit('profile.locked', { reason: 'idle' });
            }
            if (text.includes('profile.locked') && text.endsWith('\n')) {
              outgoing.destroy();
              resolve(text.trim().split('\n'));
            }
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });

    expect(lines.map((line) => decodeWire(line))).toEqual([
      { type: 'ready' },
      { type: 'event', event: 'profile.locked', payload: { reason: 'idle' } },
    ]);
  });
});
