// i18next setup: French by default, English on demand; the choice persists and drives <html lang>,
// date formats and the language of Firebase Auth emails.
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@agora/domain';
import { setAuthLanguage } from '../../lib/firebase/index.ts';
import { setDateLocale } from '../dates.ts';
import { fr } from './fr.ts';
import { en } from './en.ts';

const STORAGE_KEY = 'agora.language';

function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function applyLocale(locale: string): void {
  document.documentElement.lang = locale;
  setDateLocale(locale);
  setAuthLanguage(locale);
}

i18n.on('languageChanged', (language) => {
  applyLocale(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing without storage: the choice lasts for this visit only.
  }
});

const initialLocale = storedLocale();
void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: initialLocale,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyLocale(initialLocale);

export function changeLocale(locale: Locale): void {
  void i18n.changeLanguage(locale);
}

/** The current interface locale, for domain helpers such as validationMessage(). */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  const language = instance.resolvedLanguage ?? instance.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

export { i18n };
