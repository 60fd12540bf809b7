// Refund all or part of a paid order (PAY-4) through refundOrder. Stripe refunds the money; the
// webhook then takes the matching credits back, so nothing changes here until Stripe confirms.
import Alert from '@mui/material/Alert';
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
import { useDialogForm } from '../../../app/forms/useDialogForm.ts';
import { billingIssueText } from '../fieldErrors.ts';
import { useRequestId } from '../hooks/useRequestId.ts';
import {
  refundIssuesToFields,
  refundOrderInput,
  remainingCents,
  type RefundField,
  type RefundFormValues,
} from '../refundForm.ts';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';

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
  return (
    <FormDialog
      item={props.target}
      formKey={(target) => target.requestId}
      onClose={props.onClose}
      titleId="refund-dialog-title"
      title={t('billing.refund.title')}
    >
      {(target, saving) => (
        <RefundForm target={target} {...saving} onClose={props.onClose} onDone={props.onDone} />
      )}
    </FormDialog>
  );
}

function RefundForm(props: Saving & { target: RefundTarget; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { target, busy } = props;
  const { order } = target;
  const remaining = remainingCents(order);
  const requestIdFor = useRequestId(target.requestId);
  const form = useDialogForm<RefundFormValues, RefundField>(
    () => ({ amount: eurosInputValue(remaining, locale), reason: '' }),
    props.setBusy,
    billingIssueText,
  );
  const { values } = form;

  const failureText = (error: unknown): string => {
    if (error instanceof CallableError) {
      if (error.reason === 'not-refundable') return t('billing.refund.notRefundable');
      if (error.reason === 'payments-unavailable') return t('billing.refund.paymentsUnavailable');
      if (error.issues.length > 0) form.setErrors(refundIssuesToFields(error.issues).fields);
    }
    return t(`errors.callable.${callableErrorKey(error)}`);
  };

  const submit = () =>
    form.submit(
      refundOrderInput(values, order, target.requestId),
      async (parsed) => {
        const { requestId: _placeholder, ...content } = parsed;
        await callRefundOrder({ ...parsed, requestId: requestIdFor(JSON.stringify(content)) });
        props.onDone();
      },
      failureText,
    );

  return (
    <DialogForm
      busy={busy}
      onSubmit={submit}
      onCancel={props.onClose}
      submitLabel={t('billing.refund.submit')}
      submitColor="warning"
    >
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
          onChange={(event) => form.change({ amount: event.target.value })}
          {...form.feedback(
            'amount',
            t('billing.refund.amountHint', { max: formatEuros(remaining, locale) }),
          )}
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
          onChange={(event) => form.change({ reason: event.target.value })}
          {...form.feedback('reason')}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
        {form.failure && (
          <Alert severity="error" role="alert">
            {form.failure}
          </Alert>
        )}
      </Stack>
    </DialogForm>
  );
}
