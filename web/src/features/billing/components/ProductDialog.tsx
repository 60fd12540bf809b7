// Create or edit a product (admins, CR-1 and CR-4). Written straight to products/{id}: the rules
// accept exactly the fields of productFieldsSchema, which the form checks first.
import Alert from '@mui/material/Alert';
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
import { useDialogForm } from '../../../app/forms/useDialogForm.ts';
import { billingIssueText } from '../fieldErrors.ts';
import {
  EMPTY_PRODUCT,
  parseProductForm,
  productValuesFromRecord,
  productWrite,
  type ProductField,
  type ProductFormValues,
} from '../productForm.ts';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';

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
  return (
    <FormDialog
      item={props.editing}
      formKey={(editing) => editing.product?.id ?? 'new'}
      onClose={props.onClose}
      titleId="product-dialog-title"
      title={
        props.editing?.product
          ? t('billing.products.dialog.editTitle')
          : t('billing.products.dialog.createTitle')
      }
    >
      {(editing, saving) => (
        <ProductForm product={editing.product} {...saving} onClose={props.onClose} onSaved={props.onSaved} />
      )}
    </FormDialog>
  );
}

function ProductForm(
  props: Saving & { product: ProductRecord | null; onClose: () => void; onSaved: () => void },
) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { product, busy } = props;
  const form = useDialogForm<ProductFormValues, ProductField>(
    () => (product ? productValuesFromRecord(product, locale) : EMPTY_PRODUCT),
    props.setBusy,
    billingIssueText,
  );
  const { values, feedback } = form;

  const change = (patch: Partial<ProductFormValues>) => {
    const fields = Object.keys(patch) as ProductField[];
    // The interval's validity depends on the kind.
    form.change(patch, fields.includes('kind') ? [...fields, 'interval'] : fields);
  };

  const submit = () =>
    form.submit(
      parseProductForm(values),
      async (fields) => {
        const write = productWrite(fields);
        if (product) await updateProduct(product.id, write);
        else await createProduct(write);
        props.onSaved();
      },
      () => t('billing.products.saveError'),
    );

  const isSubscription = values.kind === 'subscription';
  return (
    <DialogForm
      busy={busy}
      onSubmit={submit}
      onCancel={props.onClose}
      submitLabel={t('billing.products.dialog.save')}
    >
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
        {form.failure && (
          <Grid size={12}>
            <Alert severity="error" role="alert">
              {form.failure}
            </Alert>
          </Grid>
        )}
      </Grid>
    </DialogForm>
  );
}
