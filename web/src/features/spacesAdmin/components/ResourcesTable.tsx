// The staff table of resources: name, type, capacity, slot length (and buffer), how it is paid for,
// active or not, and the row actions (edit, photos, calendar).
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLocale } from '../../../app/i18n/index.ts';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { formatEuros } from '../../../app/money.ts';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { formatMinutes, pricingParts, type PricingPart } from '../display.ts';

const COLUMNS = 7;

export function ResourcesTable(props: {
  resources: readonly ResourceRecord[];
  onEdit: (resource: ResourceRecord) => void;
  onPhotos: (resource: ResourceRecord) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const pricingText = (part: PricingPart) =>
    part.kind === 'price'
      ? t('spacesAdmin.resources.perSlot', { price: formatEuros(part.cents, locale) })
      : part.kind === 'credits'
        ? t('spacesAdmin.credits', { count: part.count })
        : t('spacesAdmin.resources.plan');

  return (
    <ListTable
      label={t('spacesAdmin.resources.title')}
      columns={COLUMNS}
      head={
        <>
          <TableCell>{t('spacesAdmin.resources.columns.name')}</TableCell>
          <TableCell sx={FROM_SM}>{t('spacesAdmin.resources.columns.kind')}</TableCell>
          <TableCell align="right">{t('spacesAdmin.resources.columns.capacity')}</TableCell>
          <TableCell sx={FROM_MD}>{t('spacesAdmin.resources.columns.slot')}</TableCell>
          <TableCell sx={FROM_MD}>{t('spacesAdmin.resources.columns.pricing')}</TableCell>
          <TableCell>{t('spacesAdmin.resources.columns.active')}</TableCell>
          <TableCell>{t('spacesAdmin.resources.columns.actions')}</TableCell>
        </>
      }
      items={props.resources}
      emptyText={t('spacesAdmin.resources.empty')}
      row={(resource) => {
        const parts = pricingParts(resource);
        return (
          <TableRow key={resource.id} data-testid={`resource-row-${resource.id}`} hover>
            <TableCell sx={{ maxWidth: 280 }}>
              <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                {resource.name}
              </Typography>
              {resource.amenities.length > 0 && (
                <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                  {resource.amenities.join(' · ')}
                </Typography>
              )}
            </TableCell>
            <TableCell sx={FROM_SM}>{t(`spacesAdmin.kinds.${resource.kind}`)}</TableCell>
            <TableCell align="right">{resource.capacity}</TableCell>
            <TableCell sx={{ ...FROM_MD, whiteSpace: 'nowrap' }}>
              {formatMinutes(resource.slotMinutes)}
              {resource.bufferMinutes > 0 && (
                <Typography variant="body2" color="text.secondary">
                  {t('spacesAdmin.resources.buffer', { length: formatMinutes(resource.bufferMinutes) })}
                </Typography>
              )}
            </TableCell>
            <TableCell sx={FROM_MD}>
              {parts.length === 0 ? t('spacesAdmin.resources.noPricing') : parts.map(pricingText).join(' · ')}
            </TableCell>
            <TableCell>
              <Chip
                size="small"
                color={resource.active ? 'success' : 'default'}
                label={
                  resource.active ? t('spacesAdmin.resources.active') : t('spacesAdmin.resources.inactive')
                }
              />
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
                <Button
                  size="small"
                  aria-label={t('spacesAdmin.resources.editLabel', { name: resource.name })}
                  onClick={() => props.onEdit(resource)}
                >
                  {t('spacesAdmin.resources.edit')}
                </Button>
                <Button
                  size="small"
                  aria-label={t('spacesAdmin.resources.photosLabel', { name: resource.name })}
                  onClick={() => props.onPhotos(resource)}
                >
                  {t('spacesAdmin.resources.photos', { count: resource.photos.length })}
                </Button>
                <Button
                  size="small"
                  component={RouterLink}
                  to={`/admin/spaces/calendar?view=week&resource=${encodeURIComponent(resource.id)}`}
                  aria-label={t('spacesAdmin.resources.calendarLabel', { name: resource.name })}
                >
                  {t('spacesAdmin.resources.calendar')}
                </Button>
              </Stack>
            </TableCell>
          </TableRow>
        );
      }}
    />
  );
}
