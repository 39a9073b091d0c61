import { useCallback, useEffect, useState } from 'react';

export type Countdown = Readonly<{
  // Whole seconds left, rounded up; 0 when nothing is running.
  seconds: number;
  start: (durationMs: number) => void;
}>;

// A countdown that shows the wall clock's truth: each tick recomputes from the deadline, so a
// tab the browser throttled in the background is right again on its next tick.
export function useCountdown(): Countdown {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [seconds, setSeconds] = useState(0);

  const start = useCallback((durationMs: number) => {
    if (durationMs <= 0) {
      setDeadline(null);
      setSeconds(0);
      return;
    }

    setDeadline(Date.now() + durationMs);
    setSeconds(Math.ceil(durationMs / 1000));
  }, []);

  useEffect(() => {
    if (deadline === null) return;

    const timer = setInterval(() => {
      const left = secondsUntil(deadline, Date.now());
      setSeconds(left);
      if (left === 0) setDeadline(null);
    }, 250);

    return () => clearInterval(timer);
  }, [deadline]);

  return { seconds, start };
}

export function secondsUntil(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}
