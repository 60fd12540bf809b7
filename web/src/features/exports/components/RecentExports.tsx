// "Mes exports récents": the staff member's last jobs, live, so a file started earlier (or on
// another tab) can be downloaded again here while its link lasts.
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import { ListState } from '../../../app/lists/ListState.tsx';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { useMyExports } from '../hooks/useMyExports.ts';
import { RECENT_EXPORT_COLUMNS, RecentExportRow } from './RecentExportRow.tsx';

export function RecentExports(props: { uid: string | null; timeZone: string }) {
  const { t } = useTranslation();
  const recent = useMyExports(props.uid);
  return (
    <Stack spacing={1}>
      <Typography variant="h2">{t('exports.recent.title')}</Typography>
      <ListState status={recent.status} errorText={t('exports.recent.loadError')} onRetry={recent.reload}>
        <ListTable
          label={t('exports.recent.title')}
          columns={RECENT_EXPORT_COLUMNS}
          head={
            <>
              <TableCell>{t('exports.recent.columns.date')}</TableCell>
              <TableCell>{t('exports.recent.columns.dataset')}</TableCell>
              <TableCell sx={FROM_SM}>{t('exports.recent.columns.format')}</TableCell>
              <TableCell sx={FROM_MD}>{t('exports.recent.columns.period')}</TableCell>
              <TableCell>{t('exports.recent.columns.status')}</TableCell>
              <TableCell>{t('exports.recent.columns.file')}</TableCell>
            </>
          }
          items={recent.jobs}
          emptyText={t('exports.recent.empty')}
          row={(job) => <RecentExportRow key={job.id} job={job} timeZone={props.timeZone} />}
        />
      </ListState>
    </Stack>
  );
}
