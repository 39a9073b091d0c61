import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EventPayload } from '../../core/api/contract.js';
import type { Session } from '../../core/api/models.js';
import type { AppError } from '../../core/result.js';
import { getBridge } from '../bridge/index.js';
import { ErrorText } from '../components/ErrorText.js';
import { TopBar } from '../components/TopBar.js';
import { MeetingListScreen } from '../screens/MeetingListScreen.js';
import { MeetingScreen } from '../screens/MeetingScreen.js';
import { UnlockScreen } from '../screens/UnlockScreen.js';
import { useActivityReporter } from './activity.js';
import { CallProvider, createCall } from './api.js';
import type { Route } from './route.js';

// pdf.js is most of the code; the unlock screen should not wait for it.
const ReaderScreen = lazy(async () => ({
  default: (await import('../screens/ReaderScreen.js')).ReaderScreen,
}));

export type LockReason = EventPayload<'profile.locked'>['reason'];

type AppState =
  | Readonly<{ phase: 'starting' }>
  | Readonly<{ phase: 'startFailed'; error: AppError }>
  | Readonly<{ phase: 'locked'; profileExists: boolean; reason: LockReason | null }>
  | Readonly<{ phase: 'unlocked'; session: Session; route: Route; epoch: number }>;

// The whole app is one state machine: locked or unlocked. Everything decrypted (meetings,
// documents, text, annotations, canvases) lives inside the unlocked subtree, so locking
// unmounts it and every reader cleans up after itself.
export function App() {
  const { t } = useTranslation();
  const bridge = useMemo(() => getBridge(), []);
  const [state, setState] = useState<AppState>({ phase: 'starting' });

  const lockNow = useCallback((reason: LockReason) => {
    setState({ phase: 'locked', profileExists: true, reason });
  }, []);

  const call = useMemo(() => createCall(bridge, () => lockNow('system')), [bridge, lockNow]);

  useEffect(
    () => bridge.on('profile.locked', (payload) => lockNow(payload.reason)),
    [bridge, lockNow],
  );

  useEffect(() => {
    let cancelled = false;

    void (async () => {
      const info = await call('app.info', {});
      if (cancelled) return;
      if (!info.ok) return setState({ phase: 'startFailed', error: info.error });

      // A reload loses the renderer's state while main may still be unlocked: lock, and
      // let the member unlock again rather than show data to whoever reloaded.
      if (info.value.unlocked) await call('profile.lock', {});
      if (cancelled) return;

      setState({ phase: 'locked', profileExists: info.value.profileExists, reason: null });
    })();

    return () => {
      cancelled = true;
    };
  }, [call]);

  useActivityReporter(call, state.phase === 'unlocked');

  const onUnlocked = useCallback((session: Session) => {
    setState((previous) => ({
      phase: 'unlocked',
      session,
      route: { screen: 'meetings' },
      epoch: previous.phase === 'unlocked' ? previous.epoch + 1 : Date.now(),
    }));
  }, []);

  const navigate = useCallback((route: Route) => {
    setState((previous) => (previous.phase === 'unlocked' ? { ...previous, route } : previous));
  }, []);

  const lockByHand = useCallback(async () => {
    // Drop the decrypted state first; main's answer cannot bring it back.
    lockNow('manual');
    await call('profile.lock', {});
  }, [call, lockNow]);

  return (
    <CallProvider call={call}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar session={state.phase === 'unlocked' ? state.session : null} onLock={lockByHand} />
      <main id="main" className="app-main" tabIndex={-1}>
        {renderPhase(state, { onUnlocked, navigate, t })}
      </main>
    </CallProvider>
  );
}

type PhaseHandlers = Readonly<{
  onUnlocked: (session: Session) => void;
  navigate: (route: Route) => void;
  t: (key: string) => string;
}>;

function renderPhase(state: AppState, handlers: PhaseHandlers) {
  switch (state.phase) {
    case 'starting':
      return (
        <p className="status-line" role="status" data-testid="app-starting">
          {handlers.t('app.starting')}
        </p>
      );
    case 'startFailed':
      return (
        <div className="panel narrow" role="alert">
          <h1>{handlers.t('app.startFailed')}</h1>
          <ErrorText error={state.error} />
        </div>
      );
    case 'locked':
      return (
        <UnlockScreen
          profileExists={state.profileExists}
          lockReason={state.reason}
          onUnlocked={handlers.onUnlocked}
        />
      );
    case 'unlocked':
      return <UnlockedRoute key={state.epoch} route={state.route} navigate={handlers.navigate} />;
  }
}

function UnlockedRoute(props: { route: Route; navigate: (route: Route) => void }) {
  const { route, navigate } = props;

  switch (route.screen) {
    case 'meetings':
      return <MeetingListScreen navigate={navigate} />;
    case 'meeting':
      return <MeetingScreen meetingId={route.meetingId} navigate={navigate} />;
    case 'reader':
      return (
        <Suspense fallback={<ReaderLoading />}>
          <ReaderScreen
            key={route.materialId}
            meetingId={route.meetingId}
            materialId={route.materialId}
            navigate={navigate}
          />
        </Suspense>
      );
  }
}

function ReaderLoading() {
  const { t } = useTranslation();

  return (
    <p className="status-line" role="status">
      {t('reader.opening')}
    </p>
  );
}
