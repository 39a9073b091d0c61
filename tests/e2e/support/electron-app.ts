import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { electronMain, rendererIndex, repoRoot } from './paths.js';

// What the Electron test needs before it can start the desktop app: the runtime binary (not
// downloadable on every machine), the app's build, and SQLite compiled for Electron's ABI.

type RuntimeScript = {
  electronExecutable(): string | null;
  howToSupplyElectron(reason: string): string;
};

export type ElectronRuntime =
  | Readonly<{ present: true; executable: string }>
  | Readonly<{ present: false; reason: string; howTo: string }>;

export async function findElectronRuntime(): Promise<ElectronRuntime> {
  // scripts/ is plain JavaScript shared with `npm start` and the install script.
  const url = pathToFileURL(join(repoRoot, 'scripts', 'electron-runtime.mjs')).href;
  const script = (await import(url)) as RuntimeScript;

  const executable = script.electronExecutable();
  if (executable !== null) return { present: true, executable };

  const reason = "the Electron runtime is not installed (require('electron') names no executable)";
  return { present: false, reason, howTo: script.howToSupplyElectron(reason) };
}

const nativeBinding = join(repoRoot, 'native', 'electron', 'better_sqlite3.node');

/** Builds what is missing; returns a description of what failed, or null when all is there. */
export function prepareElectronApp(): string | null {
  if (!existsSync(rendererIndex)) {
    const failed = runScript('scripts/build.mjs', '--renderer');
    if (failed) return failed;
  }
  if (!existsSync(electronMain)) {
    const failed = runScript('scripts/build.mjs', '--electron');
    if (failed) return failed;
  }
  if (!existsSync(nativeBinding)) {
    const failed = runScript('scripts/build-native-electron.mjs');
    if (failed) return failed;
  }
  return null;
}

export function appNeedsBuilding(): boolean {
  return ![rendererIndex, electronMain, nativeBinding].every((path) => existsSync(path));
}

function runScript(script: string, ...args: string[]): string | null {
  const run = spawnSync(process.execPath, [join(repoRoot, script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (run.status === 0) return null;
  return `node ${script} ${args.join(' ')} failed (exit ${run.status}):\n${run.stderr}`;
}
