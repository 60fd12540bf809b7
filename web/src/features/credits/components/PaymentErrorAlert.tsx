// A failed payment call, in words the member can act on; when the member can fix the cause
// (verify the email, complete the profile), the way there.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paymentErrorFix, type PaymentErrorKey } from '../paymentErrors.ts';

export function PaymentErrorAlert({ error }: { error: PaymentErrorKey | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fix = paymentErrorFix(error);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        fix && (
          <Button color="inherit" size="small" component={RouterLink} to={fix.to}>
            {t(`credits.actions.${fix.label}`)}
          </Button>
        )
      }
    >
      {t(`credits.errors.${error}`)}
    </Alert>
  );
}
