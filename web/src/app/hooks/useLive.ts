// Subscribes to one live Firestore view and tells where it stands. `watch` identifies the view:
// give a stable function (useCallback) whose identity changes when the view does, so a result
// received for an older view (previous page, previous filter) is never shown as the current one.
import { useCallback, useEffect, useState } from 'react';

export type Watch<T> = (next: (value: T) => void, fail: (error: Error) => void) => () => void;

type Result<T> = { watch: Watch<T>; reloads: number } & ({ failed: false; value: T } | { failed: true });

export type LiveStatus = 'loading' | 'ready' | 'error';

export function useLive<T>(watch: Watch<T> | null) {
  const [reloads, setReloads] = useState(0);
  const [result, setResult] = useState<Result<T> | null>(null);

  useEffect(() => {
    if (!watch) return undefined;
    return watch(
      (value) => setResult({ watch, reloads, failed: false, value }),
      () => setResult({ watch, reloads, failed: true }),
    );
  }, [watch, reloads]);

  const current = result && result.watch === watch && result.reloads === reloads ? result : null;
  const status: LiveStatus = !current ? 'loading' : current.failed ? 'error' : 'ready';
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return {
    status,
    /** The value of the current view, once received. */
    value: current && !current.failed ? current.value : undefined,
    /** The latest value received, from this view or the previous one (no blank while loading more). */
    latest: result && !result.failed ? result.value : undefined,
    reload,
  };
}
