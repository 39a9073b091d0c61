import { useTranslation } from 'react-i18next';

/** The empty side of an added or deleted provision: a dash, and words for screen readers. */
export function Absent() {
  const { t } = useTranslation();

  return (
    <span className="absent">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('regulation.absent')}</span>
    </span>
  );
}
