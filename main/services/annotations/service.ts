import type { Annotation, Rect } from '../../../core/api/models.js';
import { formatLocalDay, formatLocalMinute } from '../../../core/local-time.js';
import {
  renderNotesMarkdown,
  safeFileName,
  type MaterialNotes,
} from '../../../core/notes-markdown.js';
import { err, ok, type Result } from '../../../core/result.js';
import type { Db } from '../../../db/connection.js';
import { newId } from '../ids.js';
import { findMaterial } from '../materials/repository.js';
import type { Owner } from '../owner.js';
import {
  deleteAnnotation,
  findAnnotation,
  insertAnnotation,
  listAnnotations,
  listAnnotationsForExport,
  updateAnnotationNote,
  type ExportRow,
} from './repository.js';

// A member's highlights and notes on a material. They live encrypted in the profile, never
// inside the PDF, and are private to their author.

export type AnnotationDraft = Readonly<{
  materialId: string;
  page: number;
  kind: 'highlight' | 'note';
  rects: readonly Rect[];
  quote: string;
  note: string;
}>;

export function createAnnotation(
  db: Db,
  owner: Owner,
  draft: AnnotationDraft,
  now: Date,
): Result<Annotation> {
  const material = findMaterial(db, draft.materialId, owner.person.id);
  if (material === undefined) return err('material.notFound');

  // Pages of a text material are the reader's typesetting (font size, window width), so
  // main cannot know the last one and accepts any page. A PDF imported without its password
  // has no page count until it is opened either.
  const lastPage = material.kind === 'pdf' ? material.pageCount : null;
  if (lastPage !== null && draft.page > lastPage) {
    return err('input.invalid', 'page beyond the end of the material', {
      page: draft.page,
      pageCount: lastPage,
    });
  }

  const stamp = now.toISOString();
  const annotation = { ...draft, id: newId(), createdAt: stamp, updatedAt: stamp };
  insertAnnotation(db, { ...annotation, personId: owner.person.id });
  return ok({ ...annotation, rects: [...draft.rects] });
}

export function listMaterialAnnotations(
  db: Db,
  owner: Owner,
  materialId: string,
): Result<Annotation[]> {
  if (findMaterial(db, materialId, owner.person.id) === undefined) {
    return err('material.notFound');
  }
  return ok(listAnnotations(db, materialId, owner.person.id));
}

export function updateAnnotation(
  db: Db,
  owner: Owner,
  change: Readonly<{ annotationId: string; note: string }>,
  now: Date,
): Result<Annotation> {
  const updated = updateAnnotationNote(db, change.annotationId, owner.person.id, {
    note: change.note,
    updatedAt: now.toISOString(),
  });
  const annotation = updated ? findAnnotation(db, change.annotationId, owner.person.id) : undefined;
  return annotation === undefined ? err('annotation.notFound') : ok(annotation);
}

export function removeAnnotation(
  db: Db,
  owner: Owner,
  annotationId: string,
): Result<Record<string, never>> {
  const removed = deleteAnnotation(db, annotationId, owner.person.id);
  return removed ? ok({}) : err('annotation.notFound');
}

export type NotesFile = Readonly<{ fileName: string; markdown: string }>;

/** The owner's notes on one material, or on every material, as a Markdown file. */
export function exportNotes(
  db: Db,
  owner: Owner,
  materialId: string | undefined,
  now: Date,
): Result<NotesFile> {
  const material =
    materialId === undefined ? undefined : findMaterial(db, materialId, owner.person.id);
  if (materialId !== undefined && material === undefined) return err('material.notFound');

  const rows = listAnnotationsForExport(db, owner.person.id, materialId);
  const markdown = renderNotesMarkdown({
    ownerName: owner.person.name,
    exportedAt: formatLocalMinute(now),
    materials: groupByMaterial(rows),
  });

  const stem = material === undefined ? '我的批注' : `批注-${material.title}`;
  return ok({ fileName: safeFileName(`${stem}-${formatLocalDay(now)}`, 'md'), markdown });
}

function groupByMaterial(rows: readonly ExportRow[]): MaterialNotes[] {
  const groups = new Map<string, MaterialNotes & { notes: ExportRow[] }>();

  for (const row of rows) {
    let group = groups.get(row.materialId);
    if (group === undefined) {
      group = {
        title: row.materialTitle,
        version: row.version,
        paged: row.materialKind === 'pdf',
        meetingTitle: row.meetingTitle,
        agendaOrdinal: row.agendaOrdinal,
        agendaTitle: row.agendaTitle,
        notes: [],
      };
      groups.set(row.materialId, group);
    }
    group.notes.push(row);
  }
  return [...groups.values()];
}
