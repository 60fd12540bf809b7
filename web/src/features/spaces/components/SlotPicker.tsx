// The slot grid with its day navigation and the live state of its data: shared by the resource
// page (pick a start) and the move dialog (pick a new start).
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import type { SlotAvailability } from '@agora/domain';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import type { LiveStatus } from '../../../app/hooks/useLive.ts';
import type { IsoDate } from '../../sessions/time.ts';
import { gridColumns } from '../slotGrid.ts';
import type { DayBounds, SlotViewState } from '../views.ts';
import { viewDays } from '../views.ts';
import { SlotGrid } from './SlotGrid.tsx';
import { SlotNavigator } from './SlotNavigator.tsx';

export function SlotPicker(props: {
  state: SlotViewState;
  bounds: DayBounds;
  idPrefix: string;
  today: IsoDate;
  capacity: number;
  status: LiveStatus;
  slots: SlotAvailability[];
  selected: ReadonlySet<string>;
  onStateChange: (state: SlotViewState) => void;
  onSelect: (slot: SlotAvailability) => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      <SlotNavigator
        state={props.state}
        bounds={props.bounds}
        idPrefix={props.idPrefix}
        onChange={props.onStateChange}
      />
      {props.status === 'loading' && <LinearProgress aria-label={t('spaces.calendar.loading')} />}
      {props.status === 'error' && (
        <LoadErrorAlert message={t('spaces.calendar.loadError')} onRetry={props.onRetry} />
      )}
      {props.status === 'ready' && (
        <SlotGrid
          columns={gridColumns(viewDays(props.state.date, props.state.view), props.slots)}
          capacity={props.capacity}
          today={props.today}
          selected={props.selected}
          onSelect={props.onSelect}
        />
      )}
    </Stack>
  );
}
