import type { Comment, CommentGroup, MaterialSummary } from '../../../core/api/models.js';
import { renderCommentsMarkdown } from '../../../core/comments-markdown.js';
import { formatLocalDay, formatLocalMinute } from '../../../core/local-time.js';
import { safeFileName } from '../../../core/notes-markdown.js';
import { parseRegulation } from '../../../core/regulation/index.js';
import { err, ok, type Result } from '../../../core/result.js';
import type { Db } from '../../../db/connection.js';
import { newId } from '../ids.js';
import { findMaterial } from '../materials/repository.js';
import { findAgendaItem, findMeeting } from '../meetings/repository.js';
import type { Owner } from '../owner.js';
import { gatherComments, type GatheredComments } from './gather.js';
import { locateProvisions } from './placement.js';
import type { RegulationCache } from './regulation-cache.js';
import { deleteOwnComment, findComment, insertComment } from './repository.js';
import { groupComments, type CommentSection } from './summary.js';
import { loadRegulation, type TextVersion } from './texts.js';

// 审议意见: members comment on an article or a paragraph of a text material; the clerk reads
// them grouped by article and exports them. Comments are shared with the committee, unlike
// annotations, so lists show every author; only the author may delete a comment.

export type CommentContext = Readonly<{ db: Db; owner: Owner; cache: RegulationCache }>;

export type CommentDraft = Readonly<{
  materialId: string;
  provisionId: string;
  articleNumber: number;
  paragraph: number | null;
  text: string;
}>;

/**
 * Writes the owner's comment after checking that the provision exists in the material's
 * text and that the numbers given are that provision's: a comment must point at what the
 * member read. A refused comment writes nothing.
 */
export function createComment(
  context: CommentContext,
  draft: CommentDraft,
  now: Date,
): Result<Comment> {
  const { db, owner, cache } = context;
  const material = findMaterial(db, draft.materialId, owner.person.id);
  if (material === undefined) return err('material.notFound');
  if (material.kind !== 'text') {
    return err('input.invalid', 'comments are made on the articles of a text material', {
      materialKind: material.kind,
    });
  }

  const regulation = loadRegulation(db, cache, material);
  if (!regulation.ok) return regulation;

  const location = locateProvisions(regulation.value).get(draft.provisionId);
  if (location === undefined) {
    return err('input.invalid', 'no article or paragraph with this ID in the material', {
      provisionId: draft.provisionId,
    });
  }
  if (location.article.number !== draft.articleNumber || location.paragraph !== draft.paragraph) {
    return err('input.invalid', 'article or paragraph number does not match the provision', {
      provisionId: draft.provisionId,
      articleNumber: location.article.number ?? 0,
      paragraph: location.paragraph ?? 0,
    });
  }

  const stored = {
    id: newId(),
    materialId: material.id,
    personId: owner.person.id,
    provisionId: draft.provisionId,
    articleNumber: draft.articleNumber,
    paragraph: draft.paragraph,
    text: draft.text,
    createdAt: now.toISOString(),
  };
  insertComment(db, stored);
  return ok({
    id: stored.id,
    materialId: stored.materialId,
    provisionId: stored.provisionId,
    articleNumber: stored.articleNumber,
    paragraph: stored.paragraph,
    authorName: owner.person.name,
    text: stored.text,
    createdAt: stored.createdAt,
    carriedFromMaterialId: null,
  });
}

/** The comments on a material and on the texts it revises, in its reading order. */
export function listComments(context: CommentContext, materialId: string): Result<Comment[]> {
  const gathered = gatherFor(context, materialId);
  if (!gathered.ok) return gathered;
  return ok(gathered.value.comments.map((entry) => entry.comment));
}

export function removeComment(
  context: CommentContext,
  commentId: string,
): Result<Record<string, never>> {
  const { db, owner } = context;
  const comment = findComment(db, commentId);
  if (comment === undefined) {
    return err('input.invalid', 'no such comment', { commentId });
  }
  if (!deleteOwnComment(db, commentId, owner.person.id)) {
    return err('input.invalid', 'only the author may delete a comment', {
      commentId,
      reason: 'notAuthor',
    });
  }
  return ok({});
}

export type CommentSummary = Readonly<{ material: MaterialSummary; groups: CommentGroup[] }>;

/** For the clerk: the comments grouped by article of the material, in reading order. */
export function commentSummary(
  context: CommentContext,
  materialId: string,
): Result<CommentSummary> {
  const gathered = gatherFor(context, materialId);
  if (!gathered.ok) return gathered;

  const [target] = gathered.value.versions;
  if (target === undefined) throw new Error('gathered comments without their material');
  const groups = groupComments(gathered.value).map((section) => section.group);
  return ok({ material: target.material, groups });
}

export type CommentsFile = Readonly<{ fileName: string; markdown: string }>;

/** The summary as a Markdown file, each article's text quoted above its comments. */
export function exportComments(
  context: CommentContext,
  materialId: string,
  now: Date,
): Result<CommentsFile> {
  const { db } = context;
  const gathered = gatherFor(context, materialId);
  if (!gathered.ok) return gathered;

  const [target, base] = gathered.value.versions;
  if (target === undefined) throw new Error('gathered comments without their material');
  const { material } = target;
  const agendaItem = findAgendaItem(db, material.agendaItemId);
  const meeting = agendaItem === undefined ? undefined : findMeeting(db, agendaItem.meetingId);
  if (agendaItem === undefined || meeting === undefined) {
    throw new Error('a material without its agenda item or meeting');
  }

  const markdown = renderCommentsMarkdown({
    title: material.title,
    version: material.version,
    meetingTitle: meeting.title,
    agendaOrdinal: agendaItem.ordinal,
    agendaTitle: agendaItem.title,
    baseTitle: base?.material.title ?? null,
    exportedAt: formatLocalMinute(now),
    sections: groupComments(gathered.value).map(exportSection),
  });
  const stem = `审议意见-${material.title}-${formatLocalDay(now)}`;
  return ok({ fileName: safeFileName(stem, 'md'), markdown });
}

function exportSection(section: CommentSection) {
  return {
    label: section.group.articleLabel,
    quote: section.quote,
    comments: section.entries.map((entry) => ({
      authorName: entry.comment.authorName,
      writtenAt: formatLocalMinute(new Date(entry.comment.createdAt)),
      paragraph: entry.comment.paragraph,
      text: entry.comment.text,
      writtenOn:
        entry.origin.distance === 0
          ? null
          : {
              title: entry.origin.material.title,
              version: entry.origin.material.version,
              articleNumber: entry.written.articleNumber,
            },
    })),
  };
}

// A PDF has no articles: it has no comments either, rather than an error for asking.
function gatherFor(context: CommentContext, materialId: string): Result<GatheredComments> {
  const { db, owner, cache } = context;
  const material = findMaterial(db, materialId, owner.person.id);
  if (material === undefined) return err('material.notFound');
  if (material.kind !== 'text') return ok({ versions: [emptyVersion(material)], comments: [] });
  return gatherComments(db, cache, material, owner.person.id);
}

function emptyVersion(material: MaterialSummary): TextVersion {
  return { material, regulation: parseRegulation(''), idMap: null, distance: 0 };
}
