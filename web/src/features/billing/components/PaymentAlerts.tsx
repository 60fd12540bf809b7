// Payment alerts nobody has dealt with yet (a refund larger than the balance, an amount that does
// not match its order...), live, above the orders; staff mark each one handled once looked at.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import type { Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import {
  setPaymentAlertResolved,
  watchOpenPaymentAlerts,
  type PaymentAlertRecord,
} from '../../../lib/firebase/billing.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';
import { useMembersById } from '../../../app/hooks/useMembersById.ts';
import { memberLabel } from './MemberCell.tsx';

const SHOWN_ALERTS = 50;

const subscribeAlerts: Watch<PaymentAlertRecord[]> = (callback, onError) =>
  watchOpenPaymentAlerts({ count: SHOWN_ALERTS }, callback, onError);

export function PaymentAlerts(props: { timeZone: string; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const alerts = useLive(subscribeAlerts);
  const list = alerts.value ?? [];
  const members = useMembersById(list.flatMap((alert) => (alert.uid ? [alert.uid] : [])));
  const [resolving, setResolving] = useState<string | null>(null);

  const resolve = async (alert: PaymentAlertRecord) => {
    setResolving(alert.id);
    try {
      await setPaymentAlertResolved(alert.id, true);
      props.onNotice({ severity: 'success', message: t('billing.alerts.resolved') });
    } catch {
      props.onNotice({ severity: 'error', message: t('billing.alerts.resolveError') });
    } finally {
      setResolving(null);
    }
  };

  if (alerts.status === 'error') {
    return <LoadErrorAlert message={t('billing.alerts.loadError')} onRetry={alerts.reload} />;
  }
  if (list.length === 0) return null;
  return (
    <Stack component="section" spacing={1} aria-labelledby="payment-alerts-title">
      <Typography variant="h3" component="h2" id="payment-alerts-title">
        {t('billing.alerts.title')}
      </Typography>
      {list.map((alert) => (
        <Alert
          key={alert.id}
          severity="warning"
          data-testid={`payment-alert-${alert.id}`}
          action={
            <Button
              color="inherit"
              size="small"
              loading={resolving === alert.id}
              disabled={resolving !== null && resolving !== alert.id}
              onClick={() => void resolve(alert)}
            >
              {t('billing.alerts.resolve')}
            </Button>
          }
        >
          <AlertTitle>
            {alert.kind ? t(`billing.alerts.kinds.${alert.kind}`) : t('billing.alerts.unknownKind')}
          </AlertTitle>
          {alert.message && <Typography variant="body2">{alert.message}</Typography>}
          {alert.missingCredits !== null && alert.missingCredits > 0 && (
            <Typography variant="body2">
              {t('billing.alerts.missingCredits', { count: alert.missingCredits })}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {[
              alert.uid
                ? t('billing.alerts.member', {
                    name: memberLabel(members, alert.uid, t('billing.common.unknownMember')),
                  })
                : null,
              alert.orderId ? t('billing.alerts.order', { id: alert.orderId }) : null,
              alert.createdAt
                ? t('billing.alerts.createdAt', {
                    date: formatDateTimeShort(alert.createdAt, props.timeZone),
                  })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
        </Alert>
      ))}
    </Stack>
  );
}
