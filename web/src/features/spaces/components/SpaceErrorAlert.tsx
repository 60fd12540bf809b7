// A failed booking, move or cancellation in words: the translated reason, the fields the server
// refused, or its own sentence; with the page that fixes the cause when the member can.
import { validationMessage } from '@agora/domain';
import { useTranslation } from 'react-i18next';
import { FixableErrorAlert } from '../../../app/feedback/FixableErrorAlert.tsx';
import { useLocale } from '../../../app/i18n/index.ts';
import { spaceErrorFix, type SpaceError } from '../spaceErrors.ts';

export function SpaceErrorAlert({ error, returnTo }: { error: SpaceError | null; returnTo: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!error) return null;
  const fix = spaceErrorFix(error.key, returnTo);
  return (
    <FixableErrorAlert fix={fix && { to: fix.to, label: t(`spaces.fixes.${fix.label}`) }}>
      {error.serverMessage ?? t(`spaces.errors.${error.key}`)}
      {error.issues.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {error.issues.map((issue) => (
            <li key={`${issue.path}:${issue.code}`}>{validationMessage(issue.code, locale)}</li>
          ))}
        </ul>
      )}
    </FixableErrorAlert>
  );
}
