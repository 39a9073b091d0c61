import { describe, expect, it } from 'vitest';

import { compareRegulations } from '../../core/regulation/compare.js';
import { parseRegulation } from '../../core/regulation/parse.js';
import { listArticles } from '../../core/regulation/query.js';
import { readRealText } from '../integration/realdata.js';
import { editDraft } from './regulation-edits.js';

// The whole 民法典 against a copy edited in 50 known places: the comparison must find
// exactly those edits, and no others, across 1,260 articles.

const source = readRealText('laws', 'minfadian_full.md');
const draft = editDraft(source);
const before = parseRegulation(source);
const after = parseRegulation(draft.text);
const comparison = compareRegulations(before, after);

describe('民法典 against a copy edited in 50 places', () => {
  it('builds the fixture it describes: 48 phrase edits, one deletion, one move', () => {
    expect(draft.edits).toHaveLength(48);
    for (const kind of ['insert', 'delete', 'replace'] as const) {
      expect(draft.edits.filter((edit) => edit.kind === kind)).toHaveLength(16);
    }
    expect(listArticles(after)).toHaveLength(1259);
  });

  it('reports exactly the edited articles as modified, at their new numbers', () => {
    const modified = comparison.articles.filter((row) => row.change === 'modified');

    expect(modified.map((row) => [row.old?.number, row.new?.number])).toEqual(
      draft.edits.map((edit) => [edit.oldNumber, draft.newNumberOf.get(edit.oldNumber)]),
    );
  });

  it('shows each edit as the phrase inserted, deleted or replaced', () => {
    for (const edit of draft.edits) {
      const row = comparison.articles.find((candidate) => candidate.old?.number === edit.oldNumber);
      const changes = (row?.diff ?? []).filter((op) => op.op !== 'equal');

      switch (edit.kind) {
        case 'insert':
          expect(changes).toEqual([{ op: 'insert', text: edit.phrase }]);
          break;
        case 'delete':
          expect(changes).toHaveLength(1);
          expect(changes[0]?.op).toBe('delete');
          expect(changes[0]?.text).toHaveLength(edit.phrase.length);
          break;
        case 'replace':
          expect(changes).toEqual([
            { op: 'delete', text: edit.phrase },
            { op: 'insert', text: edit.replacement },
          ]);
          break;
      }
    }
  });

  it('reports the deleted article as deleted and the moved one as moved', () => {
    const deleted = comparison.articles.filter((row) => row.change === 'deleted');
    const moved = comparison.articles.filter((row) => row.change === 'moved');

    expect(deleted.map((row) => row.old?.number)).toEqual([draft.deletedNumber]);
    expect(moved.map((row) => [row.old?.number, row.new?.number, row.textChanged])).toEqual([
      [draft.movedNumber, draft.newNumberOf.get(draft.movedNumber), false],
    ]);
  });

  it('reports every other article unchanged or renumbered, exactly as the edits shifted it', () => {
    const touched = new Set([
      ...draft.edits.map((edit) => edit.oldNumber),
      draft.deletedNumber,
      draft.movedNumber,
    ]);
    const others = comparison.articles.filter((row) => !touched.has(row.old?.number ?? 0));

    expect(others).toHaveLength(1260 - touched.size);
    for (const row of others) {
      const expected = draft.newNumberOf.get(row.old?.number ?? 0);
      expect(row.new?.number).toBe(expected);
      expect(row.change).toBe(row.old?.number === expected ? 'unchanged' : 'renumbered');
    }
    expect(comparison.summary).toMatchObject({ added: 0, split: 0, merged: 0 });
  });

  it('keeps every heading, since no heading was edited', () => {
    expect(comparison.headings.every((row) => row.change === 'unchanged')).toBe(true);
    expect(comparison.headings).toHaveLength(84 + 37 + 7 + 8);
  });

  it('carries comments on an untouched but renumbered article to its new number', () => {
    // 第八百条 moves up two: 第五百条 was deleted and 第七百条 moved behind it.
    const row = comparison.articles.find((candidate) => candidate.old?.number === 800);
    expect(row?.new?.number).toBe(798);
    expect(row?.new?.id).toBe(row?.old?.id);
    expect(comparison.idMap[row?.old?.id ?? '']).toEqual([row?.new?.id]);
  });
});
