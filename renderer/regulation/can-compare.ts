import type { MaterialSummary } from '../../core/api/models.js';

/** A text that names the text it revises can be shown side by side with it (条文对照). */
export function canCompare(material: MaterialSummary): boolean {
  return material.kind === 'text' && material.baseMaterialId !== null;
}
