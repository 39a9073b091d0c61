import { articleKey } from './article-text.js';
import { shortHash } from './hash.js';
import type { ProvisionKind, ProvisionNode } from './model.js';
import { comparableText } from './text.js';

// IDs that name a provision rather than its number. An article is named by a hash of its
// whitespace-free text, so renumbering or moving it keeps its ID and comparison only has
// to carry IDs across when the text itself changed. Paragraphs, items and sub-items are
// named by position under their article: art-…/p2/i3/m1.

export type DraftNode = {
  kind: ProvisionKind;
  number: number | null;
  label: string;
  heading: string;
  text: string;
  line: number;
  children: DraftNode[];
};

const HEADING_PREFIX: Partial<Record<ProvisionKind, string>> = {
  book: 'book',
  subbook: 'subbook',
  chapter: 'ch',
  section: 'sec',
};

const CHILD_SEGMENT: Partial<Record<ProvisionKind, string>> = {
  paragraph: 'p',
  item: 'i',
  subitem: 'm',
};

/** Freezes the drafted tree into provision nodes with their IDs. */
export function nameProvisions(root: DraftNode): ProvisionNode {
  const used = new Map<string, number>();

  // Identical texts (two articles reading '本法自公布之日起施行。' in one draft) get
  // '~2', '~3' in document order.
  const unique = (base: string): string => {
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return seen === 1 ? base : `${base}~${seen}`;
  };

  const name = (node: DraftNode, parentId: string, position: number): ProvisionNode => {
    const id = idFor(node, parentId, position, unique);
    const children = node.children.map((child, index) => name(child, id, index + 1));
    const { kind, number, label, heading, text, line } = node;
    return { id, kind, number, label, heading, text, line, children };
  };
  return name(root, '', 1);
}

function idFor(
  node: DraftNode,
  parentId: string,
  position: number,
  unique: (base: string) => string,
): string {
  const segment = CHILD_SEGMENT[node.kind];
  if (segment !== undefined) return `${parentId}/${segment}${position}`;

  const prefix = HEADING_PREFIX[node.kind];
  if (prefix !== undefined) return unique(`${prefix}-${shortHash(comparableText(node.heading))}`);

  if (node.kind === 'article') return unique(`art-${shortHash(articleKey(node))}`);
  return unique(node.kind); // title, preamble
}
