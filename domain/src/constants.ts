// Deployment-wide constants shared by web, functions and scripts.

/** Every function runs in Paris (europe-west9); the web client calls the same region. */
export const REGION = 'europe-west9';

/** Local runs and tests use a demo-* project: the emulators then never reach real services. */
export const DEMO_PROJECT_ID = 'demo-agora';

/** Organisation time zone used when settings are not loaded yet. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** Version of the privacy policy members consent to at sign-up (ACC-1); bump it when the text changes. */
export const PRIVACY_POLICY_VERSION = '2026-11';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';
