// The slots of the days on screen (SPACE-2): one column per day, Monday first in the week view
// (stacked on phones), each a labelled list of slot buttons. A day without opening hours says so.
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SlotAvailability } from '@agora/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/i18n/index.ts';
import { formatDay, formatShortDay, type IsoDate } from '../../sessions/time.ts';
import type { GridColumn } from '../slotGrid.ts';
import { SlotButton } from './SlotButton.tsx';

export function SlotGrid(props: {
  columns: GridColumn[];
  capacity: number;
  today: IsoDate;
  /** Start instants of the slots of the booking being prepared. */
  selected: ReadonlySet<string>;
  onSelect: (slot: SlotAvailability) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const week = props.columns.length > 1;
  return (
    <Box
      data-testid="slot-grid"
      sx={{
        display: 'grid',
        gap: 1,
        gridTemplateColumns: week ? { xs: '1fr', md: 'repeat(7, minmax(0, 1fr))' } : '1fr',
      }}
    >
      {props.columns.map((column) => {
        const dayName = formatDay(column.date, locale);
        const headingId = `slots-${column.date}`;
        return (
          <Box
            key={column.date}
            component="section"
            aria-labelledby={headingId}
            aria-current={column.date === props.today ? 'date' : undefined}
            sx={{ minWidth: 0 }}
          >
            <Typography
              id={headingId}
              variant="subtitle2"
              component="h3"
              sx={{ mb: 0.5, color: column.date === props.today ? 'primary.main' : 'text.primary' }}
            >
              {week ? formatShortDay(column.date, locale) : dayName}
            </Typography>
            {column.slots.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {t('spaces.calendar.closedDay')}
              </Typography>
            ) : (
              <Stack
                component="ul"
                spacing={0.5}
                // A single day's column stays narrow: full-width buttons would be hard to scan.
                sx={{ listStyle: 'none', p: 0, m: 0, maxWidth: week ? undefined : 360 }}
              >
                {column.slots.map((slot) => (
                  <li key={slot.start}>
                    <SlotButton
                      slot={slot}
                      capacity={props.capacity}
                      selected={props.selected.has(slot.start)}
                      dayName={dayName}
                      onSelect={props.onSelect}
                    />
                  </li>
                ))}
              </Stack>
            )}
          </Box>
        );
      })}
    </Box>
  );
}
