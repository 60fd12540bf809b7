// /admin/products (admins): every credit pack and subscription plan, on sale or not, live. A product
// is created and edited in a dialog; one never ordered may be deleted, an ordered one is withdrawn
// from sale (its orders keep pointing at it).
import { useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { formatEuros } from '../../../app/money.ts';
import {
  deleteProduct,
  productHasOrders,
  watchAllProducts,
  type ProductRecord,
} from '../../../lib/firebase/billing.ts';
import { ProductDialog, type ProductEditing } from '../components/ProductDialog.tsx';
import { formatVatRate } from '../display.ts';
import { useLiveQuery, type Subscribe } from '../hooks/useLiveQuery.ts';

const subscribeProducts: Subscribe<ProductRecord[]> = (callback, onError) =>
  watchAllProducts(callback, onError);

const FROM_SM = { display: { xs: 'none', sm: 'table-cell' } } as const;
const FROM_MD = { display: { xs: 'none', md: 'table-cell' } } as const;
const COLUMNS = 9;

export function ProductsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const products = useLiveQuery(subscribeProducts);
  const [editing, setEditing] = useState<ProductEditing | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ProductRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  // Asked at click time: an order may have arrived since the list was shown.
  const askDelete = async (product: ProductRecord) => {
    setChecking(product.id);
    try {
      if (await productHasOrders(product.id)) {
        setNotice({ severity: 'error', message: t('billing.products.hasOrders', { name: product.name }) });
      } else {
        setDeleting(product);
      }
    } catch {
      setNotice({ severity: 'error', message: t('billing.products.deleteError') });
    } finally {
      setChecking(null);
    }
  };

  const confirmDelete = async (product: ProductRecord) => {
    setBusy(true);
    try {
      await deleteProduct(product.id);
      setNotice({ severity: 'success', message: t('billing.products.deleted') });
    } catch {
      setNotice({ severity: 'error', message: t('billing.products.deleteError') });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  };

  const list = products.value ?? [];
  return (
    <Stack spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="h1">{t('billing.products.title')}</Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ product: null })}>
          {t('billing.products.new')}
        </Button>
      </Stack>
      <Typography color="text.secondary">{t('billing.products.intro')}</Typography>

      {products.status === 'loading' && <LoadingScreen />}
      {products.status === 'error' && (
        <LoadErrorAlert message={t('billing.products.loadError')} onRetry={products.reload} />
      )}
      {products.status === 'ready' && (
        <TableContainer component={Paper}>
          <Table
            size="small"
            aria-label={t('billing.products.title')}
            sx={{ '& th, & td': { px: { xs: 1, sm: 2 } } }}
          >
            <TableHead>
              <TableRow>
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
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((product) => (
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
              ))}
              {list.length === 0 && (
                <TableRow>
                  <TableCell colSpan={COLUMNS}>
                    <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                      {t('billing.products.empty')}
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      <ProductDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice({ severity: 'success', message: t('billing.products.saved') });
        }}
      />
      <ConfirmDialog
        item={deleting}
        busy={busy}
        idPrefix="product-delete"
        title={t('billing.products.deleteTitle')}
        text={(product) => t('billing.products.deleteText', { name: product.name })}
        confirmLabel={t('billing.common.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={(product) => void confirmDelete(product)}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
