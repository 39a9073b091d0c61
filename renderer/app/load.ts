import { useEffect, useState } from 'react';

import type { AppError, Result } from '../../core/result.js';
import { useSessionCache } from './session-cache.js';

export type Loaded<T> =
  | Readonly<{ status: 'loading' }>
  | Readonly<{ status: 'failed'; error: AppError }>
  | Readonly<{ status: 'ready'; value: T }>;

type Answer<T> = Readonly<{ deps: readonly unknown[]; loaded: Loaded<T> }>;

const loading = { status: 'loading' } as const;

// Runs one call when its inputs change and ignores answers that arrive after unmount (for
// example after a lock). An answer for older inputs reads as still loading, or, given a
// `cacheKey`, as the answer this session last had for that key while the call runs.
export function useLoad<T>(
  load: () => Promise<Result<T>>,
  deps: readonly unknown[],
  cacheKey?: string,
): Loaded<T> {
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const cache = useSessionCache();

  useEffect(() => {
    let live = true;

    void load().then((result) => {
      if (!live) return;
      if (result.ok && cacheKey !== undefined) cache?.set(cacheKey, result.value);

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
    // The caller lists what `load` reads; the cache key follows from the same inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  if (answer && sameDeps(answer.deps, deps)) return answer.loaded;

  const cached = cacheKey === undefined ? undefined : cache?.get(cacheKey);
  return cached === undefined ? loading : { status: 'ready', value: cached as T };
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
