import type { Comment, MaterialSummary } from '../../../core/api/models.js';
import { ok, type Result } from '../../../core/result.js';
import type { Db } from '../../../db/connection.js';
import { locateProvisions, placeComment, type Location } from './placement.js';
import type { RegulationCache } from './regulation-cache.js';
import { listCommentsOn, type StoredComment } from './repository.js';
import { loadVersions, type TextVersion } from './texts.js';

// Every comment that concerns the text being read: those written on it and those written
// on the texts it revises, carried over by the comparisons' ID maps. Nothing is dropped: a
// comment whose provision the new text deleted is kept, at the end, with its old anchor.
//
// Limitation: until the hub exists, the comments of a profile are only those written in it
// (and the demo's); members' comments do not yet travel to the clerk.

export type PlacedComment = Readonly<{
  // As the API shows it on the text being read.
  comment: Comment;
  // As written, on `origin`.
  written: StoredComment;
  origin: TextVersion;
  // Where it sits in the text being read; null when its provision is gone.
  location: Location | null;
}>;

export type GatheredComments = Readonly<{
  versions: readonly TextVersion[];
  comments: readonly PlacedComment[];
}>;

export function gatherComments(
  db: Db,
  cache: RegulationCache,
  material: MaterialSummary,
  personId: string,
): Result<GatheredComments> {
  const versions = loadVersions(db, cache, material, personId);
  if (!versions.ok) return versions;

  const [target] = versions.value;
  if (target === undefined) throw new Error('loadVersions returned no versions');
  const provisions = locateProvisions(target.regulation);

  const comments: PlacedComment[] = [];
  for (const origin of versions.value) {
    for (const written of listCommentsOn(db, origin.material.id)) {
      const placement = placeComment(written, origin.idMap, provisions);
      const location = placement.kind === 'placed' ? placement.location : null;
      const comment: Comment = {
        id: written.id,
        materialId: material.id,
        provisionId: location?.provisionId ?? written.provisionId,
        articleNumber:
          placement.kind === 'placed' ? placement.articleNumber : written.articleNumber,
        paragraph: location === null ? written.paragraph : location.paragraph,
        authorName: written.authorName,
        text: written.text,
        createdAt: written.createdAt,
        carriedFromMaterialId: origin.distance === 0 ? null : origin.material.id,
      };
      comments.push({ comment, written, origin, location });
    }
  }

  return ok({ versions: versions.value, comments: comments.sort(readingOrder) });
}

// Reading order of the text being read; deleted provisions last, nearest version first.
function readingOrder(a: PlacedComment, b: PlacedComment): number {
  if (a.location !== null && b.location !== null) {
    return (
      a.location.position - b.location.position ||
      (a.location.paragraph ?? 0) - (b.location.paragraph ?? 0) ||
      a.comment.createdAt.localeCompare(b.comment.createdAt)
    );
  }
  if (a.location !== null) return -1;
  if (b.location !== null) return 1;

  return (
    a.origin.distance - b.origin.distance ||
    a.written.articleNumber - b.written.articleNumber ||
    (a.written.paragraph ?? 0) - (b.written.paragraph ?? 0) ||
    a.comment.createdAt.localeCompare(b.comment.createdAt)
  );
}
