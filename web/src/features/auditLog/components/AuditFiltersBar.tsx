// The audit list's filters: the action, who acted, and the period (first and last day, in the
// organisation's calendar). Native select: phones show their own picker, tests pick by label.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS } from '@agora/domain';
import type { UserRecord } from '../../../lib/firebase/users.ts';
import { isIsoDate, type IsoDate } from '../../sessions/time.ts';
import { actionLabelKey, toActionFilter } from '../auditActions.ts';
import { hasFilters, NO_FILTERS, type AuditFilters } from '../auditFilters.ts';
import { ActorFilter } from './ActorFilter.tsx';

// The pickers hold plain calendar days (no zone): the zone applies only when a day becomes a range.
const toPicker = (date: IsoDate | null): Dayjs | null => (date ? dayjs(date) : null);
const fromPicker = (value: Dayjs | null): IsoDate | null => {
  if (!value?.isValid()) return null;
  const date = value.format('YYYY-MM-DD');
  return isIsoDate(date) ? date : null;
};

export function AuditFiltersBar(props: {
  filters: AuditFilters;
  members: readonly UserRecord[];
  membersStatus: 'loading' | 'ready' | 'error';
  nameOf: (uid: string) => string | null;
  onChange: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const { filters, onChange } = props;
  const set = (patch: Partial<AuditFilters>) => onChange({ ...filters, ...patch });

  return (
    <Box component="section" aria-label={t('auditLog.filters.label')}>
      <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }} sx={{ pt: { md: 3.5 } }}>
          <TextField
            id="audit-filter-action"
            select
            size="small"
            label={t('auditLog.filters.action')}
            value={filters.action}
            onChange={(event) => set({ action: toActionFilter(event.target.value) })}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="all">{t('auditLog.filters.allActions')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`auditLog.actions.${actionLabelKey(action)}`)}
              </option>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }} sx={{ pt: { md: 3.5 } }}>
          <ActorFilter
            actor={filters.actor}
            members={props.members}
            status={props.membersStatus}
            nameOf={props.nameOf}
            onChange={(actor) => set({ actor })}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack role="group" aria-labelledby="audit-filter-period" spacing={1}>
            <Typography id="audit-filter-period" variant="subtitle2" component="span">
              {t('auditLog.filters.period')}
            </Typography>
            <Stack direction="row" spacing={1}>
              <DatePicker
                label={t('auditLog.filters.from')}
                value={toPicker(filters.from)}
                // An incomplete date typed in the field is ignored until it is a day.
                onChange={(value) => {
                  if (value === null || value.isValid()) set({ from: fromPicker(value) });
                }}
                maxDate={toPicker(filters.to) ?? undefined}
                slotProps={{
                  textField: { id: 'audit-filter-from', fullWidth: true, size: 'small' },
                  field: { clearable: true },
                }}
              />
              <DatePicker
                label={t('auditLog.filters.to')}
                value={toPicker(filters.to)}
                onChange={(value) => {
                  if (value === null || value.isValid()) set({ to: fromPicker(value) });
                }}
                minDate={toPicker(filters.from) ?? undefined}
                slotProps={{
                  textField: { id: 'audit-filter-to', fullWidth: true, size: 'small' },
                  field: { clearable: true },
                }}
              />
            </Stack>
          </Stack>
        </Grid>
        {hasFilters(filters) && (
          <Grid size={12}>
            <Button size="small" onClick={() => onChange(NO_FILTERS)}>
              {t('auditLog.filters.clear')}
            </Button>
          </Grid>
        )}
      </Grid>
    </Box>
  );
}
