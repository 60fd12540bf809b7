// A failed payment call, in words the member can act on; when the member can fix the cause
// (verify the email, complete the profile), the way there.
import { useTranslation } from 'react-i18next';
import { FixableErrorAlert } from '../../../app/feedback/FixableErrorAlert.tsx';
import { paymentErrorFix, type PaymentErrorKey } from '../paymentErrors.ts';

export function PaymentErrorAlert({ error }: { error: PaymentErrorKey | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fix = paymentErrorFix(error);
  return (
    <FixableErrorAlert fix={fix && { to: fix.to, label: t(`credits.actions.${fix.label}`) }}>
      {t(`credits.errors.${error}`)}
    </FixableErrorAlert>
  );
}
