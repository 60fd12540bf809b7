// The dashboard's period: a preset, or two days picked by hand ("Personnalisée"). Native select:
// phones show their own picker, tests pick by label. The pickers hold plain calendar days (no zone).
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../sessions/time.ts';
import {
  PERIOD_PRESETS,
  type DashboardPeriod,
  type PeriodChoice,
  type PeriodPreset,
} from '../dashboardPeriod.ts';

const CHOICES: readonly PeriodChoice[] = [...PERIOD_PRESETS, 'custom'];

const toChoice = (value: string): PeriodChoice => CHOICES.find((choice) => choice === value) ?? 'custom';

const fromPicker = (value: Dayjs | null): string | null => {
  const day = value?.isValid() ? value.format('YYYY-MM-DD') : null;
  return isIsoDate(day) ? day : null;
};

export function PeriodSelector(props: {
  choice: PeriodChoice;
  period: DashboardPeriod;
  onPreset: (preset: PeriodPreset) => void;
  onCustom: () => void;
  onPeriod: (period: DashboardPeriod) => void;
}) {
  const { t } = useTranslation();
  const { period, onPeriod } = props;
  // An incomplete date typed in a field is ignored until it is a day; a cleared one too.
  const setDay = (edge: 'from' | 'to') => (value: Dayjs | null) => {
    const day = fromPicker(value);
    if (day !== null) onPeriod({ ...period, [edge]: day });
  };

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
      <TextField
        id="dashboard-period"
        select
        size="small"
        label={t('adminDashboard.period.label')}
        value={props.choice}
        onChange={(event) => {
          const choice = toChoice(event.target.value);
          if (choice === 'custom') props.onCustom();
          else props.onPreset(choice);
        }}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        sx={{ maxWidth: { md: 240 } }}
      >
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`adminDashboard.period.${choice}`)}
          </option>
        ))}
      </TextField>
      {props.choice === 'custom' && (
        <Stack direction="row" spacing={1}>
          <DatePicker
            label={t('adminDashboard.period.from')}
            value={dayjs(period.from)}
            onChange={setDay('from')}
            maxDate={dayjs(period.to)}
            slotProps={{ textField: { id: 'dashboard-from', size: 'small' } }}
          />
          <DatePicker
            label={t('adminDashboard.period.to')}
            value={dayjs(period.to)}
            onChange={setDay('to')}
            minDate={dayjs(period.from)}
            slotProps={{ textField: { id: 'dashboard-to', size: 'small' } }}
          />
        </Stack>
      )}
    </Stack>
  );
}
