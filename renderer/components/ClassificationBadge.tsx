import { useTranslation } from 'react-i18next';

import type { Classification } from '../../core/api/models.js';

// 公开 / 内部 / 敏感, shown in words and colour; the word carries the meaning.
export function ClassificationBadge(props: { classification: Classification }) {
  const { t } = useTranslation();

  return (
    <span
      className={`badge badge-${props.classification}`}
      data-testid="classification-badge"
      data-classification={props.classification}
    >
      {t(`classification.${props.classification}`)}
    </span>
  );
}
