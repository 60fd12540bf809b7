// A failed booking, move or cancellation in words: the translated reason, the fields the server
// refused, or its own sentence; with the page that fixes the cause when the member can.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { validationMessage } from '@agora/domain';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLocale } from '../../../app/i18n/index.ts';
import { spaceErrorFix, type SpaceError } from '../spaceErrors.ts';

export function SpaceErrorAlert({ error, returnTo }: { error: SpaceError | null; returnTo: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!error) return null;
  const fix = spaceErrorFix(error.key, returnTo);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        fix ? (
          <Button color="inherit" size="small" component={RouterLink} to={fix.to}>
            {t(`spaces.fixes.${fix.label}`)}
          </Button>
        ) : undefined
      }
    >
      {error.serverMessage ?? t(`spaces.errors.${error.key}`)}
      {error.issues.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {error.issues.map((issue) => (
            <li key={`${issue.path}:${issue.code}`}>{validationMessage(issue.code, locale)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
