import { useEffect } from 'react';

import type { Call } from './api.js';

// The idle lock in main counts real use; the renderer tells it about keyboard and mouse
// input at most every 30 seconds so the report itself costs nothing.
export const activityIntervalMs = 30_000;

const inputEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function useActivityReporter(call: Call, active: boolean): void {
  useEffect(() => {
    if (!active) return;

    let lastReport = 0;

    const onInput = (): void => {
      const now = Date.now();
      if (now - lastReport < activityIntervalMs) return;

      lastReport = now;
      void call('profile.activity', {});
    };

    for (const name of inputEvents) window.addEventListener(name, onInput, { passive: true });

    return () => {
      for (const name of inputEvents) window.removeEventListener(name, onInput);
    };
  }, [call, active]);
}
