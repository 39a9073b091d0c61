import { useId } from 'react';

import { maxPassphraseLength } from '../app/passphrase.js';

type Props = Readonly<{
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  testId: string;
  hint?: string;
  invalid?: boolean;
  describedBy?: string;
}>;

export function PassphraseField(props: Props) {
  const id = useId();
  const hintId = useId();
  const describedBy = [props.hint ? hintId : null, props.describedBy].filter(Boolean).join(' ');

  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="password"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        autoComplete={props.autoComplete}
        maxLength={maxPassphraseLength}
        spellCheck={false}
        aria-invalid={props.invalid || undefined}
        aria-describedby={describedBy || undefined}
        data-testid={props.testId}
      />
      {props.hint && (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
