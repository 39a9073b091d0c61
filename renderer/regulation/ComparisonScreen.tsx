import '../styles/regulation.css';

import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useCall } from '../app/api.js';
import type { Navigate } from '../app/route.js';
import { ClassificationBadge } from '../components/ClassificationBadge.js';
import { ErrorText } from '../components/ErrorText.js';
import { useFocusOnMount } from '../components/focus.js';
import { comparePhases } from './compare-protocol.js';
import { ComparisonView } from './ComparisonView.js';
import { useComparison, type ComparisonPhase } from './useComparison.js';
import { comparisonWatermarkText } from './watermark-line.js';

type Props = Readonly<{ meetingId: string; materialId: string; navigate: Navigate }>;

const phases: readonly ComparisonPhase[] = ['decrypting', ...comparePhases];

// 条文对照: a draft (materialId) against the text it revises. Both are opened through
// main like any reading (recorded, watermarked); parsing and comparing run in a worker
// while this screen says which step it is on.
export function ComparisonScreen(props: Props) {
  const { t } = useTranslation();
  const call = useCall();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const state = useComparison(call, props.materialId);
  const back = (): void => props.navigate({ screen: 'meeting', meetingId: props.meetingId });

  const pair = state.status === 'ready' || state.status === 'compareFailed' ? state.pair : null;
  const watermarkText = useMemo(
    () => (pair ? comparisonWatermarkText(pair.draftWatermark, pair.baseWatermark) : ''),
    [pair],
  );

  return (
    <section
      className="reader-screen comparison-screen"
      aria-labelledby="comparison-heading"
      data-testid="comparison-screen"
      data-state={state.status}
    >
      <div className="reader-header">
        <button type="button" className="link-button" onClick={back} data-testid="comparison-back">
          {t('reader.back')}
        </button>
        <h1 id="comparison-heading" ref={heading} tabIndex={-1}>
          {pair ? t('regulation.title', { title: pair.draft.title }) : t('regulation.opening')}
        </h1>
        {pair && <ClassificationBadge classification={pair.draft.classification} />}
        {pair && (
          <span className="muted" data-testid="comparison-versions">
            {t('regulation.versions', {
              old: pair.base.title,
              oldVersion: pair.base.version,
              new: pair.draft.title,
              newVersion: pair.draft.version,
            })}
          </span>
        )}
      </div>

      {state.status === 'working' && <Progress phase={state.phase} onCancel={back} t={t} />}
      {state.status === 'failed' && <ErrorText error={state.error} testId="comparison-error" />}
      {state.status === 'noBase' && (
        <p className="notice" role="status" data-testid="comparison-no-base">
          {t('regulation.noBase')}
        </p>
      )}
      {state.status === 'compareFailed' && (
        <p className="error-text" role="alert" data-testid="comparison-error">
          {t('regulation.compareFailed')}
        </p>
      )}
      {state.status === 'ready' && (
        <ComparisonView pair={state.pair} result={state.result} watermarkText={watermarkText} />
      )}
    </section>
  );
}

function Progress(props: { phase: ComparisonPhase; onCancel: () => void; t: TFunction }) {
  const { phase, t } = props;
  const step = phases.indexOf(phase);

  return (
    <div
      className="opening-progress"
      data-testid="comparison-progress"
      data-phase={phase}
      aria-busy="true"
    >
      <p role="status">{t(`regulation.phase.${phase}`)}</p>
      <progress aria-label={t('regulation.progress')} max={phases.length} value={step} />
      <button type="button" className="button" onClick={props.onCancel}>
        {t('reader.cancelOpen')}
      </button>
    </div>
  );
}
