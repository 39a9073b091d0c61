import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Session } from '../../core/api/models.js';
import type { AppError } from '../../core/result.js';
import { useCall } from '../app/api.js';
import type { LockReason } from '../app/App.js';
import { minPassphraseLength } from '../app/passphrase.js';
import { useCountdown } from '../app/useCountdown.js';
import { ErrorText, useErrorMessage } from '../components/ErrorText.js';
import { useFocusOnMount } from '../components/focus.js';
import { PassphraseField } from '../components/PassphraseField.js';
import { errorInterpolation } from '../i18n/errors.js';

type Props = Readonly<{
  profileExists: boolean;
  lockReason: LockReason | null;
  onUnlocked: (session: Session) => void;
}>;

export function UnlockScreen(props: Props) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();

  return (
    <section className="unlock-screen" aria-labelledby="unlock-heading">
      <div className="panel narrow">
        <h1 id="unlock-heading" ref={heading} tabIndex={-1}>
          {props.profileExists ? t('unlock.title') : t('demo.title')}
        </h1>

        {props.lockReason && (
          <p className="notice" role="status" data-testid="lock-reason">
            {t(`unlock.lockedBecause.${props.lockReason}`)}
          </p>
        )}

        {props.profileExists ? (
          <UnlockForm onUnlocked={props.onUnlocked} />
        ) : (
          <CreateDemoForm onUnlocked={props.onUnlocked} />
        )}
      </div>
    </section>
  );
}

function UnlockForm(props: { onUnlocked: (session: Session) => void }) {
  const { t } = useTranslation();
  const call = useCall();
  const errorMessage = useErrorMessage();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);
  const wait = useCountdown();
  const waiting = wait.seconds > 0;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy || waiting) return;

    if (passphrase.length === 0) {
      setError(null);
      return setEmpty(true);
    }

    setEmpty(false);
    setBusy(true);
    setError(null);
    const result = await call('profile.unlock', { passphrase });
    setBusy(false);

    if (!result.ok) {
      setError(result.error);
      return wait.start(retryDelayMs(result.error));
    }

    setPassphrase('');
    props.onUnlocked(result.value);
  };

  const problem = empty
    ? t('unlock.empty')
    : error?.code === 'profile.throttled'
      ? t('unlock.throttled')
      : error && errorMessage(error);
  const describedBy = [problem ? 'unlock-error' : null, waiting ? 'unlock-countdown' : null];

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('unlock.explain')}</p>
      <PassphraseField
        label={t('unlock.passphrase')}
        value={passphrase}
        onChange={(value) => {
          setPassphrase(value);
          setEmpty(false);
        }}
        autoComplete="current-password"
        invalid={Boolean(problem)}
        describedBy={describedBy.filter(Boolean).join(' ') || undefined}
        testId="unlock-passphrase"
      />
      {problem && (
        <p className="error-text" role="alert" id="unlock-error" data-testid="unlock-error">
          {problem}
        </p>
      )}
      {waiting && (
        // role=timer is not announced at every tick; the alert above already said why.
        <p className="notice" role="timer" id="unlock-countdown" data-testid="unlock-countdown">
          {t('unlock.retryIn', { count: wait.seconds })}
        </p>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button primary"
          disabled={busy || waiting}
          data-testid="unlock-submit"
        >
          {busy ? t('unlock.working') : t('unlock.submit')}
        </button>
      </div>
    </form>
  );
}

// How long main asks the member to wait before the next attempt: it names the delay after
// a wrong passphrase (0 for the first few) and while the attempts are throttled.
function retryDelayMs(error: AppError): number {
  const delay = error.details?.['retryAfterMs'];
  if (typeof delay === 'number') return delay;

  const seconds = errorInterpolation(error)['seconds'];
  return typeof seconds === 'number' ? seconds * 1000 : 0;
}

function CreateDemoForm(props: { onUnlocked: (session: Session) => void }) {
  const { t } = useTranslation();
  const call = useCall();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);

    if (passphrase.length < minPassphraseLength)
      return setProblem(t('passphrase.tooShort', { min: minPassphraseLength }));
    if (passphrase !== confirm) return setProblem(t('passphrase.mismatch'));

    setProblem('');
    setBusy(true);
    const result = await call('profile.createDemo', { passphrase });
    setBusy(false);

    if (!result.ok) return setError(result.error);
    props.onUnlocked(result.value);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('demo.explain')}</p>
      <PassphraseField
        label={t('demo.passphrase')}
        hint={t('passphrase.rule', { count: minPassphraseLength })}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
        testId="create-passphrase"
      />
      <PassphraseField
        label={t('passphrase.confirm')}
        value={confirm}
        onChange={setConfirm}
        autoComplete="new-password"
        testId="create-confirm"
      />
      {problem && (
        <p className="error-text" role="alert" data-testid="create-problem">
          {problem}
        </p>
      )}
      <ErrorText error={error} testId="create-error" />
      <div className="form-actions">
        <button
          type="submit"
          className="button primary"
          disabled={busy}
          data-testid="create-submit"
        >
          {busy ? t('demo.working') : t('demo.submit')}
        </button>
      </div>
    </form>
  );
}
