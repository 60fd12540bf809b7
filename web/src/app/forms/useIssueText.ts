// The sentence under a form field for a message key: a domain validation key in the current
// language, or one of the feature's own keys (its `fieldErrors` messages), which the feature words.
import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isValidationMessageKey, validationMessage } from '@agora/domain';
import { useLocale } from '../i18n/index.ts';

/**
 * A feature's own field messages: the sentence of one of its keys, undefined for any other code.
 * `count` fills the messages that need one (seats left, seats booked). Declared at module level, it
 * keeps the hook's text function the same from one render to the next.
 */
export type OwnIssueText = (t: TFunction, code: string, count: number) => string | undefined;

export function useIssueText(
  ownText: OwnIssueText,
  count = 0,
): (code: string | undefined) => string | undefined {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (code) => {
      if (code === undefined) return undefined;
      // A domain key keeps the domain's wording, even where a feature has a key of the same name.
      const own = isValidationMessageKey(code) ? undefined : ownText(t, code, count);
      return own ?? validationMessage(code, locale);
    },
    [t, locale, ownText, count],
  );
}
