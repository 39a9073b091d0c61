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
