// A live Firestore read (onSnapshot) with its loading and error states and a way to retry.
import { useCallback, useEffect, useState } from 'react';

export type Subscribe<T> = (callback: (value: T) => void, onError: (error: Error) => void) => () => void;

interface Result<T> {
  key: number;
  value: T | null;
  failed: boolean;
}

/** `subscribe` must be stable (module function or useCallback): a new one subscribes again. */
export function useLiveQuery<T>(subscribe: Subscribe<T>) {
  const [reloads, setReloads] = useState(0);
  const [result, setResult] = useState<Result<T> | null>(null);

  useEffect(
    () =>
      subscribe(
        (value) => setResult({ key: reloads, value, failed: false }),
        () => setResult({ key: reloads, value: null, failed: true }),
      ),
    [subscribe, reloads],
  );

  const current = result?.key === reloads ? result : null;
  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return {
    status: !current ? ('loading' as const) : current.failed ? ('error' as const) : ('ready' as const),
    value: current?.value ?? null,
    reload,
  };
}
