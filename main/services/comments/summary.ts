import type { CommentGroup } from '../../../core/api/models.js';
import {
  articleText,
  indexProvisions,
  toChineseNumeral,
  type ProvisionNode,
} from '../../../core/regulation/index.js';
import type { GatheredComments, PlacedComment } from './gather.js';
import { articleIdOf } from './placement.js';

// The clerk's view of the comments on a draft: one group per article in reading order,
// then one group per deleted article the comments were written on.

export type CommentSection = Readonly<{
  group: CommentGroup;
  // The article's text (of the draft, or of the old version for a deleted one).
  quote: string;
  entries: readonly PlacedComment[];
}>;

export function groupComments(gathered: GatheredComments): CommentSection[] {
  const sections = new Map<
    string,
    { group: CommentGroup; quote: string; entries: PlacedComment[] }
  >();
  const oldIndexes = new Map<string, ReadonlyMap<string, ProvisionNode>>();

  for (const entry of gathered.comments) {
    const key = sectionKey(entry);
    let section = sections.get(key);
    if (section === undefined) {
      section = newSection(entry, oldIndexes);
      sections.set(key, section);
    }
    section.group.comments.push(entry.comment);
    section.entries.push(entry);
  }

  // Entries arrive in reading order, deleted ones last, so the groups do too.
  return [...sections.values()];
}

function sectionKey(entry: PlacedComment): string {
  if (entry.location !== null) return entry.location.article.id;
  return `${entry.origin.material.id}|${articleIdOf(entry.written.provisionId)}`;
}

function newSection(
  entry: PlacedComment,
  oldIndexes: Map<string, ReadonlyMap<string, ProvisionNode>>,
): { group: CommentGroup; quote: string; entries: PlacedComment[] } {
  if (entry.location !== null) {
    const { article } = entry.location;
    return {
      group: {
        provisionId: article.id,
        articleNumber: article.number,
        articleLabel: article.label,
        comments: [],
      },
      quote: articleText(article),
      entries: [],
    };
  }

  const origin = entry.origin;
  let index = oldIndexes.get(origin.material.id);
  if (index === undefined) {
    index = indexProvisions(origin.regulation);
    oldIndexes.set(origin.material.id, index);
  }
  const articleId = articleIdOf(entry.written.provisionId);
  const article = index.get(articleId);
  const label = article?.label || `第${toChineseNumeral(entry.written.articleNumber)}条`;

  return {
    group: {
      provisionId: articleId,
      articleNumber: null,
      articleLabel: `已删除的条文（原${label}）`,
      comments: [],
    },
    quote: article === undefined ? '' : articleText(article),
    entries: [],
  };
}
