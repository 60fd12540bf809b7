// Balances of the members shown (wallets/{uid}), read again when the list or `reloads` changes.
import { useEffect, useState } from 'react';
import { getBalances } from '../../../lib/firebase/billing.ts';

interface Result {
  key: string;
  balances: Record<string, number>;
  failed: boolean;
}

export function useBalances(uids: readonly string[], reloads = 0) {
  const uidsKey = [...new Set(uids)].sort().join(',');
  const key = `${uidsKey}:${reloads}`;
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => {
    const wanted = uidsKey ? uidsKey.split(',') : [];
    if (wanted.length === 0) return;
    let active = true;
    getBalances(wanted).then(
      (balances) => active && setResult({ key, balances, failed: false }),
      () => active && setResult({ key, balances: {}, failed: true }),
    );
    return () => {
      active = false;
    };
  }, [uidsKey, key]);

  const current = result?.key === key ? result : null;
  return {
    status:
      uidsKey === ''
        ? ('ready' as const)
        : !current
          ? ('loading' as const)
          : current.failed
            ? ('error' as const)
            : ('ready' as const),
    /** Known balances; while a reload runs, the previous ones (a list does not flicker). */
    balances: current?.balances ?? result?.balances ?? {},
  };
}
