import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { decodeWire, encodeWire } from '../../core/api/wire.js';
import { err, type ErrorCode } from '../../core/result.js';
import { createGate, type Gate } from '../services/gate.js';
import type { ServiceHost } from '../services/host.js';
import { createLogger } from '../services/logger.js';
import { securityHeaders } from '../transport/content-policy.js';
import { serveStatic } from '../transport/static-files.js';
import { readBody } from './body.js';
import { createEventStreams, type EventStreams } from './event-stream.js';
import { checkHostAndOrigin, checkToken, createToken, type Refusal } from './guard.js';

// The browser shell: the same service layer as the Electron app, served to a browser on
// 127.0.0.1 for end-to-end tests and for machines without the Electron runtime.
//
//   GET  /…            the renderer build, with the app's CSP
//   POST /api/invoke   {method, input} in the wire codec → Result   (Bearer token)
//   GET  /api/events   newline-delimited JSON of pushed events      (Bearer token)

export type WebShellOptions = Readonly<{
  host: ServiceHost;
  rendererDir: string;
  port?: number;
}>;

export type WebShell = Readonly<{
  url: string;
  token: string;
  close(): Promise<void>;
}>;

// An import carries a material of up to 256 MiB, base64-encoded by the wire codec (4/3);
// every other call is small. The client names the method in a header so the limit is known
// before the body is read; the gate then insists that the body names the same method.
const MATERIAL_BYTES_LIMIT = 256 * 1024 * 1024;
const IMPORT_BODY_LIMIT = Math.ceil((MATERIAL_BYTES_LIMIT * 4) / 3) + 1024 * 1024;
const DEFAULT_BODY_LIMIT = 1024 * 1024;
const METHOD_HEADER = 'x-yishi-method';

const apiHeaders: Readonly<Record<string, string>> = {
  ...securityHeaders,
  'Cache-Control': 'no-store',
};

const log = createLogger('web-shell');

type Context = Readonly<{
  gate: Gate;
  streams: EventStreams;
  rendererDir: string;
  token: string;
  port: () => number;
}>;

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const token = createToken();
  const streams = createEventStreams(options.host);
  let port = 0;

  const context: Context = {
    gate: createGate(options.host),
    streams,
    rendererDir: options.rendererDir,
    token,
    port: () => port,
  };

  const server = createServer((request, response) => {
    handle(context, request, response).catch(() => {
      log.error('request failed', { method: request.method });
      if (!response.headersSent) sendResult(response, 500, 'internal');
      else response.destroy();
    });
  });

  port = await listen(server, options.port ?? 0);
  log.info('browser shell listening', { port });

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    close: () => close(server, streams),
  };
}

async function handle(
  context: Context,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const refusal = checkHostAndOrigin(request, context.port());
  if (refusal !== null) return refuse(request, response, refusal);

  // The raw path, not a parsed URL: URL parsing would quietly resolve "/../" segments and hide
  // a traversal attempt from the static file check.
  const path = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';

  if (!path.startsWith('/api/')) return serveRenderer(context, request, response, path);

  const tokenRefusal = checkToken(request, context.token);
  if (tokenRefusal !== null) return refuse(request, response, tokenRefusal);

  if (path === '/api/invoke' && request.method === 'POST') {
    return invoke(context, request, response);
  }
  if (path === '/api/events' && request.method === 'GET') {
    return context.streams.open(response, apiHeaders);
  }

  request.resume();
  sendResult(response, 404, 'ipc.unknownMethod');
}

async function serveRenderer(
  context: Context,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  request.resume();
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...apiHeaders, Allow: 'GET, HEAD' }).end();
    return;
  }

  const file = await serveStatic(context.rendererDir, path);
  response.writeHead(file.status, { ...file.headers, 'Content-Length': file.body.length });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

async function invoke(
  context: Context,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const namedMethod = request.headers[METHOD_HEADER];
  const isImport = namedMethod === 'material.import';

  const body = await readBody(request, isImport ? IMPORT_BODY_LIMIT : DEFAULT_BODY_LIMIT);
  if (!body.ok) {
    if (body.reason === 'aborted') {
      response.destroy();
      return;
    }
    sendResult(response, 413, isImport ? 'material.tooLarge' : 'input.invalid');
    return;
  }

  const call = parseCall(body.text);
  if (call === null || (namedMethod !== undefined && namedMethod !== call.method)) {
    sendResult(response, 400, 'input.invalid');
    return;
  }

  const result = await context.gate(call.method, call.input);
  send(response, 200, encodeWire(result));
}

function parseCall(text: string): { method: unknown; input: unknown } | null {
  try {
    const value = decodeWire(text);
    if (typeof value !== 'object' || value === null) return null;

    const { method, input } = value as Record<string, unknown>;
    return { method, input };
  } catch {
    return null;
  }
}

function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal): void {
  request.resume();
  log.warn('request refused', { reason: refusal });
  sendResult(response, refusal === 'token' ? 401 : 403, 'ipc.foreignSender');
}

function sendResult(response: ServerResponse, status: number, code: ErrorCode): void {
  send(response, status, encodeWire(err(code)));
}

function send(response: ServerResponse, status: number, text: string): void {
  const body = Buffer.from(text, 'utf8');
  response.writeHead(status, {
    ...apiHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
  });
  response.end(body);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the shell is never reachable from another host.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server, streams: EventStreams): Promise<void> {
  streams.closeAll();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
