// The staff list's filters: the period (first and last day, in the organisation's calendar), the
// member, the type and the status. Native selects: phones show their own picker, tests pick by label.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { INVOICE_KINDS } from '@agora/domain';
import type { UserRecord } from '../../../lib/firebase/users.ts';
import { isIsoDate, type IsoDate } from '../../sessions/time.ts';
import {
  hasFilters,
  INVOICE_STATUSES,
  NO_FILTERS,
  toKindFilter,
  toStatusFilter,
  type InvoiceFilters,
} from '../listQueries.ts';
import { MemberFilter } from '../../../app/members/MemberFilter.tsx';

// The pickers hold plain calendar days (no zone): the zone applies only when a day becomes a range.
const toPicker = (date: IsoDate | null): Dayjs | null => (date ? dayjs(date) : null);
const fromPicker = (value: Dayjs | null): IsoDate | null => {
  if (!value?.isValid()) return null;
  const date = value.format('YYYY-MM-DD');
  return isIsoDate(date) ? date : null;
};

export function InvoiceFiltersBar(props: {
  filters: InvoiceFilters;
  /** The chosen member's profile, when known. */
  member: UserRecord | null | undefined;
  onChange: (filters: InvoiceFilters) => void;
}) {
  const { t } = useTranslation();
  const { filters, onChange } = props;
  const set = (patch: Partial<InvoiceFilters>) => onChange({ ...filters, ...patch });

  return (
    <Box component="section" aria-label={t('invoices.staff.filters.label')}>
      <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack role="group" aria-labelledby="invoices-filter-period" spacing={1}>
            <Typography id="invoices-filter-period" variant="subtitle2" component="span">
              {t('invoices.staff.filters.period')}
            </Typography>
            <Stack direction="row" spacing={1}>
              <DatePicker
                label={t('invoices.staff.filters.from')}
                value={toPicker(filters.from)}
                // An incomplete date typed in the field is ignored until it is a day.
                onChange={(value) => {
                  if (value === null || value.isValid()) set({ from: fromPicker(value) });
                }}
                maxDate={toPicker(filters.to) ?? undefined}
                slotProps={{
                  textField: { id: 'invoices-filter-from', fullWidth: true, size: 'small' },
                  field: { clearable: true },
                }}
              />
              <DatePicker
                label={t('invoices.staff.filters.to')}
                value={toPicker(filters.to)}
                onChange={(value) => {
                  if (value === null || value.isValid()) set({ to: fromPicker(value) });
                }}
                minDate={toPicker(filters.from) ?? undefined}
                slotProps={{
                  textField: { id: 'invoices-filter-to', fullWidth: true, size: 'small' },
                  field: { clearable: true },
                }}
              />
            </Stack>
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }} sx={{ pt: { md: 3.5 } }}>
          <MemberFilter
            id="invoices-filter-member"
            uid={filters.uid}
            member={props.member}
            onChange={(uid) => set({ uid })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 2 }} sx={{ pt: { md: 3.5 } }}>
          <TextField
            id="invoices-filter-kind"
            select
            fullWidth
            size="small"
            label={t('invoices.staff.filters.kind')}
            value={filters.kind}
            onChange={(event) => set({ kind: toKindFilter(event.target.value) })}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="all">{t('invoices.staff.filters.all')}</option>
            {INVOICE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`invoices.kinds.${kind}`)}
              </option>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 6, md: 2 }} sx={{ pt: { md: 3.5 } }}>
          <TextField
            id="invoices-filter-status"
            select
            fullWidth
            size="small"
            label={t('invoices.staff.filters.status')}
            value={filters.status}
            onChange={(event) => set({ status: toStatusFilter(event.target.value) })}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="all">{t('invoices.staff.filters.all')}</option>
            {INVOICE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`invoices.statuses.${status}`)}
              </option>
            ))}
          </TextField>
        </Grid>
        {hasFilters(filters) && (
          <Grid size={12}>
            <Button size="small" onClick={() => onChange(NO_FILTERS)}>
              {t('invoices.staff.filters.clear')}
            </Button>
          </Grid>
        )}
      </Grid>
    </Box>
  );
}
