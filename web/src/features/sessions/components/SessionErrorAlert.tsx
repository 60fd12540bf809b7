// A failed booking action in words, with the page that fixes it when the member can (verify the
// email, complete the profile).
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { sessionErrorFix, type SessionErrorKey } from '../sessionErrors.ts';

export function SessionErrorAlert({ error }: { error: SessionErrorKey | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fix = sessionErrorFix(error);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        fix ? (
          <Button color="inherit" size="small" component={RouterLink} to={fix.to}>
            {t(`sessions.fixes.${fix.label}`)}
          </Button>
        ) : undefined
      }
    >
      {t(`sessions.errors.${error}`)}
    </Alert>
  );
}
