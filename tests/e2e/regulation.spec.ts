import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Locator, Page } from '@playwright/test';

import {
  compareRegulations,
  parseRegulation,
  type ArticleChange,
} from '../../core/regulation/index.js';
import { realdataDir } from '../integration/realdata.js';
import { expect, test } from './fixtures.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { openDemoMeeting, unlock } from './support/flow.js';
import { formatMessage, message } from './support/i18n.js';
import { demoMaterial } from './support/materials.js';
import { editDraft } from '../unit/regulation-edits.js';
import {
  compareDemoTexts,
  pdfPageTexts,
  pngPixels,
  substituteDemoPair,
} from './support/regulation-view.js';
import { countWatermarkPixels } from './support/watermark-pixels.js';

// 条文对照 in the browser shell: a member opens the 监督法 draft beside the law it revises,
// checks the change counts, filters to the changes and steps through them by keyboard,
// comments on an article, finds the comment in the 意见汇总, and exports the table as a
// PDF whose text is read back with pdf.js.

const base = demoMaterial('jianduFa_2006.md');
const draft = demoMaterial('jianduFa_2024.md');
const comparison = compareDemoTexts(base.fileName, draft.fileName);

// Read from the two texts: 2024 第一条 adds this clause to 2006 第一条.
const insertedPhrase = '坚持好、完善好、运行好人民代表大会制度';
// 2024 第十三条 (2006 第十条) gains a third paragraph; the member comments on it.
const commentedArticle = 13;
const commentedParagraph = '第三款';
// The demo's comment on 2006 第四条 travels to 2024 第八条, which only renumbers it.
const carriedTo = { newNumber: 8, oldNumber: 4 };

const quiet: ReadonlySet<ArticleChange> = new Set(['unchanged', 'renumbered']);

test('a member compares the draft with the current law, comments and exports the table', async ({
  page,
  shell,
  demoProfile,
}) => {
  await page.goto(shell.url);
  await unlock(page, demoProfile.passphrase, { wrongFirst: false });
  await openDemoMeeting(page);
  await openComparison(page);

  await expectCountsOfTheCore(page);
  await expectWatermarkBehindTheTable(page);
  await expectCarriedComment(page);
  await filterAndStepThroughChanges(page);

  const note = `建议明确专题调查研究报告的印发时限（核对号 ${Date.now().toString(36)}）`;
  await commentOnArticle(page, note);
  await expectCommentInSummary(page, note);

  await page.getByTestId('tab-table').click();
  await exportAndReadPdf(page);

  await expectNoSeriousA11yViolations(page, '条文对照');
  await expectUsableWithLargeText(page);
});

// The 民法典 (1,260 articles) against a copy edited in 50 places, in place of the demo pair:
// the table fills a slice at a time while the member already works. Stepping back from the
// top lands on the last change, far down the law, before or after the table is complete.
test('the whole 民法典 against a 50-edit copy: counts, and stepping to its last change', async ({
  page,
  shell,
  demoProfile,
}) => {
  const oldText = readFileSync(join(realdataDir, 'laws', 'minfadian_full.md'), 'utf8');
  const newText = editDraft(oldText).text;
  const civil = compareRegulations(parseRegulation(oldText), parseRegulation(newText));
  await substituteDemoPair(page, {
    oldFile: base.fileName,
    oldText,
    newFile: draft.fileName,
    newText,
  });

  await page.goto(shell.url);
  await unlock(page, demoProfile.passphrase, { wrongFirst: false });
  await openDemoMeeting(page);
  await openComparison(page);

  await test.step('step back to the last change of the law', async () => {
    const last = [...civil.articles].reverse().find((row) => !quiet.has(row.change));
    await page.getByTestId('comparison-scroll').focus();
    await page.keyboard.press('p');

    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-new-number', String(last?.new?.number ?? ''));
    await expect(focused).toHaveAttribute('data-old-number', String(last?.old?.number ?? ''));
    await expect(focused).toBeInViewport();
  });

  await test.step('the table completes with the counts of the core', async () => {
    await expect(page.getByTestId('comparison-table')).toHaveAttribute('data-complete', 'true');
    await expect(page.getByTestId('article-row')).toHaveCount(civil.articles.length);
    for (const [change, count] of Object.entries(civil.summary)) {
      await expect(
        page.getByTestId('change-summary').locator(`li[data-change="${change}"]`),
      ).toHaveAttribute('data-count', String(count));
    }
  });

  await test.step('comments on provisions in neither text are kept, not dropped', async () => {
    await expect(page.locator('.elsewhere-comments [data-testid="row-comment"]')).toHaveCount(7);
  });
});

