import { sourceLines, type SourceLine } from './lines.js';
import { HEADING_KINDS, type HeadingKind, type ProvisionKind, type Regulation } from './model.js';
import { nameProvisions, type DraftNode } from './provision-ids.js';
import { readableText } from './text.js';

// Chinese legal text (UTF-8 text or Markdown) into a tree. Headings may be Markdown or
// plain lines, the body starts at the first heading or article, and every further line of
// an article is a new paragraph (款) unless it is an item (项) or sub-item (目).

type Builder = {
  root: DraftNode;
  headings: DraftNode[]; // open 编/分编/章/节, outermost first
  article: DraftNode | undefined;
  paragraph: DraftNode | undefined;
  item: DraftNode | undefined;
  lastArticleNumber: number;
  // A heading that may continue on the next plain line, as 监督法 (2006) wraps its long
  // chapter names: '第二章 听取和审议人民政府、人民法院和' / '人民检察院的专项工作报告'.
  continuable: DraftNode | undefined;
};

const HEADING_CONTINUATION_MAX = 40;

/** Parses a regulation. Never fails: text without articles yields a tree without them. */
export function parseRegulation(source: string): Regulation {
  const lines = sourceLines(source);
  const titleLine = findTitle(lines);
  const bodyStart = findBodyStart(lines, titleLine);
  const title = titleLine === undefined ? '' : titleText(titleLine);

  const root = draft('title', null, '', title, titleLine?.line ?? 0);
  const preamble = preambleOf(lines.slice(firstAfter(lines, titleLine), bodyStart));
  if (preamble !== undefined) root.children.push(preamble);

  const builder: Builder = {
    root,
    headings: [],
    article: undefined,
    paragraph: undefined,
    item: undefined,
    lastArticleNumber: 0,
    continuable: undefined,
  };
  for (const line of lines.slice(bodyStart)) addLine(builder, line);

  return { title, tree: nameProvisions(root) };
}

function draft(
  kind: ProvisionKind,
  number: number | null,
  label: string,
  heading: string,
  line: number,
  text = '',
): DraftNode {
  return { kind, number, label, heading, text, line, children: [] };
}

function findTitle(lines: readonly SourceLine[]): SourceLine | undefined {
  const first = lines.find((line) => line.kind !== 'blank' && line.kind !== 'comment');
  if (first?.kind === 'markdownHeading' || first?.kind === 'text') return first;
  return undefined;
}

function titleText(line: SourceLine): string {
  if (line.kind === 'markdownHeading' || line.kind === 'text') return readableText(line.text);
  return '';
}

function firstAfter(lines: readonly SourceLine[], titleLine: SourceLine | undefined): number {
  return titleLine === undefined ? 0 : lines.indexOf(titleLine) + 1;
}

// The body starts at the first structural heading or article after the title.
function findBodyStart(lines: readonly SourceLine[], titleLine: SourceLine | undefined): number {
  const from = firstAfter(lines, titleLine);
  const index = lines.findIndex(
    (line, position) => position >= from && (line.kind === 'heading' || line.kind === 'article'),
  );
  return index === -1 ? lines.length : index;
}

function preambleOf(lines: readonly SourceLine[]): DraftNode | undefined {
  const texts: string[] = [];
  for (const line of lines) {
    const text = lineText(line);
    if (text !== '') texts.push(text);
  }
  const first = lines.find((line) => lineText(line) !== '');
  if (first === undefined) return undefined;
  return draft('preamble', null, '', '', first.line, texts.join('\n'));
}

// The readable text of any line, labels included, for lines that land in running text.
function lineText(line: SourceLine): string {
  switch (line.kind) {
    case 'blank':
    case 'comment':
      return '';
    case 'heading':
      return readableText(`${line.label} ${line.heading}`);
    case 'article':
      return readableText(`${line.label} ${line.heading ? `【${line.heading}】` : ''}${line.rest}`);
    case 'item':
    case 'subitem':
      return readableText(`${line.label}${line.rest}`);
    case 'markdownHeading':
    case 'text':
      return readableText(line.text);
  }
}

