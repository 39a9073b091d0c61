import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useCall } from '../app/api.js';
import { ChunkLoadError } from '../app/reader-chunk.js';
import { useFocusOnMount } from './focus.js';

type Props = Readonly<{ error: unknown; onBack: () => void }>;

// What an unlocked screen shows when it failed to render. When the reader's code could not
// be fetched, the likeliest cause is a stopped service: asking main once lets the bridge
// report that, and the app then replaces this screen with the connection message. If main
// does answer, the file itself failed, and only a reload fetches it afresh.
export function RouteFailed(props: Props) {
  const { t } = useTranslation();
  const call = useCall();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const chunk = props.error instanceof ChunkLoadError;

  useEffect(() => {
    if (chunk) void call('app.info', {});
  }, [call, chunk]);

  return (
    <section
      className="centered-screen"
      aria-labelledby="route-failed-heading"
      data-testid="route-failed"
    >
      <div className="panel narrow" role="alert">
        <h1 id="route-failed-heading" ref={heading} tabIndex={-1}>
          {t('app.unexpected')}
        </h1>
        <p>{chunk ? t('app.readerCodeFailed') : t('app.unexpectedExplain')}</p>
        <div className="form-actions">
          {chunk && (
            <button type="button" className="button" onClick={() => location.reload()}>
              {t('app.reload')}
            </button>
          )}
          <button
            type="button"
            className="button primary"
            onClick={props.onBack}
            data-testid="route-failed-back"
          >
            {t('app.backToMeetings')}
          </button>
        </div>
      </div>
    </section>
  );
}
