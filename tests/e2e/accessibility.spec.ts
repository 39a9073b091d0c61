import { join } from 'node:path';

import { expect, test } from './fixtures.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { openDemoMeeting, openMaterial, unlock } from './support/flow.js';
import { message } from './support/i18n.js';
import { findPhrase, readerPdf } from './support/materials.js';
import { rootFontSizePx } from './support/page-probes.js';

// No serious or critical axe-core finding on any screen a member sees, a large-text mode of
// at least 150 %, and Chinese first with English one switch away.

test('every screen passes axe-core without serious or critical findings', async ({
  page,
  shell,
  demoProfile,
  startShell,
}) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'unlock');

  await page.getByTestId('unlock-passphrase').fill('不是这个口令');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('unlock-error')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'unlock, wrong passphrase');

  await unlock(page, demoProfile.passphrase, { wrongFirst: false });
  await expectNoSeriousA11yViolations(page, 'meeting list');

  await openDemoMeeting(page);
  await expectNoSeriousA11yViolations(page, 'meeting');

  await openMaterial(page, readerPdf);
  await page.getByTestId('find-input').fill(findPhrase);
  await expect(page.getByTestId('find-hit-current').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'reader');

  await page.getByTestId('add-page-note').click();
  await expect(page.getByTestId('annotation-dialog')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'reader, note dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('annotation-dialog')).toBeHidden();

  // A folder with no profile yet: the app offers to create the demo committee.
  const empty = await startShell(join(demoProfile.runDir, 'empty-profile'));
  await page.goto(empty.url);
  await expect(page.getByRole('heading', { name: message('zh-CN', 'demo.title') })).toBeVisible();
  await expect(page.getByTestId('create-passphrase')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'create demo');
});

test('large text enlarges the whole interface by at least 150 %', async ({
  page,
  shell,
  demoProfile,
}) => {
  await page.goto(shell.url);
  await unlock(page, demoProfile.passphrase, { wrongFirst: false });

  const toggle = page.getByTestId('large-text-toggle');
  const normal = await rootFontSizePx(page);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const large = await rootFontSizePx(page);
  expect(large / normal).toBeGreaterThanOrEqual(1.5);
  expect(large).toBeGreaterThanOrEqual(24);
  await expectNoSeriousA11yViolations(page, 'meeting list, large text');

  await openDemoMeeting(page);
  await openMaterial(page, readerPdf);
  await expectNoSeriousA11yViolations(page, 'reader, large text');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await rootFontSizePx(page)).toBe(normal);
});

test('the language switches to English and back to Chinese', async ({
  page,
  shell,
  demoProfile,
}) => {
  await page.goto(shell.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await unlock(page, demoProfile.passphrase, { wrongFirst: false });

  const heading = page.getByRole('heading', { level: 1 });
  const language = page.getByTestId('language-select');
  await expect(heading).toHaveText(message('zh-CN', 'meetings.title'));

  await language.selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(heading).toHaveText(message('en', 'meetings.title'));
  await expect(page.getByTestId('lock-button')).toHaveText(message('en', 'topBar.lock'));
  await expectNoSeriousA11yViolations(page, 'meeting list, English');

  await language.selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(heading).toHaveText(message('zh-CN', 'meetings.title'));
  await expect(page.getByTestId('lock-button')).toHaveText(message('zh-CN', 'topBar.lock'));
});
