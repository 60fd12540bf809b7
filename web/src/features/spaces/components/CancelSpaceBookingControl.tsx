// Cancelling a space booking (SPACE-6), asked for in a dialog that says what happens to the payment:
// credits come back until the cancellation window before the start, as for sessions. The server
// has the last word (outside-cancel-window and the like show as an error).
import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/dates.ts';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import { callCancelBooking } from '../../../lib/firebase/callables.ts';
import type { SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import { cancelTerms, type CancelRefund } from '../spaceBookings.ts';
import { spaceError, type SpaceError } from '../spaceErrors.ts';
import { SpaceErrorAlert } from './SpaceErrorAlert.tsx';

export function CancelSpaceBookingControl(props: {
  booking: SpaceBookingRecord;
  /** The resource's name and the booking's time, as the dialog names them. */
  name: string;
  when: string;
  windowHours: number;
  now: Date;
  timeZone: string;
  onCancelled: (refundedCredits: number) => void;
}) {
  const { t } = useTranslation();
  const { booking } = props;
  const [confirming, setConfirming] = useState<SpaceBookingRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SpaceError | null>(null);
  const terms = cancelTerms(booking, props.windowHours, props.now);
  const deadline = formatDateTime(terms.deadline, props.timeZone);

  const refundText = (refund: CancelRefund): string => {
    switch (refund.kind) {
      case 'credits':
        return t('spaces.cancel.refund', { count: refund.count, deadline });
      case 'creditsLost':
        return t('spaces.cancel.noRefund', { count: refund.count, deadline });
      case 'card':
        return t('spaces.cancel.card');
      case 'plan':
        return t('spaces.cancel.plan');
      case 'none':
        return t('spaces.cancel.none');
    }
  };

  const cancel = async (target: SpaceBookingRecord) => {
    setBusy(true);
    setError(null);
    try {
      const result = await callCancelBooking({ bookingId: target.id });
      props.onCancelled(result.refundedCredits);
    } catch (caught) {
      setError(spaceError(caught));
    }
    setConfirming(null);
    setBusy(false);
  };

  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Button
        variant="outlined"
        color="error"
        size="small"
        disabled={busy}
        data-testid={`cancel-space-booking-${booking.id}`}
        onClick={() => {
          setError(null);
          setConfirming(booking);
        }}
      >
        {t('spaces.cancel.action')}
      </Button>
      {terms.refund.kind === 'credits' || terms.refund.kind === 'creditsLost' ? (
        <Typography variant="caption" color="text.secondary">
          {terms.inWindow ? t('spaces.cancel.until', { deadline }) : t('spaces.cancel.late', { deadline })}
        </Typography>
      ) : null}
      <SpaceErrorAlert error={error} returnTo="/account/space-bookings" />
      <ConfirmDialog
        item={confirming}
        busy={busy}
        idPrefix={`cancel-space-booking-${booking.id}`}
        title={t('spaces.cancel.title')}
        text={() =>
          `${t('spaces.cancel.question', { name: props.name, when: props.when })} ${refundText(terms.refund)}`
        }
        confirmLabel={t('spaces.cancel.confirm')}
        onCancel={() => setConfirming(null)}
        onConfirm={(item) => void cancel(item)}
      />
    </Stack>
  );
}
