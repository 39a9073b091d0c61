import type { Annotation, Rect } from '../../../core/api/models.js';
import type { Db } from '../../../db/connection.js';

// Annotations belong to the person who wrote them; every query here is scoped to that
// person, so one member's private notes never appear in another's list or export.

export type NewAnnotation = Omit<Annotation, 'rects'> &
  Readonly<{ personId: string; rects: readonly Rect[] }>;

type AnnotationRow = Omit<Annotation, 'rects'> & { rects: string };

const SELECT = `
  SELECT id, material_id AS materialId, page, kind, rects, quote, note,
    created_at AS createdAt, updated_at AS updatedAt
  FROM annotations`;

function toAnnotation(row: AnnotationRow): Annotation {
  return { ...row, rects: JSON.parse(row.rects) as Rect[] };
}

export function insertAnnotation(db: Db, annotation: NewAnnotation): void {
  db.prepare(
    `INSERT INTO annotations (id, material_id, person_id, page, kind, rects, quote, note,
       visibility, created_at, updated_at)
     VALUES (@id, @materialId, @personId, @page, @kind, @rects, @quote, @note,
       'private', @createdAt, @updatedAt)`,
  ).run({ ...annotation, rects: JSON.stringify(annotation.rects) });
}

export function listAnnotations(db: Db, materialId: string, personId: string): Annotation[] {
  const rows = db
    .prepare(`${SELECT} WHERE material_id = ? AND person_id = ? ORDER BY page, created_at, rowid`)
    .all(materialId, personId) as AnnotationRow[];
  return rows.map(toAnnotation);
}

export function findAnnotation(
  db: Db,
  annotationId: string,
  personId: string,
): Annotation | undefined {
  const row = db.prepare(`${SELECT} WHERE id = ? AND person_id = ?`).get(annotationId, personId) as
    AnnotationRow | undefined;
  return row === undefined ? undefined : toAnnotation(row);
}

export function updateAnnotationNote(
  db: Db,
  annotationId: string,
  personId: string,
  change: Readonly<{ note: string; updatedAt: string }>,
): boolean {
  const result = db
    .prepare('UPDATE annotations SET note = ?, updated_at = ? WHERE id = ? AND person_id = ?')
    .run(change.note, change.updatedAt, annotationId, personId);
  return result.changes === 1;
}

export function deleteAnnotation(db: Db, annotationId: string, personId: string): boolean {
  const result = db
    .prepare('DELETE FROM annotations WHERE id = ? AND person_id = ?')
    .run(annotationId, personId);
  return result.changes === 1;
}

export type ExportRow = Readonly<{
  materialId: string;
  materialTitle: string;
  materialKind: 'pdf' | 'text';
  version: number;
  meetingTitle: string;
  agendaOrdinal: number;
  agendaTitle: string;
  page: number;
  kind: 'highlight' | 'note';
  quote: string;
  note: string;
}>;

/** The person's annotations in reading order: meeting, agenda item, material, page. */
export function listAnnotationsForExport(
  db: Db,
  personId: string,
  materialId: string | undefined,
): ExportRow[] {
  return db
    .prepare(
      `SELECT n.material_id AS materialId, x.title AS materialTitle, x.kind AS materialKind,
         x.version AS version, m.title AS meetingTitle, a.ordinal AS agendaOrdinal,
         a.title AS agendaTitle, n.page AS page, n.kind AS kind, n.quote AS quote, n.note AS note
       FROM annotations n
       JOIN materials x ON x.id = n.material_id
       JOIN agenda_items a ON a.id = x.agenda_item_id
       JOIN meetings m ON m.id = a.meeting_id
       WHERE n.person_id = @personId AND (@materialId IS NULL OR n.material_id = @materialId)
       ORDER BY m.starts_at, m.id, a.ordinal, x.rowid, n.page, n.created_at, n.rowid`,
    )
    .all({ personId, materialId: materialId ?? null }) as ExportRow[];
}
