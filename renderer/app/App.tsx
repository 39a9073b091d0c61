import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EventPayload } from '../../core/api/contract.js';
import type { Session } from '../../core/api/models.js';
import type { AppError } from '../../core/result.js';
import { onConnectionLoss, type ConnectionLoss } from '../bridge/connection.js';
import { getBridge } from '../bridge/index.js';
import { ErrorBoundary } from '../components/ErrorBoundary.js';
import { ErrorText } from '../components/ErrorText.js';
import { RouteFailed } from '../components/RouteFailed.js';
import { TopBar } from '../components/TopBar.js';
import { ComparisonScreen } from '../regulation/ComparisonScreen.js';
import { ConnectionLostScreen } from '../screens/ConnectionLostScreen.js';
import { MeetingListScreen } from '../screens/MeetingListScreen.js';
import { MeetingScreen } from '../screens/MeetingScreen.js';
import { UnlockScreen } from '../screens/UnlockScreen.js';
import { useActivityReporter } from './activity.js';
import { CallProvider, createCall } from './api.js';
import { ReaderRoute } from './ReaderRoute.js';
import type { Route } from './route.js';
import { SessionCacheProvider } from './session-cache.js';

export type LockReason = EventPayload<'profile.locked'>['reason'];

type AppState =
  | Readonly<{ phase: 'starting' }>
  | Readonly<{ phase: 'startFailed'; error: AppError }>
  | Readonly<{ phase: 'disconnected'; loss: ConnectionLoss }>
  | Readonly<{ phase: 'locked'; profileExists: boolean; reason: LockReason | null }>
  | Readonly<{ phase: 'unlocked'; session: Session; route: Route; epoch: number }>;

// Once main is out of reach only the member's "try again" leaves that state: an answer
// that was already on its way must not bring a screen back.
function unlessDisconnected(next: AppState): (previous: AppState) => AppState {
  return (previous) => (previous.phase === 'disconnected' ? previous : next);
}

// The whole app is one state machine: locked or unlocked (or out of reach of main).
// Everything decrypted (meetings, documents, text, annotations, canvases) lives inside the
// unlocked subtree, so locking or losing main unmounts it and every reader cleans up.
export function App() {
  const { t } = useTranslation();
  const bridge = useMemo(() => getBridge(), []);
  const [state, setState] = useState<AppState>({ phase: 'starting' });
  const [connectAttempt, setConnectAttempt] = useState(0);

  const lockNow = useCallback((reason: LockReason) => {
    setState(unlessDisconnected({ phase: 'locked', profileExists: true, reason }));
  }, []);

  const call = useMemo(() => createCall(bridge, () => lockNow('system')), [bridge, lockNow]);

  useEffect(
    () => bridge.on('profile.locked', (payload) => lockNow(payload.reason)),
    [bridge, lockNow],
  );

  useEffect(
    () =>
      onConnectionLoss((loss) =>
        setState((previous) =>
          previous.phase === 'disconnected' && previous.loss === loss
            ? previous
            : { phase: 'disconnected', loss },
        ),
      ),
    [],
  );

  useEffect(() => {
    let cancelled = false;

    void (async () => {
      const info = await call('app.info', {});
      if (cancelled) return;
      if (!info.ok)
        return setState(unlessDisconnected({ phase: 'startFailed', error: info.error }));

      // A reload loses the renderer's state while main may still be unlocked: lock, and
      // let the member unlock again rather than show data to whoever reloaded.
      if (info.value.unlocked) await call('profile.lock', {});
      if (cancelled) return;

      const { profileExists } = info.value;
      setState(unlessDisconnected({ phase: 'locked', profileExists, reason: null }));
    })();

    return () => {
      cancelled = true;
    };
  }, [call, connectAttempt]);

  useActivityReporter(call, state.phase === 'unlocked');

  const retryConnection = useCallback(() => {
    setState({ phase: 'starting' });
    setConnectAttempt((count) => count + 1);
  }, []);

  const onUnlocked = useCallback((session: Session) => {
    setState((previous) => {
      if (previous.phase === 'disconnected') return previous;

      const epoch = previous.phase === 'unlocked' ? previous.epoch + 1 : Date.now();
      return { phase: 'unlocked', session, route: { screen: 'meetings' }, epoch };
    });
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
        {renderPhase(state, { onUnlocked, navigate, retryConnection, t })}
      </main>
    </CallProvider>
  );
}

type PhaseHandlers = Readonly<{
  onUnlocked: (session: Session) => void;
  navigate: (route: Route) => void;
  retryConnection: () => void;
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
        <section className="centered-screen" data-testid="start-failed">
          <div className="panel narrow" role="alert">
            <h1>{handlers.t('app.startFailed')}</h1>
            <ErrorText error={state.error} />
          </div>
        </section>
      );
    case 'disconnected':
      return <ConnectionLostScreen loss={state.loss} onRetry={handlers.retryConnection} />;
    case 'locked':
      return (
        <UnlockScreen
          profileExists={state.profileExists}
          lockReason={state.reason}
          onUnlocked={handlers.onUnlocked}
        />
      );
    case 'unlocked':
      return (
        <SessionCacheProvider key={state.epoch}>
          <UnlockedRoute
            key={routeKey(state.route)}
            route={state.route}
            navigate={handlers.navigate}
          />
        </SessionCacheProvider>
      );
  }
}

// A new key per route gives every screen a fresh error boundary.
function routeKey(route: Route): string {
  switch (route.screen) {
    case 'meetings':
      return 'meetings';
    case 'meeting':
      return `meeting:${route.meetingId}`;
    case 'reader':
      return `reader:${route.materialId}`;
    case 'comparison':
      return `comparison:${route.materialId}`;
  }
}

function UnlockedRoute(props: { route: Route; navigate: (route: Route) => void }) {
  const { route, navigate } = props;

  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <RouteFailed
          error={error}
          onBack={() => {
            navigate({ screen: 'meetings' });
            reset();
          }}
        />
      )}
    >
      <RouteScreen route={route} navigate={navigate} />
    </ErrorBoundary>
  );
}

function RouteScreen(props: { route: Route; navigate: (route: Route) => void }) {
  const { route, navigate } = props;

  switch (route.screen) {
    case 'meetings':
      return <MeetingListScreen navigate={navigate} />;
    case 'meeting':
      return <MeetingScreen meetingId={route.meetingId} navigate={navigate} />;
    case 'reader':
      return (
        <ReaderRoute
          meetingId={route.meetingId}
          materialId={route.materialId}
          navigate={navigate}
        />
      );
    case 'comparison':
      return (
        <ComparisonScreen
          meetingId={route.meetingId}
          materialId={route.materialId}
          navigate={navigate}
        />
      );
  }
}
