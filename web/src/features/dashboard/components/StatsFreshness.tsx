// When the figures were computed, the way to recompute them now ("Actualiser"), and how many
// documents the view read (the bound the plan promises, checked by the benchmark).
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/dates.ts';

export function StatsFreshness(props: {
  /** Undefined until the figures are read; null when they were never computed. */
  computedAt: Date | null | undefined;
  timeZone: string;
  documentsRead: number | null;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={{ xs: 1, sm: 2 }}
      sx={{ alignItems: { sm: 'center' }, flexWrap: 'wrap' }}
    >
      {props.computedAt !== undefined && (
        <Typography variant="body2" color="text.secondary">
          {props.computedAt
            ? t('adminDashboard.freshness.updatedAt', {
                date: formatDateTime(props.computedAt, props.timeZone),
              })
            : t('adminDashboard.freshness.never')}{' '}
          {t('adminDashboard.freshness.hourly')}
        </Typography>
      )}
      <Button
        data-testid="refresh-stats"
        size="small"
        variant="outlined"
        onClick={props.onRefresh}
        disabled={props.refreshing}
        startIcon={props.refreshing ? <CircularProgress size={16} color="inherit" /> : <RefreshIcon />}
        sx={{ alignSelf: { xs: 'flex-start', sm: 'center' } }}
      >
        {props.refreshing ? t('adminDashboard.freshness.refreshing') : t('adminDashboard.freshness.refresh')}
      </Button>
      {props.documentsRead !== null && (
        <Typography data-testid="dashboard-documents-read" variant="caption" color="text.secondary">
          {t('adminDashboard.freshness.documentsRead', { count: props.documentsRead })}
        </Typography>
      )}
    </Stack>
  );
}
