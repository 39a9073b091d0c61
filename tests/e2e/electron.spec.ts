import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

import { _electron as electron, expect, test } from '@playwright/test';

import {
  appNeedsBuilding,
  findElectronRuntime,
  prepareElectronApp,
} from './support/electron-app.js';
import { createDemoInUi, runMemberReadsFlow } from './support/flow.js';
import { findPhrase, highlightPhrase, uniqueNote } from './support/materials.js';
import { repoRoot } from './support/paths.js';
import { listFiles, scanFiles } from './support/scan.js';

// The same member flow in the desktop app, driven through Playwright's Electron support.
// Where the Electron runtime is not installed (it cannot be downloaded everywhere), the
// test is reported as skipped with the reason and how to supply the runtime.

test('the member flow runs in the Electron app', async () => {
  const runtime = await findElectronRuntime();
  if (!runtime.present) {
    console.log(`Electron test skipped: ${runtime.reason}\n${runtime.howTo}`);
    test.skip(
      true,
      `${runtime.reason}; supply it from a mirror, a cache folder or ` +
        'ELECTRON_OVERRIDE_DIST_PATH (see scripts/electron-runtime.mjs, npm start prints how)',
    );
    return;
  }

  // Building main or the native module happens at most once per checkout.
  if (appNeedsBuilding()) test.setTimeout(10 * 60_000);
  const buildFailure = prepareElectronApp();
  expect(buildFailure, 'the Electron app builds').toBeNull();

  // userData (and so the profile, the logs and Chromium's own files) goes into a temp
  // folder: --user-data-dir where Electron honours it, XDG_CONFIG_HOME on Linux regardless.
  const root = mkdtempSync(join(tmpdir(), 'yishi-e2e-electron-'));
  const userData = join(root, 'user-data');
  const appTmp = join(root, 'tmp');
  mkdirSync(appTmp);

  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  Object.assign(env, { XDG_CONFIG_HOME: join(root, 'config'), TMPDIR: appTmp });

  // Chromium will not start its sandbox as root (CI runs as root).
  const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

  // `.` is how `npm start` runs it: package.json's main is dist-electron/main.cjs, and the
  // app finds dist/renderer and native/ from its app path, the repository.
  const app = await electron.launch({
    executablePath: runtime.executable,
    args: ['.', `--user-data-dir=${userData}`, ...asRoot],
    cwd: repoRoot,
    env,
  });

  const passphrase = `议事口令-${randomBytes(6).toString('hex')}`;
  const note = uniqueNote();

  try {
    const page = await app.firstWindow();

    // A fresh userData has no profile: the app offers the demo committee.
    await createDemoInUi(page, passphrase);
    await page.getByTestId('lock-button').click();

    await runMemberReadsFlow(page, { passphrase, note });
  } finally {
    await app.close();
  }

  try {
    const files = listFiles(root);
    expect(files.map((file) => basename(file))).toContain('profile.json');

    const needles = [findPhrase, highlightPhrase, note, passphrase].map((text) => ({
      label: text,
      text,
    }));
    const hits = scanFiles(files, needles).map(
      (hit) => `${relative(root, hit.file)}: ${hit.needle}`,
    );
    expect(hits, 'no plaintext under the app data folder').toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
