import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

import { securityHeaders } from './content-policy.js';
import { contentTypeOf } from './mime-types.js';

// Serves the renderer build to either transport (the app:// protocol in Electron, the
// loopback browser shell). Both answer with the same bytes and the same headers, so the
// renderer cannot tell them apart except through `window.yishi`.

export type StaticResponse = Readonly<{
  status: 200 | 404;
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
}>;

const notFound: StaticResponse = {
  status: 404,
  headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  body: new TextEncoder().encode('Not found'),
};

/**
 * Maps a URL path ("/assets/app.js", percent-encoded as received) to a file inside `rootDir`,
 * or null when the path is malformed or would leave the folder. "/" is the app's page.
 */
export function resolveStaticPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }

  // A dot-dot segment, a backslash or a NUL never occurs in a built asset's URL, so any of
  // them marks an attempt to walk out of the folder and is refused before the file system
  // sees it. The containment check below is the second line. The folder is our own build
  // output (inside app.asar when packaged) and the build makes no symlinks, so none is resolved.
  if (!decoded.startsWith('/')) return null;
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;

  const root = resolve(rootDir);
  const filePath = resolve(root, decoded === '/' ? 'index.html' : decoded.slice(1));
  if (!isInside(root, filePath)) return null;

  return filePath;
}

function isInside(root: string, filePath: string): boolean {
  const fromRoot = relative(root, filePath);
  if (fromRoot === '' || isAbsolute(fromRoot)) return false;
  return fromRoot !== '..' && !fromRoot.startsWith('..' + sep);
}

export async function serveStatic(rootDir: string, urlPath: string): Promise<StaticResponse> {
  const filePath = resolveStaticPath(rootDir, urlPath);
  if (filePath === null) return notFound;

  try {
    const info = await stat(filePath);
    if (!info.isFile()) return notFound;

    const body = await readFile(filePath);
    return {
      status: 200,
      headers: {
        ...securityHeaders,
        'Content-Type': contentTypeOf(filePath),
        // Builds are small and local; never caching keeps a stale renderer from outliving an
        // update and keeps nothing of the app in a cache folder.
        'Cache-Control': 'no-store',
      },
      body,
    };
  } catch {
    return notFound;
  }
}
