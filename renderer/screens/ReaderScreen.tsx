import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MaterialSummary } from '../../core/api/models.js';
import type { AppError } from '../../core/result.js';
import { useCall } from '../app/api.js';
import type { Navigate } from '../app/route.js';
import { ClassificationBadge } from '../components/ClassificationBadge.js';
import { ErrorText } from '../components/ErrorText.js';
import { useFocusOnMount } from '../components/focus.js';
import type { ReaderDocument } from '../reader/document.js';
import { PasswordDialog } from '../reader/PasswordDialog.js';
import { ReaderView } from '../reader/ReaderView.js';
import { useCompactLayout } from '../reader/useCompactLayout.js';
import { openMaterialDocument, type PasswordRequest } from '../reader/open-material.js';
import type { OpenProgress } from '../reader/open-progress.js';
import { OpeningProgress } from '../reader/OpeningProgress.js';
import { CompareAction } from '../regulation/CompareAction.js';

type Props = Readonly<{ meetingId: string; materialId: string; navigate: Navigate }>;

// Below this width the reader folds its secondary tools away and closes its side panels:
// a 1024-pixel window is 64 rem wide, or 43 rem in large-text mode.
const compactBelowRem = 72;

type ReaderState =
  | Readonly<{ status: 'opening'; progress: OpenProgress }>
  | Readonly<{ status: 'failed'; error: AppError }>
  | Readonly<{ status: 'broken' | 'cancelled'; material: MaterialSummary }>
  | Readonly<{
      status: 'ready';
      material: MaterialSummary;
      readerDocument: ReaderDocument;
      watermarkText: string;
    }>;

// Opens one material: main decrypts it into memory, the reader draws it. Leaving the screen
// (or the profile locking, which unmounts it) destroys the document and its pixels.
export function ReaderScreen(props: Props) {
  const { t } = useTranslation();
  const call = useCall();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [state, setState] = useState<ReaderState>({
    status: 'opening',
    progress: { phase: 'decrypting' },
  });
  const [password, setPassword] = useState<PasswordRequest | null>(null);
  const [attempt, setAttempt] = useState(0);
  const screen = useRef<HTMLElement>(null);
  const compact = useCompactLayout(screen, compactBelowRem);

  useEffect(() => {
    const controller = new AbortController();
    let opened: ReaderDocument | null = null;

    const askPassword = (request: PasswordRequest): void => {
      setPassword(request);
      setAttempt((count) => count + 1);
    };
    const onProgress = (progress: OpenProgress): void => {
      if (controller.signal.aborted) return;
      setState((previous) =>
        previous.status === 'opening' ? { ...previous, progress } : previous,
      );
    };

    const hooks = { signal: controller.signal, askPassword, onProgress };
    void openMaterialDocument(call, props.materialId, hooks).then((outcome) => {
      setPassword(null);

      if (controller.signal.aborted) {
        if (outcome.status === 'ready') void outcome.readerDocument.destroy();
        return;
      }

      if (outcome.status === 'ready') opened = outcome.readerDocument;
      setState(outcome);
    });

    return () => {
      controller.abort();
      void opened?.destroy();
    };
  }, [call, props.materialId]);

  const material = state.status === 'opening' || state.status === 'failed' ? null : state.material;
  const back = (): void => props.navigate({ screen: 'meeting', meetingId: props.meetingId });

  return (
    <section
      ref={screen}
      className="reader-screen"
      aria-labelledby="reader-heading"
      data-testid="reader-screen"
      data-state={state.status}
      data-layout={compact ? 'compact' : 'wide'}
    >
      <div className="reader-header">
        <button type="button" className="link-button" onClick={back} data-testid="reader-back">
          {t('reader.back')}
        </button>
        <h1 id="reader-heading" ref={heading} tabIndex={-1} title={material?.title}>
          {material?.title ?? t('reader.opening')}
        </h1>
        {material && <ClassificationBadge classification={material.classification} />}
        {material && (
          <span className="muted">{t('material.version', { version: material.version })}</span>
        )}
        {material && (
          <CompareAction
            material={material}
            meetingId={props.meetingId}
            navigate={props.navigate}
          />
        )}
      </div>

      {state.status === 'opening' && !password && (
        <OpeningProgress progress={state.progress} onCancel={back} />
      )}
      {state.status === 'failed' && <ErrorText error={state.error} testId="reader-error" />}
      {state.status === 'broken' && (
        <p className="error-text" role="alert" data-testid="reader-error">
          {t('errors.material.pdfBroken')}
        </p>
      )}
      {state.status === 'cancelled' && (
        <p className="notice" role="status" data-testid="reader-cancelled">
          {t('pdfPassword.cancelled')}
        </p>
      )}
      {state.status === 'ready' && (
        <ReaderView
          compact={compact}
          readerDocument={state.readerDocument}
          material={state.material}
          watermarkText={state.watermarkText}
        />
      )}

      {password && (
        <PasswordDialog
          key={attempt}
          attempt={password.attempt}
          onSubmit={(value) => password.answer(value)}
          onCancel={() => password.answer(null)}
        />
      )}
    </section>
  );
}
