import { describe, expect, it } from 'vitest';

import {
  createAnnotation,
  exportNotes,
  listMaterialAnnotations,
  removeAnnotation,
  updateAnnotation,
  type AnnotationDraft,
} from '../../main/services/annotations/service.js';
import { importMaterial } from '../../main/services/materials/import.js';
import { findMaterial } from '../../main/services/materials/repository.js';
import { readRealBytes, readRealText } from '../integration/realdata.js';
import { openServiceFixture, unwrap, type ServiceFixture } from './services-fixture.js';

const CREATED = new Date('2025-03-14T01:00:00.000Z');
const EDITED = new Date('2025-03-14T02:30:00.000Z');

// Real passages: the first article of the 2024 监督法 and a sentence of 重庆 议事规则.
const law2024 = readRealText('laws', 'jianduFa_2024.md');
const firstArticle = law2024.split('\n').find((line) => line.startsWith('第一条')) ?? '';

async function importReal(fixture: ServiceFixture, file: string, title: string) {
  const folder = file.endsWith('.pdf') ? 'pdfs' : 'laws';
  return unwrap(
    await importMaterial(
      fixture.openDb,
      {
        agendaItemId: 'a-1',
        fileName: file,
        bytes: readRealBytes(folder, file),
        title,
        classification: 'internal',
      },
      { personId: fixture.owner.person.id, importedAt: CREATED.toISOString() },
    ),
  );
}

function draft(materialId: string, overrides: Partial<AnnotationDraft> = {}): AnnotationDraft {
  return {
    materialId,
    page: 1,
    kind: 'highlight',
    rects: [{ x: 0.12, y: 0.2, w: 0.5, h: 0.03 }],
    quote: firstArticle,
    note: '建议与地方组织法的表述保持一致。',
    ...overrides,
  };
}

