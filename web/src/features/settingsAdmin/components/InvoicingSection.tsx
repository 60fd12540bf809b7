// "Mentions légales des factures": numbering prefixes, the value of a credit, the training VAT
// exemption or rate, and each legal notice printed on invoices. The block is optional until an
// admin configures it; once stored it stays (invoices depend on it).
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SettingsForm } from '../hooks/useSettingsForm.ts';
import { MENTION_KEYS, mentionField, type SettingsField } from '../settingsFields.ts';
import { unconfiguredInvoicing } from '../settingsForm.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { SettingsTextField } from './SettingsTextField.tsx';

/** Every field of the block: their messages go when the block is set aside. */
const INVOICING_FIELDS: readonly SettingsField[] = [
  'invoicePrefix',
  'creditNotePrefix',
  'statementPrefix',
  'creditValue',
  'trainingVatExempt',
  'sessionVatRate',
  ...MENTION_KEYS.map(mentionField),
];

export function InvoicingSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const { values, busy } = form;
  return (
    <SettingsSection
      id="settings-invoicing"
      title={t('settingsAdmin.sections.invoicing')}
      intro={t('settingsAdmin.invoicing.intro')}
    >
      {!values.invoicingConfigured ? (
        <Alert
          severity="warning"
          action={
            <Button
              color="inherit"
              size="small"
              disabled={busy}
              onClick={() => form.change({ invoicingConfigured: true })}
            >
              {t('settingsAdmin.invoicing.configure')}
            </Button>
          }
        >
          {t('settingsAdmin.invoicing.notConfigured')}
        </Alert>
      ) : (
        <Grid container spacing={2}>
          <Grid size={12}>
            <Typography variant="subtitle2" component="h3">
              {t('settingsAdmin.invoicing.prefixes')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('settingsAdmin.invoicing.prefixesHint')}
            </Typography>
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <SettingsTextField
              form={form}
              field="invoicePrefix"
              id="settings-invoice-prefix"
              label={t('settingsAdmin.invoicing.invoicePrefix')}
              required
              maxLength={10}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <SettingsTextField
              form={form}
              field="creditNotePrefix"
              id="settings-credit-note-prefix"
              label={t('settingsAdmin.invoicing.creditNotePrefix')}
              required
              maxLength={10}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <SettingsTextField
              form={form}
              field="statementPrefix"
              id="settings-statement-prefix"
              label={t('settingsAdmin.invoicing.statementPrefix')}
              required
              maxLength={10}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SettingsTextField
              form={form}
              field="creditValue"
              id="settings-credit-value"
              label={t('settingsAdmin.invoicing.creditValue')}
              hint={t('settingsAdmin.invoicing.creditValueHint')}
              required
              inputMode="decimal"
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SettingsTextField
              form={form}
              field="sessionVatRate"
              id="settings-session-vat-rate"
              label={t('settingsAdmin.invoicing.sessionVatRate')}
              hint={t('settingsAdmin.invoicing.sessionVatRateHint')}
              required
              inputMode="decimal"
            />
          </Grid>
          <Grid size={12}>
            <FormControlLabel
              control={
                <Switch
                  id="settings-training-vat-exempt"
                  checked={values.trainingVatExempt}
                  disabled={busy}
                  onChange={(event) => form.change({ trainingVatExempt: event.target.checked })}
                />
              }
              label={t('settingsAdmin.invoicing.trainingVatExempt')}
            />
            <FormHelperText sx={{ mt: 0 }} error={Boolean(form.errors.trainingVatExempt)}>
              {form.issueText(form.errors.trainingVatExempt) ??
                t('settingsAdmin.invoicing.trainingVatExemptHint')}
            </FormHelperText>
          </Grid>
          <Grid size={12}>
            <Typography variant="subtitle2" component="h3">
              {t('settingsAdmin.invoicing.mentions')}
            </Typography>
          </Grid>
          {MENTION_KEYS.map((key) => (
            <Grid size={12} key={key}>
              <TextField
                id={`settings-mention-${key}`}
                name={`mentions.${key}`}
                label={t(`settingsAdmin.invoicing.mentionLabels.${key}`)}
                required
                multiline
                minRows={2}
                disabled={busy}
                value={values.mentions[key]}
                onChange={(event) =>
                  form.change({ mentions: { ...values.mentions, [key]: event.target.value } }, [
                    mentionField(key),
                  ])
                }
                slotProps={{ htmlInput: { maxLength: 400 } }}
                {...form.feedback(mentionField(key), t(`settingsAdmin.invoicing.mentionExamples.${key}`))}
              />
            </Grid>
          ))}
          {/* Only before the block is stored: removing it would stop invoices being issued. */}
          {!form.baseline.invoicingConfigured && (
            <Grid size={12}>
              <Button
                size="small"
                disabled={busy}
                onClick={() => form.change(unconfiguredInvoicing(), INVOICING_FIELDS)}
              >
                {t('settingsAdmin.invoicing.unconfigure')}
              </Button>
            </Grid>
          )}
        </Grid>
      )}
    </SettingsSection>
  );
}
