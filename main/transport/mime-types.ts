import { extname } from 'node:path';

// Content types of everything the renderer build ships, pdf.js's assets included: cMaps
// (.bcmap), standard fonts (.pfb, .ttf), wasm decoders and ICC profiles. With
// `X-Content-Type-Options: nosniff` a wrong type breaks the load, so each one is named.
const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/x-font-type1',
  '.icc': 'application/vnd.iccprofile',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

export function contentTypeOf(filePath: string): string {
  return types[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
