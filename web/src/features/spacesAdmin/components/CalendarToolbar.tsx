// The calendar's controls: view (day, week, month), the period (back, today, forward, a date), the
// resource shown (all or one) and whether cancelled bookings show. Every change goes to the address.
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { useTranslation } from 'react-i18next';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { CALENDAR_VIEWS, type CalendarParams } from '../calendarParams.ts';
import { shiftReference } from '../calendarRange.ts';
import { dayPickerValue, pickedDay } from '../zonedPicker.ts';

export function CalendarToolbar(props: {
  params: CalendarParams;
  today: string;
  resources: readonly ResourceRecord[];
  onChange: (patch: Partial<CalendarParams>) => void;
}) {
  const { t } = useTranslation();
  const { params, onChange } = props;
  return (
    <Stack
      direction={{ xs: 'column', lg: 'row' }}
      spacing={2}
      sx={{ alignItems: { lg: 'center' }, flexWrap: 'wrap', rowGap: 2 }}
    >
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={params.view}
        aria-label={t('spacesAdmin.calendar.viewLabel')}
        onChange={(_, view: unknown) => {
          const chosen = CALENDAR_VIEWS.find((candidate) => candidate === view);
          if (chosen) onChange({ view: chosen });
        }}
      >
        {CALENDAR_VIEWS.map((view) => (
          <ToggleButton key={view} value={view} data-testid={`view-${view}`}>
            {t(`spacesAdmin.calendar.views.${view}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>

      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <IconButton
          aria-label={t('spacesAdmin.calendar.previous')}
          data-testid="calendar-previous"
          onClick={() => onChange({ date: shiftReference(params.view, params.date, -1) })}
        >
          <ChevronLeftIcon />
        </IconButton>
        <Button size="small" variant="outlined" onClick={() => onChange({ date: props.today })}>
          {t('spacesAdmin.calendar.today')}
        </Button>
        <IconButton
          aria-label={t('spacesAdmin.calendar.next')}
          data-testid="calendar-next"
          onClick={() => onChange({ date: shiftReference(params.view, params.date, 1) })}
        >
          <ChevronRightIcon />
        </IconButton>
        <DatePicker
          label={t('spacesAdmin.calendar.date')}
          value={dayPickerValue(params.date)}
          // A date typed halfway is ignored until it names a day.
          onChange={(value) => {
            const day = pickedDay(value);
            if (day !== null) onChange({ date: day });
          }}
          slotProps={{ textField: { id: 'calendar-date', size: 'small', sx: { width: 180 } } }}
        />
      </Stack>

      <TextField
        id="calendar-resource"
        select
        size="small"
        label={t('spacesAdmin.calendar.resource')}
        value={params.resource ?? 'all'}
        onChange={(event) => onChange({ resource: event.target.value === 'all' ? null : event.target.value })}
        slotProps={{
          select: { native: true },
          inputLabel: { shrink: true },
          htmlInput: { 'data-testid': 'resource-filter' },
        }}
        sx={{ minWidth: 220 }}
      >
        <option value="all">{t('spacesAdmin.calendar.allResources')}</option>
        {props.resources.map((resource) => (
          <option key={resource.id} value={resource.id}>
            {resource.name}
          </option>
        ))}
        {/* A resource named in the address but not (or no longer) listed stays selectable. */}
        {params.resource !== null && !props.resources.some((resource) => resource.id === params.resource) && (
          <option value={params.resource}>{params.resource}</option>
        )}
      </TextField>

      <FormControlLabel
        control={
          <Switch
            checked={params.showCancelled}
            onChange={(event) => onChange({ showCancelled: event.target.checked })}
          />
        }
        label={t('spacesAdmin.calendar.showCancelled')}
      />
    </Stack>
  );
}
