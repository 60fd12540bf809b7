// The booking side of a resource page (SPACE-2): from the start slot the member picked, the length,
// seats and way of payment, a summary with the total, and "Réserver". A card booking continues on
// the payment page; a confirmed one says so here with the new balance. Everything is derived from
// live data, so a slot taken meanwhile shortens the choices (or drops the pick) at once; the server
// decides in the end.
import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AvailabilityContext, BookSpaceResult, PayWith, SlotAvailability } from '@agora/domain';
import { CARD_HOLD_MINUTES } from '@agora/domain';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import { callBookSpace } from '../../../lib/firebase/callables.ts';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { useWalletBalance } from '../../credits/hooks/useWalletBalance.ts';
import { useCancellationWindow } from '../../sessions/hooks/useCancellationWindow.ts';
import { bookingTotal, effectivePayWith, missingCredits, payOptions } from '../pricing.ts';
import { durationChoices, resolveSelection, seatChoices, type SlotSelection } from '../selection.ts';
import { requestKeyFor, type RequestKey } from '../requestIds.ts';
import { spaceError, type SpaceError } from '../spaceErrors.ts';
import { BookingOptions } from './BookingOptions.tsx';
import { BookingOutcomeAlert } from './BookingOutcomeAlert.tsx';
import { BookingSummary } from './BookingSummary.tsx';
import { SpaceErrorAlert } from './SpaceErrorAlert.tsx';

export function SpaceBookingPanel(props: {
  resource: ResourceRecord;
  timeZone: string;
  context: AvailabilityContext | null;
  selection: SlotSelection | null;
  /** The live availability of the selection's start slot (undefined once off screen). */
  startSlot: SlotAvailability | undefined;
  onSelectionChange: (selection: SlotSelection | null) => void;
}) {
  const { t } = useTranslation();
  const { resource, context, selection, timeZone } = props;
  const uid = useAuth().session?.uid ?? null;
  const wallet = useWalletBalance(uid);
  const windowHours = useCancellationWindow();
  const [chosenPayWith, setChosenPayWith] = useState<PayWith | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SpaceError | null>(null);
  const [outcome, setOutcome] = useState<BookSpaceResult | null>(null);
  // The idempotency key of the booking being submitted; only read and written in the handler.
  const requestKey = useRef<RequestKey | null>(null);

  const methods = payOptions(resource);
  const payWith = effectivePayWith(resource, chosenPayWith);
  const resolved = context && selection ? resolveSelection(context, selection, props.startSlot) : null;
  const total = resolved && payWith ? bookingTotal(resource, payWith, resolved.slotCount) : null;
  const balance = wallet.status === 'ready' ? wallet.balance : null;
  const missing = missingCredits(total, balance);
  const returnTo = `/spaces/${encodeURIComponent(resource.id)}`;

  const change = (patch: Partial<SlotSelection>) => {
    setError(null);
    if (selection) props.onSelectionChange({ ...selection, ...patch });
  };

  const book = async () => {
    if (!resolved || !payWith) return;
    setBusy(true);
    setError(null);
    setOutcome(null);
    const input = {
      resourceId: resource.id,
      start: resolved.start,
      end: resolved.end,
      seats: resolved.seats,
      payWith,
    };
    const key = requestKeyFor(requestKey.current, JSON.stringify(input));
    requestKey.current = key;
    try {
      const result = await callBookSpace({ ...input, requestId: key.requestId });
      // Booked: the next booking, even of the same slot, is another one.
      requestKey.current = null;
      if (result.url) {
        // Card: the payment page takes over; the seats stay held meanwhile. Busy until we leave.
        window.location.assign(result.url);
        return;
      }
      setOutcome(result);
      props.onSelectionChange(null);
    } catch (caught) {
      setError(spaceError(caught));
    }
    setBusy(false);
  };

  return (
    <Stack spacing={2}>
      <Typography variant="h2">{t('spaces.booking.title')}</Typography>
      {outcome && <BookingOutcomeAlert result={outcome} onClose={() => setOutcome(null)} />}
      <SpaceErrorAlert error={error} returnTo={returnTo} />
      {methods.length === 0 && <Alert severity="info">{t('spaces.booking.noPayment')}</Alert>}

      {!selection && <Typography color="text.secondary">{t('spaces.booking.pickSlot')}</Typography>}
      {selection && !resolved && context && (
        <Alert severity="warning" data-testid="space-slot-gone">
          {t('spaces.booking.slotGone')}
        </Alert>
      )}

      {selection && resolved && context && (
        <>
          <BookingOptions
            slotMinutes={resource.slotMinutes}
            timeZone={timeZone}
            durations={durationChoices(context, resolved.start, resolved.seats)}
            slotCount={resolved.slotCount}
            seatOptions={seatChoices(props.startSlot)}
            seats={resolved.seats}
            askSeats={resource.capacity > 1}
            payOptions={methods}
            payWith={payWith}
            onSlotCountChange={(slotCount) => change({ slotCount })}
            onSeatsChange={(seats) => change({ seats })}
            onPayWithChange={(method) => {
              setError(null);
              setChosenPayWith(method);
            }}
          />
          <BookingSummary
            start={resolved.start}
            end={resolved.end}
            seats={resolved.seats}
            showSeats={resource.capacity > 1}
            total={total}
            timeZone={timeZone}
          />
          {payWith === 'credits' && balance !== null && (
            <Typography variant="body2" data-testid="space-balance">
              {t('spaces.booking.balance', { count: balance })}
            </Typography>
          )}
          {missing > 0 && (
            <Alert
              severity="warning"
              action={
                <Button color="inherit" size="small" component={RouterLink} to={`/shop?returnTo=${returnTo}`}>
                  {t('spaces.fixes.buyCredits')}
                </Button>
              }
            >
              {t('spaces.booking.missing', { count: missing })}
            </Alert>
          )}
          {payWith === 'card' && (
            <Typography variant="body2" color="text.secondary">
              {t('spaces.booking.cardHint', { minutes: CARD_HOLD_MINUTES })}
            </Typography>
          )}
          <Button
            variant="contained"
            size="large"
            data-testid="book-space"
            loading={busy}
            disabled={payWith === null || missing > 0}
            onClick={() => void book()}
          >
            {t('spaces.booking.book')}
          </Button>
          {payWith === 'credits' && (
            <Typography variant="body2" color="text.secondary">
              {t('spaces.booking.policy', { count: windowHours })}
            </Typography>
          )}
        </>
      )}
    </Stack>
  );
}
