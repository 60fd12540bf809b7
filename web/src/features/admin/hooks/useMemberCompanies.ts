// The companies of the members shown (ACC-4), read again when the list changes; a failure leaves
// the column empty rather than blocking the page.
import { useEffect, useState } from 'react';
import { getMemberCompanies } from '../../../lib/firebase/billing.ts';

export function useMemberCompanies(uids: readonly string[], enabled: boolean): Record<string, string[]> {
  const key = [...new Set(uids)].sort().join(',');
  const [result, setResult] = useState<{ key: string; companies: Record<string, string[]> } | null>(null);

  useEffect(() => {
    if (!enabled || key === '') return;
    let active = true;
    getMemberCompanies(key.split(',')).then(
      (companies) => active && setResult({ key, companies }),
      () => active && setResult({ key, companies: {} }),
    );
    return () => {
      active = false;
    };
  }, [key, enabled]);

  return result?.key === key ? result.companies : {};
}
