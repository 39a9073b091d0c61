import { toChineseNumeral } from '../../core/regulation/numerals.js';

// A deterministic draft made from a real text: phrases inserted, deleted and replaced in
// chosen articles, one article deleted (so every later one is renumbered) and one moved.
// Built with plain string work on lines that start 第X条, independent of the parser
// under test, and it records what a correct comparison must report.

export type PhraseEdit = Readonly<{
  kind: 'insert' | 'delete' | 'replace';
  oldNumber: number;
  /** The inserted phrase, the deleted clause, or the replaced phrase. */
  phrase: string;
  /** The replacement, for 'replace'. */
  replacement?: string;
}>;

export type EditedDraft = Readonly<{
  text: string;
  edits: readonly PhraseEdit[];
  deletedNumber: number;
  movedNumber: number;
  /** Old article number → new article number, for every article that survives. */
  newNumberOf: ReadonlyMap<number, number>;
}>;

type Block = { number: number; lines: string[] }; // an article and its paragraph lines
type Segment =
  Readonly<{ kind: 'other'; line: string }> | Readonly<{ kind: 'article'; block: Block }>;

const ARTICLE_START = /^第([零〇一二两三四五六七八九十百千]+)条 (.*)$/u;
const INSERTED = '在规定期限内';
// Replacements share no character with what they replace, so the diff is one phrase out
// and one in.
const REPLACEMENTS: ReadonlyArray<readonly [string, string]> = [
  ['应当', '必须'],
  ['可以', '能够'],
  ['依照', '根据'],
  ['不得', '禁止'],
];

export type EditPlan = Readonly<{
  phraseEdits: number; // edits of each kind (insert, delete, replace)
  firstArticle: number;
  stride: number;
  deleteArticle: number;
  moveArticle: number;
  moveAfter: number;
}>;

/** 民法典 edited in 50 places: 16 insertions, 16 deletions, 16 replacements, 1 deleted, 1 moved. */
export const FIFTY_EDITS: EditPlan = {
  phraseEdits: 16,
  firstArticle: 10,
  stride: 20,
  deleteArticle: 500,
  moveArticle: 700,
  moveAfter: 1000,
};

export function editDraft(source: string, plan: EditPlan = FIFTY_EDITS): EditedDraft {
  const segments = segment(source);
  const blocks = new Map<number, Block>();
  for (const item of segments)
    if (item.kind === 'article') blocks.set(item.block.number, item.block);

  const edits = editPhrases(blocks, plan);
  const moved = removeArticle(segments, plan.moveArticle);
  removeArticle(segments, plan.deleteArticle);
  const anchor = segments.findIndex(
    (item) => item.kind === 'article' && item.block.number === plan.moveAfter,
  );
  segments.splice(anchor + 1, 0, { kind: 'article', block: moved });

  const newNumberOf = new Map<number, number>();
  let next = 0;
  const lines: string[] = [];
  for (const item of segments) {
    if (item.kind === 'other') {
      lines.push(item.line);
      continue;
    }
    next += 1;
    newNumberOf.set(item.block.number, next);
    const [first = '', ...rest] = item.block.lines;
    lines.push(`第${toChineseNumeral(next)}条 ${first}`, ...rest);
  }

  return {
    text: lines.join('\n'),
    edits,
    deletedNumber: plan.deleteArticle,
    movedNumber: plan.moveArticle,
    newNumberOf,
  };
}

function segment(source: string): Segment[] {
  const segments: Segment[] = [];
  let current: Block | undefined;
  let number = 0;
  for (const line of source.split('\n')) {
    const start = ARTICLE_START.exec(line);
    if (start !== null) {
      number += 1;
      current = { number, lines: [start[2] ?? ''] };
      segments.push({ kind: 'article', block: current });
    } else if (
      current !== undefined &&
      line !== '' &&
      !line.startsWith('#') &&
      !/^第.+分编/u.test(line)
    ) {
      current.lines.push(line);
    } else {
      if (line.startsWith('#') || /^第.+分编/u.test(line)) current = undefined;
      segments.push({ kind: 'other', line });
    }
  }
  return segments;
}

function removeArticle(segments: Segment[], number: number): Block {
  const index = segments.findIndex(
    (item) => item.kind === 'article' && item.block.number === number,
  );
  const [removed] = segments.splice(index, 1);
  if (removed?.kind !== 'article') throw new Error(`no article ${number}`);
  return removed.block;
}

// Each kind of edit goes to the next article along the stride that can take it, so the
// plan never depends on one article's wording.
function editPhrases(blocks: ReadonlyMap<number, Block>, plan: EditPlan): PhraseEdit[] {
  const edits: PhraseEdit[] = [];
  const kinds = ['insert', 'delete', 'replace'] as const;
  const done = { insert: 0, delete: 0, replace: 0 };

  for (let number = plan.firstArticle; edits.length < 3 * plan.phraseEdits; number += plan.stride) {
    const block = blocks.get(number);
    if (block === undefined) throw new Error('ran out of articles for the edit plan');
    if (number === plan.deleteArticle || number === plan.moveArticle) continue;

    // Kinds take turns, so each kind is spread along the whole text.
    const turn = edits.length % kinds.length;
    for (const kind of [...kinds.slice(turn), ...kinds.slice(0, turn)]) {
      if (done[kind] >= plan.phraseEdits) continue;
      const edit = tryEdit(block, kind);
      if (edit === undefined) continue;
      edits.push(edit);
      done[kind] += 1;
      break;
    }
  }
  return edits;
}

function tryEdit(block: Block, kind: PhraseEdit['kind']): PhraseEdit | undefined {
  const first = block.lines[0] ?? '';
  const comma = first.indexOf('，');

  switch (kind) {
    case 'insert': {
      // After the first comma, where the phrase cannot be confused with its neighbours.
      if (comma === -1 || first[comma + 1] === INSERTED[0]) return undefined;
      block.lines[0] = first.slice(0, comma + 1) + INSERTED + first.slice(comma + 1);
      return { kind, oldNumber: block.number, phrase: INSERTED };
    }
    case 'delete': {
      const second = first.indexOf('，', comma + 1);
      if (comma === -1 || second === -1 || second - comma < 4) return undefined;
      const clause = first.slice(comma + 1, second + 1);
      block.lines[0] = first.slice(0, comma + 1) + first.slice(second + 1);
      return { kind, oldNumber: block.number, phrase: clause };
    }
    case 'replace': {
      const found = REPLACEMENTS.find(([phrase]) => first.includes(phrase));
      if (found === undefined) return undefined;
      const [phrase, replacement] = found;
      const at = first.indexOf(phrase);
      block.lines[0] = first.slice(0, at) + replacement + first.slice(at + phrase.length);
      return { kind, oldNumber: block.number, phrase, replacement };
    }
  }
}
