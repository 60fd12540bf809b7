// A failed booking action in words, with the page that fixes it when the member can (verify the
// email, complete the profile).
import { useTranslation } from 'react-i18next';
import { FixableErrorAlert } from '../../../app/feedback/FixableErrorAlert.tsx';
import { sessionErrorFix, type SessionErrorKey } from '../sessionErrors.ts';

export function SessionErrorAlert({ error }: { error: SessionErrorKey | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fix = sessionErrorFix(error);
  return (
    <FixableErrorAlert fix={fix && { to: fix.to, label: t(`sessions.fixes.${fix.label}`) }}>
      {t(`sessions.errors.${error}`)}
    </FixableErrorAlert>
  );
}