function addLine(builder: Builder, line: SourceLine): void {
  switch (line.kind) {
    case 'blank':
    case 'comment':
      return;
    case 'heading':
      openHeading(builder, line.headingKind, line);
      return;
    case 'article':
      if (line.tight && line.number !== builder.lastArticleNumber + 1) addText(builder, line);
      else openArticle(builder, line);
      return;
    case 'item':
      addItem(builder, line);
      return;
    case 'subitem':
      addSubitem(builder, line);
      return;
    case 'markdownHeading':
      // A Markdown heading that is not 编/章/节 (附件, 附录) ends the article before it.
      closeArticle(builder);
      addText(builder, line);
      return;
    case 'text':
      addText(builder, line);
      return;
  }
}

function openHeading(
  builder: Builder,
  kind: HeadingKind,
  line: Extract<SourceLine, { kind: 'heading' }>,
): void {
  closeArticle(builder);
  const depth = HEADING_KINDS.indexOf(kind);
  while (builder.headings.length > 0) {
    const open = builder.headings[builder.headings.length - 1];
    if (open === undefined || HEADING_KINDS.indexOf(open.kind as HeadingKind) < depth) break;
    builder.headings.pop();
  }

  const node = draft(kind, line.number, line.label, line.heading, line.line);
  container(builder).children.push(node);
  builder.headings.push(node);
  builder.continuable = node;
}

function openArticle(builder: Builder, line: Extract<SourceLine, { kind: 'article' }>): void {
  closeArticle(builder);
  const article = draft('article', line.number, line.label, line.heading, line.line);
  container(builder).children.push(article);
  builder.article = article;
  builder.lastArticleNumber = line.number;

  const rest = readableText(line.rest);
  if (rest !== '') openParagraph(builder, rest, line.line);
}

function openParagraph(builder: Builder, text: string, line: number): DraftNode | undefined {
  const article = builder.article;
  if (article === undefined) return undefined;

  const paragraph = draft('paragraph', article.children.length + 1, '', '', line, text);
  article.children.push(paragraph);
  builder.paragraph = paragraph;
  builder.item = undefined;
  return paragraph;
}

function addItem(builder: Builder, line: Extract<SourceLine, { kind: 'item' }>): void {
  // An article whose first line is only 第X条 may go straight into its items.
  const paragraph = builder.paragraph ?? openParagraph(builder, '', line.line);
  if (paragraph === undefined) {
    addText(builder, line);
    return;
  }

  const item = draft('item', line.number, line.label, '', line.line, readableText(line.rest));
  paragraph.children.push(item);
  builder.item = item;
}

function addSubitem(builder: Builder, line: Extract<SourceLine, { kind: 'subitem' }>): void {
  const parent = builder.item ?? builder.paragraph;
  if (parent === undefined) {
    addText(builder, line);
    return;
  }
  parent.children.push(
    draft('subitem', line.number, line.label, '', line.line, readableText(line.rest)),
  );
}

function addText(builder: Builder, line: SourceLine): void {
  const text = lineText(line);
  if (text === '') return;

  const heading = builder.continuable;
  if (heading !== undefined && continuesHeading(heading, text)) {
    heading.heading += text;
    return;
  }
  builder.continuable = undefined;

  if (builder.article !== undefined) {
    openParagraph(builder, text, line.line);
    return;
  }

  // Stray lines between a heading and its first article stay with the heading.
  const owner = container(builder);
  owner.text = owner.text === '' ? text : `${owner.text}\n${text}`;
}

function continuesHeading(heading: DraftNode, text: string): boolean {
  return (
    heading.children.length === 0 &&
    heading.text === '' &&
    heading.heading.length + text.length <= 2 * HEADING_CONTINUATION_MAX &&
    text.length <= HEADING_CONTINUATION_MAX &&
    !/[。；：]/u.test(text)
  );
}

function closeArticle(builder: Builder): void {
  builder.article = undefined;
  builder.paragraph = undefined;
  builder.item = undefined;
  builder.continuable = undefined;
}

function container(builder: Builder): DraftNode {
  return builder.headings[builder.headings.length - 1] ?? builder.root;
}
