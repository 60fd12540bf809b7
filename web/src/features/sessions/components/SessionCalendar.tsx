// The catalogue as a calendar (CAPS-1): a month grid or one week, Monday first, in the
// organisation's zone, each day listing its sessions as links. Plain boxes rather than a calendar
// library: each day is a labelled section ("mardi 1 décembre 2026 : 2 formations") with a list of
// links, which screen readers walk like any list; the weekday heads are visual only. On phones a
// month cell is too narrow for a title: cells show a dot per session, and the month's sessions
// follow as an agenda, day by day.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLocale } from '../../../app/i18n/index.ts';
import type { SessionRecord } from '../../../lib/firebase/sessions.ts';
import {
  CALENDAR_PERIODS,
  calendarDays,
  sessionsByDay,
  shiftAnchor,
  weekDays,
  type CalendarDay,
  type CalendarPeriod,
} from '../calendar.ts';
import { seatsLeft } from '../catalogue.ts';
import {
  formatDay,
  formatMonth,
  formatShortDay,
  formatTime,
  formatTimeRange,
  formatWeekday,
  type IsoDate,
} from '../time.ts';

function SessionChip(props: { session: SessionRecord; timeZone: string; week: boolean }) {
  const { t } = useTranslation();
  const { session, timeZone } = props;
  const full = seatsLeft(session) === 0;
  const time = props.week
    ? formatTimeRange(session.startsAt, session.endsAt, timeZone)
    : formatTime(session.startsAt, timeZone);
  const label = `${t('sessions.calendar.sessionLabel', { time, title: session.title })}${full ? ` ${t('sessions.calendar.fullSuffix')}` : ''}`;
  return (
    <Chip
      component={RouterLink}
      to={`/sessions/${session.id}`}
      clickable
      size="small"
      color={full ? 'default' : 'primary'}
      variant={full ? 'outlined' : 'filled'}
      label={label}
      title={label}
      sx={{
        maxWidth: '100%',
        justifyContent: 'flex-start',
        ...(props.week && { height: 'auto', py: 0.5, '& .MuiChip-label': { whiteSpace: 'normal' } }),
      }}
    />
  );
}

