import type { Comparison } from './compare.js';
import type { ProvisionNode, Regulation } from './model.js';
import { listArticles, type ArticleEntry } from './query.js';
import { scanReferences, type ReferenceWording } from './reference-scan.js';

// 预警: cross-references checked against the provisions they name. A reference to a
// provision that does not exist is flagged; so is one the new draft left pointing at an
// old number after its target was renumbered.

export type ReferenceProblem =
  | 'missingArticle' // 第X条 where the regulation has no article X
  | 'missingParagraph' // 第X条第Y款 where article X has fewer paragraphs
  | 'missingItem' // 第Z项 where there is no such item
  | 'noPrecedingProvision' // 前款 in a first paragraph, 前条 in the first article
  | 'outsideChapter' // 本章 in an article that is in no chapter
  | 'outsideSection'; // 本节 in an article that is in no section

export type Reference = ReferenceWording &
  Readonly<{
    /** The paragraph, item or sub-item whose text holds the reference; offsets are in it. */
    sourceId: string;
    articleId: string;
    articleNumber: number;
    /** What it points to; empty when nothing it names exists. */
    targetIds: readonly string[];
    problems: readonly Readonly<{ problem: ReferenceProblem; number: number }>[];
  }>;

export type ReferenceWarningKind =
  | ReferenceProblem
  // The draft kept an old number although that article now has another one.
  | 'staleNumber'
  // The draft kept a number whose article the draft deleted.
  | 'targetDeleted';

export type ReferenceWarning = Readonly<{
  kind: ReferenceWarningKind;
  reference: Reference;
  /** The number at fault: a missing article, paragraph or item, or a stale article number. */
  number: number;
  /** For staleNumber: the number(s) the old target has in the draft. */
  currentNumbers: readonly number[];
}>;

/** The version a draft revises, and how the two compare: what stale numbers are judged by. */
export type Revision = Readonly<{ previous: Regulation; comparison: Comparison }>;

type Context = Readonly<{
  entry: ArticleEntry;
  paragraph: number; // 1-based position of the paragraph holding the text
  item: ProvisionNode | undefined; // the item holding the text, if any
  articles: ReadonlyMap<number, ProvisionNode>;
}>;

/** Every cross-reference in the regulation's articles, resolved to provision IDs. */
export function findReferences(regulation: Regulation): Reference[] {
  const entries = listArticles(regulation);
  const articles = new Map<number, ProvisionNode>();
  for (const { article } of entries) {
    if (article.number !== null && !articles.has(article.number)) {
      articles.set(article.number, article);
    }
  }

  const references: Reference[] = [];
  for (const entry of entries) {
    entry.article.children.forEach((paragraph, index) => {
      const context = { entry, paragraph: index + 1, item: undefined, articles };
      references.push(...referencesIn(paragraph, context));
      for (const item of paragraph.children) {
        references.push(...referencesIn(item, { ...context, item }));
        for (const subitem of item.children) {
          references.push(...referencesIn(subitem, { ...context, item }));
        }
      }
    });
  }
  return references;
}

function referencesIn(source: ProvisionNode, context: Context): Reference[] {
  return withSentenceContext(source.text, scanReferences(source.text)).map((wording) => {
    const { targets, problems } = resolve(wording, context);
    return {
      ...wording,
      sourceId: source.id,
      articleId: context.entry.article.id,
      articleNumber: context.entry.article.number ?? 0,
      targetIds: targets.map((target) => target.id),
      problems,
    };
  });
}

// A bare 第Y款 or 第Z项 after 第X条 in the same sentence belongs to article X:
// '本法第三百九十五条第一款第一项至第三项规定的财产或者第五项规定的…' names item 5 of
// article 395's first paragraph.
function withSentenceContext(
  text: string,
  wordings: readonly ReferenceWording[],
): ReferenceWording[] {
  let named: ReferenceWording | undefined;
  return wordings.map((wording) => {
    if (named !== undefined && /[。；]/u.test(text.slice(named.end, wording.start))) {
      named = undefined;
    }
    if (wording.form === 'article') {
      named = wording;
      return wording;
    }
    if (!wording.bare || named === undefined) return wording;

    const article = named.articles.slice(-1);
    const paragraphs = wording.form === 'paragraph' ? wording.paragraphs : named.paragraphs;
    return { ...wording, form: 'article', articles: article, paragraphs, bare: false };
  });
}

type Resolution = {
  targets: ProvisionNode[];
  problems: Array<{ problem: ReferenceProblem; number: number }>;
};

function resolve(wording: ReferenceWording, context: Context): Resolution {
  const resolution: Resolution = { targets: [], problems: [] };
  const article = context.entry.article;
  const own = article.number ?? 0;

  switch (wording.form) {
    case 'article':
      wording.articles.forEach((number, index) => {
        const target = context.articles.get(number);
        const last = index === wording.articles.length - 1;
        if (target === undefined) resolution.problems.push({ problem: 'missingArticle', number });
        else if (last) resolveWithin(target, wording, resolution);
        else resolution.targets.push(target); // 第五百一十条、第五百一十一条第四项
      });
      return resolution;
    case 'precedingArticle': {
      const target = context.articles.get(own - 1);
      if (target === undefined) {
        resolution.problems.push({ problem: 'noPrecedingProvision', number: own - 1 });
      } else {
        resolution.targets.push(target);
      }
      return resolution;
    }
    case 'paragraph':
      resolveWithin(article, wording, resolution);
      return resolution;
    case 'precedingParagraphs':
      resolvePreceding(article, wording, context.paragraph, resolution);
      return resolution;
    case 'item':
      resolveItems(itemsNear(article, context), wording.items, resolution);
      return resolution;
    case 'precedingItem':
      resolvePrecedingItem(article, context, resolution);
      return resolution;
    case 'chapter':
    case 'section': {
      const heading = context.entry.headings.find((node) => node.kind === wording.form);
      if (heading !== undefined) resolution.targets.push(heading);
      else {
        const problem = wording.form === 'chapter' ? 'outsideChapter' : 'outsideSection';
        resolution.problems.push({ problem, number: own });
      }
      return resolution;
    }
  }
}

