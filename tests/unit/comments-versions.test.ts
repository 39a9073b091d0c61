import { describe, expect, it } from 'vitest';

import {
  compareRegulations,
  parseChineseNumber,
  parseRegulation,
  toChineseNumeral,
} from '../../core/regulation/index.js';
import { listComments } from '../../main/services/comments/service.js';
import { importMaterial } from '../../main/services/materials/import.js';
import { readRealBytes } from '../integration/realdata.js';
import {
  articleOf,
  commentOn,
  contextOf,
  importText,
  law2006,
  law2024,
  paragraphOf,
} from './comments-fixture.js';
import { openServiceFixture, unwrap } from './services-fixture.js';

const at = (hour: number) => new Date(Date.UTC(2025, 2, 12, hour));

// A third draft: the 2024 text with a new 第二条, every later article one number up.
const NEW_SECOND_ARTICLE =
  '第二条 本法所称监督，是指各级人民代表大会常务委员会依照宪法和法律对本级国家机关工作实施的监督。';

function thirdDraft(text: string): string {
  const renumbered = text.split('\n').map((line) => {
    const label = /^第([〇零一二三四五六七八九十百]+)条 /.exec(line);
    const number = label?.[1] === undefined ? undefined : parseChineseNumber(label[1]);
    if (label === null || number === undefined || number < 2) return line;
    return `第${toChineseNumeral(number + 1)}条 ${line.slice(label[0].length)}`;
  });
  const second = renumbered.findIndex((line) => line.startsWith('第三条 '));
  renumbered.splice(second, 0, NEW_SECOND_ARTICLE, '');
  return renumbered.join('\n');
}

describe('drafts that revise earlier texts', () => {
  it('makes a re-imported text the next version, based on the one it replaces', async () => {
    const fixture = openServiceFixture();
    const first = await importText(fixture, law2006, 'jianduFa_2006.md', '监督法');
    const second = await importText(fixture, law2024, 'jianduFa_2024.md', '监督法');

    expect(first).toMatchObject({ version: 1, baseMaterialId: null });
    expect(second).toMatchObject({ version: 2, baseMaterialId: first.id });

    const owner = contextOf(fixture, fixture.owner);
    unwrap(commentOn(owner, first, law2006, { article: 36 }, '建议明确答复期限。', at(1)));
    expect(unwrap(listComments(owner, second.id))).toMatchObject([
      { articleNumber: 52, carriedFromMaterialId: first.id, text: '建议明确答复期限。' },
    ]);
  });

  it('gives a re-imported PDF no base: it has no articles to compare', async () => {
    const fixture = openServiceFixture();
    const importPdf = async (file: string) =>
      unwrap(
        await importMaterial(
          fixture.openDb,
          {
            agendaItemId: 'a-2',
            fileName: file,
            bytes: readRealBytes('pdfs', file),
            title: '学习材料',
            classification: 'public',
          },
          { personId: fixture.owner.person.id, importedAt: at(0).toISOString() },
        ),
      );

    await importPdf('issue19360.pdf');
    expect(await importPdf('file_pdfjs_test.pdf')).toMatchObject({
      version: 2,
      baseMaterialId: null,
    });
  });

  it('carries comments through two revisions: 第四条 → 第八条 → 第九条', async () => {
    const third = thirdDraft(law2024);
    const comparison = compareRegulations(parseRegulation(law2024), parseRegulation(third));
    expect(comparison.summary).toMatchObject({
      unchanged: 1,
      renumbered: 64,
      added: 1,
      modified: 0,
    });

    const fixture = openServiceFixture();
    const v1 = await importText(fixture, law2006, 'jianduFa_2006.md', '监督法');
    const v2 = await importText(fixture, law2024, 'jianduFa_2024.md', '监督法');
    const v3 = await importText(fixture, third, 'jianduFa_2025.md', '监督法');
    expect(v3).toMatchObject({ version: 3, baseMaterialId: v2.id });

    const owner = contextOf(fixture, fixture.owner);
    const colleague = contextOf(fixture, fixture.colleague);
    unwrap(commentOn(colleague, v1, law2006, { article: 4 }, '保留。', at(1)));
    unwrap(commentOn(colleague, v1, law2006, { article: 18 }, '增加债务审查。', at(2)));
    unwrap(commentOn(owner, v2, law2024, { article: 12, paragraph: 3 }, '每年报告。', at(3)));

    const newest = parseRegulation(third);
    expect(unwrap(listComments(owner, v3.id))).toMatchObject([
      {
        text: '保留。',
        provisionId: articleOf(newest, 9).id,
        articleNumber: 9,
        carriedFromMaterialId: v1.id,
      },
      {
        text: '每年报告。',
        provisionId: paragraphOf(articleOf(newest, 13), 3).id,
        articleNumber: 13,
        paragraph: 3,
        carriedFromMaterialId: v2.id,
      },
      {
        text: '增加债务审查。',
        provisionId: articleOf(parseRegulation(law2006), 18).id,
        articleNumber: 18,
        carriedFromMaterialId: v1.id,
      },
    ]);
  });
});
