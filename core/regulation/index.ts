// The regulation core (条文): parse Chinese legal text, compare two versions article by
// article, carry provision IDs across, and check cross-references. Pure TypeScript for
// every process: main, the renderer, a worker, the CLI. docs/regulations.md explains it.

export type {
  HeadingKind,
  ProvisionKind,
  ProvisionNode,
  Regulation,
  RegulationCounts,
} from './model.js';
export { HEADING_KINDS } from './model.js';

export { parseChineseNumber, toChineseNumeral } from './numerals.js';
export { parseRegulation } from './parse.js';

export type { ArticleEntry, HeadingNode } from './query.js';
export {
  countProvisions,
  indexProvisions,
  isHeading,
  listArticles,
  listHeadings,
  walkProvisions,
} from './query.js';
export { articleKey, articleText } from './article-text.js';
export { comparableText, readableText } from './text.js';

export type { DiffOp } from './char-diff.js';
export { characterDiff } from './char-diff.js';
export type {
  ArticleChange,
  ArticleRow,
  ArticleSide,
  ChangeSummary,
  Comparison,
} from './compare.js';
export { ARTICLE_CHANGES, compareRegulations } from './compare.js';
export type { HeadingChange, HeadingRow, HeadingSide } from './heading-compare.js';
export type { IdMap } from './id-map.js';
export { composeIdMaps } from './id-map.js';

export type { ReferenceForm, ReferenceWording } from './reference-scan.js';
export type {
  Reference,
  ReferenceProblem,
  ReferenceWarning,
  ReferenceWarningKind,
  Revision,
} from './references.js';
export { checkReferences, findReferences } from './references.js';
