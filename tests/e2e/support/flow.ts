import { expect, test, type Page } from '@playwright/test';

import { formatMessage, message } from './i18n.js';
import { findPhrase, highlightPhrase, readerPdf, type DemoMaterialRef } from './materials.js';
import { locatePhraseInTextLayer, readPageCanvas, scanForWatermarkOverlay } from './page-probes.js';
import { demoPdfPageTexts, renderDemoPdfRegion } from './pdf.js';
import { countWatermarkPixels } from './watermark-pixels.js';

// The member's main job, step by step, on any Page: the browser shell in Chromium and the
// Electron window run the same steps.

export type MemberFlow = Readonly<{ passphrase: string; note: string }>;

export async function runMemberReadsFlow(page: Page, flow: MemberFlow): Promise<void> {
  await unlock(page, flow.passphrase, { wrongFirst: true });
  await openDemoMeeting(page);
  await openMaterial(page, readerPdf);
  await findAndLand(page, readerPdf, findPhrase);
  await expectWatermarkInPixels(page, readerPdf);
  await highlightWithNote(page, highlightPhrase, flow.note);
  await closeAndReopen(page, readerPdf);
  await expectNoteListed(page, flow.note, highlightPhrase);
  await lockAndExpectContentGone(page, [findPhrase, highlightPhrase, readerPdf.title, flow.note]);
}

export async function unlock(
  page: Page,
  passphrase: string,
  options: Readonly<{ wrongFirst: boolean }>,
): Promise<void> {
  await test.step('unlock the profile', async () => {
    const field = page.getByTestId('unlock-passphrase');
    await expect(field).toBeVisible();

    if (options.wrongFirst) {
      await field.fill(`${passphrase}-错`);
      await page.getByTestId('unlock-submit').click();

      const error = page.getByTestId('unlock-error');
      await expect(error).toHaveText(message('zh-CN', 'errors.profile.wrongPassphrase'));
      await expect(error).toContainText('口令不正确');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    }

    await field.fill(passphrase);
    await page.getByTestId('unlock-submit').click();
    await expect(page.getByTestId('meeting-list')).toBeVisible();
  });
}

/** The create-demo screen of an empty profile, filled in as a member would. */
export async function createDemoInUi(page: Page, passphrase: string): Promise<void> {
  await test.step('create the demo committee', async () => {
    await expect(page.getByRole('heading', { name: message('zh-CN', 'demo.title') })).toBeVisible();
    await page.getByTestId('create-passphrase').fill(passphrase);
    await page.getByTestId('create-confirm').fill(passphrase);
    await page.getByTestId('create-submit').click();
    await expect(page.getByTestId('meeting-list')).toBeVisible({ timeout: 60_000 });
  });
}

export async function openDemoMeeting(page: Page): Promise<void> {
  await test.step('open the meeting', async () => {
    const meetings = page.getByTestId('meeting-item');
    await expect(meetings).toHaveCount(1);
    await meetings.getByTestId('open-meeting').click();
    await expect(page.getByTestId('agenda-item').first()).toBeVisible();
  });
}

export async function openMaterial(page: Page, material: DemoMaterialRef): Promise<void> {
  await test.step(`open ${material.fileName}`, async () => {
    const row = page.locator(
      `[data-testid="material-item"][data-file-name="${material.fileName}"]`,
    );
    await expect(row).toContainText(material.title);
    await row.getByTestId('material-open').click();
    await expectReaderReady(page, material);
  });
}

