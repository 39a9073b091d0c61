import {
  listArticles,
  type IdMap,
  type ProvisionNode,
  type Regulation,
} from '../../../core/regulation/index.js';

// Where a comment belongs in the text being read. A comment names its provision by ID; on
// a later draft the ID map of the comparison says which provision that became.

export type Location = Readonly<{
  provisionId: string;
  article: ProvisionNode;
  // The article's place in reading order, for sorting.
  position: number;
  paragraph: number | null;
}>;

/** Every article and paragraph of a text by ID: the provisions a comment may name. */
export function locateProvisions(regulation: Regulation): ReadonlyMap<string, Location> {
  const locations = new Map<string, Location>();

  listArticles(regulation).forEach(({ article }, position) => {
    locations.set(article.id, { provisionId: article.id, article, position, paragraph: null });
    for (const child of article.children) {
      if (child.kind !== 'paragraph' || child.number === null) continue;
      locations.set(child.id, {
        provisionId: child.id,
        article,
        position,
        paragraph: child.number,
      });
    }
  });
  return locations;
}

export type CommentAnchor = Readonly<{ provisionId: string; articleNumber: number }>;

export type Placement =
  | Readonly<{ kind: 'placed'; location: Location; articleNumber: number }>
  // The provision is gone from this text; the comment keeps the number it was written on.
  | Readonly<{ kind: 'deleted' }>;

/**
 * Places a comment in `target`. `idMap` carries IDs from the text the comment was written
 * on to the target; `null` when it was written on the target itself.
 */
export function placeComment(
  comment: CommentAnchor,
  idMap: IdMap | null,
  target: ReadonlyMap<string, Location>,
): Placement {
  if (idMap === null) {
    const location = target.get(comment.provisionId);
    return location === undefined ? { kind: 'deleted' } : placed(comment, [location]);
  }

  const carried = locationsOf(idMap[comment.provisionId], target);
  if (carried.length > 0) return placed(comment, carried);

  // A paragraph dropped from an article that survives: the comment stays with the article,
  // where the clerk looks for it, rather than with the deleted provisions.
  const articleId = articleIdOf(comment.provisionId);
  if (articleId !== comment.provisionId) {
    const article = locationsOf(idMap[articleId], target);
    if (article.length > 0) return placed(comment, article);
  }
  return { kind: 'deleted' };
}

/** The article part of a provision ID (`art-…/p2` → `art-…`). */
export function articleIdOf(provisionId: string): string {
  const slash = provisionId.indexOf('/');
  return slash === -1 ? provisionId : provisionId.slice(0, slash);
}

function locationsOf(
  ids: readonly string[] | undefined,
  target: ReadonlyMap<string, Location>,
): Location[] {
  const found = (ids ?? []).flatMap((id) => target.get(id) ?? []);
  return found.sort((a, b) => a.position - b.position || (a.paragraph ?? 0) - (b.paragraph ?? 0));
}

// A split article's comment goes with its first piece; its number is only rewritten when
// the provision went to one article, so a split does not pretend to a single new number.
function placed(comment: CommentAnchor, locations: readonly Location[]): Placement {
  const [first] = locations;
  if (first === undefined) return { kind: 'deleted' };

  const articles = new Set(locations.map((location) => location.article.id));
  const articleNumber =
    articles.size === 1 ? (first.article.number ?? comment.articleNumber) : comment.articleNumber;
  return { kind: 'placed', location: first, articleNumber };
}