function DayCell(props: {
  day: CalendarDay;
  sessions: SessionRecord[];
  today: IsoDate;
  timeZone: string;
  week: boolean;
  /** Dots instead of links (phone month view; the agenda below carries the links). */
  dots: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { day, sessions } = props;
  const dayName = formatDay(day.date, locale);
  const isToday = day.date === props.today;
  return (
    <Box
      component="section"
      aria-label={
        sessions.length === 0
          ? t('sessions.calendar.dayLabelEmpty', { day: dayName })
          : t('sessions.calendar.dayLabel', { day: dayName, count: sessions.length })
      }
      aria-current={isToday ? 'date' : undefined}
      sx={{
        minWidth: 0,
        minHeight: props.week ? { md: 160 } : { xs: 64, sm: 96 },
        p: 0.5,
        border: 1,
        borderColor: isToday ? 'primary.main' : 'divider',
        borderRadius: 1,
        bgcolor: day.inPeriod ? 'background.paper' : 'action.hover',
      }}
    >
      <Typography
        variant="caption"
        component="p"
        aria-hidden
        sx={{
          fontWeight: isToday ? 700 : 500,
          color: day.inPeriod ? (isToday ? 'primary.main' : 'text.primary') : 'text.disabled',
          mb: 0.5,
        }}
      >
        {props.week ? formatShortDay(day.date, locale) : Number(day.date.slice(8))}
      </Typography>
      {sessions.length > 0 && props.dots ? (
        <Stack direction="row" useFlexGap aria-hidden sx={{ flexWrap: 'wrap', gap: 0.5 }}>
          {sessions.map((session) => (
            <Box
              key={session.id}
              sx={{
                width: 8,
                height: 8,
                borderRadius: '50%',
                bgcolor: seatsLeft(session) === 0 ? 'text.disabled' : 'primary.main',
              }}
            />
          ))}
        </Stack>
      ) : sessions.length > 0 ? (
        <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {sessions.map((session) => (
            <li key={session.id}>
              <SessionChip session={session} timeZone={props.timeZone} week={props.week} />
            </li>
          ))}
        </Stack>
      ) : (
        props.week && (
          <Typography variant="caption" color="text.secondary" aria-hidden>
            {t('sessions.calendar.none')}
          </Typography>
        )
      )}
    </Box>
  );
}

function Agenda(props: { days: CalendarDay[]; byDay: Map<IsoDate, SessionRecord[]>; timeZone: string }) {
  const locale = useLocale();
  const days = props.days.filter((day) => day.inPeriod && (props.byDay.get(day.date)?.length ?? 0) > 0);
  if (days.length === 0) return null;
  return (
    <Stack spacing={2}>
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`agenda-${day.date}`}>
          <Typography id={`agenda-${day.date}`} variant="subtitle2" component="h3" gutterBottom>
            {formatDay(day.date, locale)}
          </Typography>
          <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {(props.byDay.get(day.date) ?? []).map((session) => (
              <li key={session.id}>
                <SessionChip session={session} timeZone={props.timeZone} week />
              </li>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

export function SessionCalendar(props: {
  sessions: SessionRecord[];
  period: CalendarPeriod;
  anchor: IsoDate;
  today: IsoDate;
  timeZone: string;
  onPeriodChange: (period: CalendarPeriod) => void;
  onAnchorChange: (anchor: IsoDate) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { period, anchor, timeZone } = props;
  const week = period === 'week';
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const dots = phone && !week;
  const days = calendarDays(anchor, period);
  const byDay = sessionsByDay(props.sessions, timeZone);
  const shownCount = days.reduce((sum, day) => sum + (byDay.get(day.date)?.length ?? 0), 0);
  const weekOf = weekDays(anchor);
  const heading = week
    ? t('sessions.calendar.weekTitle', {
        start: formatDay(weekOf[0]?.date ?? anchor, locale),
        end: formatDay(weekOf[6]?.date ?? anchor, locale),
      })
    : formatMonth(anchor, locale);
  // "décembre 2026" opens the view: a capital, as a title.
  const title = heading.charAt(0).toUpperCase() + heading.slice(1);

  return (
    <Stack spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <ToggleButtonGroup
          exclusive
          size="small"
          value={period}
          aria-label={t('sessions.calendar.period')}
          onChange={(_, value: unknown) => {
            const next = CALENDAR_PERIODS.find((p) => p === value);
            if (next) props.onPeriodChange(next);
          }}
        >
          <ToggleButton value="month">{t('sessions.calendar.month')}</ToggleButton>
          <ToggleButton value="week">{t('sessions.calendar.week')}</ToggleButton>
        </ToggleButtonGroup>
        <Stack direction="row" spacing={1}>
          <Button
            size="small"
            startIcon={<ChevronLeft aria-hidden />}
            onClick={() => props.onAnchorChange(shiftAnchor(anchor, period, -1))}
          >
            {t('sessions.calendar.previous')}
          </Button>
          <Button size="small" onClick={() => props.onAnchorChange(props.today)}>
            {t('sessions.calendar.today')}
          </Button>
          <Button
            size="small"
            endIcon={<ChevronRight aria-hidden />}
            onClick={() => props.onAnchorChange(shiftAnchor(anchor, period, 1))}
          >
            {t('sessions.calendar.next')}
          </Button>
        </Stack>
      </Stack>

      <Typography variant="h2" aria-live="polite">
        {title}
      </Typography>

      {!week && (
        <Box aria-hidden sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 0.5 }}>
          {days.slice(0, 7).map((day) => (
            <Typography
              key={day.date}
              variant="caption"
              color="text.secondary"
              sx={{ textAlign: 'center', fontWeight: 600 }}
            >
              {formatWeekday(day.date, locale)}
            </Typography>
          ))}
        </Box>
      )}
      <Box
        data-testid="sessions-calendar"
        sx={{
          display: 'grid',
          gap: 0.5,
          gridTemplateColumns: week
            ? { xs: '1fr', md: 'repeat(7, minmax(0, 1fr))' }
            : 'repeat(7, minmax(0, 1fr))',
        }}
      >
        {days.map((day) => (
          <DayCell
            key={day.date}
            day={day}
            sessions={byDay.get(day.date) ?? []}
            today={props.today}
            timeZone={timeZone}
            week={week}
            dots={dots}
          />
        ))}
      </Box>
      {dots && <Agenda days={days} byDay={byDay} timeZone={timeZone} />}
      {shownCount === 0 && (
        <Typography color="text.secondary" sx={{ textAlign: 'center' }}>
          {t('sessions.calendar.emptyPeriod')}
        </Typography>
      )}
    </Stack>
  );
}
