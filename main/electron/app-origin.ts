// The renderer's own origin in Electron: a privileged standard scheme served from the app
// bundle (never file://, which would let a page read any local file it can name).
export const APP_SCHEME = 'app';
export const APP_HOST = 'yishi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` belongs to the app's origin (app://yishi/…). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
