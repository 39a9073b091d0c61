import { describe, expect, it } from 'vitest';

import { compareRegulations, parseRegulation } from '../../core/regulation/index.js';
import {
  commentSummary,
  listComments,
  removeComment,
} from '../../main/services/comments/service.js';
import { importMaterial } from '../../main/services/materials/import.js';
import { findMaterial, setBaseMaterial } from '../../main/services/materials/repository.js';
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

// Comments on the real 监督法: written on the current law (2006) and on the draft (2024)
// that renumbers, rewrites and deletes its articles. docs: ARCHITECTURE.md, 审议意见.

const before = parseRegulation(law2006);
const after = parseRegulation(law2024);
const comparison = compareRegulations(before, after);

function rowOfOld(number: number) {
  return comparison.articles.find((row) => row.old?.number === number);
}

const day = (hour: number) => new Date(Date.UTC(2025, 2, 12, hour));

/** The demo's situation: the draft's base is the current law, imported under its own title. */
async function draftOfCurrentLaw() {
  const fixture = openServiceFixture();
  const current = await importText(fixture, law2006, 'jianduFa_2006.md', '监督法（现行法律）');
  const imported = await importText(fixture, law2024, 'jianduFa_2024.md', '监督法（修订草案）');
  setBaseMaterial(fixture.db, imported.id, current.id);
  const draft = findMaterial(fixture.db, imported.id, fixture.owner.person.id);
  if (draft === undefined) throw new Error('draft not stored');

  return {
    fixture,
    current,
    draft,
    owner: contextOf(fixture, fixture.owner),
    colleague: contextOf(fixture, fixture.colleague),
  };
}

describe('comments carried from the current law to the draft', () => {
  it('shows a comment on 现行法律第四条 on the draft at 第八条, where it was renumbered', async () => {
    expect(rowOfOld(4)).toMatchObject({ change: 'renumbered', new: { number: 8 } });
    const { current, draft, owner, colleague } = await draftOfCurrentLaw();
    expect(draft.baseMaterialId).toBe(current.id);

    const written = unwrap(
      commentOn(colleague, current, law2006, { article: 4 }, '建议保留本条原文。', day(1)),
    );

    expect(unwrap(listComments(owner, draft.id))).toEqual([
      {
        ...written,
        materialId: draft.id,
        provisionId: articleOf(after, 8).id,
        articleNumber: 8,
        paragraph: null,
        authorName: '王秀英',
        carriedFromMaterialId: current.id,
      },
    ]);
    expect(unwrap(listComments(owner, current.id))).toEqual([written]);
    expect(written).toMatchObject({ articleNumber: 4, carriedFromMaterialId: null });
  });

  it('follows a paragraph into the rewritten article: 第九条第二款 becomes 第十二条第二款', async () => {
    expect(rowOfOld(9)).toMatchObject({ change: 'modified', new: { number: 12 } });
    const { current, draft, owner } = await draftOfCurrentLaw();
    const words = '建议将监察委员会一并写入本款。';

    unwrap(commentOn(owner, current, law2006, { article: 9, paragraph: 2 }, words, day(1)));

    const [carried] = unwrap(listComments(owner, draft.id));
    expect(carried).toMatchObject({
      provisionId: paragraphOf(articleOf(after, 12), 2).id,
      articleNumber: 12,
      paragraph: 2,
      text: words,
      carriedFromMaterialId: current.id,
    });
    // The article was rewritten, so its ID (a hash of its text) is new in the draft.
    expect(carried?.provisionId).not.toBe(paragraphOf(articleOf(before, 9), 2).id);
  });

  it('still lists a comment on 第十八条, which the draft deletes, after the others', async () => {
    expect(rowOfOld(18)).toMatchObject({ change: 'deleted', new: null });
    const { current, draft, owner, colleague } = await draftOfCurrentLaw();
    const words = '建议增加对政府债务和预算绩效的审查内容。';

    unwrap(commentOn(colleague, current, law2006, { article: 18 }, words, day(1)));
    unwrap(commentOn(owner, draft, law2024, { article: 65 }, '本法施行日期需另行明确。', day(2)));

    const listed = unwrap(listComments(owner, draft.id));
    expect(listed.map((comment) => comment.articleNumber)).toEqual([65, 18]);
    expect(listed[1]).toMatchObject({
      provisionId: articleOf(before, 18).id,
      articleNumber: 18,
      paragraph: null,
      text: words,
      carriedFromMaterialId: current.id,
    });

    const { groups } = unwrap(commentSummary(owner, draft.id));
    expect(groups.at(-1)).toMatchObject({
      provisionId: articleOf(before, 18).id,
      articleNumber: null,
      articleLabel: '已删除的条文（原第十八条）',
      comments: [{ text: words }],
    });
  });
});

