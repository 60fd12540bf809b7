// Deployment options every function shares, declared once. Importing this module is what applies
// them: firebase-functions reads the global options when each trigger is defined, so every trigger
// module imports `callableOptions` from here before calling onCall.
import { setGlobalOptions } from 'firebase-functions/v2';
import { defineSecret, defineString } from 'firebase-functions/params';
import type { CallableOptions } from 'firebase-functions/v2/https';
import { REGION } from '@agora/domain';

/**
 * One organisation per deployment: a handful of instances absorbs its traffic, and the cap stops a
 * runaway client or loop from scaling costs without bound.
 */
const MAX_INSTANCES = 10;

setGlobalOptions({ region: REGION, maxInstances: MAX_INSTANCES });

/** Options of every callable. Region repeated so a callable never depends on import order. */
export const callableOptions: CallableOptions = {
  region: REGION,
  // Callables are reached from the web app only; CORS stays on (the SDK default) and App Check can
  // be enforced here once the web client registers a provider.
};

// ---- Messages (mail and SMS outbox) ----
// Secrets are attached only to the functions that send; in the emulator, without them (or without
// a value), messages go through the capture transport and nothing leaves the machine.

/** SendGrid API key (`SG.…`). */
export const SENDGRID_API_KEY = defineSecret('SENDGRID_API_KEY');
/** Sender of every mail, `Name <address>` or an address (the name then comes from branding). */
export const MAIL_FROM = defineString('MAIL_FROM', {
  description:
    'Expéditeur des e-mails, vérifié chez SendGrid, ex. « Les Ateliers Agora <no-reply@exemple.fr> »',
});
/** Twilio account (`AC…`) and auth token; SMS are captured, never sent, while they are unset. */
export const TWILIO_ACCOUNT_SID = defineSecret('TWILIO_ACCOUNT_SID');
export const TWILIO_AUTH_TOKEN = defineSecret('TWILIO_AUTH_TOKEN');
/** SMS sender: an E.164 number, an alphanumeric sender id or a Messaging Service SID (`MG…`). */
export const TWILIO_FROM = defineString('TWILIO_FROM', {
  description:
    'Expéditeur des SMS : numéro E.164, nom alphanumérique ou identifiant de Messaging Service (MG…)',
});
/** Origin of the web app, for links in messages (e-mail verification...). */
export const APP_ORIGIN = defineString('APP_ORIGIN', {
  description: 'Adresse de l’application web, sans barre finale, ex. https://agora.exemple.fr',
});

/** Where the app is served locally (the Hosting emulator): the origin when none is configured. */
export const LOCAL_APP_ORIGIN = 'http://127.0.0.1:5000';

/** Options of the outbox triggers; the timeout stays well under the delivery lease (2 min). */
export const outboxTriggerOptions = {
  region: REGION,
  timeoutSeconds: 60,
  // Runs after runs: a failed run is not retried by Eventarc, the outbox's own retries and the
  // sweeper take over, with backoff and a bounded number of attempts.
  retry: false,
} as const;

// ---- Payments (Stripe) ----
// A key starting with `sk_demo_` selects the demo checkout (see lib/stripe.ts): it is honoured only
// in a `demo-*` project, which Firebase reserves for the emulators, so production can never use it.

/** Stripe secret key (`sk_live_…`, `sk_test_…`, or `sk_demo_…` in the emulator). */
export const STRIPE_SECRET_KEY = defineSecret('STRIPE_SECRET_KEY');
/** Signing secret of the webhook endpoint (`whsec_…`), checked on every delivery. */
export const STRIPE_WEBHOOK_SECRET = defineSecret('STRIPE_WEBHOOK_SECRET');

/** Options of the callables that talk to Stripe. */
export const paymentCallableOptions: CallableOptions = {
  ...callableOptions,
  secrets: [STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET],
};
