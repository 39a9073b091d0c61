import { useEffect, useState } from 'react';

import type { MaterialSummary, Watermark } from '../../core/api/models.js';
import type { AppError } from '../../core/result.js';
import type { Call } from '../app/api.js';
import { startComparison, type RunningComparison } from './compare-client.js';
import type { ComparePhase, ComparisonResult } from './compare-protocol.js';

// Opens a draft and the text it revises (material.open, which records both openings and
// returns their watermarks), then compares them in a worker. The texts go to the worker and
// are not kept here; leaving the screen ends the worker.

export type ComparisonPhase = 'decrypting' | ComparePhase;

export type OpenedPair = Readonly<{
  draft: MaterialSummary;
  base: MaterialSummary;
  draftWatermark: Watermark;
  baseWatermark: Watermark;
}>;

export type ComparisonState =
  | Readonly<{ status: 'working'; phase: ComparisonPhase }>
  | Readonly<{ status: 'failed'; error: AppError }>
  // The material is not a text, or revises nothing: there is nothing to compare it with.
  | Readonly<{ status: 'noBase'; material: MaterialSummary }>
  | Readonly<{ status: 'compareFailed'; pair: OpenedPair }>
  | Readonly<{ status: 'ready'; pair: OpenedPair; result: ComparisonResult }>;

export function useComparison(call: Call, materialId: string): ComparisonState {
  const [state, setState] = useState<ComparisonState>({ status: 'working', phase: 'decrypting' });

  useEffect(() => {
    let live = true;
    let running: RunningComparison | null = null;

    void (async () => {
      const draft = await call('material.open', { materialId });
      if (!live) return;
      if (!draft.ok) return setState({ status: 'failed', error: draft.error });

      const { material } = draft.value;
      if (material.kind !== 'text' || material.baseMaterialId === null) {
        return setState({ status: 'noBase', material });
      }

      const base = await call('material.open', { materialId: material.baseMaterialId });
      if (!live) return;
      if (!base.ok) return setState({ status: 'failed', error: base.error });
      if (base.value.material.kind !== 'text') {
        return setState({ status: 'noBase', material });
      }

      const pair: OpenedPair = {
        draft: material,
        base: base.value.material,
        draftWatermark: draft.value.watermark,
        baseWatermark: base.value.watermark,
      };
      const onPhase = (phase: ComparePhase): void => {
        if (live) setState({ status: 'working', phase });
      };
      running = startComparison(base.value.text ?? '', draft.value.text ?? '', onPhase);

      const outcome = await running.outcome;
      if (!live) return;
      setState(
        outcome.ok
          ? { status: 'ready', pair, result: outcome.result }
          : { status: 'compareFailed', pair },
      );
    })();

    return () => {
      live = false;
      running?.cancel();
    };
  }, [call, materialId]);

  return state;
}
