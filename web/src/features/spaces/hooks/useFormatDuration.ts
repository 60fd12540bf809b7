// Lengths in words in the interface's language: "1 h", "1 h 30", "45 min".
import { useTranslation } from 'react-i18next';
import { durationKey, minutesParts } from '../durations.ts';

export function useFormatDuration(): (totalMinutes: number) => string {
  const { t } = useTranslation();
  return (totalMinutes) => t(`spaces.duration.${durationKey(totalMinutes)}`, minutesParts(totalMinutes));
}
