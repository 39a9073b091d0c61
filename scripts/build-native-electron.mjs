// `npm run build:native`: compiles better-sqlite3-multiple-ciphers for Electron's ABI into
// native/electron/, beside (not instead of) the Node build in node_modules that the tests and
// the CLI use. Electron's main points the database code at it through YISHI_SQLITE_BINDING.
//
// Needs a C++ toolchain, Python and Electron's headers: downloaded by node-gyp where the
// internet is reachable, or, on an air-gapped network, an unpacked copy of
// node-v<electron version>-headers.tar.gz named by YISHI_ELECTRON_HEADERS.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repoRoot, 'native', 'electron');
const HEADERS_URL = 'https://electronjs.org/headers';

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

function main() {
  const electronDir = packageDir('electron');
  const sqliteDir = packageDir('better-sqlite3-multiple-ciphers');
  const electron = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  const sqlite = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
  const abi = readFileSync(join(electronDir, 'abi_version'), 'utf8').trim();
  const arch = process.env.npm_config_arch || process.arch;
  const stamp = { electron, abi, sqlite, platform: process.platform, arch };

  if (!process.argv.includes('--force') && isUpToDate(stamp)) {
    console.log(`native/electron 已是最新 / is up to date (Electron ${electron}, ABI ${abi}).`);
    return 0;
  }

  // Build in a copy: node-gyp writes build/ next to binding.gyp, and the copy in node_modules
  // must keep its Node build.
  const work = mkdtempSync(join(tmpdir(), 'yishi-native-'));
  try {
    for (const entry of ['binding.gyp', 'package.json', 'src', 'deps']) {
      cpSync(join(sqliteDir, entry), join(work, entry), { recursive: true });
    }

    const headers = process.env.YISHI_ELECTRON_HEADERS;
    const args = [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${electron}`,
      `--arch=${arch}`,
      headers ? `--nodedir=${headers}` : `--dist-url=${HEADERS_URL}`,
      '--jobs=max',
    ];
    console.log(
      `正在为 Electron ${electron} 编译 SQLite / building SQLite for Electron ${electron} …`,
    );
    const run = spawnSync(process.execPath, args, { cwd: work, stdio: 'inherit' });
    if (run.status !== 0) return explainFailure(electron);

    mkdirSync(outDir, { recursive: true });
    cpSync(
      join(work, 'build', 'Release', 'better_sqlite3.node'),
      join(outDir, 'better_sqlite3.node'),
    );
    writeFileSync(join(outDir, 'BUILD.json'), JSON.stringify(stamp, null, 2) + '\n');
    console.log(`已生成 / built ${join('native', 'electron', 'better_sqlite3.node')}`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function isUpToDate(stamp) {
  const built = join(outDir, 'BUILD.json');
  if (!existsSync(built) || !existsSync(join(outDir, 'better_sqlite3.node'))) return false;
  return JSON.stringify(JSON.parse(readFileSync(built, 'utf8'))) === JSON.stringify(stamp);
}

function explainFailure(electron) {
  console.error(
    [
      `为 Electron ${electron} 编译 SQLite 失败。需要 C++ 编译器、Python 3，以及 Electron 头文件`,
      `（联网时自动下载；隔离网络时把 node-v${electron}-headers.tar.gz 解压后用`,
      'YISHI_ELECTRON_HEADERS=目录 指定）。',
      `Building SQLite for Electron ${electron} failed. It needs a C++ compiler, Python 3 and`,
      `Electron's headers (downloaded when online; on an air-gapped network unpack`,
      `node-v${electron}-headers.tar.gz and name the folder in YISHI_ELECTRON_HEADERS).`,
    ].join('\n'),
  );
  return 1;
}

process.exit(main());
