// The agenda's 条文对照 action sits beside 阅读 (.material-actions).
import '../styles/regulation.css';

import { useTranslation } from 'react-i18next';

import type { MaterialSummary } from '../../core/api/models.js';
import { useCall } from '../app/api.js';
import { formatMeetingTime } from '../app/format.js';
import { useLoad } from '../app/load.js';
import type { Navigate } from '../app/route.js';
import { ClassificationBadge } from '../components/ClassificationBadge.js';
import { ErrorText } from '../components/ErrorText.js';
import { useFocusOnMount } from '../components/focus.js';
import { canCompare } from '../regulation/can-compare.js';

type Props = Readonly<{ meetingId: string; navigate: Navigate }>;

// 会议议程: the agenda items in order, each with its materials.
export function MeetingScreen(props: Props) {
  const { t, i18n } = useTranslation();
  const call = useCall();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const detail = useLoad(
    () => call('meeting.get', { meetingId: props.meetingId }),
    [call, props.meetingId],
    `meeting:${props.meetingId}`,
  );

  const openMaterial = (material: MaterialSummary): void =>
    props.navigate({ screen: 'reader', meetingId: props.meetingId, materialId: material.id });
  const compareMaterial = (material: MaterialSummary): void =>
    props.navigate({ screen: 'comparison', meetingId: props.meetingId, materialId: material.id });

  return (
    <section className="screen" aria-labelledby="meeting-heading">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <button
          type="button"
          className="link-button"
          onClick={() => props.navigate({ screen: 'meetings' })}
          data-testid="back-to-meetings"
        >
          {t('meetings.backToList')}
        </button>
      </nav>

      <h1 id="meeting-heading" ref={heading} tabIndex={-1}>
        {detail.status === 'ready' ? detail.value.meeting.title : t('meeting.title')}
      </h1>

      {detail.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {detail.status === 'failed' && <ErrorText error={detail.error} />}

      {detail.status === 'ready' && (
        <>
          <p className="subtitle">
            {formatMeetingTime(detail.value.meeting.startsAt, i18n.language)} ·{' '}
            {detail.value.meeting.location}
          </p>

          <h2>{t('meeting.agenda')}</h2>
          <ol className="agenda" data-testid="agenda">
            {detail.value.agendaItems.map((item) => (
              <li
                key={item.id}
                className="agenda-item"
                data-testid="agenda-item"
                data-agenda-item-id={item.id}
              >
                <h3 className="agenda-title">
                  <span className="agenda-ordinal">
                    {t('meeting.ordinal', { ordinal: item.ordinal })}
                  </span>
                  {item.title}
                </h3>

                {item.materials.length === 0 ? (
                  <p className="muted">{t('meeting.noMaterials')}</p>
                ) : (
                  <ul className="material-list">
                    {item.materials.map((material) => (
                      <MaterialRow
                        key={material.id}
                        material={material}
                        onOpen={openMaterial}
                        onCompare={canCompare(material) ? compareMaterial : null}
                      />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function MaterialRow(props: {
  material: MaterialSummary;
  onOpen: (material: MaterialSummary) => void;
  // 条文对照, offered on a text that revises another.
  onCompare: ((material: MaterialSummary) => void) | null;
}) {
  const { t } = useTranslation();
  const { material } = props;

  return (
    <li
      className="material-row"
      data-testid="material-item"
      data-material-id={material.id}
      data-kind={material.kind}
      data-file-name={material.fileName}
    >
      <div className="material-main">
        <span className="material-title">{material.title}</span>
        <ClassificationBadge classification={material.classification} />
      </div>
      <p className="material-facts">
        <span>{t(`material.kind.${material.kind}`)}</span>
        <span>{t('material.version', { version: material.version })}</span>
        {material.pageCount !== null && (
          <span>{t('material.pages', { count: material.pageCount })}</span>
        )}
        {material.passwordProtected && <span>{t('material.passwordProtected')}</span>}
        {material.annotationCount > 0 && (
          <span>{t('material.annotations', { count: material.annotationCount })}</span>
        )}
      </p>
      <div className="material-actions">
        <button
          type="button"
          className="button"
          onClick={() => props.onOpen(material)}
          aria-label={t('material.openNamed', { title: material.title })}
          data-testid="material-open"
        >
          {t('material.open')}
        </button>
        {props.onCompare && (
          <button
            type="button"
            className="button quiet"
            onClick={() => props.onCompare?.(material)}
            aria-label={t('regulation.compareNamed', { title: material.title })}
            data-testid="material-compare"
          >
            {t('regulation.compare')}
          </button>
        )}
      </div>
    </li>
  );
}
