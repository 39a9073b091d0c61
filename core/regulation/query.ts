import type { HeadingKind, ProvisionNode, Regulation, RegulationCounts } from './model.js';

// Reading a parsed regulation: its articles in order, the headings around each, counts,
// and lookup by ID.

export type ArticleEntry = Readonly<{
  article: ProvisionNode;
  /** The 编/分编/章/节 around the article, outermost first. */
  headings: readonly HeadingNode[];
}>;

/** Every node of the tree in document order, the root first. */
export function* walkProvisions(node: ProvisionNode): Generator<ProvisionNode> {
  yield node;
  for (const child of node.children) yield* walkProvisions(child);
}

/** The articles in document order, each with the headings it sits under. */
export function listArticles(regulation: Regulation): ArticleEntry[] {
  const entries: ArticleEntry[] = [];
  const visit = (node: ProvisionNode, headings: readonly HeadingNode[]): void => {
    for (const child of node.children) {
      if (child.kind === 'article') entries.push({ article: child, headings });
      else if (isHeading(child)) visit(child, [...headings, child]);
    }
  };
  visit(regulation.tree, []);
  return entries;
}

export type HeadingNode = ProvisionNode & Readonly<{ kind: HeadingKind }>;

/** The 编/分编/章/节 headings in document order. */
export function listHeadings(regulation: Regulation): HeadingNode[] {
  return [...walkProvisions(regulation.tree)].filter(isHeading);
}

export function isHeading(node: ProvisionNode): node is HeadingNode {
  return (
    node.kind === 'book' ||
    node.kind === 'subbook' ||
    node.kind === 'chapter' ||
    node.kind === 'section'
  );
}

export function countProvisions(regulation: Regulation): RegulationCounts {
  const counts = { articles: 0, chapters: 0, sections: 0, paragraphs: 0, items: 0 };
  for (const node of walkProvisions(regulation.tree)) {
    if (node.kind === 'article') counts.articles += 1;
    else if (node.kind === 'chapter') counts.chapters += 1;
    else if (node.kind === 'section') counts.sections += 1;
    else if (node.kind === 'paragraph') counts.paragraphs += 1;
    else if (node.kind === 'item') counts.items += 1;
  }
  return counts;
}

/** Every node by its ID. */
export function indexProvisions(regulation: Regulation): ReadonlyMap<string, ProvisionNode> {
  const index = new Map<string, ProvisionNode>();
  for (const node of walkProvisions(regulation.tree)) index.set(node.id, node);
  return index;
}
