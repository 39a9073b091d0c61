import type { Comment } from '../../core/api/models.js';
import type { TableRow } from './table-rows.js';

// Which row of the 条文对照表 each 审议意见 belongs under. Comments name a provision of
// the draft by ID; those written on the text the draft revises arrive carried over (main
// maps them through the comparison) or, when their article was deleted, with the old ID.

export type RowComment = Readonly<{
  comment: Comment;
  /**
   * For a comment written on the revised text: the article number(s) it was written on,
   * '针对上一稿第X条'. Empty for comments on the draft and for older drafts than that.
   */
  previousNumbers: readonly number[];
  /** Written on a version before the one the draft revises. */
  fromEarlierVersion: boolean;
}>;

export type PlacedComments = Readonly<{
  byRow: ReadonlyMap<string, readonly RowComment[]>;
  /** Comments whose provision is in neither text shown (an older draft's deleted article). */
  elsewhere: readonly RowComment[];
}>;

type RowRef = { key: string; oldNumbers: number[] };

export function placeRowComments(
  rows: readonly TableRow[],
  comments: readonly Comment[],
  baseMaterialId: string | null,
): PlacedComments {
  const byNewId = new Map<string, RowRef>();
  const byOldId = new Map<string, RowRef>();

  for (const row of rows) {
    if (row.kind !== 'article') continue;
    const { old, new: draft } = row.row;

    if (draft !== null) {
      const ref = byNewId.get(draft.id) ?? { key: row.key, oldNumbers: [] };
      if (old !== null && !ref.oldNumbers.includes(old.number)) ref.oldNumbers.push(old.number);
      byNewId.set(draft.id, ref);
    } else if (old !== null && !byOldId.has(old.id)) {
      byOldId.set(old.id, { key: row.key, oldNumbers: [old.number] });
    }
  }

  const byRow = new Map<string, RowComment[]>();
  const elsewhere: RowComment[] = [];

  for (const comment of comments) {
    const articleId = articleIdOf(comment.provisionId);
    const carried = comment.carriedFromMaterialId;
    const onDraft = byNewId.get(articleId);
    const ref = onDraft ?? (carried === null ? undefined : byOldId.get(articleId));
    const fromBase = carried !== null && carried === baseMaterialId;

    const previousNumbers = !fromBase
      ? []
      : onDraft !== undefined
        ? [...onDraft.oldNumbers].sort((a, b) => a - b)
        : [comment.articleNumber];
    const placed = { comment, previousNumbers, fromEarlierVersion: carried !== null && !fromBase };

    if (ref === undefined) elsewhere.push(placed);
    else byRow.set(ref.key, [...(byRow.get(ref.key) ?? []), placed]);
  }

  return { byRow, elsewhere };
}

/** The article part of a provision ID: `art-…/p2` → `art-…` (docs/regulations.md). */
export function articleIdOf(provisionId: string): string {
  const slash = provisionId.indexOf('/');
  return slash === -1 ? provisionId : provisionId.slice(0, slash);
}