async function openComparison(page: Page): Promise<void> {
  await test.step('open the comparison from the agenda', async () => {
    const row = page.locator(`[data-testid="material-item"][data-file-name="${draft.fileName}"]`);
    await expect(row).toContainText(draft.title);
    // The current law revises nothing: it offers no comparison.
    const baseRow = page.locator(
      `[data-testid="material-item"][data-file-name="${base.fileName}"]`,
    );
    await expect(baseRow.getByTestId('material-compare')).toHaveCount(0);

    await row.getByTestId('material-compare').click();
    await expect(page.getByTestId('comparison-screen')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      formatMessage('zh-CN', 'regulation.title', { title: draft.title }),
    );
  });
}

async function expectCountsOfTheCore(page: Page): Promise<void> {
  await test.step('the counts are those of compareRegulations on the same texts', async () => {
    const summary = page.getByTestId('change-summary');

    for (const [change, count] of Object.entries(comparison.summary)) {
      const item = summary.locator(`li[data-change="${change}"]`);
      await expect(item).toHaveAttribute('data-count', String(count));
      await expect(item).toContainText(message('zh-CN', `regulation.change.${change}`));
      await expect(item.locator('.summary-count')).toHaveText(String(count));
    }

    await expect(page.getByTestId('article-row')).toHaveCount(comparison.articles.length);
    await expect(page.getByTestId('heading-row')).toHaveCount(comparison.headings.length);

    const headingChanges = comparison.headings.filter((row) => row.change === 'modified').length;
    await expect(page.getByTestId('heading-change-count')).toHaveAttribute(
      'data-count',
      String(headingChanges),
    );
  });
}

async function expectWatermarkBehindTheTable(page: Page): Promise<void> {
  await test.step('the watermark is in the pixels behind the rows', async () => {
    const viewport = page.locator('.comparison-viewport');
    const pixels = await pngPixels(await viewport.screenshot());
    const marked = countWatermarkPixels(pixels);
    const share = marked / (pixels.width * pixels.height);

    expect(share, `${marked} watermark pixels in ${pixels.width}×${pixels.height}`).toBeGreaterThan(
      0.003,
    );
  });
}

async function expectCarriedComment(page: Page): Promise<void> {
  await test.step('a comment on the current law is shown on the article it became', async () => {
    const row = articleRow(page, carriedTo.newNumber);
    await expect(row).toHaveAttribute('data-change', 'renumbered');
    await expect(row).toHaveAttribute('data-old-number', String(carriedTo.oldNumber));

    const carried = row.getByTestId('comment-carried');
    await expect(carried).toHaveText(
      formatMessage('zh-CN', 'regulation.comment.carried', { articles: '第四条' }),
    );
  });
}

async function filterAndStepThroughChanges(page: Page): Promise<void> {
  await test.step('filter to the changes and step through them by keyboard', async () => {
    const changedArticles = comparison.articles.filter((row) => !quiet.has(row.change));

    await page.getByTestId('changes-only').click();
    await expect(page.getByTestId('changes-only')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('article-row')).toHaveCount(changedArticles.length);
    for (const change of quiet) {
      await expect(
        page.locator(`[data-testid="article-row"][data-change="${change}"]`),
      ).toHaveCount(0);
    }

    const stops = page.locator('tr[data-substantive="true"]');
    const keys = await stops.evaluateAll((rows) => rows.map((row) => row.dataset['rowKey'] ?? ''));
    expect(keys.length).toBeGreaterThan(3);

    // The first change of the 监督法 draft is its 第一条.
    await page.getByTestId('comparison-scroll').focus();
    await page.keyboard.press('n');
    await expect(page.locator(':focus')).toHaveAttribute('data-row-key', keys[0] ?? '');
    await expect(page.locator(':focus')).toHaveAttribute('data-new-number', '1');
    await expect(page.locator(':focus')).toHaveAttribute('data-change', 'modified');

    await page.keyboard.press('j');
    await page.keyboard.press('n');
    const third = page.locator(':focus');
    await expect(third).toHaveAttribute('data-row-key', keys[2] ?? '');
    await expect(third).toBeInViewport();
    await expect(page.getByTestId('change-position')).toHaveText(
      formatMessage('zh-CN', 'regulation.position', { index: 3, total: keys.length }),
    );

    await page.keyboard.press('k');
    await expect(page.locator(':focus')).toHaveAttribute('data-row-key', keys[1] ?? '');
    await page.getByTestId('next-change').click();
    await expect(page.locator(':focus')).toHaveAttribute('data-row-key', keys[2] ?? '');
  });
}

