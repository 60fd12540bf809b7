// Create or edit a product (admins, CR-1 and CR-4). Written straight to products/{id}: the rules
// accept exactly the fields of productFieldsSchema, which the form checks first.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import {
  BILLING_INTERVALS,
  PRODUCT_DESCRIPTION_MAX_LENGTH,
  PRODUCT_KINDS,
  PRODUCT_NAME_MAX_LENGTH,
  VAT_RATES,
  type BillingInterval,
  type ProductKind,
} from '@agora/domain';
import { useLocale } from '../../../app/i18n/index.ts';
import { createProduct, updateProduct, type ProductRecord } from '../../../lib/firebase/billing.ts';
import { formatVatRate } from '../display.ts';
import { withoutFieldErrors, type FieldErrors } from '../fieldErrors.ts';
import { useIssueText } from '../hooks/useIssueText.ts';
import {
  EMPTY_PRODUCT,
  parseProductForm,
  productValuesFromRecord,
  productWrite,
  type ProductField,
  type ProductFormValues,
} from '../productForm.ts';

/** The dialog is open while set: `product` null creates a new one. */
export interface ProductEditing {
  product: ProductRecord | null;
}

const SELECT_PROPS = { select: { native: true }, inputLabel: { shrink: true } } as const;

function toKind(value: string): ProductKind {
  return PRODUCT_KINDS.find((kind) => kind === value) ?? 'credit-pack';
}

function toInterval(value: string): BillingInterval | '' {
  return BILLING_INTERVALS.find((interval) => interval === value) ?? '';
}

