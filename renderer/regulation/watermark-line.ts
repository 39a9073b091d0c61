import type { Watermark } from '../../core/api/models.js';
import { formatWatermarkText } from '../reader/watermark-text.js';

// The comparison shows two materials, each opened (and traced) on its own: the watermark
// names the recipient and time once and both trace IDs, draft first.
export function comparisonWatermarkText(draft: Watermark, base: Watermark): string {
  const line = formatWatermarkText(draft);
  return base.traceId === draft.traceId ? line : `${line} / ${base.traceId}`;
}
