import { useTranslation } from 'react-i18next';

// The last resort when the app itself failed to render: nothing of the profile is shown,
// and a reload starts again from the unlock screen (a reload always locks).
export function AppFailed() {
  const { t } = useTranslation();

  return (
    <main className="centered-screen" data-testid="app-failed">
      <div className="panel narrow" role="alert">
        <h1>{t('app.crashed')}</h1>
        <p>{t('app.crashedExplain')}</p>
        <div className="form-actions">
          <button type="button" className="button primary" onClick={() => location.reload()}>
            {t('app.reload')}
          </button>
        </div>
      </div>
    </main>
  );
}
