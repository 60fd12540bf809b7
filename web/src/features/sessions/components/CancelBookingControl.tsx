// Cancelling a session booking (CAPS-6): allowed until the policy's deadline (the button is then
// disabled and says until when it was possible), asked for in a dialog, refunded by the server,
// which has the last word (outside-cancel-window).
import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/dates.ts';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import { callCancelBooking } from '../../../lib/firebase/callables.ts';
import type { SessionBookingRecord } from '../../../lib/firebase/sessions.ts';
import { cancelPolicy } from '../bookingState.ts';
import { sessionErrorKey, type SessionErrorKey } from '../sessionErrors.ts';
import { SessionErrorAlert } from './SessionErrorAlert.tsx';

export function CancelBookingControl(props: {
  booking: SessionBookingRecord;
  title: string;
  windowHours: number;
  now: Date;
  timeZone: string;
  /** "Annuler ma réservation" on the session page, "Annuler" in a list of bookings. */
  compact?: boolean;
  onCancelled: (refundedCredits: number) => void;
}) {
  const { t } = useTranslation();
  const { booking } = props;
  const [confirming, setConfirming] = useState<SessionBookingRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SessionErrorKey | null>(null);
  const policy = cancelPolicy(booking.startsAt, props.windowHours, props.now);
  const deadline = formatDateTime(policy.deadline, props.timeZone);

  const cancel = async (target: SessionBookingRecord) => {
    setBusy(true);
    setError(null);
    try {
      const result = await callCancelBooking({ bookingId: target.id });
      setConfirming(null);
      props.onCancelled(result.refundedCredits);
    } catch (caught) {
      setConfirming(null);
      setError(sessionErrorKey(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button
        variant="outlined"
        color="error"
        size={props.compact ? 'small' : 'medium'}
        disabled={!policy.allowed || busy}
        onClick={() => {
          setError(null);
          setConfirming(booking);
        }}
      >
        {props.compact ? t('sessions.booking.cancelShort') : t('sessions.booking.cancel')}
      </Button>
      <Typography variant={props.compact ? 'caption' : 'body2'} color="text.secondary">
        {policy.allowed
          ? t('sessions.booking.cancelUntil', { deadline })
          : t('sessions.booking.cancelClosed', { deadline })}
      </Typography>
      <SessionErrorAlert error={error} />
      <ConfirmDialog
        item={confirming}
        busy={busy}
        idPrefix={`cancel-booking-${booking.id}`}
        title={t('sessions.booking.cancelTitle')}
        text={(item) => t('sessions.booking.cancelText', { title: props.title, count: item.credits })}
        confirmLabel={t('sessions.booking.cancelConfirm')}
        onCancel={() => setConfirming(null)}
        onConfirm={(item) => void cancel(item)}
      />
    </Stack>
  );
}