describe('annotations', () => {
  it('keeps a highlight with its note, rectangles and quote, and lists it again', async () => {
    const fixture = openServiceFixture();
    const material = await importReal(fixture, 'jianduFa_2024.md', '监督法（修订草案）');

    const created = unwrap(
      createAnnotation(fixture.db, fixture.owner, draft(material.id), CREATED),
    );
    const listed = unwrap(listMaterialAnnotations(fixture.db, fixture.owner, material.id));

    expect(listed).toEqual([created]);
    expect(created).toMatchObject({
      materialId: material.id,
      page: 1,
      kind: 'highlight',
      rects: [{ x: 0.12, y: 0.2, w: 0.5, h: 0.03 }],
      quote: firstArticle,
      note: '建议与地方组织法的表述保持一致。',
      createdAt: CREATED.toISOString(),
      updatedAt: CREATED.toISOString(),
    });
    expect(findMaterial(fixture.db, material.id, fixture.owner.person.id)?.annotationCount).toBe(1);
  });

  it('changes the note and its update time, and deletes', async () => {
    const fixture = openServiceFixture();
    const material = await importReal(fixture, 'jianduFa_2024.md', '监督法（修订草案）');
    const created = unwrap(
      createAnnotation(fixture.db, fixture.owner, draft(material.id), CREATED),
    );

    const edited = unwrap(
      updateAnnotation(
        fixture.db,
        fixture.owner,
        { annotationId: created.id, note: '已在分组会上提出。' },
        EDITED,
      ),
    );
    expect(edited).toMatchObject({
      note: '已在分组会上提出。',
      createdAt: CREATED.toISOString(),
      updatedAt: EDITED.toISOString(),
    });

    expect(removeAnnotation(fixture.db, fixture.owner, created.id).ok).toBe(true);
    expect(unwrap(listMaterialAnnotations(fixture.db, fixture.owner, material.id))).toEqual([]);
    const again = removeAnnotation(fixture.db, fixture.owner, created.id);
    expect(again.ok ? 'removed' : again.error.code).toBe('annotation.notFound');
  });

  it('keeps notes private: a colleague can neither list, edit nor delete them', async () => {
    const fixture = openServiceFixture();
    const material = await importReal(fixture, 'jianduFa_2024.md', '监督法（修订草案）');
    const mine = unwrap(createAnnotation(fixture.db, fixture.owner, draft(material.id), CREATED));

    expect(unwrap(listMaterialAnnotations(fixture.db, fixture.colleague, material.id))).toEqual([]);
    const edit = updateAnnotation(
      fixture.db,
      fixture.colleague,
      { annotationId: mine.id, note: 'x' },
      EDITED,
    );
    expect(edit.ok ? 'edited' : edit.error.code).toBe('annotation.notFound');
    const removal = removeAnnotation(fixture.db, fixture.colleague, mine.id);
    expect(removal.ok ? 'removed' : removal.error.code).toBe('annotation.notFound');

    const visibility = fixture.db.prepare('SELECT visibility FROM annotations').get();
    expect(visibility).toEqual({ visibility: 'private' });
  });

  it('refuses a page beyond the end of a PDF and an unknown material', async () => {
    const fixture = openServiceFixture();
    const pdf = await importReal(fixture, 'rotation.pdf', '旋转页面');

    const beyond = createAnnotation(fixture.db, fixture.owner, draft(pdf.id, { page: 3 }), CREATED);
    expect(beyond.ok ? 'created' : beyond.error).toMatchObject({
      code: 'input.invalid',
      details: { page: 3, pageCount: 2 },
    });
    expect(
      createAnnotation(fixture.db, fixture.owner, draft(pdf.id, { page: 2 }), CREATED).ok,
    ).toBe(true);

    const unknown = createAnnotation(fixture.db, fixture.owner, draft('nope'), CREATED);
    expect(unknown.ok ? 'created' : unknown.error.code).toBe('material.notFound');
  });

  it('keeps a highlight on page 11 of a typeset law text and lists it in page order', async () => {
    const fixture = openServiceFixture();
    const law = await importReal(fixture, 'jianduFa_2024.md', '监督法（修订草案）');
    expect(law).toMatchObject({ kind: 'text', pageCount: null });

    // The reader lays the text out in pages; main takes whatever page the member is on.
    const article = law2024.split('\n').find((line) => line.startsWith('第四十条')) ?? '';
    expect(article).not.toBe('');
    const later = unwrap(
      createAnnotation(
        fixture.db,
        fixture.owner,
        draft(law.id, { page: 11, quote: article, note: '第十一页上的意见' }),
        CREATED,
      ),
    );
    const first = unwrap(createAnnotation(fixture.db, fixture.owner, draft(law.id), EDITED));

    const listed = unwrap(listMaterialAnnotations(fixture.db, fixture.owner, law.id));
    expect(listed.map((annotation) => [annotation.page, annotation.note])).toEqual([
      [1, first.note],
      [11, '第十一页上的意见'],
    ]);
    expect(later).toMatchObject({ page: 11, quote: article });
  });

  it('exports own notes as Markdown by material and page, with the passages', async () => {
    const fixture = openServiceFixture();
    const law = await importReal(fixture, 'jianduFa_2024.md', '监督法（修订草案）');
    const pdf = await importReal(fixture, 'file_pdfjs_test.pdf', '表单与批注示例');

    unwrap(
      createAnnotation(
        fixture.db,
        fixture.owner,
        draft(pdf.id, { page: 4, quote: '第四页的段落', note: '页四' }),
        CREATED,
      ),
    );
    unwrap(
      createAnnotation(
        fixture.db,
        fixture.owner,
        draft(pdf.id, { page: 2, kind: 'note', quote: '', note: '页二的想法' }),
        CREATED,
      ),
    );
    unwrap(createAnnotation(fixture.db, fixture.owner, draft(law.id), CREATED));
    unwrap(
      createAnnotation(
        fixture.db,
        fixture.colleague,
        draft(law.id, { note: '同事的私人意见' }),
        CREATED,
      ),
    );

    const exported = unwrap(
      exportNotes(fixture.db, fixture.owner, undefined, new Date(2025, 2, 14, 10, 0)),
    );
    const { markdown } = exported;

    expect(exported.fileName).toBe('我的批注-20250314.md');
    expect(markdown).toContain('- 导出人：李明华');
    expect(markdown).toContain('- 导出时间：2025-03-14 10:00');
    expect(markdown).toContain('- 批注条数：3');
    expect(markdown).not.toContain('同事的私人意见');

    // Materials in import order, pages in order, each note under its quoted passage.
    const order = [
      '## 监督法（修订草案）（第 1 版）',
      `> ${firstArticle}`,
      '建议与地方组织法的表述保持一致。',
      '## 表单与批注示例（第 1 版）',
      '### 第 2 页',
      '页二的想法',
      '### 第 4 页',
      '> 第四页的段落',
      '页四',
    ].map((line) => markdown.indexOf(line));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // A text material has no pages worth naming.
    const lawSection = markdown.slice(markdown.indexOf('## 监督法'), markdown.indexOf('## 表单'));
    expect(lawSection).not.toContain('### 第');
  });

  it('exports the notes of one material under a file name that names it', async () => {
    const fixture = openServiceFixture();
    const law = await importReal(fixture, 'jianduFa_2024.md', '监督法（修订草案）/终稿');
    const pdf = await importReal(fixture, 'rotation.pdf', '旋转页面');
    unwrap(createAnnotation(fixture.db, fixture.owner, draft(law.id), CREATED));
    unwrap(
      createAnnotation(fixture.db, fixture.owner, draft(pdf.id, { note: '另一份材料' }), CREATED),
    );

    const exported = unwrap(exportNotes(fixture.db, fixture.owner, law.id, new Date(2025, 2, 14)));
    expect(exported.fileName).toBe('批注-监督法（修订草案）_终稿-20250314.md');
    expect(exported.markdown).toContain('- 批注条数：1');
    expect(exported.markdown).not.toContain('另一份材料');

    const unknown = exportNotes(fixture.db, fixture.owner, 'nope', new Date());
    expect(unknown.ok ? 'exported' : unknown.error.code).toBe('material.notFound');
  });
});
