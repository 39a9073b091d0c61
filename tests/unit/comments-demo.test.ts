import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { contract, type Method, type Output } from '../../core/api/contract.js';
import type { MaterialSummary } from '../../core/api/models.js';
import { parseRegulation } from '../../core/regulation/index.js';
import type { Result } from '../../core/result.js';
import { createServiceHost, type ServiceHost } from '../../main/services/index.js';
import { articleOf, law2024 } from './comments-fixture.js';

// The demo committee's comments through the whole service host and the contract, as the
// renderer sees them: the draft revises the current law, and members have commented on both.

const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));
let host: ServiceHost;
let profileDir: string;
let materials: MaterialSummary[];

async function call<M extends Method>(method: M, input: unknown): Promise<Result<Output<M>>> {
  const result = (await host.invoke(method, contract[method].input.parse(input))) as Result<
    Output<M>
  >;
  if (result.ok) contract[method].output.parse(result.value);
  return result;
}

async function value<M extends Method>(method: M, input: unknown): Promise<Output<M>> {
  const result = await call(method, input);
  if (!result.ok) throw new Error(`${method} failed with ${result.error.code}`);
  return result.value;
}

function material(title: string): MaterialSummary {
  const found = materials.find((candidate) => candidate.title === title);
  if (found === undefined) throw new Error(`no demo material ${title}`);
  return found;
}

beforeAll(async () => {
  profileDir = mkdtempSync(join(tmpdir(), 'yishi-comments-demo-'));
  host = createServiceHost({
    profileDir,
    demoDir,
    transport: 'web',
    appVersion: '0.1.0-test',
    kdf: { N: 2 ** 10 },
  });
  await value('profile.createDemo', { passphrase: '第二十三次会议-审议' });
  const [meeting] = await value('meeting.list', {});
  const detail = await value('meeting.get', { meetingId: meeting?.id });
  materials = detail.agendaItems.flatMap((item) => item.materials);
});

afterAll(() => {
  host.close();
  rmSync(profileDir, { recursive: true, force: true });
});

describe('the demo committee’s comments', () => {
  it('links the draft to the current law it revises', () => {
    expect(material('监督法（修订草案）').baseMaterialId).toBe(material('监督法（现行法律）').id);
    expect(material('监督法（现行法律）').baseMaterialId).toBeNull();
  });

  it("shows the clerk the members' comments on both texts, by article of the draft", async () => {
    const draft = material('监督法（修订草案）');

    const summary = await value('comment.summary', { materialId: draft.id });

    expect(
      summary.groups.map((group) => [
        group.articleLabel,
        group.comments.map((comment) => comment.authorName),
      ]),
    ).toEqual([
      ['第八条', ['王秀英']],
      ['第十二条', ['刘芳', '王秀英']],
      ['第二十九条', ['刘芳']],
      ['第五十二条', ['陈建国', '赵宇航']],
      ['已删除的条文（原第十八条）', ['张志强']],
    ]);
    const current = material('监督法（现行法律）').id;
    expect(summary.groups[1]?.comments.map((comment) => comment.carriedFromMaterialId)).toEqual([
      current,
      null,
    ]);
  });

  it('takes the member’s comment, lists it in place, refuses to delete another’s', async () => {
    const draft = material('监督法（修订草案）');
    const eighth = articleOf(parseRegulation(law2024), 8);

    const mine = await value('comment.create', {
      materialId: draft.id,
      provisionId: eighth.id,
      articleNumber: 8,
      text: '  同意保留本条。  ',
    });
    expect(mine).toMatchObject({ authorName: '李明华', paragraph: null, text: '同意保留本条。' });

    const listed = await value('comment.list', { materialId: draft.id });
    expect(listed.filter((comment) => comment.articleNumber === 8).map((c) => c.text)).toEqual([
      expect.stringContaining('本条规定常委会集体行使监督职权'),
      '同意保留本条。',
    ]);

    const colleagues = listed.find((comment) => comment.authorName === '陈建国');
    expect(await call('comment.delete', { commentId: colleagues?.id })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid' },
    });
    expect(await value('comment.delete', { commentId: mine.id })).toEqual({});
    expect(await value('comment.list', { materialId: draft.id })).toHaveLength(listed.length - 1);
  });

  it('exports the summary and answers a PDF with no comments', async () => {
    const file = await value('comment.export', { materialId: material('监督法（修订草案）').id });
    expect(file.fileName).toMatch(/^审议意见-监督法（修订草案）-\d{8}\.md$/);
    expect(file.markdown).toContain('- 对照文本：监督法（现行法律）');
    expect(file.markdown).toContain('- 原提出于：监督法（现行法律）（第 1 版）第三十六条');

    const pdf = materials.find((candidate) => candidate.kind === 'pdf');
    expect(await value('comment.list', { materialId: pdf?.id })).toEqual([]);
  });
});
