import { protocol, type Session } from 'electron';

import { createLogger } from '../services/logger.js';
import { serveStatic } from '../transport/static-files.js';
import { APP_HOST, APP_SCHEME } from './app-origin.js';

const log = createLogger('app-protocol');

/**
 * Declares app:// before the app is ready. Standard and secure give it a real origin, so the
 * CSP's 'self', module workers (pdf.js) and fetch of pdf.js's assets work as on https; the
 * renderer never runs from file://. Vite marks module scripts `crossorigin` and pdf.js starts a
 * module worker: both are CORS requests, which a custom scheme only answers with corsEnabled.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Serves the renderer build on app://yishi/ in `session`, with the app's security headers. */
export function serveAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') {
      log.warn('app request refused', { method: request.method });
      return new Response(null, { status: 404 });
    }

    const file = await serveStatic(rendererDir, url.pathname);
    return new Response(file.body, { status: file.status, headers: file.headers });
  });
}
