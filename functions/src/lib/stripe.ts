// The Stripe client and the payment mode, declared once. Three modes:
// - `live` / `test`: a real key; Checkout, refunds and subscriptions go to Stripe.
// - `demo`: a `sk_demo_…` key in a `demo-*` project (the emulators). No Stripe: createCheckout
//   answers the local demo checkout page and demoPayments builds, signs and posts the events Stripe
//   would send, so the webhook's verification and fulfilment code is the code that runs.
// Firebase reserves `demo-*` project ids for the emulators (they cannot exist in Google Cloud), so a
// demo key in any real project is refused: the demo cannot be enabled in production.
import Stripe from 'stripe';
import { logger } from 'firebase-functions';
import { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } from '../config/params.ts';
import { callableError } from './errors.ts';

export type StripeMode = 'live' | 'test' | 'demo';

export const DEMO_KEY_PREFIX = 'sk_demo_';

/** The current project id, as the Functions runtime and the emulators set it. */
export function projectId(): string {
  return process.env.GCLOUD_PROJECT ?? '';
}

export const isDemoProject = (id: string) => id.startsWith('demo-');

/** The mode a key selects in a project, or null when payments cannot work there. */
export function stripeModeFor(secretKey: string, project: string): StripeMode | null {
  if (secretKey.startsWith(DEMO_KEY_PREFIX)) return isDemoProject(project) ? 'demo' : null;
  if (secretKey.startsWith('sk_live_') || secretKey.startsWith('rk_live_')) return 'live';
  if (secretKey.startsWith('sk_test_') || secretKey.startsWith('rk_test_')) return 'test';
  return null;
}

function secretValue(secret: { value(): string }): string {
  try {
    return secret.value().trim();
  } catch {
    return '';
  }
}

export function paymentsUnavailable(): Error {
  return callableError(
    'failed-precondition',
    'Le paiement en ligne n’est pas disponible pour le moment. Réessayez plus tard ou contactez l’accueil.',
    { reason: 'payments-unavailable' },
  );
}

/** The mode of this deployment; throws `payments-unavailable` when the key is missing or refused. */
export function stripeMode(): StripeMode {
  const mode = stripeModeFor(secretValue(STRIPE_SECRET_KEY), projectId());
  if (mode === null) {
    logger.error('payments: STRIPE_SECRET_KEY is missing, malformed, or a demo key outside a demo project');
    throw paymentsUnavailable();
  }
  return mode;
}

/**
 * Where the SDK sends API calls. Only a demo project may redirect it (tests point it at a loopback
 * server that records the calls); a deployment always talks to api.stripe.com.
 */
function apiOverride(): Stripe.StripeConfig {
  const base = process.env.STRIPE_API_BASE_URL;
  if (!base || !isDemoProject(projectId())) return {};
  const url = new URL(base);
  return {
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    protocol: url.protocol === 'https:' ? 'https' : 'http',
  };
}

/** A client for the configured key. In demo mode it is only used for webhook signatures. */
export function stripeClient(): Stripe {
  return new Stripe(secretValue(STRIPE_SECRET_KEY) || 'sk_unset', {
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'Agora' },
    ...apiOverride(),
  });
}

/** The webhook signing secret; an empty one makes every delivery fail verification. */
export function webhookSecret(): string {
  return secretValue(STRIPE_WEBHOOK_SECRET);
}
