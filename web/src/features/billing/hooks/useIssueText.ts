// The sentence under a form field for a message key: a domain validation key in the current
// language, or one of billing.fieldErrors.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidationMessageKey, validationMessage } from '@agora/domain';
import { useLocale } from '../../../app/i18n/index.ts';
import { isBillingFieldError } from '../fieldErrors.ts';

export function useIssueText(): (code: string | undefined) => string | undefined {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (code) => {
      if (code === undefined) return undefined;
      if (isBillingFieldError(code) && !isValidationMessageKey(code)) return t(`billing.fieldErrors.${code}`);
      return validationMessage(code, locale);
    },
    [t, locale],
  );
}
