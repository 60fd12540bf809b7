// Refund all or part of a paid order (PAY-4) through refundOrder. Stripe refunds the money; the
// webhook then takes the matching credits back, so nothing changes here until Stripe confirms.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import { formatEuros } from '../../../app/money.ts';
import type { OrderRecord } from '../../../lib/firebase/billing.ts';
import { CallableError } from '../../../lib/firebase/callableError.ts';
import { callRefundOrder } from '../../../lib/firebase/callables.ts';
import { eurosInputValue } from '../euros.ts';
import { withoutFieldErrors, type FieldErrors } from '../fieldErrors.ts';
import { useIssueText } from '../hooks/useIssueText.ts';
import { useRequestId } from '../hooks/useRequestId.ts';
import {
  refundIssuesToFields,
  refundOrderInput,
  remainingCents,
  type RefundField,
  type RefundFormValues,
} from '../refundForm.ts';

export interface RefundTarget {
  order: OrderRecord;
  memberName: string;
  requestId: string;
}

/** Call from an event handler (the key is random): each opening gets its own key. */
export function newRefundTarget(order: OrderRecord, memberName: string): RefundTarget {
  return { order, memberName, requestId: crypto.randomUUID() };
}

export function RefundDialog(props: {
  target: RefundTarget | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { target } = props;
  return (
    <Dialog
      open={target !== null}
      onClose={busy ? undefined : props.onClose}
      aria-labelledby="refund-dialog-title"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="refund-dialog-title">{t('billing.refund.title')}</DialogTitle>
      {target && (
        <RefundForm
          key={target.requestId}
          target={target}
          busy={busy}
          setBusy={setBusy}
          onClose={props.onClose}
          onDone={props.onDone}
        />
      )}
    </Dialog>
  );
}

function RefundForm(props: {
  target: RefundTarget;
  busy: boolean;
  setBusy: (busy: boolean) => void;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const issueText = useIssueText();
  const { target, busy, setBusy } = props;
  const { order } = target;
  const remaining = remainingCents(order);
  const requestIdFor = useRequestId(target.requestId);
  const [values, setValues] = useState<RefundFormValues>(() => ({
    amount: eurosInputValue(remaining, locale),
    reason: '',
  }));
  const [errors, setErrors] = useState<FieldErrors<RefundField>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const change = (patch: Partial<RefundFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => withoutFieldErrors(current, Object.keys(patch) as RefundField[]));
    setFailure(null);
  };

  const failureText = (error: unknown): string => {
    if (error instanceof CallableError) {
      if (error.reason === 'not-refundable') return t('billing.refund.notRefundable');
      if (error.reason === 'payments-unavailable') return t('billing.refund.paymentsUnavailable');
      if (error.issues.length > 0) setErrors(refundIssuesToFields(error.issues).fields);
    }
    return t(`errors.callable.${callableErrorKey(error)}`);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const parsed = refundOrderInput(values, order, target.requestId);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    const { requestId: _placeholder, ...content } = parsed.value;
    const input = { ...parsed.value, requestId: requestIdFor(JSON.stringify(content)) };
    setBusy(true);
    try {
      await callRefundOrder(input);
      props.onDone();
    } catch (error) {
      setFailure(failureText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
      <DialogContent sx={{ pt: 0 }}>
        <Stack spacing={2.5}>
          <div>
            <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
              {t('billing.refund.summary', {
                product: order.productName,
                quantity: order.quantity,
                member: target.memberName,
              })}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('billing.refund.paid', { amount: formatEuros(order.amountCents, locale) })}
              {order.refundedCents > 0 &&
                ` · ${t('billing.refund.alreadyRefunded', { amount: formatEuros(order.refundedCents, locale) })}`}
            </Typography>
          </div>
          <Alert severity="info" variant="outlined">
            {t('billing.refund.explanation')}
          </Alert>
          <TextField
            id="refund-amount"
            name="amount"
            label={t('billing.refund.amount')}
            required
            disabled={busy}
            value={values.amount}
            onChange={(event) => change({ amount: event.target.value })}
            error={Boolean(errors.amount)}
            helperText={
              issueText(errors.amount) ??
              t('billing.refund.amountHint', { max: formatEuros(remaining, locale) })
            }
            slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
          />
          <TextField
            id="refund-reason"
            name="reason"
            label={t('billing.refund.reason')}
            required
            multiline
            minRows={2}
            disabled={busy}
            value={values.reason}
            onChange={(event) => change({ reason: event.target.value })}
            error={Boolean(errors.reason)}
            helperText={issueText(errors.reason)}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          {failure && (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" color="warning" loading={busy}>
          {t('billing.refund.submit')}
        </Button>
      </DialogActions>
    </Box>
  );
}
