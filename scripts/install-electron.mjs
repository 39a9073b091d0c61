// postinstall: fetches Electron's runtime binary where that is possible, and never fails the
// install where it is not. package.json's allowScripts keeps npm from running electron's own
// install script (which fails hard offline); this script runs it with a time limit instead.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  electronExecutable,
  electronPackageDir,
  executableInDist,
  howToSupplyElectron,
} from './electron-runtime.mjs';

const TIMEOUT_MS = 120_000;

function main() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log(
      'ELECTRON_SKIP_BINARY_DOWNLOAD 已设置，跳过 Electron 运行时 / skipping the runtime.',
    );
    return;
  }

  const packageDir = electronPackageDir();
  if (packageDir === null) return; // A production install without devDependencies.

  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return useLocalDist(packageDir);

  if (electronExecutable() !== null) {
    console.log('Electron 运行时已就绪 / the Electron runtime is present.');
    return;
  }

  console.log('正在获取 Electron 运行时 / fetching the Electron runtime …');
  const run = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: packageDir,
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: TIMEOUT_MS,
    encoding: 'utf8',
  });

  if (run.status === 0 && electronExecutable() !== null) {
    console.log('Electron 运行时已安装 / the Electron runtime is installed.');
    return;
  }

  const reason =
    run.error?.code === 'ETIMEDOUT' ? `${TIMEOUT_MS / 1000} s timeout` : firstLine(run);
  console.warn(howToSupplyElectron(`download failed: ${reason}`));
}

// electron's index.js reads ELECTRON_OVERRIDE_DIST_PATH at run time and needs path.txt to
// name the executable inside it; install.js would try to download instead.
function useLocalDist(packageDir) {
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = executableInDist();

  if (!existsSync(join(dist, executable))) {
    console.warn(howToSupplyElectron(`${join(dist, executable)} does not exist`));
    return;
  }

  writeFileSync(join(packageDir, 'path.txt'), executable);
  console.log(`使用本地 Electron 运行时 / using the local Electron runtime: ${dist}`);
}

function firstLine(run) {
  const text = (run.stderr ?? '').split('\n').find((line) => line.trim() !== '');
  return text ? text.trim().slice(0, 200) : `exit code ${run.status}`;
}

try {
  main();
} catch (error) {
  // An install must never fail because of this step.
  console.warn(howToSupplyElectron(String(error?.message ?? error)));
}
process.exit(0);
