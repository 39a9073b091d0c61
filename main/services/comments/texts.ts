import { createHash } from 'node:crypto';

import type { MaterialSummary } from '../../../core/api/models.js';
import { err, ok, type Result } from '../../../core/result.js';
import {
  compareRegulations,
  composeIdMaps,
  parseRegulation,
  type IdMap,
  type Regulation,
} from '../../../core/regulation/index.js';
import type { Db } from '../../../db/connection.js';
import { findMaterial, readMaterialBytes } from '../materials/repository.js';
import type { RegulationCache } from './regulation-cache.js';

// The regulation behind a text material, and the chain of texts it revises.

export type TextVersion = Readonly<{
  material: MaterialSummary;
  regulation: Regulation;
  // Carries provision IDs of this version to the text being read; null for that text itself.
  idMap: IdMap | null;
  // 0 for the text being read, 1 for its base, 2 for the base's base…
  distance: number;
}>;

// Drafts of one law rarely exceed a handful; the bound only stops a damaged chain.
const LONGEST_CHAIN = 32;

/** Parses a text material (once per material and checksum; see regulation-cache.ts). */
export function loadRegulation(
  db: Db,
  cache: RegulationCache,
  material: MaterialSummary,
): Result<Regulation> {
  return cache.regulation(material, () => {
    const bytes = readMaterialBytes(db, material.id, material.size);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (bytes.length !== material.size || sha256 !== material.sha256) {
      return err('profile.corrupt', 'material bytes do not match their checksum', {
        materialId: material.id,
      });
    }
    // Checked as strict UTF-8 at import; the decoder drops a byte-order mark.
    return ok(parseRegulation(new TextDecoder('utf-8').decode(bytes)));
  });
}

/**
 * The text being read, then its base, the base's base and so on, each with the ID map that
 * carries its provisions to the text being read. The chain stops at a material that is
 * missing or not a text, and at a loop.
 */
export function loadVersions(
  db: Db,
  cache: RegulationCache,
  material: MaterialSummary,
  personId: string,
): Result<TextVersion[]> {
  const regulation = loadRegulation(db, cache, material);
  if (!regulation.ok) return regulation;

  const target: TextVersion = {
    material,
    regulation: regulation.value,
    idMap: null,
    distance: 0,
  };
  const versions = [target];
  const seen = new Set([material.id]);
  let later = target;
  let toTarget: IdMap | null = null;

  while (versions.length < LONGEST_CHAIN) {
    const baseId = later.material.baseMaterialId;
    if (baseId === null || seen.has(baseId)) break;
    seen.add(baseId);

    const base = findMaterial(db, baseId, personId);
    if (base === undefined || base.kind !== 'text') break;
    const baseRegulation = loadRegulation(db, cache, base);
    if (!baseRegulation.ok) return baseRegulation;

    const after = later;
    const step = cache.idMap(
      base,
      after.material,
      () => compareRegulations(baseRegulation.value, after.regulation).idMap,
    );
    toTarget = toTarget === null ? step : composeIdMaps(step, toTarget);

    later = {
      material: base,
      regulation: baseRegulation.value,
      idMap: toTarget,
      distance: versions.length,
    };
    versions.push(later);
  }
  return ok(versions);
}
