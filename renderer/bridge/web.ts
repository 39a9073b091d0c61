import type { YishiBridge } from '../../core/api/bridge.js';
import type { EventName, EventPayload, Method, Output } from '../../core/api/contract.js';
import { decodeWire, encodeWire } from '../../core/api/wire.js';
import { err, type Result } from '../../core/result.js';
import { reportConnectionLoss } from './connection.js';

// `window.yishi` for the browser shell: the same two functions as the Electron preload, carried
// over fetch to the loopback server that printed this page's address. The launch token arrives
// in the URL fragment (which browsers never send to a server), is moved to sessionStorage so a
// reload keeps working, and is taken out of the address bar so it does not end up in history or
// in a screenshot.
//
// The shell refuses a token from an earlier launch with 401, and a stopped shell does not
// answer at all; both are reported to ./connection.ts so the app can say which it is.

const TOKEN_KEY = 'yishi.token';
const RECONNECT_MS = [500, 1000, 2000, 5000] as const;

type AnyListener = (payload: unknown) => void;

export function createWebBridge(): YishiBridge {
  const token = takeToken();
  globalThis.addEventListener?.('hashchange', () => reloadForNewToken(token));
  const listeners = new Map<string, Set<AnyListener>>();
  let stream: AbortController | null = null;

  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
    Authorization: `Bearer ${token}`,
    ...extra,
  });

  const dispatch = (line: string): void => {
    const message = parseLine(line);
    if (message?.type !== 'event' || typeof message.event !== 'string') return;

    for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
  };

  // The event stream is open only while someone listens.
  const listening = (): boolean => [...listeners.values()].some((set) => set.size > 0);

  const startStream = (): void => {
    if (stream !== null) return;
    stream = new AbortController();
    void streamEvents(headers(), dispatch, stream.signal);
  };

  const stopStreamIfUnused = (): void => {
    if (listening() || stream === null) return;
    stream.abort();
    stream = null;
  };

  return {
    async invoke<M extends Method>(method: M, input: unknown): Promise<Result<Output<M>>> {
      let text: string;

      try {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: headers({ 'Content-Type': 'application/json', 'X-Yishi-Method': method }),
          body: encodeWire({ method, input }),
        });
        if (response.status === 401) reportConnectionLoss('staleToken');
        text = await response.text();
      } catch {
        reportConnectionLoss('unreachable');
        return err('internal', 'the browser shell did not answer');
      }

      return asResult<Output<M>>(decodeWire(text));
    },

    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      const forEvent = listeners.get(event) ?? new Set<AnyListener>();
      const wrapped: AnyListener = (payload) => listener(payload as EventPayload<E>);
      forEvent.add(wrapped);
      listeners.set(event, forEvent);
      startStream();

      return () => {
        forEvent.delete(wrapped);
        stopStreamIfUnused();
      };
    },
  };
}

function takeToken(): string {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const fromUrl = fragment.get('token');

  if (fromUrl !== null && fromUrl !== '') {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    history.replaceState(history.state, '', location.pathname + location.search);
    return fromUrl;
  }

  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

// The member pasted the address a restarted shell printed into this tab. When only the
// fragment differs the browser keeps the page, so load it again to start with the new token
// (takeToken has already moved it into sessionStorage).
function reloadForNewToken(current: string): void {
  if (takeToken() !== current) location.reload();
}

// Reads `GET /api/events` line by line while anyone listens, reconnecting after a
// dropped connection. A 401 means this page's token belongs to an earlier launch of the
// shell, a 403 that the page is not ours: retrying cannot help, so the stream stops. The
// stream is always open while the app runs, so it is also what notices first that the
// shell has stopped, without waiting for the member's next click.
async function streamEvents(
  headers: Record<string, string>,
  dispatch: (line: string) => void,
  signal: AbortSignal,
): Promise<void> {
  for (let attempt = 0; !signal.aborted; attempt += 1) {
    const response = await connect(headers, signal);
    if (response === null && !signal.aborted) reportConnectionLoss('unreachable');
    if (response?.status === 401) return reportConnectionLoss('staleToken');
    if (response?.status === 403) return;

    if (response?.ok && response.body !== null) {
      attempt = 0;
      await readLines(response.body, dispatch).catch(() => {
        // Cut off mid-stream (a sleeping laptop does this too): the next connect tells
        // whether the shell is really gone.
      });
    }
    if (signal.aborted) return;

    const delay = RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)];
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

// The stream's response, or null when the shell did not answer (or the stream was stopped).
async function connect(
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<Response | null> {
  try {
    return await fetch('/api/events', { headers, cache: 'no-store', signal });
  } catch {
    return null;
  }
}

async function readLines(
  body: ReadableStream<Uint8Array>,
  dispatch: (line: string) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';

  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;

    buffered += decoder.decode(value, { stream: true });
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') dispatch(line);
  }
}

type EventLine = { type?: unknown; event?: unknown; payload?: unknown };

function parseLine(line: string): EventLine | null {
  try {
    const value = decodeWire(line);
    return typeof value === 'object' && value !== null ? (value as EventLine) : null;
  } catch {
    return null;
  }
}

function asResult<T>(value: unknown): Result<T> {
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  ) {
    return value as Result<T>;
  }
  return err('internal', 'the browser shell sent something that is not a result');
}
