// The shape of a parsed regulation: Chinese legal text nests
// 编 › 分编 › 章 › 节 › 条 › 款 › 项 › 目 under a title and a preamble.

export type ProvisionKind =
  | 'title'
  | 'preamble' // promulgation history, 题注 and anything else before the body
  | 'book' // 编
  | 'subbook' // 分编
  | 'chapter' // 章
  | 'section' // 节
  | 'article' // 条
  | 'paragraph' // 款: one line of an article
  | 'item' // 项: （一）
  | 'subitem'; // 目: 1.

/** The heading kinds, outermost first; an article belongs to the innermost one around it. */
export const HEADING_KINDS = ['book', 'subbook', 'chapter', 'section'] as const;
export type HeadingKind = (typeof HEADING_KINDS)[number];

export type ProvisionNode = Readonly<{
  /**
   * Names the provision, not its number: articles are named by a hash of their text,
   * so a renumbered article keeps its ID; paragraphs, items and sub-items are named
   * under their article (`art-3f…/p2/i3`). See docs/regulations.md.
   */
  id: string;
  kind: ProvisionKind;
  /** 第X条 → X; paragraphs count 1… within their article; null for title and preamble. */
  number: number | null;
  /** The numbering as written without spaces: '第一章', '第十二条', '（三）', '2.'; '' if none. */
  label: string;
  /** Title text, or the name of a 编/分编/章/节 as written ('总 则'), or an article's 【条标】. */
  heading: string;
  /**
   * The node's own text, not its children's: the preamble's lines, a paragraph's line
   * without its items, an item's line without its label. Headings and articles have ''
   * unless stray lines sit between a heading and what follows it.
   */
  text: string;
  /** 1-based line in the source where the node starts (0 for a title-less document). */
  line: number;
  children: readonly ProvisionNode[];
}>;

export type Regulation = Readonly<{
  title: string;
  /** Root node of kind 'title'; its first child is the preamble when there is one. */
  tree: ProvisionNode;
}>;

export type RegulationCounts = Readonly<{
  articles: number;
  chapters: number;
  sections: number;
  paragraphs: number;
  items: number;
}>;
