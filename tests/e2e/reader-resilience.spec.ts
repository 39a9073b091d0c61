import { expect, test } from './fixtures.js';
import { openDemoMeeting, openMaterial, unlock } from './support/flow.js';
import { message } from './support/i18n.js';
import { readerLawText, readerPdf, uniqueNote } from './support/materials.js';

// The renderer when things go wrong or the room is tight: a save that fails, a shell that
// stops, a passphrase left empty or tried too often, large text in a small window.

test('a failed annotation save is shown in the dialog, which keeps the typed note', async ({
  page,
  shell,
  demoProfile,
}) => {
  await page.goto(shell.url);
  await unlock(page, demoProfile.passphrase, { wrongFirst: false });
  await openDemoMeeting(page);
  await openMaterial(page, readerPdf);

  await page.getByTestId('add-page-note').click();
  const dialog = page.getByTestId('annotation-dialog');
  const note = uniqueNote();
  await page.getByTestId('annotation-note-input').fill(note);

  // The disk fills up just as the member saves: main answers disk.full.
  await page.route('**/api/invoke', async (route) => {
    if (route.request().headers()['x-yishi-method'] !== 'annotation.create') {
      return route.continue();
    }
    const body = JSON.stringify({ ok: false, error: { code: 'disk.full' } });
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  await page.getByTestId('annotation-save').click();

  await expect(dialog.getByRole('alert')).toHaveText(message('zh-CN', 'errors.disk.full'));
  await expect(page.getByTestId('annotation-note-input')).toHaveValue(note);
  await expect(page.getByTestId('annotation-error')).toHaveCount(0);

  // Space is freed; saving again works and the note reaches the list.
  await page.unroute('**/api/invoke');
  await page.getByTestId('annotation-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('annotation-note')).toHaveText([note]);
});

test('a stopped shell clears the agenda and the page says how to get back', async ({
  page,
  shell,
  demoProfile,
}) => {
  await page.goto(shell.url);
  await unlock(page, demoProfile.passphrase, { wrongFirst: false });
  await openDemoMeeting(page);
  await expect(page.getByTestId('agenda')).toContainText(readerPdf.title);

  await shell.stop();

  const lost = page.getByTestId('connection-lost');
  await expect(lost).toHaveAttribute('data-loss', 'unreachable');
  await expect(lost).toContainText(message('zh-CN', 'connection.unreachable'));
  await expect(page.getByTestId('agenda')).toHaveCount(0);
  await expect(page.getByTestId('user-name')).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toContain(readerPdf.title);

  // Still gone: trying again leaves the message in place.
  await page.getByTestId('connection-retry').click();
  await expect(lost).toHaveAttribute('data-loss', 'unreachable');
});

test('a page without the launch token says to open the address printed at start', async ({
  page,
  demoProfile,
  startShell,
}) => {
  // The member opens the shell's address from memory or a bookmark, without the token the
  // launch printed after '#' (a tab from an earlier launch is in the same position).
  const shell = await startShell(demoProfile.profileDir);
  await page.goto(new URL(shell.url).origin);

  const lost = page.getByTestId('connection-lost');
  await expect(lost).toHaveAttribute('data-loss', 'staleToken');
  await expect(lost).toContainText(message('zh-CN', 'connection.staleToken'));
  await expect(page.getByTestId('connection-retry')).toHaveCount(0);

  // Pasting the printed address into the same tab works, though only its fragment differs.
  await page.goto(shell.url);
  await unlock(page, demoProfile.passphrase, { wrongFirst: false });
});

test('the unlock form asks for an empty passphrase and counts down a wait', async ({
  page,
  shell,
  demoProfile,
}) => {
  await page.goto(shell.url);
  const field = page.getByTestId('unlock-passphrase');
  const submit = page.getByTestId('unlock-submit');

  await submit.click();
  await expect(page.getByTestId('unlock-error')).toHaveText(message('zh-CN', 'unlock.empty'));
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('maxlength', '1024');

  // The first wrong passphrases cost nothing; then main names a growing wait, which the
  // form counts down with the button disabled.
  const countdown = page.getByTestId('unlock-countdown');
  for (let attempt = 1; (await countdown.count()) === 0; attempt += 1) {
    expect(attempt, 'main asks for a wait after a few wrong passphrases').toBeLessThan(6);
    await field.fill(`${demoProfile.passphrase}-错${attempt}`);
    await submit.click();
    await expect(page.getByTestId('unlock-error')).toHaveText(
      message('zh-CN', 'errors.profile.wrongPassphrase'),
    );
    await expect(submit).toHaveText(message('zh-CN', 'unlock.submit'));
  }
  const retryIn = message('zh-CN', 'unlock.retryIn').replace('{{count}}', '\\d+');
  await expect(countdown).toHaveText(new RegExp(`^${retryIn}$`));
  await expect(submit).toBeDisabled();

  await expect(page.getByTestId('unlock-countdown')).toHaveCount(0);
  await expect(submit).toBeEnabled();
  await field.fill(demoProfile.passphrase);
  await submit.click();
  await expect(page.getByTestId('meeting-list')).toBeVisible();
});

test('large text in a 1024×768 window keeps the page in view', async ({
  page,
  shell,
  demoProfile,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(shell.url);
  await unlock(page, demoProfile.passphrase, { wrongFirst: false });
  await page.getByTestId('large-text-toggle').click();
  await openDemoMeeting(page);

  // A text material is labelled plainly 文本, whether current law or draft.
  const lawRow = page.locator(`[data-testid="material-item"][data-file-name="jianduFa_2006.md"]`);
  await expect(lawRow.locator('.material-facts')).toContainText(
    message('zh-CN', 'material.kind.text'),
  );
  await expect(lawRow).not.toContainText('文本草案');

  await openMaterial(page, readerLawText);
  await expect(page.getByTestId('reader-screen')).toHaveAttribute('data-layout', 'compact');

  const pages = await page.getByTestId('reader-pages').boundingBox();
  expect(pages?.height ?? 0).toBeGreaterThan(768 / 2);

  // The folded tools are one press away.
  const thumbnails = page.getByTestId('toggle-thumbnails');
  await expect(thumbnails).toBeHidden();
  await page.getByTestId('more-tools').click();
  await expect(page.getByTestId('more-tools')).toHaveAttribute('aria-expanded', 'true');
  await expect(thumbnails).toBeVisible();
  await expect(page.getByTestId('toggle-annotations')).toHaveAttribute('aria-pressed', 'false');
});
