import { createHash } from 'node:crypto';

import type { OpenedMaterial } from '../../../core/api/models.js';
import { formatLocalMinute } from '../../../core/local-time.js';
import { err, ok, type Result } from '../../../core/result.js';
import type { Db } from '../../../db/connection.js';
import type { Owner } from '../owner.js';
import { issueTraceId } from '../trace/repository.js';
import { findMaterial, readMaterialBytes } from './repository.js';

/**
 * Hands a material to the reader: bytes reassembled in memory and checked against the
 * SHA-256 recorded at import, with the watermark the reader must draw on every page.
 */
export function openMaterial(
  db: Db,
  owner: Owner,
  materialId: string,
  openedAt: Date,
): Result<OpenedMaterial> {
  const material = findMaterial(db, materialId, owner.person.id);
  if (material === undefined) return err('material.notFound');

  const bytes = readMaterialBytes(db, material.id, material.size);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length !== material.size || sha256 !== material.sha256) {
    return err('profile.corrupt', 'material bytes do not match their checksum', {
      materialId: material.id,
    });
  }

  const traceId = issueTraceId(
    db,
    { personId: owner.person.id, materialId: material.id, version: material.version },
    openedAt.toISOString(),
  );
  const watermark = {
    recipientName: owner.person.name,
    openedAt: formatLocalMinute(openedAt),
    traceId,
  };

  if (material.kind === 'text') {
    // Checked as strict UTF-8 at import; the decoder drops a byte-order mark.
    const text = new TextDecoder('utf-8').decode(bytes);
    return ok({ material, watermark, bytes: null, text });
  }
  return ok({ material, watermark, bytes, text: null });
}
