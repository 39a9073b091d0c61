import type { Classification, MaterialKind, MaterialSummary } from '../../../core/api/models.js';
import type { Db } from '../../../db/connection.js';

// Materials live inside the encrypted database as 1 MiB chunks: SQLCipher encrypts every
// page, and no chunk is large enough to make SQLite spill it to a temporary file.
export const CHUNK_BYTES = 1024 * 1024;

export type NewMaterial = Readonly<{
  id: string;
  agendaItemId: string;
  title: string;
  fileName: string;
  kind: MaterialKind;
  classification: Classification;
  version: number;
  sha256: string;
  size: number;
  pageCount: number | null;
  passwordProtected: boolean;
  importedAt: string;
  baseMaterialId: string | null;
}>;

type MaterialRow = Omit<MaterialSummary, 'passwordProtected'> & { passwordProtected: number };

// The annotation count is the profile owner's own: annotations are private to their author.
const SUMMARY_SELECT = `
  SELECT x.id AS id, x.agenda_item_id AS agendaItemId, x.title AS title,
    x.file_name AS fileName, x.kind AS kind, x.classification AS classification,
    x.version AS version, x.sha256 AS sha256, x.size AS size, x.page_count AS pageCount,
    x.password_protected AS passwordProtected, x.imported_at AS importedAt,
    x.base_material_id AS baseMaterialId,
    (SELECT count(*) FROM annotations n
      WHERE n.material_id = x.id AND n.person_id = @personId) AS annotationCount
  FROM materials x`;

function toSummary(row: MaterialRow): MaterialSummary {
  return { ...row, passwordProtected: row.passwordProtected !== 0 };
}

/** A meeting's materials in agenda order, then in the order they were imported. */
export function listMaterialsOfMeeting(
  db: Db,
  meetingId: string,
  personId: string,
): MaterialSummary[] {
  const rows = db
    .prepare(
      `${SUMMARY_SELECT} JOIN agenda_items a ON a.id = x.agenda_item_id
       WHERE a.meeting_id = @meetingId ORDER BY a.ordinal, x.rowid`,
    )
    .all({ meetingId, personId }) as MaterialRow[];
  return rows.map(toSummary);
}

export function findMaterial(
  db: Db,
  materialId: string,
  personId: string,
): MaterialSummary | undefined {
  const row = db
    .prepare(`${SUMMARY_SELECT} WHERE x.id = @materialId`)
    .get({ materialId, personId }) as MaterialRow | undefined;
  return row === undefined ? undefined : toSummary(row);
}

/** A material with these exact bytes anywhere in the meeting, if there is one. */
export function findMaterialInMeetingBySha(
  db: Db,
  meetingId: string,
  sha256: string,
): Readonly<{ id: string; title: string }> | undefined {
  return db
    .prepare(
      `SELECT x.id AS id, x.title AS title FROM materials x
       JOIN agenda_items a ON a.id = x.agenda_item_id
       WHERE a.meeting_id = ? AND x.sha256 = ? LIMIT 1`,
    )
    .get(meetingId, sha256) as { id: string; title: string } | undefined;
}

export type MaterialVersion = Readonly<{ id: string; version: number; kind: MaterialKind }>;

/** The newest version of a title on an agenda item: a re-import becomes the next one. */
export function findLatestVersion(
  db: Db,
  agendaItemId: string,
  title: string,
): MaterialVersion | undefined {
  return db
    .prepare(
      `SELECT id, version, kind FROM materials WHERE agenda_item_id = ? AND title = ?
       ORDER BY version DESC LIMIT 1`,
    )
    .get(agendaItemId, title) as MaterialVersion | undefined;
}

/** Records which text a draft revises (its 现行文本 or previous draft). */
export function setBaseMaterial(db: Db, materialId: string, baseMaterialId: string): void {
  db.prepare('UPDATE materials SET base_material_id = ? WHERE id = ?').run(
    baseMaterialId,
    materialId,
  );
}

/** Writes the row and its chunks. The caller wraps this in its transaction. */
export function insertMaterial(db: Db, material: NewMaterial, bytes: Uint8Array): void {
  db.prepare(
    `INSERT INTO materials (id, agenda_item_id, title, file_name, kind, classification,
       version, sha256, size, page_count, password_protected, imported_at, base_material_id)
     VALUES (@id, @agendaItemId, @title, @fileName, @kind, @classification,
       @version, @sha256, @size, @pageCount, @passwordProtected, @importedAt,
       @baseMaterialId)`,
  ).run({ ...material, passwordProtected: material.passwordProtected ? 1 : 0 });

  const insertChunk = db.prepare(
    'INSERT INTO material_chunks (material_id, idx, data) VALUES (?, ?, ?)',
  );
  for (let offset = 0, idx = 0; offset < bytes.length; offset += CHUNK_BYTES, idx += 1) {
    const chunk = bytes.subarray(offset, offset + CHUNK_BYTES);
    insertChunk.run(material.id, idx, Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  }
}

/** Reassembles a material's bytes in memory. */
export function readMaterialBytes(
  db: Db,
  materialId: string,
  size: number,
): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  const chunks = db
    .prepare('SELECT data FROM material_chunks WHERE material_id = ? ORDER BY idx')
    .iterate(materialId) as IterableIterator<{ data: Buffer }>;

  let offset = 0;
  for (const { data } of chunks) {
    // A chunk beyond the recorded size means the store is damaged; the checksum says so.
    if (offset + data.length > size) return bytes.subarray(0, 0);
    bytes.set(data, offset);
    offset += data.length;
  }
  return offset === size ? bytes : bytes.subarray(0, offset);
}
