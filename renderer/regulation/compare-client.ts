import type { ComparePhase, CompareMessage, ComparisonResult } from './compare-protocol.js';

// Runs one comparison in a worker. The page stays responsive whatever the size of the
// texts; leaving the screen (or a lock, which unmounts it) terminates the worker, and the
// texts it holds go with it.

export type CompareOutcome =
  Readonly<{ ok: true; result: ComparisonResult }> | Readonly<{ ok: false; reason: string }>;

export type RunningComparison = Readonly<{
  outcome: Promise<CompareOutcome>;
  cancel: () => void;
}>;

let nextRequestId = 1;

export function startComparison(
  oldText: string,
  newText: string,
  onPhase: (phase: ComparePhase) => void,
): RunningComparison {
  const worker = new Worker(new URL('./compare.worker.ts', import.meta.url), {
    type: 'module',
    name: 'regulation-compare',
  });
  const requestId = nextRequestId++;
  let settle: (outcome: CompareOutcome) => void = () => undefined;

  const outcome = new Promise<CompareOutcome>((resolve) => {
    settle = (value) => {
      worker.terminate();
      resolve(value);
    };
  });

  worker.onmessage = (event: MessageEvent<CompareMessage>) => {
    const message = event.data;
    if (message.requestId !== requestId) return;

    switch (message.kind) {
      case 'progress':
        return onPhase(message.phase);
      case 'done':
        return settle({ ok: true, result: message.result });
      case 'failed':
        return settle({ ok: false, reason: message.reason });
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ ok: false, reason: event.message || 'the comparison worker failed to start' });
  };

  worker.postMessage({ requestId, oldText, newText });
  return { outcome, cancel: () => settle({ ok: false, reason: 'cancelled' }) };
}
