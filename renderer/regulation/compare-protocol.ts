import {
  checkReferences,
  compareRegulations,
  listArticles,
  parseRegulation,
  type ArticleRow,
  type ChangeSummary,
  type HeadingRow,
  type ReferenceWarning,
} from '../../core/regulation/index.js';

// What the comparison worker is asked and what it answers. The work itself is here, free of
// any worker API, so tests run it on real texts in Node and the worker file only wires
// `postMessage` to it. Everything crossing is plain data (structured clone).

export const comparePhases = ['parsingOld', 'parsingNew', 'comparing', 'checking'] as const;
export type ComparePhase = (typeof comparePhases)[number];

export type CompareRequest = Readonly<{ requestId: number; oldText: string; newText: string }>;

/** A paragraph (款) of a draft article, as a comment may name it. */
export type DraftParagraph = Readonly<{ id: string; number: number }>;

export type ComparisonResult = Readonly<{
  oldTitle: string;
  newTitle: string;
  articles: readonly ArticleRow[];
  headings: readonly HeadingRow[];
  summary: ChangeSummary;
  /** 预警 on the draft, judged against the text it revises. */
  warnings: readonly ReferenceWarning[];
  /** The paragraphs of every draft article, by article ID. */
  draftParagraphs: Readonly<Record<string, readonly DraftParagraph[]>>;
}>;

export type CompareMessage =
  | Readonly<{ kind: 'progress'; requestId: number; phase: ComparePhase }>
  | Readonly<{ kind: 'done'; requestId: number; result: ComparisonResult }>
  // The core does not throw on any input; a failure here is a bug, reported, not hidden.
  | Readonly<{ kind: 'failed'; requestId: number; reason: string }>;

export function isCompareRequest(value: unknown): value is CompareRequest {
  if (typeof value !== 'object' || value === null) return false;

  const request = value as Record<string, unknown>;
  return (
    typeof request['requestId'] === 'number' &&
    typeof request['oldText'] === 'string' &&
    typeof request['newText'] === 'string'
  );
}

/** Parses both texts, compares them and checks the draft's references, reporting each phase. */
export function runCompareJob(
  request: CompareRequest,
  post: (message: CompareMessage) => void,
): void {
  const { requestId } = request;
  const report = (phase: ComparePhase): void => post({ kind: 'progress', requestId, phase });

  try {
    report('parsingOld');
    const before = parseRegulation(request.oldText);

    report('parsingNew');
    const after = parseRegulation(request.newText);

    report('comparing');
    const comparison = compareRegulations(before, after);

    report('checking');
    const warnings = checkReferences(after, { previous: before, comparison });

    const result: ComparisonResult = {
      oldTitle: before.title,
      newTitle: after.title,
      articles: comparison.articles,
      headings: comparison.headings,
      summary: comparison.summary,
      warnings,
      draftParagraphs: paragraphsOf(listArticles(after)),
    };
    post({ kind: 'done', requestId, result });
  } catch (error) {
    post({ kind: 'failed', requestId, reason: error instanceof Error ? error.message : 'unknown' });
  }
}

function paragraphsOf(
  entries: ReturnType<typeof listArticles>,
): Record<string, readonly DraftParagraph[]> {
  const byArticle: Record<string, DraftParagraph[]> = {};

  for (const { article } of entries) {
    byArticle[article.id] = article.children.flatMap((child) =>
      child.kind === 'paragraph' && child.number !== null
        ? [{ id: child.id, number: child.number }]
        : [],
    );
  }
  return byArticle;
}
