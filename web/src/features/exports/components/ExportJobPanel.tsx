// The job just started, live: an indeterminate bar with the rows read so far (the server does not
// know the total before it has read them all), then the download link and the file's size, or the
// server's message when it failed (in French, e.g. a PDF past its row limit).
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from '../../../app/hooks/useLive.ts';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import type { ExportRecord } from '../../../lib/firebase/exports.ts';
import { formatCount } from '../../dashboard/kpiFormat.ts';
import { formatFileSize } from '../fileSize.ts';

export function ExportJobPanel(props: { status: LiveStatus; job: ExportRecord | null; onRetry: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { job } = props;

  if (props.status === 'error')
    return <LoadErrorAlert message={t('exports.job.loadError')} onRetry={props.onRetry} />;

  if (job?.status === 'failed') {
    return (
      <Alert severity="error" role="alert" data-testid="export-error">
        {job.error ?? t('exports.job.failed')}
      </Alert>
    );
  }

  if (job?.status === 'done' && job.url) {
    const rows = formatCount(job.rowsDone, locale);
    const size = job.bytes !== null ? formatFileSize(job.bytes, locale) : null;
    return (
      <Alert
        severity="success"
        action={
          // A link, not a script: the browser downloads as for any file. Storage sends the file as
          // an attachment under its name, since `download` is ignored across origins.
          <Button
            component="a"
            href={job.url}
            download={job.fileName ?? true}
            color="inherit"
            size="small"
            startIcon={<DownloadIcon />}
            data-testid="export-download"
          >
            {t('exports.job.download')}
          </Button>
        }
      >
        <Stack spacing={0.5}>
          <span>{t('exports.job.done', { fileName: job.fileName ?? '' })}</span>
          {size !== null && (
            <Typography variant="body2">
              {t('exports.job.doneDetail', { count: job.rowsDone, rows, size })}
            </Typography>
          )}
        </Stack>
      </Alert>
    );
  }

  // Still queued or running (or not read yet): nothing is known of the total, so no percentage.
  const rowsDone = job !== null && (job.status === 'running' || job.rowsDone > 0) ? job.rowsDone : null;
  return (
    <Box data-testid="export-progress" aria-live="polite">
      <LinearProgress aria-label={t('common.loading')} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {rowsDone !== null
          ? t('exports.job.rowsRead', { count: rowsDone, rows: formatCount(rowsDone, locale) })
          : t('exports.job.queued')}
      </Typography>
    </Box>
  );
}
