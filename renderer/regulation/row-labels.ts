import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import {
  ARTICLE_CHANGES,
  type ArticleChange,
  type HeadingChange,
} from '../../core/regulation/index.js';

// The words every row repeats, translated once per table instead of once per row: the
// whole 民法典 has 1,260 rows, and thousands of lookups would hold up the first paint.

export type RowLabels = Readonly<{
  articleChanges: Readonly<Record<ArticleChange, string>>;
  headingChanges: Readonly<Record<HeadingChange, string>>;
  absent: string;
  addComment: string;
  addCommentNamed: (label: string) => string;
  groupPosition: (index: number, size: number) => string;
}>;

const headingChangeKinds: readonly HeadingChange[] = [
  'unchanged',
  'renumbered',
  'modified',
  'added',
  'deleted',
];

export function useRowLabels(): RowLabels {
  const { t } = useTranslation();

  return useMemo(() => {
    // Templates keep their placeholders and are filled per row without i18next.
    const addNamed = t('regulation.comment.addNamed', { label: '{{label}}' });
    const group = t('regulation.groupPosition', { index: '{{index}}', size: '{{size}}' });

    return {
      articleChanges: Object.fromEntries(
        ARTICLE_CHANGES.map((change) => [change, t(`regulation.change.${change}`)]),
      ) as Record<ArticleChange, string>,
      headingChanges: Object.fromEntries(
        headingChangeKinds.map((change) => [change, t(`regulation.headingChange.${change}`)]),
      ) as Record<HeadingChange, string>,
      absent: t('regulation.absent'),
      addComment: t('regulation.comment.add'),
      addCommentNamed: (label) => addNamed.replace('{{label}}', label),
      groupPosition: (index, size) =>
        group.replace('{{index}}', String(index)).replace('{{size}}', String(size)),
    };
  }, [t]);
}