async function expectReaderReady(page: Page, material: DemoMaterialRef): Promise<void> {
  await expect(page.getByTestId('reader-screen')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(material.title);
  await expect(renderedCanvas(page, 1)).toBeVisible();
  await expect(textLayer(page, 1)).not.toBeEmpty();
}

/**
 * Zooms in and scrolls to the foot of the document so the phrase is out of sight, then
 * searches: the reader must bring the match on the right page into view and mark it.
 */
export async function findAndLand(
  page: Page,
  material: DemoMaterialRef,
  phrase: string,
): Promise<void> {
  await test.step(`find "${phrase}" and land on it`, async () => {
    const pageTexts = await demoPdfPageTexts(material.fileName);
    const expectedPage = pageTexts.findIndex((text) => text.includes(phrase)) + 1;
    const expectedCount = pageTexts.reduce((sum, text) => sum + text.split(phrase).length - 1, 0);
    expect(expectedPage, `"${phrase}" occurs in ${material.fileName}`).toBeGreaterThan(0);

    await scrollPhraseOutOfSight(page, expectedPage, phrase);

    await page.getByTestId('find-input').fill(phrase);
    const status = page.getByTestId('find-status');
    await expect(status).toHaveAttribute('data-state', 'done');
    await expect(status).toHaveAttribute('data-count', String(expectedCount));
    // Searching from page 1, the first match is the current one.
    const position = { current: 1, total: expectedCount, page: expectedPage };
    await expect(status).toHaveText(formatMessage('zh-CN', 'find.position', position));

    const hit = page.getByTestId('find-hit-current');
    const onPage = page.locator(`[data-page-number="${expectedPage}"] [data-testid="text-layer"]`);
    await expect(onPage.getByTestId('find-hit-current').first()).toBeInViewport();
    expect((await hit.allTextContents()).join('')).toBe(phrase);
    await expect(page.getByTestId('page-input')).toHaveValue(String(expectedPage));
  });
}

async function scrollPhraseOutOfSight(page: Page, pageNumber: number, phrase: string) {
  const reader = page.getByTestId('reader');
  const pages = page.getByTestId('reader-pages');
  const pageBox = page.locator(`[data-page-number="${pageNumber}"]`);

  // Large enough that the page is taller than the scrolling area.
  for (let clicks = 0; clicks < 8; clicks += 1) {
    const [pageHeight, areaHeight] = [await heightOf(pageBox), await heightOf(pages)];
    if (pageHeight > areaHeight * 1.6) break;

    const before = await reader.getAttribute('data-scale');
    await page.getByTestId('zoom-in').click();
    await expect(reader).not.toHaveAttribute('data-scale', before ?? '');
  }

  const scale = await reader.getAttribute('data-scale');
  await expect(renderedCanvas(page, pageNumber)).toHaveAttribute(
    'data-rendered-scale',
    scale ?? '',
  );

  const phraseSpan = textLayer(page, pageNumber).locator('span', { hasText: phrase }).first();
  await pages.hover();
  await expect(async () => {
    await page.mouse.wheel(0, 4000);
    await expect(phraseSpan).not.toBeInViewport({ timeout: 1000 });
  }).toPass();
}

async function heightOf(locator: ReturnType<Page['locator']>): Promise<number> {
  return (await locator.boundingBox())?.height ?? 0;
}

/**
 * The watermark is in the canvas pixels: the foot of the page, blank in the PDF itself, is
 * full of watermark-tinted pixels. The same region of the page rendered without the
 * watermark holds none, and the DOM has no separate watermark element or text.
 */
export async function expectWatermarkInPixels(
  page: Page,
  material: DemoMaterialRef,
): Promise<void> {
  await test.step('the watermark is drawn into the canvas pixels', async () => {
    const foot = 0.75;
    const unmarked = await renderDemoPdfRegion(material.fileName, 1, foot);
    expect(countWatermarkPixels(unmarked), 'the PDF alone has no watermark tint there').toBe(0);

    const region = await readPageCanvas(page, 1, foot);
    const marked = countWatermarkPixels(region);
    const share = marked / (region.width * region.height);
    expect(share, `${marked} watermark pixels in ${region.width}×${region.height}`).toBeGreaterThan(
      0.003,
    );

    const overlay = await scanForWatermarkOverlay(page);
    expect(overlay.namedWatermarkElements).toBe(0);
    expect(overlay.traceIdInText).toBe(false);
  });
}

/** Leaves the reader for another material, a law text the reader lays out itself. */
export async function readTextMaterial(
  page: Page,
  material: DemoMaterialRef,
  phrase: string,
): Promise<void> {
  await test.step(`read ${material.fileName} and find "${phrase}"`, async () => {
    await page.getByTestId('reader-back').click();
    await openMaterial(page, material);

    await page.getByTestId('find-input').fill(phrase);
    await expect(page.getByTestId('find-status')).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('find-hit-current').first()).toBeInViewport();
  });
}

