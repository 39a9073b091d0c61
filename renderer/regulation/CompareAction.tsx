import { useTranslation } from 'react-i18next';

import type { MaterialSummary } from '../../core/api/models.js';
import type { Navigate } from '../app/route.js';
import { canCompare } from './can-compare.js';

type Props = Readonly<{ material: MaterialSummary; meetingId: string; navigate: Navigate }>;

/** '条文对照' in the reader's header, for a text that revises another; nothing otherwise. */
export function CompareAction(props: Props) {
  const { t } = useTranslation();
  const { material } = props;
  if (!canCompare(material)) return null;

  const open = (): void =>
    props.navigate({ screen: 'comparison', meetingId: props.meetingId, materialId: material.id });

  return (
    <button
      type="button"
      className="button quiet compare-action"
      onClick={open}
      aria-label={t('regulation.compareNamed', { title: material.title })}
      data-testid="reader-compare"
    >
      {t('regulation.compare')}
    </button>
  );
}
