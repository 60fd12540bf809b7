// The catalogue's filters: a date range (first and last day, in the organisation's calendar), the
// topic and trainer among those on offer, and "seats available only". Native selects: phones show
// their own picker, and the choice is one tap.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { hasFilters, NO_FILTERS, type CatalogueFilters } from '../catalogue.ts';
import { isIsoDate, type IsoDate } from '../time.ts';

// The pickers hold plain calendar days (no zone): the zone applies only when a day becomes a range.
const toPicker = (date: IsoDate | null): Dayjs | null => (date ? dayjs(date) : null);
const fromPicker = (value: Dayjs | null): IsoDate | null => {
  if (!value?.isValid()) return null;
  const date = value.format('YYYY-MM-DD');
  return isIsoDate(date) ? date : null;
};

export function CatalogueFiltersBar(props: {
  filters: CatalogueFilters;
  topics: string[];
  trainers: string[];
  onChange: (filters: CatalogueFilters) => void;
}) {
  const { t } = useTranslation();
  const { filters, onChange } = props;
  const set = (patch: Partial<CatalogueFilters>) => onChange({ ...filters, ...patch });

  return (
    <Box component="section" aria-label={t('sessions.catalogue.filters')}>
      <Grid container spacing={2} sx={{ alignItems: 'center' }}>
        <Grid size={{ xs: 6, md: 2.25 }}>
          <DatePicker
            label={t('sessions.catalogue.from')}
            value={toPicker(filters.from)}
            // An incomplete date typed in the field is ignored until it is a day.
            onChange={(value) => {
              if (value === null || value.isValid()) set({ from: fromPicker(value) });
            }}
            maxDate={toPicker(filters.to) ?? undefined}
            slotProps={{
              textField: { id: 'sessions-filter-from', fullWidth: true, size: 'small' },
              field: { clearable: true },
            }}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 2.25 }}>
          <DatePicker
            label={t('sessions.catalogue.to')}
            value={toPicker(filters.to)}
            onChange={(value) => {
              if (value === null || value.isValid()) set({ to: fromPicker(value) });
            }}
            minDate={toPicker(filters.from) ?? undefined}
            slotProps={{
              textField: { id: 'sessions-filter-to', fullWidth: true, size: 'small' },
              field: { clearable: true },
            }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 2.25 }}>
          <TextField
            id="sessions-filter-topic"
            select
            fullWidth
            size="small"
            label={t('sessions.catalogue.topic')}
            value={filters.topic ?? ''}
            onChange={(event) => set({ topic: event.target.value || null })}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="">{t('sessions.catalogue.all')}</option>
            {props.topics.map((topic) => (
              <option key={topic} value={topic}>
                {topic}
              </option>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 2.25 }}>
          <TextField
            id="sessions-filter-trainer"
            select
            fullWidth
            size="small"
            label={t('sessions.catalogue.trainer')}
            value={filters.trainer ?? ''}
            onChange={(event) => set({ trainer: event.target.value || null })}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="">{t('sessions.catalogue.all')}</option>
            {props.trainers.map((trainer) => (
              <option key={trainer} value={trainer}>
                {trainer}
              </option>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormControlLabel
            control={
              <Checkbox
                checked={filters.availableOnly}
                onChange={(event) => set({ availableOnly: event.target.checked })}
              />
            }
            label={t('sessions.catalogue.availableOnly')}
          />
        </Grid>
        {hasFilters(filters) && (
          <Grid size={12}>
            <Button size="small" onClick={() => onChange(NO_FILTERS)}>
              {t('sessions.catalogue.clearFilters')}
            </Button>
          </Grid>
        )}
      </Grid>
    </Box>
  );
}
