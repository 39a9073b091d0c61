import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { contract, type Method, type Output } from '../../core/api/contract.js';
import type { Comment, MaterialSummary } from '../../core/api/models.js';
import type { Result } from '../../core/result.js';
import { createServiceHost, type ServiceHost } from '../../main/services/index.js';
import {
  runCompareJob,
  type ComparisonResult,
} from '../../renderer/regulation/compare-protocol.js';
import { placeRowComments, type PlacedComments } from '../../renderer/regulation/row-comments.js';
import { buildTableRows, type TableRow } from '../../renderer/regulation/table-rows.js';

// The demo committee's 审议意见 as comment.list returns them for the 监督法 draft, placed on
// the rows of its 条文对照表: each under the article it concerns, and those written on the
// current law saying which article they were written on ('针对上一稿第X条').

const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));
let host: ServiceHost;
let profileDir: string;
let draft: MaterialSummary;
let comments: Comment[];
let rows: TableRow[];
let placed: PlacedComments;

async function value<M extends Method>(method: M, input: unknown): Promise<Output<M>> {
  const parsed = contract[method].input.parse(input);
  const result = (await host.invoke(method, parsed)) as Result<Output<M>>;
  if (!result.ok) throw new Error(`${method} failed with ${result.error.code}`);
  return result.value;
}

function compare(oldFile: string, newFile: string): ComparisonResult {
  const read = (file: string) => readFileSync(join(demoDir, 'data', file), 'utf8');
  let result: ComparisonResult | null = null;
  runCompareJob({ requestId: 1, oldText: read(oldFile), newText: read(newFile) }, (message) => {
    if (message.kind === 'done') result = message.result;
  });
  if (result === null) throw new Error('the comparison did not finish');
  return result;
}

/** [old number, new number, author, previousNumbers] for each comment placed on a row. */
function placements(): (string | number | number[] | null)[][] {
  return rows.flatMap((row) => {
    if (row.kind !== 'article') return [];
    return (placed.byRow.get(row.key) ?? []).map((entry) => [
      row.row.old?.number ?? null,
      row.row.new?.number ?? null,
      entry.comment.authorName,
      [...entry.previousNumbers],
    ]);
  });
}

beforeAll(async () => {
  profileDir = mkdtempSync(join(tmpdir(), 'yishi-regulation-view-'));
  host = createServiceHost({
    profileDir,
    demoDir,
    transport: 'web',
    appVersion: '0.1.0-test',
    kdf: { N: 2 ** 10 },
  });
  await value('profile.createDemo', { passphrase: '条文对照-审议意见' });
  const [meeting] = await value('meeting.list', {});
  const detail = await value('meeting.get', { meetingId: meeting?.id });
  const found = detail.agendaItems
    .flatMap((item) => item.materials)
    .find((material) => material.fileName === 'jianduFa_2024.md');
  if (found === undefined) throw new Error('the demo has no 监督法 draft');
  draft = found;

  comments = await value('comment.list', { materialId: draft.id });
  const result = compare('jianduFa_2006.md', 'jianduFa_2024.md');
  rows = buildTableRows(result.articles, result.headings);
  placed = placeRowComments(rows, comments, draft.baseMaterialId);
});

afterAll(() => {
  host.close();
  rmSync(profileDir, { recursive: true, force: true });
});

describe('the demo comments on the rows of the 监督法 table', () => {
  it('places every comment under its article, none elsewhere', () => {
    expect(comments.length).toBeGreaterThan(5);
    expect(placed.elsewhere).toEqual([]);
    expect(placements()).toHaveLength(comments.length);
  });

  it('says which article of the current law a carried comment was written on', () => {
    expect(placements()).toEqual([
      // 2006 第四条 became 2024 第八条 unchanged.
      [4, 8, '王秀英', [4]],
      // 2006 第九条 第二款 is now in 2024 第十二条; the other comment was written on 2024.
      [9, 12, '刘芳', [9]],
      [9, 12, '王秀英', []],
      // 2006 第十八条 was deleted: its comment stays on the deleted row, in place.
      [18, null, '张志强', [18]],
      [20, 29, '刘芳', []],
      [36, 52, '陈建国', []],
      [36, 52, '赵宇航', [36]],
    ]);
  });

  it('marks a comment from an older draft than the one revised, without a number', () => {
    const [first] = comments;
    if (first === undefined) throw new Error('no comments');
    const older = { ...first, id: 'c-older', carriedFromMaterialId: 'an-older-draft' };

    const again = placeRowComments(rows, [older], draft.baseMaterialId);
    const entry = [...again.byRow.values()].flat()[0];

    expect(entry?.fromEarlierVersion).toBe(true);
    expect(entry?.previousNumbers).toEqual([]);
  });

  it('keeps a comment whose provision is in neither text aside, not lost', () => {
    const [first] = comments;
    if (first === undefined) throw new Error('no comments');
    const lost = { ...first, id: 'c-lost', provisionId: 'art-000000000000/p1' };

    expect(placeRowComments(rows, [lost], draft.baseMaterialId).elsewhere).toHaveLength(1);
  });
});
