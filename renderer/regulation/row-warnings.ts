import type { ReferenceWarning } from '../../core/regulation/index.js';

/** 预警 by the draft article whose text holds the reference. */
export function warningsByArticle(
  warnings: readonly ReferenceWarning[],
): ReadonlyMap<string, readonly ReferenceWarning[]> {
  const byArticle = new Map<string, ReferenceWarning[]>();

  for (const warning of warnings) {
    const id = warning.reference.articleId;
    byArticle.set(id, [...(byArticle.get(id) ?? []), warning]);
  }
  return byArticle;
}
