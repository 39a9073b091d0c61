import type { Db } from '../../../db/connection.js';

// Comments as stored: each on the material (version) it was written on, naming its
// provision by ID. Where a comment shows on a later draft is worked out when reading.

export type StoredComment = Readonly<{
  id: string;
  materialId: string;
  personId: string;
  authorName: string;
  provisionId: string;
  articleNumber: number;
  paragraph: number | null;
  text: string;
  createdAt: string;
}>;

export type NewComment = Omit<StoredComment, 'authorName'>;

const SELECT = `
  SELECT c.id AS id, c.material_id AS materialId, c.person_id AS personId,
    p.name AS authorName, c.provision_id AS provisionId, c.article_number AS articleNumber,
    c.paragraph AS paragraph, c.text AS text, c.created_at AS createdAt
  FROM comments c JOIN people p ON p.id = c.person_id`;

export function insertComment(db: Db, comment: NewComment): void {
  db.prepare(
    `INSERT INTO comments (id, material_id, person_id, provision_id, article_number,
       paragraph, text, created_at)
     VALUES (@id, @materialId, @personId, @provisionId, @articleNumber,
       @paragraph, @text, @createdAt)`,
  ).run(comment);
}

export function findComment(db: Db, commentId: string): StoredComment | undefined {
  return db.prepare(`${SELECT} WHERE c.id = ?`).get(commentId) as StoredComment | undefined;
}

/** Every comment written on one material, oldest first. */
export function listCommentsOn(db: Db, materialId: string): StoredComment[] {
  return db
    .prepare(`${SELECT} WHERE c.material_id = ? ORDER BY c.created_at, c.rowid`)
    .all(materialId) as StoredComment[];
}

/** Deletes a comment only if this person wrote it. */
export function deleteOwnComment(db: Db, commentId: string, personId: string): boolean {
  const result = db
    .prepare('DELETE FROM comments WHERE id = ? AND person_id = ?')
    .run(commentId, personId);
  return result.changes === 1;
}
