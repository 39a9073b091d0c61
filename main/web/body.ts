import type { IncomingMessage } from 'node:http';

// Reads a request body up to a limit. Past the limit the rest is read and thrown away rather
// than the connection cut, so the client still receives the 413 instead of a reset.

export type BodyResult =
  Readonly<{ ok: true; text: string }> | Readonly<{ ok: false; reason: 'tooLarge' | 'aborted' }>;

export function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.resolve({ ok: false, reason: 'tooLarge' });
  }

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let overLimit = false;

    request.on('data', (chunk: Buffer) => {
      if (overLimit) return;

      received += chunk.length;
      if (received > limit) {
        overLimit = true;
        chunks.length = 0;
        resolve({ ok: false, reason: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!overLimit) resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    request.on('error', () => resolve({ ok: false, reason: 'aborted' }));
    request.on('aborted', () => resolve({ ok: false, reason: 'aborted' }));
  });
}
