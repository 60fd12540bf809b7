// One of the staff member's recent exports: when it was asked for (in the organisation's zone),
// what, over which days, where it stands, and its file once ready.
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDateTimeShort } from '../../../app/dates.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import type { ExportRecord } from '../../../lib/firebase/exports.ts';
import { periodKind } from '../exportChoices.ts';
import { formatFileSize } from '../fileSize.ts';
import { ExportStatusChip } from './ExportStatusChip.tsx';

export const RECENT_EXPORT_COLUMNS = 6;

export function RecentExportRow(props: { job: ExportRecord; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { job } = props;
  const period = t(`exports.recent.period.${periodKind(job)}`, {
    from: job.from ? formatCalendarDate(job.from) : '',
    to: job.to ? formatCalendarDate(job.to) : '',
  });
  // `period` reads "Tout" for balances too: they have no dates, which is what "Tout" says.
  return (
    <TableRow data-testid={`export-row-${job.id}`} hover>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {job.createdAt ? formatDateTimeShort(job.createdAt, props.timeZone) : '—'}
      </TableCell>
      <TableCell>{job.dataset ? t(`exports.datasets.${job.dataset}`) : job.rawDataset || '—'}</TableCell>
      <TableCell sx={FROM_SM}>{job.format ? t(`exports.formats.${job.format}`) : '—'}</TableCell>
      <TableCell sx={FROM_MD}>{period}</TableCell>
      <TableCell>
        <ExportStatusChip job={job} />
      </TableCell>
      <TableCell>
        {job.status === 'done' && job.url ? (
          <Link href={job.url} download={job.fileName ?? true} title={job.fileName ?? undefined}>
            {job.bytes !== null
              ? t('exports.recent.download', { size: formatFileSize(job.bytes, locale) })
              : t('exports.recent.downloadNoSize')}
          </Link>
        ) : job.status === 'failed' ? (
          (job.error ?? t('exports.job.failed'))
        ) : (
          '—'
        )}
      </TableCell>
    </TableRow>
  );
}
