// The table of the day and week views (layout in timeGrid.ts): a time column, then one column per
// (resource, day) with its slot cells; a last line lists what starts outside the opening hours.
import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { MembersById } from '../../../app/hooks/useMembersById.ts';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import type { DaySlot } from '../slotStates.ts';
import { hasOutside, type GridColumn, type TimeGrid } from '../timeGrid.ts';
import { BlockChip } from './BlockChip.tsx';
import { BookingChip } from './BookingChip.tsx';
import type { CalendarActions } from './calendarActions.ts';
import { SlotCell } from './SlotCell.tsx';
import { emptyLook } from './slotStyles.ts';

/** What a column shows beyond the layout: its resource, its day's slots and headings. */
export interface ColumnInfo {
  resource: ResourceRecord;
  daySlots: readonly DaySlot[];
  header: ReactNode;
  dayLabel: string;
}

export function TimeGridTable(props: {
  label: string;
  grid: TimeGrid;
  info: ReadonlyMap<string, ColumnInfo>;
  members: MembersById;
  timeZone: string;
  nowMs: number;
  actions: CalendarActions;
}) {
  const { t } = useTranslation();
  const { grid, info } = props;
  const columns = grid.columns.flatMap((column) => {
    const found = info.get(column.key);
    return found ? [{ column, ...found }] : [];
  });

  const outsideCell = (column: GridColumn) => (
    <TableCell key={column.key} sx={{ verticalAlign: 'top', p: 0.5, borderLeft: 1, borderColor: 'divider' }}>
      <Stack spacing={0.5}>
        {column.outside.blocks.map((block) => (
          <BlockChip
            key={block.blockId}
            block={block}
            testId={`calendar-block-${block.blockId}-${column.localDate}`}
            onOpen={(opened) => props.actions.onOpenBlock(opened, column.resourceId)}
          />
        ))}
        {column.outside.bookings.map((booking) => (
          <BookingChip
            key={booking.id}
            booking={booking}
            members={props.members}
            timeZone={props.timeZone}
            onOpen={props.actions.onOpenBooking}
          />
        ))}
      </Stack>
    </TableCell>
  );

  return (
    <TableContainer component={Paper} sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={props.label} sx={{ '& th, & td': { borderBottomColor: 'divider' } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 64 }}>{t('spacesAdmin.calendar.time')}</TableCell>
            {columns.map(({ column, header }) => (
              <TableCell key={column.key} sx={{ minWidth: 150, borderLeft: 1, borderColor: 'divider' }}>
                {header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {grid.rows.map((row, rowIndex) => (
            <TableRow key={row}>
              <TableCell component="th" scope="row" sx={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                {row}
              </TableCell>
              {columns.map(({ column, resource, daySlots, dayLabel }) => {
                const cell = column.cells[rowIndex];
                if (cell === undefined || cell.kind === 'covered') return null;
                if (cell.kind === 'empty') {
                  return (
                    <TableCell
                      key={column.key}
                      sx={(theme) => ({ ...emptyLook(theme), borderLeft: 1, borderColor: 'divider' })}
                    />
                  );
                }
                return (
                  <SlotCell
                    key={column.key}
                    cell={cell}
                    resource={resource}
                    daySlots={daySlots}
                    dayLabel={dayLabel}
                    members={props.members}
                    timeZone={props.timeZone}
                    nowMs={props.nowMs}
                    actions={props.actions}
                  />
                );
              })}
            </TableRow>
          ))}
          {grid.rows.length === 0 && (
            <TableRow>
              <TableCell />
              {columns.map(({ column }) => (
                <TableCell
                  key={column.key}
                  sx={(theme) => ({ ...emptyLook(theme), borderLeft: 1, borderColor: 'divider' })}
                >
                  <Typography variant="body2" color="text.secondary">
                    {t('spacesAdmin.calendar.closedDay')}
                  </Typography>
                </TableCell>
              ))}
            </TableRow>
          )}
          {hasOutside(grid) && (
            <TableRow>
              <TableCell component="th" scope="row" sx={{ verticalAlign: 'top' }}>
                <Typography variant="caption">{t('spacesAdmin.calendar.outside')}</Typography>
              </TableCell>
              {columns.map(({ column }) => outsideCell(column))}
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