export function ProductDialog(props: {
  editing: ProductEditing | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { editing } = props;
  return (
    <Dialog
      open={editing !== null}
      onClose={busy ? undefined : props.onClose}
      aria-labelledby="product-dialog-title"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="product-dialog-title">
        {editing?.product ? t('billing.products.dialog.editTitle') : t('billing.products.dialog.createTitle')}
      </DialogTitle>
      {editing && (
        <ProductForm
          key={editing.product?.id ?? 'new'}
          product={editing.product}
          busy={busy}
          setBusy={setBusy}
          onClose={props.onClose}
          onSaved={props.onSaved}
        />
      )}
    </Dialog>
  );
}

function ProductForm(props: {
  product: ProductRecord | null;
  busy: boolean;
  setBusy: (busy: boolean) => void;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const issueText = useIssueText();
  const { product, busy, setBusy } = props;
  const [values, setValues] = useState<ProductFormValues>(() =>
    product ? productValuesFromRecord(product, locale) : EMPTY_PRODUCT,
  );
  const [errors, setErrors] = useState<FieldErrors<ProductField>>({});
  const [failed, setFailed] = useState(false);

  const change = (patch: Partial<ProductFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    const fields = Object.keys(patch) as ProductField[];
    // The interval's validity depends on the kind.
    setErrors((current) =>
      withoutFieldErrors(current, fields.includes('kind') ? [...fields, 'interval'] : fields),
    );
    setFailed(false);
  };

  const feedback = (field: ProductField, hint?: string) => ({
    error: Boolean(errors[field]),
    helperText: issueText(errors[field]) ?? hint,
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseProductForm(values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setFailed(false);
    setBusy(true);
    try {
      const write = productWrite(parsed.value);
      if (product) await updateProduct(product.id, write);
      else await createProduct(write);
      props.onSaved();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const isSubscription = values.kind === 'subscription';
  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
      <DialogContent sx={{ pt: 0 }}>
        <Grid container spacing={2} sx={{ pt: 1 }}>
          <Grid size={12}>
            <TextField
              id="product-name"
              name="name"
              label={t('billing.products.dialog.name')}
              required
              disabled={busy}
              value={values.name}
              onChange={(event) => change({ name: event.target.value })}
              slotProps={{ htmlInput: { maxLength: PRODUCT_NAME_MAX_LENGTH } }}
              {...feedback('name')}
            />
          </Grid>
          <Grid size={12}>
            <TextField
              id="product-description"
              name="description"
              label={t('billing.products.dialog.description')}
              multiline
              minRows={2}
              disabled={busy}
              value={values.description}
              onChange={(event) => change({ description: event.target.value })}
              slotProps={{ htmlInput: { maxLength: PRODUCT_DESCRIPTION_MAX_LENGTH } }}
              {...feedback('description')}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id="product-kind"
              name="kind"
              select
              label={t('billing.products.dialog.kind')}
              disabled={busy}
              value={values.kind}
              onChange={(event) => change({ kind: toKind(event.target.value) })}
              slotProps={SELECT_PROPS}
              {...feedback('kind')}
            >
              {PRODUCT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`billing.kinds.${kind}`)}
                </option>
              ))}
            </TextField>
          </Grid>
          {isSubscription && (
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                id="product-interval"
                name="interval"
                select
                required
                label={t('billing.products.dialog.interval')}
                disabled={busy}
                value={values.interval}
                onChange={(event) => change({ interval: toInterval(event.target.value) })}
                slotProps={SELECT_PROPS}
                {...feedback('interval')}
              >
                <option value="">{t('billing.products.dialog.chooseInterval')}</option>
                {BILLING_INTERVALS.map((interval) => (
                  <option key={interval} value={interval}>
                    {t(`billing.intervals.${interval}`)}
                  </option>
                ))}
              </TextField>
            </Grid>
          )}
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id="product-credits"
              name="credits"
              type="number"
              label={t('billing.products.dialog.credits')}
              required
              disabled={busy}
              value={values.credits}
              onChange={(event) => change({ credits: event.target.value })}
              slotProps={{ htmlInput: { min: 1, step: 1, inputMode: 'numeric' } }}
              {...feedback(
                'credits',
                isSubscription
                  ? t('billing.products.dialog.creditsHintSubscription')
                  : t('billing.products.dialog.creditsHintPack'),
              )}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id="product-price"
              name="price"
              label={t('billing.products.dialog.price')}
              required
              disabled={busy}
              value={values.price}
              onChange={(event) => change({ price: event.target.value })}
              slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
              {...feedback('price', t('billing.products.dialog.priceHint'))}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id="product-vat-rate"
              name="vatRate"
              select
              label={t('billing.products.dialog.vatRate')}
              disabled={busy}
              value={values.vatRate}
              onChange={(event) => change({ vatRate: event.target.value })}
              slotProps={SELECT_PROPS}
              {...feedback('vatRate')}
            >
              {values.vatRate === '' && <option value="">—</option>}
              {VAT_RATES.map((rate) => (
                <option key={rate} value={String(rate)}>
                  {formatVatRate(rate, locale)}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id="product-sort-order"
              name="sortOrder"
              type="number"
              label={t('billing.products.dialog.sortOrder')}
              disabled={busy}
              value={values.sortOrder}
              onChange={(event) => change({ sortOrder: event.target.value })}
              slotProps={{ htmlInput: { min: 0, step: 1, inputMode: 'numeric' } }}
              {...feedback('sortOrder', t('billing.products.dialog.sortOrderHint'))}
            />
          </Grid>
          <Grid size={12}>
            <FormControlLabel
              control={
                <Switch
                  name="active"
                  checked={values.active}
                  disabled={busy}
                  onChange={(event) => change({ active: event.target.checked })}
                />
              }
              label={t('billing.products.dialog.active')}
            />
            <FormHelperText sx={{ mt: 0 }}>{t('billing.products.dialog.activeHint')}</FormHelperText>
          </Grid>
          {product && (
            <Grid size={12}>
              <Alert severity="info" variant="outlined">
                {t('billing.products.dialog.existingOrders')}
              </Alert>
            </Grid>
          )}
          {failed && (
            <Grid size={12}>
              <Alert severity="error" role="alert">
                {t('billing.products.saveError')}
              </Alert>
            </Grid>
          )}
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" loading={busy}>
          {t('billing.products.dialog.save')}
        </Button>
      </DialogActions>
    </Box>
  );
}
