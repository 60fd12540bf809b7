// Date display: dayjs with the organisation's time zone (Europe/Paris by default, DST-correct).
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import 'dayjs/locale/fr';
import { DEFAULT_TIME_ZONE } from '@agora/domain';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(localizedFormat);
dayjs.locale('fr');

export function setDateLocale(locale: string): void {
  dayjs.locale(locale);
}

/** An instant (Firestore Timestamp date) as date and time in the organisation's zone. */
export function formatDateTime(date: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return dayjs(date).tz(timeZone).format('LL LT');
}

/** A calendar date stored as YYYY-MM-DD (e.g. a birth date): no time zone applies. */
export function formatCalendarDate(isoDate: string): string {
  const date = dayjs(isoDate);
  return date.isValid() ? date.format('LL') : isoDate;
}

/** An instant in compact form (e.g. 15/05/2026 14:03), with seconds when asked (logs, timelines). */
export function formatDateTimeShort(
  date: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
  options: { seconds?: boolean } = {},
): string {
  return dayjs(date)
    .tz(timeZone)
    .format(options.seconds ? 'L LTS' : 'L LT');
}
