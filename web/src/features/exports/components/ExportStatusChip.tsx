// A job's status as a coloured chip (a status unknown to this version shows as stored).
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { ExportRecord } from '../../../lib/firebase/exports.ts';
import { EXPORT_STATUS_COLORS } from '../exportChoices.ts';

export function ExportStatusChip({ job }: { job: Pick<ExportRecord, 'status' | 'rawStatus'> }) {
  const { t } = useTranslation();
  if (!job.status) return <Chip size="small" variant="outlined" label={job.rawStatus || '—'} />;
  return (
    <Chip
      size="small"
      color={EXPORT_STATUS_COLORS[job.status]}
      variant={job.status === 'queued' ? 'outlined' : 'filled'}
      label={t(`exports.statuses.${job.status}`)}
    />
  );
}
