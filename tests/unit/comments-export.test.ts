import { describe, expect, it } from 'vitest';

import { formatLocalDay, formatLocalMinute } from '../../core/local-time.js';
import { exportComments } from '../../main/services/comments/service.js';
import { setBaseMaterial } from '../../main/services/materials/repository.js';
import { commentOn, contextOf, importText, law2006, law2024 } from './comments-fixture.js';
import { openServiceFixture, unwrap } from './services-fixture.js';

const EXPORTED = new Date('2025-03-14T04:00:00.000Z');
const at = (hour: number) => new Date(Date.UTC(2025, 2, 12, hour));

async function commentedDraft(draftTitle: string) {
  const fixture = openServiceFixture();
  const current = await importText(fixture, law2006, 'jianduFa_2006.md', '监督法（现行法律）');
  const draft = await importText(fixture, law2024, 'jianduFa_2024.md', draftTitle);
  setBaseMaterial(fixture.db, draft.id, current.id);
  const owner = contextOf(fixture, fixture.owner);
  const colleague = contextOf(fixture, fixture.colleague);

  unwrap(commentOn(colleague, current, law2006, { article: 4 }, '建议保留本条原文。', at(1)));
  unwrap(commentOn(colleague, current, law2006, { article: 18 }, '建议增加债务审查。', at(2)));
  const lines = '赞成新增本款。\n# 不是标题\n1. 也不是列表';
  unwrap(commentOn(owner, draft, law2024, { article: 12, paragraph: 3 }, lines, at(3)));
  return { owner, draft };
}

describe('exporting the comments on a draft', () => {
  it('writes Markdown by article in reading order, quoting each article', async () => {
    const { owner, draft } = await commentedDraft('监督法（修订草案）');

    const file = unwrap(exportComments(owner, draft.id, EXPORTED));

    expect(file.fileName).toBe(`审议意见-监督法（修订草案）-${formatLocalDay(EXPORTED)}.md`);
    const lines = file.markdown.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '# 审议意见汇总：监督法（修订草案）（第 1 版）',
      '',
      '- 会议：第二十三次会议',
      '- 议程：1 监督法修订草案审议',
      '- 对照文本：监督法（现行法律）',
      `- 导出时间：${formatLocalMinute(EXPORTED)}`,
      '- 意见条数：3',
      '',
    ]);

    const headings = lines.filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## 第八条', '## 第十二条', '## 已删除的条文（原第十八条）']);

    const eighth = file.markdown.slice(file.markdown.indexOf('## 第八条'));
    expect(eighth).toContain(
      [
        '## 第八条',
        '',
        '> 各级人民代表大会常务委员会按照民主集中制的原则，集体行使监督职权。',
        '',
        '### 意见 1：王秀英',
        '',
        `- 时间：${formatLocalMinute(at(1))}`,
        '- 原提出于：监督法（现行法律）（第 1 版）第四条',
        '',
        '建议保留本条原文。',
      ].join('\n'),
    );
    // Each paragraph and item of the article is its own quoted line.
    expect(file.markdown).toContain(
      '> （六）社会普遍关注的其他问题。\n>\n> 人民政府、监察委员会、人民法院和人民检察院可以',
    );
    expect(file.markdown).toContain(
      ['- 针对：第三款', '', '赞成新增本款。', '\\# 不是标题', '1\\. 也不是列表'].join('\n'),
    );
    expect(file.markdown).toContain('> 常务委员会对决算草案和预算执行情况报告，重点审查下列内容：');
  });

  it('names the file safely when the title holds characters a file name may not', async () => {
    const { owner, draft } = await commentedDraft('监督法/修订草案:二审?');

    const file = unwrap(exportComments(owner, draft.id, EXPORTED));

    expect(file.fileName).toBe(`审议意见-监督法_修订草案_二审_-${formatLocalDay(EXPORTED)}.md`);
    expect(file.markdown.split('\n')[0]).toBe('# 审议意见汇总：监督法/修订草案:二审?（第 1 版）');
  });
});
