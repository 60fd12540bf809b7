// How a space booking was paid: credits (and what came back), card with its amount, or the plan.
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../app/money.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import type { SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import { paymentMethod } from '../spaceBookings.ts';

export function PaymentText({ booking }: { booking: SpaceBookingRecord }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const method = paymentMethod(booking);
  const text =
    method === 'credits'
      ? t('spaces.payments.credits', { count: booking.credits })
      : method === 'card'
        ? booking.amountCents === null
          ? t('spaces.payments.card')
          : t('spaces.payments.cardAmount', { amount: formatEuros(booking.amountCents, locale) })
        : method === 'plan'
          ? t('spaces.payments.plan')
          : '—';
  return (
    <>
      {text}
      {booking.refundedCredits !== null && booking.refundedCredits > 0 && (
        <Typography variant="caption" component="p" color="text.secondary">
          {t('spaces.myBookings.refunded', { count: booking.refundedCredits })}
        </Typography>
      )}
    </>
  );
}
