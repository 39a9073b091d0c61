import { comparableText } from './text.js';

// An article's text as one string, paragraphs on their own lines and items with their
// labels, the way it reads on the page after 第X条.

type TextNode = Readonly<{
  kind: string;
  label: string;
  text: string;
  heading?: string;
  children: readonly TextNode[];
}>;

/** The lines of an article (or paragraph, or item): its own text, then its children's. */
export function provisionLines(node: TextNode): string[] {
  const lines: string[] = [];
  const own = node.kind === 'item' || node.kind === 'subitem' ? node.label + node.text : node.text;
  if (own !== '') lines.push(own);
  for (const child of node.children) lines.push(...provisionLines(child));
  return lines;
}

/** The article's readable text without its 第X条 label, one line per paragraph or item. */
export function articleText(article: TextNode): string {
  return provisionLines(article).join('\n');
}

/**
 * What two versions of an article are compared by: the text with every whitespace
 * character removed inside each line. Line breaks stay, because they separate 款.
 */
export function articleKey(article: TextNode): string {
  const lines = provisionLines(article).map(comparableText);
  // An article's 条标 (第一条【立法目的】) is part of what it says.
  const heading = comparableText(article.heading ?? '');
  return (heading === '' ? lines : [`【${heading}】`, ...lines]).join('\n');
}
