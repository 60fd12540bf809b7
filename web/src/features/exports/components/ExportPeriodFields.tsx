// "Période": two optional days (an empty one leaves that side open). The pickers hold plain
// calendar days, no zone: the server reads them as the organisation's days.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

const toPicker = (day: string | null): Dayjs | null => (day ? dayjs(day) : null);
const fromPicker = (value: Dayjs | null): string | null =>
  value?.isValid() ? value.format('YYYY-MM-DD') : null;

export function ExportPeriodFields(props: {
  from: string | null;
  to: string | null;
  error: string | null;
  onChange: (edge: 'from' | 'to', day: string | null) => void;
}) {
  const { t } = useTranslation();
  // An incomplete date typed in a field is ignored until it is a day; a cleared one opens the side.
  const set = (edge: 'from' | 'to') => (value: Dayjs | null) => {
    if (value === null || value.isValid()) props.onChange(edge, fromPicker(value));
  };
  return (
    <Stack role="group" aria-labelledby="export-period-label" spacing={1}>
      <Typography id="export-period-label" variant="subtitle2" component="span">
        {t('exports.form.period')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        <DatePicker
          label={t('exports.form.from')}
          value={toPicker(props.from)}
          onChange={set('from')}
          maxDate={toPicker(props.to) ?? undefined}
          slotProps={{
            textField: { id: 'export-from', size: 'small' },
            field: { clearable: true },
          }}
        />
        <DatePicker
          label={t('exports.form.to')}
          value={toPicker(props.to)}
          onChange={set('to')}
          minDate={toPicker(props.from) ?? undefined}
          slotProps={{
            textField: { id: 'export-to', size: 'small', error: props.error !== null },
            field: { clearable: true },
          }}
        />
      </Stack>
      <Typography variant="body2" color={props.error ? 'error' : 'text.secondary'}>
        {props.error ?? t('exports.form.periodHelp')}
      </Typography>
    </Stack>
  );
}
