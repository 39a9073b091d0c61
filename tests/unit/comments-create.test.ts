import { describe, expect, it } from 'vitest';

import { parseRegulation } from '../../core/regulation/index.js';
import type { Db } from '../../db/connection.js';
import { createComment, listComments } from '../../main/services/comments/service.js';
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

const WRITTEN = new Date('2025-03-12T02:00:00.000Z');
const after = parseRegulation(law2024);

function written(db: Db): unknown {
  return {
    totalChanges: db.prepare('SELECT total_changes() AS n').get(),
    comments: db.prepare('SELECT * FROM comments ORDER BY rowid').all(),
  };
}

async function draftFixture() {
  const fixture = openServiceFixture();
  const draft = await importText(fixture, law2024, 'jianduFa_2024.md', '监督法（修订草案）');
  return { fixture, draft, owner: contextOf(fixture, fixture.owner) };
}

describe('writing a comment', () => {
  it("stores the owner's comment on a paragraph with the owner as author", async () => {
    const { draft, owner } = await draftFixture();
    const words = '建议明确跟踪监督的启动条件。';

    const comment = unwrap(
      commentOn(owner, draft, law2024, { article: 29, paragraph: 2 }, words, WRITTEN),
    );

    expect(comment).toEqual({
      id: expect.any(String),
      materialId: draft.id,
      provisionId: paragraphOf(articleOf(after, 29), 2).id,
      articleNumber: 29,
      paragraph: 2,
      authorName: '李明华',
      text: words,
      createdAt: WRITTEN.toISOString(),
      carriedFromMaterialId: null,
    });
    expect(unwrap(listComments(owner, draft.id))).toEqual([comment]);
  });

  it('refuses a provision the text lacks, or numbers not its own, writing nothing', async () => {
    const { fixture, draft, owner } = await draftFixture();
    const eighth = articleOf(after, 8);
    const deleted = articleOf(parseRegulation(law2006), 18);
    const state = written(fixture.db);
    const attempt = (change: object) =>
      createComment(
        owner,
        {
          materialId: draft.id,
          provisionId: eighth.id,
          articleNumber: 8,
          paragraph: null,
          text: '同意。',
          ...change,
        },
        WRITTEN,
      );

    // An ID of no provision, and the ID of an article only the current law has.
    expect(attempt({ provisionId: 'art-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', details: { provisionId: 'art-000000000000' } },
    });
    expect(attempt({ provisionId: deleted.id, articleNumber: 18 })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', details: { provisionId: deleted.id } },
    });
    // 第八条 of the draft is 第四条 of the current law, word for word, so it has the same ID:
    // the number says which text the member was reading, and it must be the draft's.
    expect(attempt({ articleNumber: 4 })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', details: { provisionId: eighth.id, articleNumber: 8 } },
    });
    expect(attempt({ paragraph: 2 })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', details: { articleNumber: 8, paragraph: 0 } },
    });
    expect(attempt({ provisionId: `${eighth.id}/p1/i1` })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid' },
    });
    expect(attempt({ materialId: 'no-such-material' })).toMatchObject({
      ok: false,
      error: { code: 'material.notFound' },
    });

    expect(written(fixture.db)).toEqual(state);
  });

  it('refuses a comment on a PDF, which has no articles', async () => {
    const fixture = openServiceFixture();
    const pdf = unwrap(
      await importMaterial(
        fixture.openDb,
        {
          agendaItemId: 'a-2',
          fileName: 'issue19360.pdf',
          bytes: readRealBytes('pdfs', 'issue19360.pdf'),
          classification: 'internal',
        },
        { personId: fixture.owner.person.id, importedAt: WRITTEN.toISOString() },
      ),
    );
    const state = written(fixture.db);

    const result = createComment(
      contextOf(fixture, fixture.owner),
      {
        materialId: pdf.id,
        provisionId: articleOf(after, 8).id,
        articleNumber: 8,
        paragraph: null,
        text: '同意。',
      },
      WRITTEN,
    );

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', details: { materialKind: 'pdf' } },
    });
    expect(written(fixture.db)).toEqual(state);
  });
});
