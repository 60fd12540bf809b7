// One product of the shop: what it gives, what it costs (VAT included, and per credit), the
// quantity for packs, and the button that starts the checkout.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/i18n/index.ts';
import { formatEuros } from '../../../app/money.ts';
import type { ProductRecord } from '../../../lib/firebase/shop.ts';
import type { PaymentErrorKey } from '../paymentErrors.ts';
import { parseQuantity, pricePerCreditCents, QUANTITY_OPTIONS } from '../shop.ts';
import { PaymentErrorAlert } from './PaymentErrorAlert.tsx';

export function ProductCard(props: {
  product: ProductRecord;
  /** This product's checkout is being created. */
  busy: boolean;
  /** Another checkout is under way, or the session is not known yet. */
  disabled: boolean;
  error: PaymentErrorKey | null;
  onBuy: (quantity: number) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { product } = props;
  const [quantity, setQuantity] = useState(1);
  const euros = (cents: number) => formatEuros(cents, locale);
  const isPack = product.kind === 'credit-pack';
  const interval = product.interval ?? 'month';
  const perCredit = product.credits > 1 ? pricePerCreditCents(product.priceCents, product.credits) : null;
  const quantityId = `quantity-${product.id}`;

  return (
    <Card
      component="article"
      aria-labelledby={`product-${product.id}`}
      data-testid={`product-${product.id}`}
      sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}
    >
      <CardContent sx={{ flexGrow: 1 }}>
        <Stack spacing={1}>
          <Typography id={`product-${product.id}`} variant="h3" component="h3">
            {product.name}
          </Typography>
          <Typography variant="h6" component="p" color="primary">
            {isPack
              ? t('credits.count', { count: product.credits })
              : t(`credits.creditsPer.${interval}`, { count: product.credits })}
          </Typography>
          <Typography sx={{ fontWeight: 600 }}>
            {isPack
              ? t('credits.shop.price', { price: euros(product.priceCents) })
              : t(`credits.shop.pricePer.${interval}`, { price: euros(product.priceCents) })}
          </Typography>
          {perCredit !== null && (
            <Typography variant="body2" color="text.secondary">
              {t('credits.shop.pricePerCredit', { price: euros(perCredit) })}
            </Typography>
          )}
          {product.description && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
              {product.description}
            </Typography>
          )}
          {product.vatRate !== null && (
            <Typography variant="caption" color="text.secondary">
              {t('credits.shop.vatNote', {
                rate: new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR').format(product.vatRate),
              })}
            </Typography>
          )}
        </Stack>
      </CardContent>
      <CardActions
        disableSpacing
        sx={{ flexDirection: 'column', alignItems: 'stretch', gap: 1, px: 2, pb: 2 }}
      >
        {isPack && (
          <>
            <TextField
              id={quantityId}
              select
              size="small"
              label={t('credits.shop.quantity')}
              value={String(quantity)}
              disabled={props.busy}
              onChange={(event) => setQuantity(parseQuantity(event.target.value))}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              {QUANTITY_OPTIONS.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </TextField>
            {quantity > 1 && (
              <Typography variant="body2" aria-live="polite">
                {t('credits.shop.total', {
                  amount: euros(product.priceCents * quantity),
                  count: product.credits * quantity,
                })}
              </Typography>
            )}
          </>
        )}
        <PaymentErrorAlert error={props.error} />
        <Button
          variant="contained"
          aria-label={
            isPack
              ? t('credits.shop.buyLabel', { name: product.name })
              : t('credits.shop.subscribeLabel', { name: product.name })
          }
          loading={props.busy}
          disabled={props.disabled}
          onClick={() => props.onBuy(isPack ? quantity : 1)}
        >
          {isPack ? t('credits.shop.buy') : t('credits.shop.subscribe')}
        </Button>
      </CardActions>
    </Card>
  );
}
