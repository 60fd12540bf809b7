// One slot of the day and week grids. Its test id names the resource, day and time, and its
// `data-state` tells free, booked, blocked or closed. It holds the bookings and blocks starting in
// it, a button to book it while seats are left, and a button to block it.
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import type { MembersById } from '../../../app/hooks/useMembersById.ts';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { canBlock, canStartBooking, type DaySlot } from '../slotStates.ts';
import type { SlotCell as SlotCellLayout } from '../timeGrid.ts';
import { BlockChip } from './BlockChip.tsx';
import { BookingChip } from './BookingChip.tsx';
import type { CalendarActions } from './calendarActions.ts';
import { SLOT_LOOKS } from './slotStyles.ts';

export function SlotCell(props: {
  cell: SlotCellLayout;
  resource: ResourceRecord;
  /** Every slot of this resource that day: a booking may run over the following ones. */
  daySlots: readonly DaySlot[];
  /** How the day is named in the buttons' labels ("lun. 2 mars"). */
  dayLabel: string;
  members: MembersById;
  timeZone: string;
  nowMs: number;
  actions: CalendarActions;
}) {
  const { t } = useTranslation();
  const { cell, resource, actions } = props;
  const { slot } = cell;
  const slotKey = `${resource.id}-${slot.localDate}-${slot.localTime}`;
  const labels = { name: resource.name, date: props.dayLabel, time: slot.localTime };
  const bookable = canStartBooking(slot, props.nowMs);
  const book = () => actions.onNewBooking(resource, slot, props.daySlots);
  return (
    <TableCell
      rowSpan={cell.rowSpan}
      // The whole cell books a slot with seats left (the button inside is its keyboard way in).
      onClick={bookable ? book : undefined}
      data-testid={`calendar-slot-${slotKey}`}
      data-state={slot.state}
      data-seats-left={slot.seatsLeft}
      sx={(theme) => ({
        ...SLOT_LOOKS[slot.state](theme),
        verticalAlign: 'top',
        p: 0.5,
        minWidth: 150,
        borderLeft: 1,
        borderColor: 'divider',
        cursor: bookable ? 'pointer' : undefined,
      })}
    >
      <Stack spacing={0.5} sx={{ alignItems: 'stretch' }}>
        {cell.blocks.map((block) => (
          <BlockChip
            key={block.blockId}
            block={block}
            testId={`calendar-block-${block.blockId}-${slot.localDate}`}
            onOpen={(opened) => actions.onOpenBlock(opened, resource.id)}
          />
        ))}
        {cell.bookings.map((booking) => (
          <BookingChip
            key={booking.id}
            booking={booking}
            members={props.members}
            timeZone={props.timeZone}
            onOpen={actions.onOpenBooking}
          />
        ))}
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minHeight: 30 }}>
          {bookable ? (
            <Button
              size="small"
              data-testid={`book-slot-${slotKey}`}
              aria-label={t('spacesAdmin.calendar.newBookingLabel', labels)}
              onClick={(event) => {
                event.stopPropagation();
                book();
              }}
              sx={{ flex: 1, justifyContent: 'flex-start', minWidth: 0 }}
            >
              {slot.state === 'free' ? t('spacesAdmin.calendar.states.free') : '+'}
            </Button>
          ) : (
            <Typography variant="caption" color="text.secondary" sx={{ flex: 1, px: 0.5 }}>
              {t(`spacesAdmin.calendar.states.${slot.state}`)}
            </Typography>
          )}
          {resource.capacity > 1 && slot.seatsHeld > 0 && (
            <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
              {t('spacesAdmin.calendar.seatsHeld', { held: slot.seatsHeld, capacity: resource.capacity })}
            </Typography>
          )}
          {canBlock(slot) && (
            <Tooltip title={t('spacesAdmin.calendar.blockSlotLabel', labels)}>
              <IconButton
                size="small"
                data-testid={`block-slot-${slotKey}`}
                aria-label={t('spacesAdmin.calendar.blockSlotLabel', labels)}
                onClick={(event) => {
                  event.stopPropagation();
                  actions.onBlockSlot(resource, slot);
                }}
                sx={{ opacity: 0.55, '&:hover, &:focus-visible': { opacity: 1 } }}
              >
                <LockOutlinedIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          )}
        </Stack>
      </Stack>
    </TableCell>
  );
}
