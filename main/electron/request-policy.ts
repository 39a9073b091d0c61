import { APP_ORIGIN, isAppUrl } from './app-origin.js';

// Which requests the app's session lets through: its own pages and assets, the in-memory
// URLs pdf.js and the renderer make (blob:, data:), and the developer tools. Everything else,
// any http(s), file:// or ws:// above all, is cancelled before it leaves: the renderer has no
// network of its own, whatever a PDF or a bug tries.
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith(`blob:${APP_ORIGIN}/`)) return true;
  if (url.startsWith('data:')) return true;
  return url.startsWith('devtools://');
}

// The one download the app makes: the member's own notes, which the renderer hands over as a
// blob it created (annotation.export). Electron then asks where to save them.
export function isAllowedDownload(url: string): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`);
}
