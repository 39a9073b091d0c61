import { ok, type Result } from '../../../core/result.js';
import type { IdMap, Regulation } from '../../../core/regulation/index.js';

// Parsed texts and ID maps of text materials, kept in memory only: a parse holds the
// material's text, which must never reach disk unencrypted. Keys name a material and its
// SHA-256, so a stale entry can never answer for other bytes. The service host clears the
// cache when the profile locks.

export type MaterialKey = Readonly<{ id: string; sha256: string }>;

export type RegulationCache = Readonly<{
  // `load` runs on a miss; a failed load is not remembered.
  regulation(material: MaterialKey, load: () => Result<Regulation>): Result<Regulation>;
  idMap(before: MaterialKey, after: MaterialKey, compare: () => IdMap): IdMap;
  clear(): void;
}>;

// A meeting has a few drafts; the 民法典's parse is a few megabytes. Enough for a draft,
// its base chain and a second law open side by side.
const REGULATIONS_KEPT = 8;
const ID_MAPS_KEPT = 16;

export function createRegulationCache(): RegulationCache {
  const regulations = new Map<string, Regulation>();
  const idMaps = new Map<string, IdMap>();

  return {
    regulation(material, load) {
      const key = keyOf(material);
      const hit = regulations.get(key);
      if (hit !== undefined) return ok(remember(regulations, key, () => hit, REGULATIONS_KEPT));

      const loaded = load();
      if (loaded.ok) remember(regulations, key, () => loaded.value, REGULATIONS_KEPT);
      return loaded;
    },
    idMap: (before, after, compare) =>
      remember(idMaps, `${keyOf(before)}>${keyOf(after)}`, compare, ID_MAPS_KEPT),
    clear() {
      regulations.clear();
      idMaps.clear();
    },
  };
}

function keyOf(material: MaterialKey): string {
  return `${material.id}:${material.sha256}`;
}

// Least recently used goes first: a Map iterates in insertion order, and a hit re-inserts.
function remember<T>(entries: Map<string, T>, key: string, make: () => T, limit: number): T {
  const hit = entries.get(key);
  if (hit !== undefined) {
    entries.delete(key);
    entries.set(key, hit);
    return hit;
  }

  const value = make();
  entries.set(key, value);
  for (const oldest of entries.keys()) {
    if (entries.size <= limit) break;
    entries.delete(oldest);
  }
  return value;
}
