// A staff list's filters read from and written to the address: one filters object per filtered
// list (the address object changes on every render), replaced rather than pushed so going back
// leaves the page instead of stepping through filters.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

export function useListFilters<F>(
  fromParams: (params: URLSearchParams) => F,
  toParams: (filters: F) => Record<string, string>,
): { filters: F; key: string; setFilters: (next: F) => void } {
  const [params, setParams] = useSearchParams();
  const key = new URLSearchParams(toParams(fromParams(params))).toString();
  const filters = useMemo(() => fromParams(new URLSearchParams(key)), [key, fromParams]);
  return { filters, key, setFilters: (next) => setParams(toParams(next), { replace: true }) };
}
