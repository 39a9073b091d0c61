import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { AppError } from '../../core/result.js';
import { useCall } from '../app/api.js';
import { minPassphraseLength } from '../app/passphrase.js';
import { Dialog } from './Dialog.js';
import { ErrorText } from './ErrorText.js';
import { PassphraseField } from './PassphraseField.js';

type Props = Readonly<{ onClose: () => void; onChanged: () => void }>;

// 修改口令: main re-wraps the database key; nothing is re-encrypted, so this is quick.
export function ChangePassphraseDialog(props: Props) {
  const { t } = useTranslation();
  const call = useCall();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);

    if (next.length < minPassphraseLength)
      return setProblem(t('passphrase.tooShort', { min: minPassphraseLength }));
    if (next !== confirm) return setProblem(t('passphrase.mismatch'));

    setProblem('');
    setBusy(true);
    const result = await call('profile.changePassphrase', { current, next });
    setBusy(false);

    if (!result.ok) return setError(result.error);
    props.onChanged();
  };

  return (
    <Dialog
      title={t('passphrase.changeTitle')}
      onClose={props.onClose}
      testId="change-passphrase-dialog"
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField
          label={t('passphrase.current')}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          testId="current-passphrase"
        />
        <PassphraseField
          label={t('passphrase.new')}
          hint={t('passphrase.rule', { count: minPassphraseLength })}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          testId="new-passphrase"
        />
        <PassphraseField
          label={t('passphrase.confirm')}
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          testId="confirm-passphrase"
        />

        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <ErrorText error={error} testId="change-passphrase-error" />

        <div className="form-actions">
          <button type="button" className="button quiet" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button primary"
            disabled={busy}
            data-testid="change-passphrase-submit"
          >
            {t('passphrase.changeSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
