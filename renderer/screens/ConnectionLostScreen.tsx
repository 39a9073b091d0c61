import { useTranslation } from 'react-i18next';

import type { ConnectionLoss } from '../bridge/connection.js';
import { useFocusOnMount } from '../components/focus.js';

type Props = Readonly<{ loss: ConnectionLoss; onRetry: () => void }>;

// Shown instead of every other screen once main cannot be reached. A stale token cannot
// become valid again, so only an unanswered service offers to try again.
export function ConnectionLostScreen(props: Props) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const stale = props.loss === 'staleToken';

  return (
    <section
      className="centered-screen"
      aria-labelledby="connection-heading"
      data-testid="connection-lost"
      data-loss={props.loss}
    >
      <div className="panel narrow" role="alert">
        <h1 id="connection-heading" ref={heading} tabIndex={-1}>
          {stale ? t('connection.staleTokenTitle') : t('connection.unreachableTitle')}
        </h1>
        <p data-testid="connection-message">
          {stale ? t('connection.staleToken') : t('connection.unreachable')}
        </p>
        {!stale && (
          <div className="form-actions">
            <button
              type="button"
              className="button primary"
              onClick={props.onRetry}
              data-testid="connection-retry"
            >
              {t('connection.retry')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
