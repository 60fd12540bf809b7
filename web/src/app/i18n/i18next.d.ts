// Typed translation keys: t('unknown.key') fails type checking.
import 'i18next';
import type { Messages } from './fr.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
