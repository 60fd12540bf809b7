// Day and week views. Day: one grid, a column per resource shown. Week: a grid per resource, a
// column per day; a day's heading opens its day view.
import { useMemo } from 'react';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { weekdayOf } from '@agora/domain';
import type { MembersById } from '../../../app/hooks/useMembersById.ts';
import type { ResourceRecord, SpaceBookingRecord, SpaceOccupancy } from '../../../lib/firebase/spaces.ts';
import type { CalendarView } from '../calendarParams.ts';
import { formatMinutes } from '../display.ts';
import { columnKey, gridColumns } from '../gridColumns.ts';
import { layoutTimeGrid } from '../timeGrid.ts';
import { WEEKDAY_NAMES } from '../weekdays.ts';
import type { CalendarActions } from './calendarActions.ts';
import { TimeGridTable, type ColumnInfo } from './TimeGridTable.tsx';

export function DayWeekView(props: {
  view: Exclude<CalendarView, 'month'>;
  days: readonly string[];
  resources: readonly ResourceRecord[];
  occupancy: ReadonlyMap<string, SpaceOccupancy>;
  bookings: readonly SpaceBookingRecord[];
  members: MembersById;
  timeZone: string;
  nowMs: number;
  actions: CalendarActions;
}) {
  const { t } = useTranslation();
  const { resources, days, occupancy, bookings, timeZone, nowMs } = props;
  const columns = useMemo(
    () => gridColumns({ resources, days, occupancy, bookings, timeZone, nowMs }),
    [resources, days, occupancy, bookings, timeZone, nowMs],
  );

  const dayLabel = (localDate: string) => dayjs(localDate).format('ddd D MMM');
  const infoFor = (
    resource: ResourceRecord,
    localDate: string,
    header: ColumnInfo['header'],
  ): ColumnInfo => ({
    resource,
    daySlots: columns.find((column) => column.key === columnKey(resource.id, localDate))?.slots ?? [],
    header,
    dayLabel: dayLabel(localDate),
  });
  const tableProps = { members: props.members, timeZone, nowMs, actions: props.actions };

  if (props.view === 'day') {
    const localDate = days[0] ?? '';
    const info = new Map(
      resources.map((resource) => [
        columnKey(resource.id, localDate),
        infoFor(
          resource,
          localDate,
          <>
            <Typography variant="subtitle2">{resource.name}</Typography>
            <Typography variant="caption" color="text.secondary">
              {[
                t(`spacesAdmin.kinds.${resource.kind}`),
                t('spacesAdmin.seats', { count: resource.capacity }),
                formatMinutes(resource.slotMinutes),
              ].join(' · ')}
            </Typography>
          </>,
        ),
      ]),
    );
    return (
      <TimeGridTable
        label={t('spacesAdmin.calendar.dayGridLabel', { date: dayjs(localDate).format('dddd D MMMM YYYY') })}
        grid={layoutTimeGrid(columns)}
        info={info}
        {...tableProps}
      />
    );
  }

  return (
    <Stack spacing={3}>
      {resources.map((resource) => {
        const own = columns.filter((column) => column.resourceId === resource.id);
        const info = new Map(
          days.map((localDate) => [
            columnKey(resource.id, localDate),
            infoFor(
              resource,
              localDate,
              <Link
                component="button"
                type="button"
                variant="subtitle2"
                onClick={() => props.actions.onOpenDay(localDate, resource.id)}
                aria-label={t('spacesAdmin.calendar.openDay', {
                  date: dayjs(localDate).format('dddd D MMMM'),
                })}
              >
                {t(`spacesAdmin.weekdaysShort.${WEEKDAY_NAMES[weekdayOf(localDate)]}`)}{' '}
                {dayjs(localDate).format('D/MM')}
              </Link>,
            ),
          ]),
        );
        return (
          <Stack key={resource.id} spacing={1} component="section" aria-labelledby={`week-${resource.id}`}>
            <Typography variant="h2" id={`week-${resource.id}`} sx={{ fontSize: '1.15rem' }}>
              {resource.name}{' '}
              <Typography component="span" variant="body2" color="text.secondary">
                {t(`spacesAdmin.kinds.${resource.kind}`)} ·{' '}
                {t('spacesAdmin.seats', { count: resource.capacity })}
              </Typography>
            </Typography>
            <TimeGridTable
              label={t('spacesAdmin.calendar.gridLabel', { name: resource.name })}
              grid={layoutTimeGrid(own)}
              info={info}
              {...tableProps}
            />
          </Stack>
        );
      })}
    </Stack>
  );
}
