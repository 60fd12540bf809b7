// Delivers demo events the way Stripe does: the JSON body signed with the endpoint's secret
// (Stripe-Signature, the SDK's own signing code) and POSTed to `stripeWebhook`, in order, each
// answered 2xx before the next. The webhook cannot tell them from Stripe's, which is the point.
import { REGION } from '@agora/domain';
import { isDemoProject, projectId, stripeClient, webhookSecret } from '../../lib/stripe.ts';
import type { DemoEvent } from './events.ts';

/** The Functions emulator's address, from the Emulator Hub the emulators register with. */
async function functionsEmulatorOrigin(): Promise<string> {
  const hub = process.env.FIREBASE_EMULATOR_HUB;
  if (!hub)
    throw new Error('demo payments: FIREBASE_EMULATOR_HUB is not set (not running in the emulators?)');
  const response = await fetch(`http://${hub}/emulators`);
  const emulators = (await response.json()) as { functions?: { host: string; port: number } };
  if (!emulators.functions) throw new Error('demo payments: the Functions emulator is not running');
  const host = emulators.functions.host.includes(':')
    ? `[${emulators.functions.host}]`
    : emulators.functions.host;
  return `http://${host}:${emulators.functions.port}`;
}

/** `STRIPE_DEMO_WEBHOOK_URL` when set (tests), else this project's webhook in the Functions emulator. */
export async function demoWebhookUrl(): Promise<string> {
  const project = projectId();
  if (!isDemoProject(project)) throw new Error('demo payments outside a demo-* project');
  const configured = process.env.STRIPE_DEMO_WEBHOOK_URL;
  if (configured) return configured;
  return `${await functionsEmulatorOrigin()}/${project}/${REGION}/stripeWebhook`;
}

export async function deliverDemoEvents(events: readonly DemoEvent[]): Promise<string[]> {
  const url = await demoWebhookUrl();
  const stripe = stripeClient();
  const delivered: string[] = [];
  for (const event of events) {
    const payload = JSON.stringify(event);
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret() });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
      body: payload,
    });
    if (!response.ok) {
      throw new Error(
        `demo payments: ${event.type} ${event.id} answered ${response.status}: ${await response.text()}`,
      );
    }
    delivered.push(event.id);
  }
  return delivered;
}