describe("the clerk's summary", () => {
  it('groups by article of the draft in reading order, deleted articles last', async () => {
    const { fixture, current, draft, owner, colleague } = await draftOfCurrentLaw();
    const on = (
      who: typeof owner,
      version: 'current' | 'draft',
      anchor: { article: number; paragraph?: number },
      words: string,
      hour: number,
    ) => {
      const [material, text] = version === 'current' ? [current, law2006] : [draft, law2024];
      unwrap(commentOn(who, material, text, anchor, words, day(hour)));
    };

    // Written out of order on purpose, on both versions.
    on(owner, 'draft', { article: 52 }, '受质询机关负责人应当到会答复。', 5);
    on(colleague, 'current', { article: 18 }, '建议增加对政府债务的审查。', 1);
    on(colleague, 'current', { article: 36, paragraph: 2 }, '建议明确书面答复期限。', 2);
    on(colleague, 'draft', { article: 12, paragraph: 3 }, '建议每年至少报告一次。', 4);
    on(owner, 'current', { article: 4 }, '建议保留本条原文。', 3);

    const summary = unwrap(commentSummary(owner, draft.id));

    expect(summary.material).toEqual(findMaterial(fixture.db, draft.id, fixture.owner.person.id));
    expect(
      summary.groups.map((group) => [
        group.articleLabel,
        group.articleNumber,
        group.comments.map((comment) => comment.text),
      ]),
    ).toEqual([
      ['第八条', 8, ['建议保留本条原文。']],
      ['第十二条', 12, ['建议每年至少报告一次。']],
      ['第五十二条', 52, ['受质询机关负责人应当到会答复。', '建议明确书面答复期限。']],
      ['已删除的条文（原第十八条）', null, ['建议增加对政府债务的审查。']],
    ]);
    expect(summary.groups[2]?.comments.map((comment) => comment.paragraph)).toEqual([null, 2]);
    expect(summary.groups[2]?.provisionId).toBe(articleOf(after, 52).id);
  });

  it('is empty for a PDF, which has no articles to comment on', async () => {
    const { fixture, owner } = await draftOfCurrentLaw();
    const pdf = unwrap(
      await importMaterial(
        fixture.openDb,
        {
          agendaItemId: 'a-2',
          fileName: 'issue19360.pdf',
          bytes: readRealBytes('pdfs', 'issue19360.pdf'),
          classification: 'internal',
        },
        { personId: fixture.owner.person.id, importedAt: day(0).toISOString() },
      ),
    );

    expect(unwrap(commentSummary(owner, pdf.id)).groups).toEqual([]);
    expect(commentSummary(owner, 'no-such-material')).toMatchObject({
      ok: false,
      error: { code: 'material.notFound' },
    });
  });
});

describe('deleting comments', () => {
  it("deletes the member's own comment and refuses a colleague's", async () => {
    const { draft, owner, colleague } = await draftOfCurrentLaw();
    const mine = unwrap(commentOn(owner, draft, law2024, { article: 8 }, '同意。', day(1)));
    const theirs = unwrap(
      commentOn(colleague, draft, law2024, { article: 8 }, '建议删去“集体”二字。', day(2)),
    );

    expect(removeComment(owner, theirs.id)).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', details: { commentId: theirs.id, reason: 'notAuthor' } },
    });
    expect(unwrap(listComments(owner, draft.id)).map((comment) => comment.id)).toEqual([
      mine.id,
      theirs.id,
    ]);

    expect(unwrap(removeComment(owner, mine.id))).toEqual({});
    expect(unwrap(listComments(colleague, draft.id))).toEqual([theirs]);
    expect(removeComment(owner, mine.id)).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', details: { commentId: mine.id } },
    });
    expect(unwrap(removeComment(colleague, theirs.id))).toEqual({});
    expect(unwrap(listComments(owner, draft.id))).toEqual([]);
  });
});
