// One filter of a staff list in the address (?name=value): its value, and a setter that changes it
// alone, keeping the other filters. Replaced, not pushed: going back leaves the page rather than
// stepping through filters.
import { useSearchParams } from 'react-router';

export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const set = (value: string | null) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (value === null) updated.delete(name);
        else updated.set(name, value);
        return updated;
      },
      { replace: true },
    );
  return [params.get(name), set];
}
