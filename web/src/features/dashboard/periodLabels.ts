// How the dashboard names its periods: short axis labels ('21 nov.' for a day, 'nov. 2026' for a
// month) and days in words for sentences. Period keys are plain calendar days or months (no zone):
// they are read in UTC so no offset can move them to the neighbouring day.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/fr';
import type { DashboardPlan } from '@agora/domain';

dayjs.extend(utc);

const localeOf = (locale: string): 'fr' | 'en' => (locale === 'en' ? 'en' : 'fr');

/** '2026-11-21' → '21 nov.' (fr), '21 Nov' (en); '2026-11' → 'nov. 2026' (fr), 'Nov 2026' (en). */
export function formatPeriodLabel(
  period: string,
  granularity: DashboardPlan['granularity'],
  locale: string,
): string {
  const date = dayjs.utc(granularity === 'day' ? period : `${period}-01`);
  if (!date.isValid()) return period;
  return date.locale(localeOf(locale)).format(granularity === 'day' ? 'D MMM' : 'MMM YYYY');
}

/** '2026-11-01' → '1 novembre 2026' (fr), '1 November 2026' (en). */
export function formatLongDay(day: string, locale: string): string {
  const date = dayjs.utc(day);
  return date.isValid() ? date.locale(localeOf(locale)).format('D MMMM YYYY') : day;
}
