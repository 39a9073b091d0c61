// `node scripts/screenshots.mjs`: regenerates the README's screenshots from a fresh demo
// profile in the browser shell (needs `npm run build:renderer` and Debian's chromium).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import { repoRoot } from './build.mjs';

const PASSPHRASE = '清和市演示口令2026';
const out = join(repoRoot, 'docs', 'screenshots');
const work = mkdtempSync(join(tmpdir(), 'yishi-shots-'));
const profile = join(work, 'profile');
const passphraseFile = join(work, 'passphrase');
const yishi = join(repoRoot, 'bin', 'yishi.mjs');

writeFileSync(passphraseFile, PASSPHRASE + '\n', { mode: 0o600 });
const demo = spawnSync(
  process.execPath,
  [yishi, 'demo', '--profile', profile, '--passphrase-file', passphraseFile],
  { stdio: 'inherit' },
);
if (demo.status !== 0) process.exit(demo.status ?? 1);

const shell = spawn(process.execPath, [yishi, 'web', '--profile', profile, '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve) => {
  shell.stdout.on('data', (chunk) => {
    const match = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(String(chunk));
    if (match) resolve(match[0]);
  });
});

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await page.goto(url);
  await page.getByTestId('unlock-passphrase').waitFor();
  await page.screenshot({ path: join(out, 'unlock.png') });

  await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
  await page.getByTestId('unlock-submit').click();
  await page.getByTestId('open-meeting').first().click();
  await page.getByTestId('agenda').waitFor();
  await page.screenshot({ path: join(out, 'meeting.png') });

  const material = page.locator('[data-testid=material-item][data-file-name="issue19360.pdf"]');
  await material.getByTestId('material-open').click();
  await page.locator('[data-testid=page-canvas][data-page="1"][data-rendered=true]').waitFor();
  await page.screenshot({ path: join(out, 'reader.png') });

  await page.getByTestId('find-input').fill('文化自信');
  await page.getByTestId('find-input').press('Enter');
  await page.getByTestId('find-hit-current').first().waitFor();
  await page.getByTestId('toggle-annotations').click();
  await page.screenshot({ path: join(out, 'notes.png') });
} finally {
  await browser.close();
  shell.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
console.log(`screenshots written to ${out}`);
