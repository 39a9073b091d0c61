import { useEffect, useState } from 'react';

import type { AppError, Result } from '../../core/result.js';

export type Loaded<T> =
  | Readonly<{ status: 'loading' }>
  | Readonly<{ status: 'failed'; error: AppError }>
  | Readonly<{ status: 'ready'; value: T }>;

type Answer<T> = Readonly<{ deps: readonly unknown[]; loaded: Loaded<T> }>;

const loading = { status: 'loading' } as const;

// Runs one call when its inputs change and ignores answers that arrive after unmount (for
// example after a lock). An answer for older inputs reads as still loading.
export function useLoad<T>(load: () => Promise<Result<T>>, deps: readonly unknown[]): Loaded<T> {
  const [answer, setAnswer] = useState<Answer<T> | null>(null);

  useEffect(() => {
    let live = true;

    void load().then((result) => {
      if (!live) return;

      setAnswer({
        deps,
        loaded: result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'failed', error: result.error },
      });
    });

    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what `load` reads
  }, deps);

  return answer && sameDeps(answer.deps, deps) ? answer.loaded : loading;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
