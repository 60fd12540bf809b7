// The status filter of a staff list, kept in the address (?status=…) so that a filtered list
// survives a reload and can be shared; a value the list does not know reads as every status.
import { useSearchParams } from 'react-router';

export function useStatusParam<Filter extends string>(toFilter: (value: string | null) => Filter | 'all') {
  const [params, setParams] = useSearchParams();
  const status = toFilter(params.get('status'));
  const setStatus = (value: string) => {
    const next = toFilter(value);
    // Replaced, not pushed: going back leaves the page rather than stepping through filters. The
    // other filters (the member) stay.
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'all') updated.delete('status');
        else updated.set('status', next);
        return updated;
      },
      { replace: true },
    );
  };
  return [status, setStatus] as const;
}
