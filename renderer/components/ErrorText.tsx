import { useTranslation } from 'react-i18next';

import type { AppError } from '../../core/result.js';
import { errorInterpolation, errorMessageKey } from '../i18n/errors.js';

// An error as the member reads it: the i18n message for its code, never main's English
// developer detail.
export function useErrorMessage(): (error: AppError) => string {
  const { t } = useTranslation();
  return (error) => t(errorMessageKey(error.code), errorInterpolation(error));
}

export function ErrorText(props: { error: AppError | null; testId?: string; id?: string }) {
  const message = useErrorMessage();
  if (!props.error) return null;

  return (
    <p className="error-text" role="alert" id={props.id} data-testid={props.testId}>
      {message(props.error)}
    </p>
  );
}
