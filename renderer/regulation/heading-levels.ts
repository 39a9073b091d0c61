import type { HeadingKind } from '../../core/regulation/index.js';
import type { TableRow } from './table-rows.js';

const order: readonly HeadingKind[] = ['book', 'subbook', 'chapter', 'section'];

/**
 * The heading element level of each kind of heading in this table: the outermost kind the
 * law has is <h2> (under the screen's <h1>), the next <h3>, and so on, so a law without
 * 编 does not skip levels.
 */
export function headingLevels(rows: readonly TableRow[]): Readonly<Record<HeadingKind, number>> {
  const present = new Set(rows.flatMap((row) => (row.kind === 'heading' ? [row.level] : [])));
  const used = order.filter((kind) => present.has(kind));
  const level = (kind: HeadingKind): number => {
    const index = used.indexOf(kind);
    return 2 + (index === -1 ? 0 : index);
  };

  return {
    book: level('book'),
    subbook: level('subbook'),
    chapter: level('chapter'),
    section: level('section'),
  };
}
