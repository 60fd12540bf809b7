// Closed dates of the resource dialog: picked one by one in a date picker, listed as chips in
// calendar order (past ones counted apart), each removable.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { addClosedDate, splitClosedDates } from '../listEdits.ts';
import { pickedDay } from '../zonedPicker.ts';

export function ClosedDatesEditor(props: {
  closedDates: readonly string[];
  today: string;
  busy: boolean;
  error?: string;
  onChange: (closedDates: string[]) => void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Dayjs | null>(null);
  const day = pickedDay(picked);
  const { upcoming, past } = splitClosedDates(props.closedDates, props.today);

  const add = () => {
    if (day === null) return;
    props.onChange(addClosedDate(props.closedDates, day));
    setPicked(null);
  };

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <DatePicker
          label={t('spacesAdmin.closedDates.date')}
          value={picked}
          onChange={setPicked}
          disabled={props.busy}
          slotProps={{
            textField: {
              id: 'resource-closed-date',
              size: 'small',
              error: Boolean(props.error),
              helperText: props.error ?? t('spacesAdmin.closedDates.hint'),
            },
          }}
        />
        <Button
          variant="outlined"
          disabled={props.busy || day === null || props.closedDates.includes(day)}
          onClick={add}
          data-testid="closed-date-add"
          sx={{ mt: 0.25 }}
        >
          {t('spacesAdmin.closedDates.add')}
        </Button>
      </Stack>
      {upcoming.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('spacesAdmin.closedDates.empty')}
        </Typography>
      ) : (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {upcoming.map((closed) => (
            <Chip
              key={closed}
              data-testid={`closed-date-${closed}`}
              label={dayjs(closed).format('ddd D MMMM YYYY')}
              disabled={props.busy}
              onDelete={() => props.onChange(props.closedDates.filter((other) => other !== closed))}
            />
          ))}
        </Stack>
      )}
      {past.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('spacesAdmin.closedDates.past', { count: past.length })}
        </Typography>
      )}
    </Stack>
  );
}
