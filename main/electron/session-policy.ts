import type { Session } from 'electron';

import { createLogger } from '../services/logger.js';
import { isAllowedDownload, isAllowedRequest } from './request-policy.js';

const log = createLogger('session');

/**
 * Locks down the renderer's session: no permission is ever granted (camera, notifications,
 * clipboard reads, USB, …), no download starts but the member's own exported notes, no
 * spellchecker dictionary is fetched, and no request leaves for anywhere but the app itself.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    log.warn('permission request denied', { kind: permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) log.warn('request blocked', { kind: details.resourceType });
    callback({ cancel: !allowed });
  });

  session.on('will-download', (event, item) => {
    if (isAllowedDownload(item.getURL())) return;

    log.warn('download blocked');
    event.preventDefault();
  });

  session.setSpellCheckerEnabled(false);
}
