// The status filter above a staff list: a native select (reliable on phones and for tests).
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

export function StatusFilter<S extends string>(props: {
  id: string;
  value: S | 'all';
  statuses: readonly S[];
  label: (status: S) => string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      id={props.id}
      select
      label={t('billing.common.statusFilter')}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ width: { sm: 260 } }}
    >
      <option value="all">{t('billing.common.allStatuses')}</option>
      {props.statuses.map((status) => (
        <option key={status} value={status}>
          {props.label(status)}
        </option>
      ))}
    </TextField>
  );
}
