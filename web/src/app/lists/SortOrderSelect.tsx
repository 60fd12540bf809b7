// The order of a staff list by its date: newest or oldest first (native select, as the filters).
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { SortOrder } from './listParams.ts';

export function SortOrderSelect(props: {
  id: string;
  value: SortOrder;
  onChange: (order: SortOrder) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      id={props.id}
      select
      size="small"
      fullWidth
      label={t('sortFilter.label')}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value === 'asc' ? 'asc' : 'desc')}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="desc">{t('sortFilter.desc')}</option>
      <option value="asc">{t('sortFilter.asc')}</option>
    </TextField>
  );
}
