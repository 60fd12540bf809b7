// A list that could not be loaded, with the way out: try again.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

export function LoadErrorAlert(props: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={props.onRetry}>
          {t('common.retry')}
        </Button>
      }
    >
      {props.message}
    </Alert>
  );
}
