import { createHash } from 'node:crypto';

import type { Classification, MaterialSummary } from '../../../core/api/models.js';
import { detectMaterialType, titleFromFileName } from '../../../core/material-type.js';
import { err, ok, type Result } from '../../../core/result.js';
import type { Db } from '../../../db/connection.js';
import { newId } from '../ids.js';
import { findAgendaItem } from '../meetings/repository.js';
import { inspectPdf } from './pdf-inspect.js';
import {
  findLatestVersion,
  findMaterial,
  findMaterialInMeetingBySha,
  insertMaterial,
  type NewMaterial,
} from './repository.js';

// Importing a material happens in two steps: `prepareMaterial` checks the file (slow for a
// large PDF, and needs no database), `storeMaterial` writes it in one transaction after
// checking it against what the meeting already holds. A refused file writes nothing.

export type MaterialCandidate = Readonly<{
  agendaItemId: string;
  fileName: string;
  bytes: Uint8Array;
  title?: string;
  classification: Classification;
  // Used to check a locked PDF, then forgotten: the password is never stored.
  pdfPassword?: string;
}>;

export type PreparedMaterial = Readonly<{
  candidate: MaterialCandidate;
  title: string;
  kind: 'pdf' | 'text';
  sha256: string;
  pageCount: number | null;
  passwordProtected: boolean;
}>;

export async function prepareMaterial(
  candidate: MaterialCandidate,
): Promise<Result<PreparedMaterial>> {
  const detected = detectMaterialType(candidate.fileName, candidate.bytes);
  if (!detected.ok) return detected;

  const title = candidate.title?.trim() || titleFromFileName(candidate.fileName);
  const sha256 = createHash('sha256').update(candidate.bytes).digest('hex');

  if (detected.value.kind === 'text') {
    return ok({
      candidate,
      title,
      kind: 'text',
      sha256,
      pageCount: null,
      passwordProtected: false,
    });
  }

  const pdf = await inspectPdf(candidate.bytes, candidate.pdfPassword || undefined);
  if (!pdf.ok) return pdf;
  return ok({ candidate, title, kind: 'pdf', sha256, ...pdf.value });
}

/**
 * Stores a prepared material as version 1 of its title, or as the next version when the
 * agenda item already holds a material of that title with other bytes.
 */
export function storeMaterial(
  db: Db,
  prepared: PreparedMaterial,
  context: Readonly<{ personId: string; importedAt: string }>,
): Result<MaterialSummary> {
  const { candidate } = prepared;

  return db.transaction((): Result<MaterialSummary> => {
    const agendaItem = findAgendaItem(db, candidate.agendaItemId);
    if (agendaItem === undefined) return err('agendaItem.notFound');

    const duplicate = findMaterialInMeetingBySha(db, agendaItem.meetingId, prepared.sha256);
    if (duplicate !== undefined) {
      return err('material.duplicate', undefined, { title: duplicate.title });
    }

    const previous = findLatestVersion(db, agendaItem.id, prepared.title);
    // A text re-imported under its title is the next draft of that text: the comparison
    // and the comments carried over start from the version it replaces.
    const base = prepared.kind === 'text' && previous?.kind === 'text' ? previous.id : null;
    const material: NewMaterial = {
      id: newId(),
      agendaItemId: agendaItem.id,
      title: prepared.title,
      fileName: candidate.fileName,
      kind: prepared.kind,
      classification: candidate.classification,
      version: (previous?.version ?? 0) + 1,
      sha256: prepared.sha256,
      size: candidate.bytes.length,
      pageCount: prepared.pageCount,
      passwordProtected: prepared.passwordProtected,
      importedAt: context.importedAt,
      baseMaterialId: base,
    };
    insertMaterial(db, material, candidate.bytes);

    const summary = findMaterial(db, material.id, context.personId);
    if (summary === undefined) throw new Error('material vanished inside its own transaction');
    return ok(summary);
  })();
}

/**
 * The whole import. `openDb` is asked again after the file check because the profile may
 * have been locked while pdf.js was busy.
 */
export async function importMaterial(
  openDb: () => Result<Db>,
  candidate: MaterialCandidate,
  context: Readonly<{ personId: string; importedAt: string }>,
): Promise<Result<MaterialSummary>> {
  const before = openDb();
  if (!before.ok) return before;
  if (findAgendaItem(before.value, candidate.agendaItemId) === undefined) {
    return err('agendaItem.notFound');
  }

  const prepared = await prepareMaterial(candidate);
  if (!prepared.ok) return prepared;

  const db = openDb();
  if (!db.ok) return db;
  return storeMaterial(db.value, prepared.value, context);
}
