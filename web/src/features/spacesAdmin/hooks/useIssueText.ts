// The sentence under a form field for a message key: a domain validation key in the current
// language, or one of spacesAdmin.fieldErrors.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { validationMessage } from '@agora/domain';
import { useLocale } from '../../../app/i18n/index.ts';
import { isSpacesFieldError } from '../fieldErrors.ts';

/** `count` fills the messages that need one (seats left). */
export function useIssueText(count = 0): (code: string | undefined) => string | undefined {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (code) => {
      if (code === undefined) return undefined;
      if (isSpacesFieldError(code)) return t(`spacesAdmin.fieldErrors.${code}`, { count });
      return validationMessage(code, locale);
    },
    [t, locale, count],
  );
}
