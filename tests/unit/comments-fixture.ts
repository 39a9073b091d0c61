import type { Comment, MaterialSummary } from '../../core/api/models.js';
import {
  listArticles,
  parseRegulation,
  type ProvisionNode,
  type Regulation,
} from '../../core/regulation/index.js';
import type { Result } from '../../core/result.js';
import {
  createComment,
  type CommentContext,
  type CommentDraft,
} from '../../main/services/comments/service.js';
import { createRegulationCache } from '../../main/services/comments/regulation-cache.js';
import { importMaterial } from '../../main/services/materials/import.js';
import type { Owner } from '../../main/services/owner.js';
import { readRealText } from '../integration/realdata.js';
import { unwrap, type ServiceFixture } from './services-fixture.js';

// Shared by the comments*.test.ts files: the real 监督法 texts, imported into a service
// fixture, and comments anchored on real articles and paragraphs.

export const IMPORTED = new Date('2025-03-10T01:00:00.000Z');

export const law2006 = readRealText('laws', 'jianduFa_2006.md');
export const law2024 = readRealText('laws', 'jianduFa_2024.md');

export async function importText(
  fixture: ServiceFixture,
  text: string,
  fileName: string,
  title: string,
): Promise<MaterialSummary> {
  return unwrap(
    await importMaterial(
      fixture.openDb,
      {
        agendaItemId: 'a-1',
        fileName,
        bytes: new TextEncoder().encode(text),
        title,
        classification: 'internal',
      },
      { personId: fixture.owner.person.id, importedAt: IMPORTED.toISOString() },
    ),
  );
}

/** A comment context for one member of the fixture, with its own parse cache. */
export function contextOf(fixture: ServiceFixture, owner: Owner): CommentContext {
  return { db: fixture.db, owner, cache: createRegulationCache() };
}

/** An article of a text by its number, e.g. `articleOf(parseRegulation(law2006), 4)`. */
export function articleOf(regulation: Regulation, number: number): ProvisionNode {
  const entry = listArticles(regulation).find(({ article }) => article.number === number);
  if (entry === undefined) throw new Error(`no article ${number}`);
  return entry.article;
}

export function paragraphOf(article: ProvisionNode, number: number): ProvisionNode {
  const paragraph = article.children.find(
    (child) => child.kind === 'paragraph' && child.number === number,
  );
  if (paragraph === undefined) throw new Error(`no paragraph ${number} in ${article.label}`);
  return paragraph;
}

/** Comments on 第N条 (or 第N条第P款) of a text, as a member would write them in the reader. */
export function commentOn(
  context: CommentContext,
  material: MaterialSummary,
  text: string,
  anchor: Readonly<{ article: number; paragraph?: number }>,
  words: string,
  at: Date,
): Result<Comment> {
  const article = articleOf(parseRegulation(text), anchor.article);
  const provision =
    anchor.paragraph === undefined ? article : paragraphOf(article, anchor.paragraph);
  const draft: CommentDraft = {
    materialId: material.id,
    provisionId: provision.id,
    articleNumber: anchor.article,
    paragraph: anchor.paragraph ?? null,
    text: words,
  };
  return createComment(context, draft, at);
}
