import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// Who may talk to the browser shell. It listens on 127.0.0.1 only, yet any web page the user
// opens can still send requests there: a DNS-rebinding page arrives with a foreign Host, a
// cross-site form or fetch with a foreign Origin, and neither knows the per-launch token,
// which travels only in the URL fragment (never sent to a server) and then in a header.

export type Refusal = 'host' | 'origin' | 'token';

export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

export function allowedHosts(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function checkHostAndOrigin(request: IncomingMessage, port: number): Refusal | null {
  const host = request.headers.host?.toLowerCase();
  if (host === undefined || !allowedHosts(port).includes(host)) return 'host';

  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return 'origin';

  return null;
}

export function checkToken(request: IncomingMessage, token: string): Refusal | null {
  const header = request.headers.authorization ?? '';
  const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  return tokensMatch(presented, token) ? null : 'token';
}

// Hashing first gives both sides the same length, so the comparison time says nothing about
// the token, not even its length.
export function tokensMatch(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && presented.length > 0;
}
