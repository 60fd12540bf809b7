// A session's length in words: "3 h", "1 h 30", "45 min".
import { useTranslation } from 'react-i18next';
import { durationParts } from '../time.ts';

export function SessionDuration(props: { start: Date; end: Date }) {
  const { t } = useTranslation();
  const { hours, minutes } = durationParts(props.start, props.end);
  if (hours === 0) return <>{t('sessions.duration.minutes', { minutes })}</>;
  if (minutes === 0) return <>{t('sessions.duration.hours', { hours })}</>;
  return <>{t('sessions.duration.hoursMinutes', { hours, minutes: String(minutes).padStart(2, '0') })}</>;
}