async function commentOnArticle(page: Page, note: string): Promise<void> {
  await test.step(`comment on 第十三条 第三款`, async () => {
    const row = articleRow(page, commentedArticle);
    await row.getByTestId('comment-add').click();

    const dialog = page.getByTestId('comment-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading')).toContainText('第十三条');
    await expect(dialog.getByTestId('comment-text')).toBeFocused();

    await dialog.getByTestId('comment-paragraph').selectOption({ label: commentedParagraph });
    await dialog.getByTestId('comment-text').fill(note);
    await dialog.getByTestId('comment-submit').click();
    await expect(dialog).toBeHidden();

    const comment = row.getByTestId('row-comment').filter({ hasText: note });
    await expect(comment).toBeVisible();
    await expect(comment).toContainText(commentedParagraph);
    await expect(comment).toContainText('李明华');
  });
}

async function expectCommentInSummary(page: Page, note: string): Promise<void> {
  await test.step('the comment is in the 意见汇总 under its article, and exports', async () => {
    await page.getByTestId('tab-summary').click();

    const group = page.locator(
      `[data-testid="summary-group"][data-article-number="${commentedArticle}"]`,
    );
    await expect(group.getByRole('heading')).toContainText('第十三条');
    await expect(group.getByTestId('summary-comment').filter({ hasText: note })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '意见汇总');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('comment-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const markdown = readFileSync((await download.path()) ?? '', 'utf8');
    expect(markdown).toContain(note);
    expect(markdown).toContain('第十三条');
  });
}

async function exportAndReadPdf(page: Page): Promise<void> {
  await test.step('export the table as PDF and read its text with pdf.js', async () => {
    const insertedInFirst = comparison.articles[0]?.diff.some(
      (op) => op.op === 'insert' && op.text.includes(insertedPhrase),
    );
    expect(insertedInFirst, 'the draft inserts the phrase into 第一条').toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('export-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^条文对照表-.*\.pdf$/);

    const bytes = new Uint8Array(readFileSync((await download.path()) ?? ''));
    expect(new TextDecoder('latin1').decode(bytes.slice(0, 5))).toBe('%PDF-');

    const pages = await pdfPageTexts(bytes);
    const title = formatMessage('zh-CN', 'regulation.pdf.title', { title: draft.title });
    expect(pages[0]).toContain(title.replace(/\s+/gu, ''));
    expect(pages.join('')).toContain(insertedPhrase);
    expect(pages[0]).toContain('李明华');
    const lastPage = formatMessage('zh-CN', 'regulation.pdf.pageNumber', {
      page: pages.length,
      total: pages.length,
    });
    expect(pages[pages.length - 1]).toContain(lastPage.replace(/\s+/gu, ''));
  });
}

async function expectUsableWithLargeText(page: Page): Promise<void> {
  await test.step('large text keeps the table readable and the tools reachable', async () => {
    await page.getByTestId('large-text-toggle').click();
    await expect(page.locator('html')).toHaveClass(/large-text/);

    const scroll = page.getByTestId('comparison-scroll');
    const overflow = await scroll.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(1);
    const height = (await scroll.boundingBox())?.height ?? 0;
    expect(height, 'the table keeps most of a window').toBeGreaterThan(400);
    await expect(page.getByTestId('next-change')).toBeVisible();
    await expect(page.getByTestId('export-pdf')).toBeVisible();

    await page.getByTestId('large-text-toggle').click();
  });
}

function articleRow(page: Page, newNumber: number): Locator {
  return page.locator(`[data-testid="article-row"][data-new-number="${newNumber}"]`).first();
}
