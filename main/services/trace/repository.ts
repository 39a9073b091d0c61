import { createHmac, randomBytes } from 'node:crypto';

import { encodeTraceId, normalizeTraceId, traceMessage } from '../../../core/trace.js';
import { err, ok, type Result } from '../../../core/result.js';
import type { Db } from '../../../db/connection.js';
import { metaKeys, readMeta, writeMeta } from '../meta.js';

// Issuing and resolving trace IDs. The code is an HMAC, under a secret that never leaves
// the profile, of who received which version of which material: nobody can forge or
// predict a code, and the same copy always shows the same code. Every code issued is
// recorded so a clerk can answer 'whose copy is this?' from a photo of a page.

export type TracedCopy = Readonly<{ personId: string; materialId: string; version: number }>;

export type TraceRecord = TracedCopy &
  Readonly<{
    traceId: string;
    personName: string;
    materialTitle: string;
    issuedAt: string;
  }>;

// Far more than any real profile needs: a collision among 40-bit codes is already rare.
const MAX_ATTEMPTS = 16;

function traceSecret(db: Db): Buffer {
  const stored = readMeta(db, metaKeys.traceSecret);
  if (stored !== undefined) return Buffer.from(stored, 'hex');

  const secret = randomBytes(32);
  writeMeta(db, metaKeys.traceSecret, secret.toString('hex'));
  return secret;
}

type IssueRow = Readonly<{ personId: string; materialId: string; version: number }>;

/** The trace ID for one copy, recorded the first time it is issued. */
export function issueTraceId(db: Db, copy: TracedCopy, issuedAt: string): string {
  return db.transaction(() => {
    const secret = traceSecret(db);
    const find = db.prepare(
      `SELECT person_id AS personId, material_id AS materialId, version
       FROM trace_issues WHERE trace_id = ?`,
    );

    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const digest = createHmac('sha256', secret).update(traceMessage(copy, attempt)).digest();
      const traceId = encodeTraceId(digest);
      const existing = find.get(traceId) as IssueRow | undefined;

      if (existing === undefined) {
        db.prepare(
          `INSERT INTO trace_issues (trace_id, person_id, material_id, version, issued_at)
           VALUES (?, ?, ?, ?, ?)`,
        ).run(traceId, copy.personId, copy.materialId, copy.version, issuedAt);
        return traceId;
      }
      if (sameCopy(existing, copy)) return traceId;
    }

    throw new Error('no free trace ID after repeated collisions');
  })();
}

/** Who received the copy a trace ID was drawn on, as typed by a clerk. */
export function resolveTraceId(db: Db, typed: string): Result<TraceRecord> {
  const traceId = normalizeTraceId(typed);
  if (traceId === null) return err('input.invalid', 'not a trace ID');

  const record = db
    .prepare(
      `SELECT t.trace_id AS traceId, t.person_id AS personId, p.name AS personName,
         t.material_id AS materialId, m.title AS materialTitle, t.version AS version,
         t.issued_at AS issuedAt
       FROM trace_issues t JOIN people p ON p.id = t.person_id
       JOIN materials m ON m.id = t.material_id
       WHERE t.trace_id = ?`,
    )
    .get(traceId) as TraceRecord | undefined;

  return record === undefined ? err('material.notFound', 'trace ID was never issued') : ok(record);
}

function sameCopy(row: IssueRow, copy: TracedCopy): boolean {
  return (
    row.personId === copy.personId &&
    row.materialId === copy.materialId &&
    row.version === copy.version
  );
}
