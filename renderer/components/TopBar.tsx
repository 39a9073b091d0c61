import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Session } from '../../core/api/models.js';
import { applyLargeText, storedLargeText } from '../app/preferences.js';
import { languages, switchLanguage, type Language } from '../i18n/index.js';
import { ChangePassphraseDialog } from './ChangePassphraseDialog.js';

type TopBarProps = Readonly<{ session: Session | null; onLock: () => void }>;

export function TopBar(props: TopBarProps) {
  const { t, i18n } = useTranslation();
  const { session } = props;
  const [largeText, setLargeText] = useState(storedLargeText);
  const [changing, setChanging] = useState(false);
  const [notice, setNotice] = useState('');

  const toggleLargeText = (): void => {
    applyLargeText(!largeText);
    setLargeText(!largeText);
  };

  return (
    <header className="top-bar">
      <div className="top-bar-identity">
        <span className="app-name">{t('app.name')}</span>
        {session && (
          <span className="committee-name" data-testid="committee-name">
            {session.committee}
          </span>
        )}
      </div>

      <p className="top-bar-notice" role="status">
        {notice}
      </p>

      <div className="top-bar-actions">
        {session && (
          <span className="user-name" data-testid="user-name">
            {session.user.name}
            <span className="user-title">{session.user.title}</span>
          </span>
        )}

        <label className="language-switch">
          <span className="visually-hidden">{t('topBar.language')}</span>
          <select
            value={i18n.language}
            onChange={(event) => void switchLanguage(event.target.value as Language)}
            data-testid="language-select"
          >
            {languages.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
        </label>

        <button
          type="button"
          className="button quiet"
          aria-pressed={largeText}
          onClick={toggleLargeText}
          data-testid="large-text-toggle"
        >
          {t('topBar.largeText')}
        </button>

        {session && (
          <>
            <button
              type="button"
              className="button quiet"
              onClick={() => setChanging(true)}
              data-testid="change-passphrase-button"
            >
              {t('topBar.changePassphrase')}
            </button>
            <button
              type="button"
              className="button"
              onClick={props.onLock}
              data-testid="lock-button"
            >
              {t('topBar.lock')}
            </button>
          </>
        )}
      </div>

      {changing && (
        <ChangePassphraseDialog
          onClose={() => setChanging(false)}
          onChanged={() => {
            setChanging(false);
            setNotice(t('passphrase.changed'));
          }}
        />
      )}
    </header>
  );
}
