import type { ServerResponse } from 'node:http';

import { encodeWire } from '../../core/api/wire.js';
import type { ServiceHost } from '../services/host.js';

// Pushes the service host's events to every open `GET /api/events` response as
// newline-delimited JSON. A streamed fetch carries the token in a header, which EventSource
// cannot do.

export type EventLine =
  Readonly<{ type: 'ready' }> | Readonly<{ type: 'event'; event: string; payload: unknown }>;

export type EventStreams = Readonly<{
  open(response: ServerResponse, headers: Readonly<Record<string, string>>): void;
  closeAll(): void;
}>;

export function createEventStreams(host: ServiceHost): EventStreams {
  const responses = new Set<ServerResponse>();

  const send = (response: ServerResponse, line: EventLine): void => {
    response.write(encodeWire(line) + '\n');
  };

  const unsubscribe = host.onEvent((event, payload) => {
    for (const response of responses) send(response, { type: 'event', event, payload });
  });

  return {
    open(response, headers) {
      response.writeHead(200, { ...headers, 'Content-Type': 'application/x-ndjson' });
      responses.add(response);
      response.on('close', () => responses.delete(response));

      // Tells the client it is subscribed, so nothing pushed after this line is missed.
      send(response, { type: 'ready' });
    },
    closeAll() {
      unsubscribe();
      for (const response of responses) response.end();
      responses.clear();
    },
  };
}
