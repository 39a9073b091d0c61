import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { test as base, type Page } from '@playwright/test';

import { createDemoProfile, startWebShell, type RunningShell } from './support/cli.js';

// Each test gets its own run folder in the OS temp folder:
//   passphrase.txt   the member's passphrase (outside the profile, as a member would keep it)
//   profile/         the demo profile made by `yishi demo`
//   shell.log        everything `yishi web` printed, its log lines included
//   tmp/             the temp folder (TMPDIR) of every process the test starts
//   browser/         Chromium's profile, for tests that use privatePage
// The folder is removed only after the test body (the at-rest scan included) has finished.

export type DemoProfile = Readonly<{
  runDir: string;
  profileDir: string;
  passphrase: string;
  passphraseFile: string;
  shellLog: string;
  tmpDir: string;
}>;

type Fixtures = {
  demoProfile: DemoProfile;
  // Starts `yishi web` on any profile folder; every shell started is stopped after the test.
  startShell: (profileDir: string) => Promise<RunningShell>;
  // The browser shell on the demo profile.
  shell: RunningShell;
  // A page in a Chromium of its own whose profile and temp folder lie in the run folder, so
  // that everything the browser writes to disk can be scanned. Closing its context is final.
  privatePage: Page;
};

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from this pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  demoProfile: async ({}, use) => {
    const runDir = mkdtempSync(join(tmpdir(), 'yishi-e2e-'));
    const profileDir = join(runDir, 'profile');
    const passphraseFile = join(runDir, 'passphrase.txt');
    // Random per run, so the at-rest scan can look for it too.
    const passphrase = `议事口令-${randomBytes(6).toString('hex')}`;
    const tmpDir = join(runDir, 'tmp');

    mkdirSync(tmpDir);
    writeFileSync(passphraseFile, `${passphrase}\n`, { mode: 0o600 });
    await createDemoProfile(profileDir, passphraseFile, tmpDir);

    const shellLog = join(runDir, 'shell.log');
    await use({ runDir, profileDir, passphrase, passphraseFile, shellLog, tmpDir });

    rmSync(runDir, { recursive: true, force: true });
  },

  startShell: async ({ demoProfile }, use) => {
    const started: RunningShell[] = [];

    await use(async (profileDir) => {
      mkdirSync(profileDir, { recursive: true });
      const { shellLog, tmpDir } = demoProfile;
      const shell = await startWebShell(profileDir, { logFile: shellLog, tmpDir });
      started.push(shell);
      return shell;
    });

    await Promise.all(started.map((shell) => shell.stop()));
  },

  shell: async ({ demoProfile, startShell }, use) => {
    await use(await startShell(demoProfile.profileDir));
  },

  privatePage: async ({ playwright, launchOptions, locale, viewport, demoProfile }, use) => {
    const { runDir, tmpDir } = demoProfile;
    const context = await playwright.chromium.launchPersistentContext(join(runDir, 'browser'), {
      ...launchOptions,
      env: { ...process.env, TMPDIR: tmpDir, TMP: tmpDir, TEMP: tmpDir },
      locale,
      viewport,
    });

    await use(context.pages()[0] ?? (await context.newPage()));
    await context.close();
  },
});

export { expect } from '@playwright/test';
