// The staff calendar's state, read from and written to the address (see calendarParams.ts); the
// default day is today in the organisation's zone.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { localDateOf } from '@agora/domain';
import { readCalendarParams, writeCalendarParams, type CalendarParams } from '../calendarParams.ts';

export function useCalendarParams(timeZone: string, nowMs: number) {
  const [search, setSearch] = useSearchParams();
  const today = localDateOf(nowMs, timeZone);
  const params = useMemo(() => readCalendarParams(search, today), [search, today]);
  const update = useCallback(
    (patch: Partial<CalendarParams>) =>
      setSearch((current) => writeCalendarParams(current, patch), { replace: true }),
    [setSearch],
  );
  return { params, today, update };
}