export async function highlightWithNote(page: Page, phrase: string, note: string): Promise<void> {
  await test.step(`highlight "${phrase}" with a note`, async () => {
    // Leaving find restores the text layer to plain spans.
    await page.getByTestId('find-input').fill('');
    await expect(page.getByTestId('find-hit-current')).toHaveCount(0);

    const { first, last } = await locatePhraseInTextLayer(page, 1, phrase);
    const y = (box: typeof first): number => box.top + box.height / 2;
    await page.mouse.move(first.left + 1, y(first));
    await page.mouse.down();
    await page.mouse.move(last.left + last.width - 1, y(last), { steps: 8 });
    await page.mouse.up();

    const highlight = page.getByTestId('highlight-button');
    await expect(highlight).toBeEnabled();
    await highlight.click();

    const dialog = page.getByTestId('annotation-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('blockquote')).toContainText(phrase);
    await dialog.getByTestId('annotation-note-input').fill(note);
    await dialog.getByTestId('annotation-save').click();
    await expect(dialog).toBeHidden();

    await expect(annotationWithNote(page, note)).toBeVisible();
    await expect(
      page.locator('[data-page-number="1"] [data-testid="highlight-mark"]').first(),
    ).toBeVisible();
  });
}

export async function closeAndReopen(page: Page, material: DemoMaterialRef): Promise<void> {
  await test.step('close the material and open it again', async () => {
    await page.getByTestId('reader-back').click();
    await expect(page.getByTestId('reader-screen')).toHaveCount(0);
    await expect(page.locator('canvas')).toHaveCount(0);

    await openMaterial(page, material);
  });
}

export async function expectNoteListed(page: Page, note: string, quote: string): Promise<void> {
  await test.step('the note is in the annotation list again', async () => {
    const item = annotationWithNote(page, note);
    await expect(item).toBeVisible();
    await expect(item).toHaveAttribute('data-kind', 'highlight');
    await expect(item).toHaveAttribute('data-page', '1');
    await expect(item.locator('blockquote')).toContainText(quote);

    await item.getByTestId('annotation-jump').click();
    await expect(item).toHaveClass(/selected/);
    await expect(page.locator('[data-testid="highlight-mark"].selected').first()).toBeInViewport();
  });
}

/** Locks by hand: the unlock screen returns and nothing of the document stays in the page. */
export async function lockAndExpectContentGone(page: Page, secrets: readonly string[]) {
  await test.step('lock, and the content is gone', async () => {
    await page.getByTestId('lock-button').click();

    await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
    await expect(page.getByTestId('lock-reason')).toBeVisible();
    await expect(page.locator('canvas')).toHaveCount(0);
    await expect(page.getByTestId('text-layer')).toHaveCount(0);
    await expect(page.getByTestId('annotation-item')).toHaveCount(0);

    const shown = await page.locator('body').innerText();
    const markup = await page.content();
    for (const secret of secrets) {
      expect(shown, `"${secret}" still shown after locking`).not.toContain(secret);
      expect(markup, `"${secret}" still in the DOM after locking`).not.toContain(secret);
    }
  });
}

function renderedCanvas(page: Page, pageNumber: number) {
  return page.locator(
    `[data-testid="page-canvas"][data-page="${pageNumber}"][data-rendered="true"]`,
  );
}

function textLayer(page: Page, pageNumber: number) {
  return page.locator(`[data-testid="text-layer"][data-page="${pageNumber}"]`);
}

function annotationWithNote(page: Page, note: string) {
  return page.getByTestId('annotation-item').filter({
    has: page.getByTestId('annotation-note').getByText(note, { exact: true }),
  });
}
