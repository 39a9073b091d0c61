import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../components/Dialog.js';

type Props = Readonly<{
  attempt: 'needed' | 'incorrect';
  onSubmit: (password: string) => void;
  onCancel: () => void;
}>;

// A PDF protected by its own password (separate from the profile passphrase). The password
// goes to pdf.js only; it is not stored.
export function PasswordDialog(props: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    props.onSubmit(password);
  };

  return (
    <Dialog title={t('pdfPassword.title')} onClose={props.onCancel} testId="pdf-password-dialog">
      <form className="form" onSubmit={submit} noValidate>
        <p>{t('pdfPassword.explain')}</p>
        <div className="field">
          <label htmlFor={inputId}>{t('pdfPassword.label')}</label>
          <input
            id={inputId}
            type="password"
            value={password}
            autoComplete="off"
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={props.attempt === 'incorrect' || undefined}
            aria-describedby={props.attempt === 'incorrect' ? errorId : undefined}
            data-testid="pdf-password-input"
          />
        </div>
        {props.attempt === 'incorrect' && (
          <p className="error-text" role="alert" id={errorId} data-testid="pdf-password-error">
            {t('pdfPassword.incorrect')}
          </p>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button quiet"
            onClick={props.onCancel}
            data-testid="pdf-password-cancel"
          >
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="pdf-password-submit">
            {t('pdfPassword.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
