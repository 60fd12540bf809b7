// Turns a field error into the sentence shown under the field, in the current language.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { validationMessage } from '@agora/domain';
import { useLocale } from '../../../app/i18n/index.ts';
import type { FieldError } from '../profileForm.ts';

export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (error) => {
      if (!error) return undefined;
      return error.kind === 'validation'
        ? validationMessage(error.code, locale)
        : t(`errors.auth.${error.key}`);
    },
    [t, locale],
  );
}
