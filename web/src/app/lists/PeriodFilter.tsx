// The period above a staff list: first and last day, in the organisation's calendar. The pickers
// hold plain calendar days (no zone): the zone applies only when the days become a range.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isIsoDate, type IsoDate } from '../../features/sessions/time.ts';

const toPicker = (date: IsoDate | null): Dayjs | null => (date ? dayjs(date) : null);
const fromPicker = (value: Dayjs | null): IsoDate | null => {
  if (!value?.isValid()) return null;
  const date = value.format('YYYY-MM-DD');
  return isIsoDate(date) ? date : null;
};

export function PeriodFilter(props: {
  /** Prefix of the ids: `<id>-from`, `<id>-to`, and the group's label `<id>-label`. */
  id: string;
  from: IsoDate | null;
  to: IsoDate | null;
  onChange: (period: { from: IsoDate | null; to: IsoDate | null }) => void;
}) {
  const { t } = useTranslation();
  const { from, to } = props;
  return (
    <Stack role="group" aria-labelledby={`${props.id}-label`} spacing={1}>
      <Typography id={`${props.id}-label`} variant="subtitle2" component="span">
        {t('periodFilter.period')}
      </Typography>
      <Stack direction="row" spacing={1}>
        <DatePicker
          label={t('periodFilter.from')}
          value={toPicker(from)}
          // An incomplete date typed in the field is ignored until it is a day.
          onChange={(value) => {
            if (value === null || value.isValid()) props.onChange({ from: fromPicker(value), to });
          }}
          maxDate={toPicker(to) ?? undefined}
          slotProps={{
            textField: { id: `${props.id}-from`, fullWidth: true, size: 'small' },
            field: { clearable: true },
          }}
        />
        <DatePicker
          label={t('periodFilter.to')}
          value={toPicker(to)}
          onChange={(value) => {
            if (value === null || value.isValid()) props.onChange({ from, to: fromPicker(value) });
          }}
          minDate={toPicker(from) ?? undefined}
          slotProps={{
            textField: { id: `${props.id}-to`, fullWidth: true, size: 'small' },
            field: { clearable: true },
          }}
        />
      </Stack>
    </Stack>
  );
}
