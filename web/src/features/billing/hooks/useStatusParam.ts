// The status filter of a staff list, kept in the address (?status=…) so that a filtered list
// survives a reload and can be shared; a value the list does not know reads as every status.
import { useSearchParam } from '../../../app/lists/useSearchParam.ts';

export function useStatusParam<Filter extends string>(toFilter: (value: string | null) => Filter | 'all') {
  const [value, setValue] = useSearchParam('status');
  const status = toFilter(value);
  const setStatus = (next: string) => {
    const filter = toFilter(next);
    setValue(filter === 'all' ? null : filter);
  };
  return [status, setStatus] as const;
}
