// What every message takes from `settings/organization`: the branding templates show and the
// sender. Read at send time, so a settings change applies to every message still to be sent.
import { emailSchema, organizationSettingsSchema, type OrganizationSettings } from '@agora/domain';
import { MAIL_FROM } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import type { Branding } from './templates/index.ts';

/** Until the organisation is set up (a fresh deployment, tests), messages carry this name. */
export const FALLBACK_ORGANIZATION_NAME = 'Agora';
const FALLBACK_PRIMARY_COLOR = '#1f4e79';
/** Sender when MAIL_FROM is unset: only the emulator and tests, where nothing is sent. */
const LOCAL_SENDER = 'no-reply@agora.test';

export interface MessageContext {
  branding: Branding;
  /** The organisation's contact address, where members' replies should go. */
  replyTo?: string;
}

export async function loadMessageContext(): Promise<MessageContext> {
  const settings = (await db().collection('settings').doc('organization').get()).data() ?? {};
  // Each part read on its own: a flaw elsewhere in the settings must not cost the mails their branding.
  const branding = organizationSettingsSchema.shape.branding.safeParse(settings.branding);
  const entity = organizationSettingsSchema.shape.legalEntity.safeParse(settings.legalEntity);
  return {
    branding: {
      organizationName: branding.success ? branding.data.displayName : FALLBACK_ORGANIZATION_NAME,
      primaryColor: branding.success ? branding.data.primaryColor : FALLBACK_PRIMARY_COLOR,
      ...(branding.success && branding.data.logoUrl ? { logoUrl: branding.data.logoUrl } : {}),
      ...(entity.success ? { legalFooter: legalFooter(entity.data) } : {}),
    },
    ...(entity.success && emailSchema.safeParse(entity.data.email).success
      ? { replyTo: entity.data.email }
      : {}),
  };
}

/** The legal mentions at the foot of every mail: who writes, where, under which registration. */
export function legalFooter(entity: OrganizationSettings['legalEntity']): string {
  const { address } = entity;
  const street = [address.line1, address.line2].filter(Boolean).join(', ');
  return [
    `${entity.name} (${entity.legalForm})`,
    `${street}, ${address.postalCode} ${address.city}`,
    `SIRET ${entity.siret}${entity.vatNumber ? ` · TVA ${entity.vatNumber}` : ''}`,
  ].join('\n');
}

/** The sender from MAIL_FROM (`Name <address>` or an address), named after the organisation. */
export function mailSender(branding: Branding): { email: string; name: string } {
  const configured = MAIL_FROM.value().trim() || LOCAL_SENDER;
  const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(configured);
  if (match?.[2]) {
    const name = match[1]?.replace(/^"|"$/g, '').trim();
    return { email: match[2], name: name || branding.organizationName };
  }
  return { email: configured, name: branding.organizationName };
}
