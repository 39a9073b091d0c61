// What scripts need to know about Electron's runtime binary: where it is, whether it is
// there, and how to supply it where it cannot be downloaded. Shared by install-electron.mjs
// and start.mjs.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

const DEFAULT_BASE = 'https://github.com/electron/electron/releases/download/';

/** node_modules/electron, or null when it is not installed (for example --omit=dev). */
export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

export function electronVersion() {
  const dir = electronPackageDir();
  if (dir === null) return null;
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

/** Path of the executable inside a dist folder, as electron's own install.js names it. */
export function executableInDist(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** The runtime's executable when it exists, else null. Never throws. */
export function electronExecutable() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

// @electron/get keeps each download in <cache root>/<sha256 of the folder URL>/<file>, so a
// zip copied there by hand is found as if it had been downloaded.
function cacheFolder(version) {
  const base = process.env.ELECTRON_MIRROR || DEFAULT_BASE;
  const folderUrl = `${base}v${version}`.replace(/\/+$/, '');
  const hash = createHash('sha256').update(folderUrl).digest('hex');
  return join(process.env.electron_config_cache || defaultCacheRoot(), hash);
}

function defaultCacheRoot() {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  if (process.platform === 'win32') {
    return join(
      process.env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'),
      'electron',
      'Cache',
    );
  }
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'electron');
}

/** How to supply the runtime, in Chinese first and English second. */
export function howToSupplyElectron(reason) {
  const version = electronVersion() ?? '?';
  const zip = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  const cache = cacheFolder(version);
  const dist = executableInDist();
  const mirror =
    'ELECTRON_MIRROR=https://<镜像 mirror>/electron/ node scripts/install-electron.mjs';
  const local = 'ELECTRON_OVERRIDE_DIST_PATH=/opt/electron node scripts/install-electron.mjs';

  return [
    `未找到 Electron ${version} 运行时（${reason}）。桌面程序需要它，没有它时可改用浏览器外壳。`,
    '可用以下任一方式提供：',
    `  1. 从镜像下载：${mirror}`,
    `  2. 缓存目录：把 ${zip} 复制到`,
    `     ${cache}`,
    '     再运行 node scripts/install-electron.mjs（electron_config_cache=目录 可改变缓存根目录）。',
    `  3. 隔离网络：解压该 zip 到一个目录（其中应有 ${dist}），安装和每次 npm start 时都设置`,
    `     ELECTRON_OVERRIDE_DIST_PATH 为该目录，例如：${local}`,
    '',
    `The Electron ${version} runtime is missing (${reason}). The desktop app needs it; without it`,
    'the browser shell can be used instead. Supply it in one of these ways:',
    `  1. From a mirror: ${mirror}`,
    `  2. A cache folder: copy ${zip} into`,
    `     ${cache}`,
    '     then run node scripts/install-electron.mjs (electron_config_cache=DIR moves the cache).',
    `  3. Air-gapped: unpack the zip into a folder (it must contain ${dist}) and set`,
    `     ELECTRON_OVERRIDE_DIST_PATH to it for install and for every npm start: ${local}`,
  ].join('\n');
}
