// A live Firestore read (onSnapshot) with its loading and error states and a way to retry.
import { useCallback, useEffect, useState } from 'react';

export type Subscribe<T> = (callback: (value: T) => void, onError: (error: Error) => void) => () => void;

interface Result<T> {
  subscribe: Subscribe<T>;
  reloads: number;
  value: T | null;
  failed: boolean;
}

/**
 * `subscribe` must change only when what it reads changes (module function or useCallback): a new
 * one subscribes again, and the previous value is not shown for it.
 */
export function useLiveQuery<T>(subscribe: Subscribe<T>) {
  const [reloads, setReloads] = useState(0);
  const [result, setResult] = useState<Result<T> | null>(null);

  useEffect(
    () =>
      subscribe(
        (value) => setResult({ subscribe, reloads, value, failed: false }),
        () => setResult({ subscribe, reloads, value: null, failed: true }),
      ),
    [subscribe, reloads],
  );

  const current = result?.subscribe === subscribe && result.reloads === reloads ? result : null;
  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return {
    status: !current ? ('loading' as const) : current.failed ? ('error' as const) : ('ready' as const),
    value: current?.value ?? null,
    /** The last value received, also from a previous `subscribe`: a growing list does not flicker. */
    latest: current?.value ?? (result?.failed ? null : (result?.value ?? null)),
    reload,
  };
}
