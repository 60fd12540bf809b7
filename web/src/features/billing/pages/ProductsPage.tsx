// /admin/products (admins): every credit pack and subscription plan, on sale or not, live. A product
// is created and edited in a dialog; one never ordered may be deleted, an ordered one is withdrawn
// from sale (its orders keep pointing at it).
import { useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import { ListState } from '../../../app/lists/ListState.tsx';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { formatEuros } from '../../../app/money.ts';
import {
  deleteProduct,
  productHasOrders,
  watchAllProducts,
  type ProductRecord,
} from '../../../lib/firebase/billing.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { ProductDialog, type ProductEditing } from '../components/ProductDialog.tsx';
import { formatVatRate } from '../display.ts';
import { useConfirmedDelete } from '../hooks/useConfirmedDelete.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

const subscribeProducts: Watch<ProductRecord[]> = (callback, onError) => watchAllProducts(callback, onError);

const COLUMNS = 9;

export function ProductsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const products = useLive(subscribeProducts);
  const [editing, setEditing] = useState<ProductEditing | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const deletion = useConfirmedDelete({
    remove: (product: ProductRecord) => deleteProduct(product.id),
    doneText: t('billing.products.deleted'),
    failedText: t('billing.products.deleteError'),
    onNotice: setNotice,
  });

  // Asked at click time: an order may have arrived since the list was shown.
  const askDelete = async (product: ProductRecord) => {
    setChecking(product.id);
    try {
      if (await productHasOrders(product.id)) {
        setNotice({ severity: 'error', message: t('billing.products.hasOrders', { name: product.name }) });
      } else {
        deletion.ask(product);
      }
    } catch {
      setNotice({ severity: 'error', message: t('billing.products.deleteError') });
    } finally {
      setChecking(null);
    }
  };

  const list = products.value ?? [];
  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('billing.products.title')}
        intro={t('billing.products.intro')}
        newLabel={t('billing.products.new')}
        onNew={() => setEditing({ product: null })}
      />

      <ListState
        status={products.status}
        errorText={t('billing.products.loadError')}
        onRetry={products.reload}
      >
        <ListTable
          label={t('billing.products.title')}
          columns={COLUMNS}
          head={
            <>
              <TableCell>{t('billing.products.columns.name')}</TableCell>
              <TableCell sx={FROM_SM}>{t('billing.products.columns.kind')}</TableCell>
              <TableCell align="right">{t('billing.products.columns.credits')}</TableCell>
              <TableCell align="right">{t('billing.products.columns.price')}</TableCell>
              <TableCell sx={FROM_MD} align="right">
                {t('billing.products.columns.vat')}
              </TableCell>
              <TableCell sx={FROM_MD}>{t('billing.products.columns.interval')}</TableCell>
              <TableCell>{t('billing.products.columns.active')}</TableCell>
              <TableCell sx={FROM_MD} align="right">
                {t('billing.products.columns.sortOrder')}
              </TableCell>
              <TableCell>{t('billing.common.actions')}</TableCell>
            </>
          }
          items={list}
          emptyText={t('billing.products.empty')}
          row={(product) => (
            <TableRow key={product.id} data-testid={`product-row-${product.id}`} hover>
              <TableCell sx={{ maxWidth: 260 }}>
                <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                  {product.name}
                </Typography>
                {product.description && (
                  <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                    {product.description}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={FROM_SM}>
                {product.kind ? t(`billing.kinds.${product.kind}`) : t('billing.products.unknownKind')}
              </TableCell>
              <TableCell align="right">{product.credits ?? '—'}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {product.priceCents === null ? '—' : formatEuros(product.priceCents, locale)}
              </TableCell>
              <TableCell sx={{ ...FROM_MD, whiteSpace: 'nowrap' }} align="right">
                {product.vatRate === null ? '—' : formatVatRate(product.vatRate, locale)}
              </TableCell>
              <TableCell sx={FROM_MD}>
                {product.interval ? t(`billing.intervals.${product.interval}`) : '—'}
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={product.active ? 'success' : 'default'}
                  label={product.active ? t('billing.products.onSale') : t('billing.products.offSale')}
                />
              </TableCell>
              <TableCell sx={FROM_MD} align="right">
                {product.sortOrder}
              </TableCell>
              <TableCell>
                <Stack direction="row" spacing={1}>
                  <Button
                    size="small"
                    aria-label={t('billing.products.editLabel', { name: product.name })}
                    onClick={() => setEditing({ product })}
                  >
                    {t('billing.common.edit')}
                  </Button>
                  <Button
                    size="small"
                    color="error"
                    aria-label={t('billing.products.deleteLabel', { name: product.name })}
                    loading={checking === product.id}
                    disabled={checking !== null && checking !== product.id}
                    onClick={() => void askDelete(product)}
                  >
                    {t('billing.common.delete')}
                  </Button>
                </Stack>
              </TableCell>
            </TableRow>
          )}
        />
      </ListState>

      <ProductDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice({ severity: 'success', message: t('billing.products.saved') });
        }}
      />
      <ConfirmDialog
        {...deletion.dialogProps}
        idPrefix="product-delete"
        title={t('billing.products.deleteTitle')}
        text={(product) => t('billing.products.deleteText', { name: product.name })}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