// 第X条, 第X条第Y款, 第X条第Y款第Z项 (or 本条第Y款) within one article.
function resolveWithin(article: ProvisionNode, wording: ReferenceWording, into: Resolution): void {
  if (wording.paragraphs.length === 0) {
    if (wording.items.length === 0) into.targets.push(article);
    else resolveItems(firstItems(article), wording.items, into);
    return;
  }

  for (const number of wording.paragraphs) {
    const paragraph = article.children[number - 1];
    if (paragraph === undefined) {
      into.problems.push({ problem: 'missingParagraph', number });
      continue;
    }
    if (wording.items.length === 0) into.targets.push(paragraph);
    else resolveItems(paragraph.children, wording.items, into);
  }
}

function resolvePreceding(
  article: ProvisionNode,
  wording: ReferenceWording,
  paragraph: number,
  into: Resolution,
): void {
  const count = wording.paragraphs[0] ?? 1;
  if (paragraph - count < 1) {
    into.problems.push({ problem: 'noPrecedingProvision', number: paragraph - count });
    return;
  }

  const preceding = article.children.slice(paragraph - 1 - count, paragraph - 1);
  const last = preceding[preceding.length - 1];
  if (wording.items.length > 0 && last !== undefined) {
    resolveItems(last.children, wording.items, into); // 前款第二项
    return;
  }
  into.targets.push(...preceding);
}

function resolveItems(
  items: readonly ProvisionNode[],
  numbers: readonly number[],
  into: Resolution,
): void {
  for (const number of numbers) {
    const item = items.filter((node) => node.kind === 'item')[number - 1];
    if (item === undefined) into.problems.push({ problem: 'missingItem', number });
    else into.targets.push(item);
  }
}

// A bare 第Z项 means an item of the paragraph being read, or of the nearest paragraph
// before it that has items (“有前款第一项、第二项情形的” is often written without 前款).
function itemsNear(article: ProvisionNode, context: Context): readonly ProvisionNode[] {
  for (let index = context.paragraph - 1; index >= 0; index -= 1) {
    const items = article.children[index]?.children ?? [];
    if (items.some((node) => node.kind === 'item')) return items;
  }
  return [];
}

function firstItems(article: ProvisionNode): readonly ProvisionNode[] {
  return article.children.find((paragraph) => paragraph.children.length > 0)?.children ?? [];
}

function resolvePrecedingItem(article: ProvisionNode, context: Context, into: Resolution): void {
  const items = article.children[context.paragraph - 1]?.children ?? [];
  const position = context.item === undefined ? -1 : items.indexOf(context.item);
  const previous = position > 0 ? items[position - 1] : undefined;
  if (previous === undefined) into.problems.push({ problem: 'noPrecedingProvision', number: 0 });
  else into.targets.push(previous);
}

/**
 * Warnings for a draft: references to provisions it does not have and, given the
 * version it revises and their comparison, references still carrying an article number
 * that the revision gave to another article.
 */
export function checkReferences(draft: Regulation, revision?: Revision): ReferenceWarning[] {
  const references = findReferences(draft);
  const warnings: ReferenceWarning[] = references.flatMap((reference) =>
    reference.problems.map(({ problem, number }) => ({
      kind: problem,
      reference,
      number,
      currentNumbers: [],
    })),
  );

  if (revision !== undefined) warnings.push(...staleReferences(references, revision));
  return warnings;
}

function staleReferences(references: readonly Reference[], revision: Revision): ReferenceWarning[] {
  const rows = revision.comparison.articles;

  // What each old article referred to by number, and where each old number went.
  const oldNumbersCited = new Map<string, Set<number>>();
  for (const reference of findReferences(revision.previous)) {
    if (reference.form !== 'article') continue;
    const cited = oldNumbersCited.get(reference.articleId) ?? new Set<number>();
    for (const number of reference.articles) cited.add(number);
    oldNumbersCited.set(reference.articleId, cited);
  }
  const newNumbersOf = new Map<number, number[]>();
  const oldIdsOf = new Map<string, string[]>();
  for (const row of rows) {
    if (row.old === null) continue;
    const numbers = newNumbersOf.get(row.old.number) ?? [];
    if (row.new !== null) numbers.push(row.new.number);
    newNumbersOf.set(row.old.number, numbers);
    if (row.new !== null)
      oldIdsOf.set(row.new.id, [...(oldIdsOf.get(row.new.id) ?? []), row.old.id]);
  }

  const warnings: ReferenceWarning[] = [];
  for (const reference of references) {
    if (reference.form !== 'article') continue;
    // Only a reference the old text already made can have been left behind; a new
    // article's references were written for the new numbering.
    const oldIds = oldIdsOf.get(reference.articleId) ?? [];
    for (const number of reference.articles) {
      const citedBefore = oldIds.some((id) => oldNumbersCited.get(id)?.has(number) === true);
      const now = newNumbersOf.get(number);
      if (!citedBefore || now === undefined || now.includes(number)) continue;
      const kind = now.length === 0 ? 'targetDeleted' : 'staleNumber';
      warnings.push({ kind, reference, number, currentNumbers: now });
    }
  }
  return warnings;
}
