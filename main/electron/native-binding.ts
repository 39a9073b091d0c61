import { createLogger } from '../services/logger.js';

const log = createLogger('native');

/**
 * Points db/connection.ts at the SQLite build compiled for Electron's ABI
 * (scripts/build-native-electron.mjs). Node, which runs the tests and the CLI, keeps the
 * default build in node_modules, so one install serves both without rebuilding back and forth.
 */
export function useElectronSqlite(bindingPath: string | null): boolean {
  if (bindingPath === null) {
    log.error('native/electron/better_sqlite3.node is missing; run npm run build:native');
    return false;
  }

  process.env['YISHI_SQLITE_BINDING'] = bindingPath;
  return true;
}
