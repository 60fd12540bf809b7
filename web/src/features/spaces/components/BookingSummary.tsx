// What the member is about to book: the day, the times in the organisation's zone, the seats and
// the total for the way of payment chosen (per slot, whatever the seats).
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../app/money.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import { dayOf, formatDay, formatTimeRange } from '../../sessions/time.ts';
import type { BookingTotal } from '../pricing.ts';

function Fact(props: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {props.label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 500 }} data-testid={props.testId}>
        {props.children}
      </Typography>
    </>
  );
}

export function BookingSummary(props: {
  start: string;
  end: string;
  seats: number;
  showSeats: boolean;
  total: BookingTotal | null;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const start = new Date(props.start);
  const end = new Date(props.end);
  const { total } = props;
  return (
    <Box
      component="dl"
      aria-label={t('spaces.booking.summary')}
      data-testid="space-booking-summary"
      sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}
    >
      <Fact label={t('spaces.booking.date')}>{formatDay(dayOf(start, props.timeZone), locale)}</Fact>
      <Fact label={t('spaces.booking.time')}>{formatTimeRange(start, end, props.timeZone)}</Fact>
      {props.showSeats && <Fact label={t('spaces.booking.seats')}>{props.seats}</Fact>}
      {total && (
        <Fact label={t('spaces.booking.total')} testId="space-booking-total">
          {total.payWith === 'credits'
            ? t('spaces.credits', { count: total.credits })
            : total.payWith === 'card'
              ? formatEuros(total.cents, locale)
              : t('spaces.prices.plan')}
        </Fact>
      )}
    </Box>
  );
}
