import type { Watermark } from '../../core/api/models.js';

// 'NAME · YYYY-MM-DD HH:mm · TRACEID': who received this copy, when it was opened (local
// time of the reading machine), and the trace ID a clerk resolves to the recipient.
export function formatWatermarkText(watermark: Watermark): string {
  return [watermark.recipientName, formatOpenedAt(watermark.openedAt), watermark.traceId].join(
    ' · ',
  );
}

function formatOpenedAt(openedAt: string): string {
  const date = new Date(openedAt);
  if (Number.isNaN(date.getTime())) return openedAt;

  const two = (value: number): string => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;

  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
