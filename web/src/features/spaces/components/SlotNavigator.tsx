// Which days the slot grid shows: a date picker limited to the bookable days, the day or week
// view, and steps back and forth. Days are plain calendar days of the organisation's zone; the
// picker holds them without a zone, as the sessions filters do.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/i18n/index.ts';
import { formatDay, isIsoDate } from '../../sessions/time.ts';
import { clampDay, shiftDay, SLOT_VIEWS, viewDays, type DayBounds, type SlotViewState } from '../views.ts';

export function SlotNavigator(props: {
  state: SlotViewState;
  bounds: DayBounds;
  /** Prefix of the controls' ids (two pickers may share a page: the page and the move dialog). */
  idPrefix: string;
  onChange: (state: SlotViewState) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { state, bounds } = props;
  const week = state.view === 'week';
  const days = viewDays(state.date, state.view);
  const previous = shiftDay(state.date, state.view, -1, bounds);
  const next = shiftDay(state.date, state.view, 1, bounds);
  const heading = week
    ? t('spaces.calendar.weekTitle', {
        start: formatDay(days[0] ?? state.date, locale),
        end: formatDay(days[days.length - 1] ?? state.date, locale),
      })
    : formatDay(state.date, locale);

  return (
    <Stack spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        useFlexGap
        sx={{ alignItems: { sm: 'center' }, flexWrap: 'wrap' }}
      >
        <DatePicker
          label={t('spaces.calendar.date')}
          value={dayjs(state.date)}
          minDate={dayjs(bounds.min)}
          maxDate={dayjs(bounds.max)}
          // An incomplete date typed in the field is ignored until it is a day.
          onChange={(value) => {
            const date = value?.isValid() ? value.format('YYYY-MM-DD') : null;
            if (date !== null && isIsoDate(date)) props.onChange({ ...state, date: clampDay(date, bounds) });
          }}
          slotProps={{ textField: { id: `${props.idPrefix}-date`, size: 'small', sx: { maxWidth: 220 } } }}
        />
        <ToggleButtonGroup
          exclusive
          size="small"
          value={state.view}
          aria-label={t('spaces.calendar.view')}
          onChange={(_, value: unknown) => {
            const view = SLOT_VIEWS.find((candidate) => candidate === value);
            if (view) props.onChange({ ...state, view });
          }}
        >
          <ToggleButton value="day">{t('spaces.calendar.dayView')}</ToggleButton>
          <ToggleButton value="week">{t('spaces.calendar.weekView')}</ToggleButton>
        </ToggleButtonGroup>
        <Stack direction="row" spacing={1}>
          <Button
            size="small"
            startIcon={<ChevronLeft aria-hidden />}
            disabled={previous === null}
            onClick={() => previous !== null && props.onChange({ ...state, date: previous })}
          >
            {week ? t('spaces.calendar.previousWeek') : t('spaces.calendar.previousDay')}
          </Button>
          <Button
            size="small"
            disabled={state.date === bounds.min}
            onClick={() => props.onChange({ ...state, date: bounds.min })}
          >
            {t('spaces.calendar.today')}
          </Button>
          <Button
            size="small"
            endIcon={<ChevronRight aria-hidden />}
            disabled={next === null}
            onClick={() => next !== null && props.onChange({ ...state, date: next })}
          >
            {week ? t('spaces.calendar.nextWeek') : t('spaces.calendar.nextDay')}
          </Button>
        </Stack>
      </Stack>
      <Typography variant="h2" aria-live="polite">
        {heading.charAt(0).toUpperCase() + heading.slice(1)}
      </Typography>
    </Stack>
  );
}
