// An admin corrects an issued invoice (INV-4): the invoice itself is never changed; correctInvoice
// issues a credit note cancelling it and, unless told otherwise, a corrective invoice replacing it,
// for the buyer below (prefilled from the original). The outcome names the documents issued.
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { CallableError } from '../../../lib/firebase/callableError.ts';
import { callCorrectInvoice } from '../../../lib/firebase/callables.ts';
import { getInvoice, type InvoiceRecord } from '../../../lib/firebase/invoices.ts';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';
import { issuesToFields } from '../../../app/forms/fieldErrors.ts';
import { useDialogForm } from '../../../app/forms/useDialogForm.ts';
import { billingIssueText } from '../../billing/fieldErrors.ts';
import {
  BUYER_FIELDS,
  correctionFieldOf,
  correctionValues,
  MAX_LENGTHS,
  parseCorrection,
  REASON_MAX_LENGTH,
  type CorrectionField,
  type CorrectionValues,
} from '../correctionForm.ts';
import { correctionErrorKey } from '../display.ts';

/** The number of an issued document, read back after the call (null when it cannot be read yet). */
async function numberOf(id: string | undefined): Promise<string | null> {
  if (!id) return null;
  try {
    return (await getInvoice(id))?.number || null;
  } catch {
    return null;
  }
}

export function CorrectInvoiceDialog(props: {
  /** The invoice to correct; the dialog is open while it is set. */
  invoice: InvoiceRecord | null;
  onClose: () => void;
  /** Called with the sentence naming the documents issued. */
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      item={props.invoice}
      formKey={(invoice) => invoice.id}
      onClose={props.onClose}
      titleId="correct-invoice-title"
      title={t('invoices.staff.correct.title', { number: props.invoice?.number ?? '' })}
      maxWidth="md"
    >
      {(invoice, saving) => (
        <CorrectInvoiceForm invoice={invoice} {...saving} onClose={props.onClose} onDone={props.onDone} />
      )}
    </FormDialog>
  );
}

type BuyerField = Exclude<CorrectionField, 'reason'>;

const REQUIRED_BUYER_FIELDS: readonly BuyerField[] = ['name', 'line1', 'postalCode', 'city'];

function CorrectInvoiceForm(
  props: Saving & { invoice: InvoiceRecord; onClose: () => void; onDone: (message: string) => void },
) {
  const { t } = useTranslation();
  const { invoice, busy } = props;
  const form = useDialogForm<CorrectionValues, CorrectionField>(
    () => correctionValues(invoice),
    props.setBusy,
    billingIssueText,
  );
  const { values, change, feedback } = form;
  const buyerDisabled = busy || !values.reissue;

  const failureText = (error: unknown): string => {
    const specific = correctionErrorKey(error);
    if (specific) return t(`invoices.staff.correct.errors.${specific}`);
    if (error instanceof CallableError && error.issues.length > 0) {
      form.setErrors(issuesToFields(error.issues, correctionFieldOf).fields);
    }
    return t(`errors.callable.${callableErrorKey(error)}`);
  };

  const submit = () =>
    form.submit(
      parseCorrection(values, invoice),
      async (input) => {
        const result = await callCorrectInvoice(input);
        const pending = t('invoices.staff.correct.pendingNumber');
        const [creditNote, replacement] = await Promise.all([
          numberOf(result.creditNoteId),
          numberOf(result.invoiceId),
        ]);
        props.onDone(
          result.invoiceId
            ? t('invoices.staff.correct.done', {
                creditNote: creditNote ?? pending,
                invoice: replacement ?? pending,
              })
            : t('invoices.staff.correct.doneCreditNoteOnly', {
                creditNote: creditNote ?? pending,
                number: invoice.number,
              }),
        );
      },
      failureText,
    );

  const buyerField = (field: BuyerField, size: { xs: number; sm?: number }, hint?: string) => (
    <Grid size={size}>
      <TextField
        id={`correct-invoice-${field}`}
        name={field}
        label={t(`invoices.staff.correct.${field}`)}
        required={values.reissue && REQUIRED_BUYER_FIELDS.includes(field)}
        disabled={buyerDisabled}
        value={values[field]}
        onChange={(event) => {
          const patch: Partial<CorrectionValues> = {};
          patch[field] = event.target.value;
          change(patch, [field]);
        }}
        slotProps={{
          htmlInput: { autoComplete: 'off', ...(field !== 'siren' ? { maxLength: MAX_LENGTHS[field] } : {}) },
        }}
        {...feedback(field, hint)}
      />
    </Grid>
  );

  return (
    <DialogForm
      busy={busy}
      onSubmit={submit}
      onCancel={props.onClose}
      submitLabel={t('invoices.staff.correct.submit')}
      submitColor="warning"
    >
      <Stack spacing={2.5}>
        <Alert severity="info" id="correct-invoice-explanation">
          {t('invoices.staff.correct.explanation')}
        </Alert>

        <TextField
          id="correct-invoice-reason"
          name="reason"
          label={t('invoices.staff.correct.reason')}
          required
          multiline
          minRows={2}
          disabled={busy}
          value={values.reason}
          onChange={(event) => change({ reason: event.target.value })}
          slotProps={{ htmlInput: { maxLength: REASON_MAX_LENGTH } }}
          {...feedback('reason', t('invoices.staff.correct.reasonHint'))}
        />

        <div>
          <FormControlLabel
            control={
              <Checkbox
                id="correct-invoice-reissue"
                name="reissue"
                checked={values.reissue}
                disabled={busy}
                onChange={(event) => change({ reissue: event.target.checked }, BUYER_FIELDS)}
              />
            }
            label={t('invoices.staff.correct.reissue')}
          />
          <FormHelperText sx={{ mt: 0 }}>{t('invoices.staff.correct.reissueHint')}</FormHelperText>
        </div>

        <Stack component="fieldset" spacing={1} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
          <Typography component="legend" variant="subtitle2" sx={{ p: 0 }}>
            {t('invoices.staff.correct.buyerTitle')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('invoices.staff.correct.buyerHint')}
          </Typography>
          <Grid container spacing={2} sx={{ pt: 1 }}>
            {buyerField('name', { xs: 12, sm: 6 })}
            {buyerField('company', { xs: 12, sm: 6 }, t('invoices.staff.correct.companyHint'))}
            {buyerField('siren', { xs: 12, sm: 6 })}
            {buyerField('vatNumber', { xs: 12, sm: 6 })}
            {buyerField('line1', { xs: 12 })}
            {buyerField('postalCode', { xs: 12, sm: 4 })}
            {buyerField('city', { xs: 12, sm: 8 })}
          </Grid>
        </Stack>

        {form.failure && (
          <Alert severity="error" role="alert">
            {form.failure}
          </Alert>
        )}
      </Stack>
    </DialogForm>
  );
}
