import { useTranslation } from 'react-i18next';

import { useCall } from '../app/api.js';
import { formatMeetingTime } from '../app/format.js';
import { useLoad } from '../app/load.js';
import type { Navigate } from '../app/route.js';
import { ErrorText } from '../components/ErrorText.js';
import { useFocusOnMount } from '../components/focus.js';

export function MeetingListScreen(props: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const call = useCall();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const meetings = useLoad(() => call('meeting.list', {}), [call], 'meetings');

  return (
    <section className="screen" aria-labelledby="meetings-heading">
      <h1 id="meetings-heading" ref={heading} tabIndex={-1}>
        {t('meetings.title')}
      </h1>

      {meetings.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {meetings.status === 'failed' && <ErrorText error={meetings.error} />}
      {meetings.status === 'ready' && meetings.value.length === 0 && <p>{t('meetings.empty')}</p>}

      {meetings.status === 'ready' && meetings.value.length > 0 && (
        <ul className="card-list" data-testid="meeting-list">
          {meetings.value.map((meeting) => (
            <li
              key={meeting.id}
              className="card"
              data-testid="meeting-item"
              data-meeting-id={meeting.id}
            >
              <h2 className="card-title">{meeting.title}</h2>
              <dl className="facts">
                <div>
                  <dt>{t('meetings.time')}</dt>
                  <dd>{formatMeetingTime(meeting.startsAt, i18n.language)}</dd>
                </div>
                <div>
                  <dt>{t('meetings.location')}</dt>
                  <dd>{meeting.location}</dd>
                </div>
                <div>
                  <dt>{t('meetings.contents')}</dt>
                  <dd>
                    {t('meetings.counts', {
                      items: meeting.agendaItemCount,
                      materials: meeting.materialCount,
                    })}
                  </dd>
                </div>
              </dl>
              <button
                type="button"
                className="button primary"
                onClick={() => props.navigate({ screen: 'meeting', meetingId: meeting.id })}
                aria-label={t('meetings.openNamed', { title: meeting.title })}
                data-testid="open-meeting"
              >
                {t('meetings.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
