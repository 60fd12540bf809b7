// Below the audit table: which page is shown, "Plus récent" back towards the newest entries and
// "Plus ancien" on to older ones (busy while that page loads).
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useTranslation } from 'react-i18next';

export function AuditPager(props: {
  page: number;
  hasNewer: boolean;
  hasOlder: boolean;
  loading: boolean;
  onNewer: () => void;
  onOlder: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack
      component="nav"
      aria-label={t('auditLog.pager.label')}
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
    >
      <Typography variant="body2" color="text.secondary">
        {t('auditLog.pager.page', { page: props.page })}
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button
          variant="outlined"
          startIcon={<ChevronLeftIcon />}
          disabled={!props.hasNewer || props.loading}
          onClick={props.onNewer}
          data-testid="audit-newer"
        >
          {t('auditLog.pager.newer')}
        </Button>
        <Button
          variant="outlined"
          endIcon={<ChevronRightIcon />}
          disabled={!props.hasOlder}
          loading={props.loading}
          onClick={props.onOlder}
          data-testid="audit-older"
        >
          {t('auditLog.pager.older')}
        </Button>
      </Stack>
    </Stack>
  );
}
