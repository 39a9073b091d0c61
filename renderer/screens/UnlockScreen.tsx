import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Session } from '../../core/api/models.js';
import type { AppError } from '../../core/result.js';
import { useCall } from '../app/api.js';
import type { LockReason } from '../app/App.js';
import { minPassphraseLength } from '../app/passphrase.js';
import { ErrorText } from '../components/ErrorText.js';
import { useFocusOnMount } from '../components/focus.js';
import { PassphraseField } from '../components/PassphraseField.js';

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
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (passphrase.length === 0 || busy) return;

    setBusy(true);
    setError(null);
    const result = await call('profile.unlock', { passphrase });
    setBusy(false);

    if (!result.ok) return setError(result.error);

    setPassphrase('');
    props.onUnlocked(result.value);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('unlock.explain')}</p>
      <PassphraseField
        label={t('unlock.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
        invalid={error !== null}
        describedBy={error ? 'unlock-error' : undefined}
        testId="unlock-passphrase"
      />
      <ErrorText error={error} id="unlock-error" testId="unlock-error" />
      <div className="form-actions">
        <button
          type="submit"
          className="button primary"
          disabled={busy}
          data-testid="unlock-submit"
        >
          {busy ? t('unlock.working') : t('unlock.submit')}
        </button>
      </div>
    </form>
  );
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
