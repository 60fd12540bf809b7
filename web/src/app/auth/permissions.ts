// What each staff role may see in the interface (docs/permissions.md); the server enforces the same.
import type { StaffRole } from '@agora/domain';

export const ADMIN_AREA_ROLES: readonly StaffRole[] = ['admin', 'assistant', 'moderator'];
/** The dashboard shows revenue and credits (money data): admins and assistants, as the stats rules allow. */
export const DASHBOARD_ROLES: readonly StaffRole[] = ['admin', 'assistant'];
export const MEMBER_MANAGEMENT_ROLES: readonly StaffRole[] = ['admin', 'assistant'];
/**
 * The outbox (mail/, sms/): every staff role reads it to answer members, as firestore.rules allow
 * (docs/permissions.md, "Messaging"); only admins and assistants resend.
 */
export const MESSAGES_ROLES: readonly StaffRole[] = ['admin', 'assistant', 'moderator'];
export const MESSAGE_RESEND_ROLES: readonly StaffRole[] = ['admin', 'assistant'];
/**
 * Money pages (orders, subscriptions, payment alerts, companies, credit adjustments and balances):
 * admins and assistants, as the rules allow; moderators see no money data (docs/permissions.md).
 */
export const BILLING_ROLES: readonly StaffRole[] = ['admin', 'assistant'];
/** The catalogue (products/{id}) is written by admins only. */
export const PRODUCT_ROLES: readonly StaffRole[] = ['admin'];
/**
 * Training sessions: admins and assistants create, edit, publish and cancel them, see who booked,
 * book on a member's behalf and export the list, as the rules and callables allow; moderators do not.
 */
export const SESSION_ROLES: readonly StaffRole[] = ['admin', 'assistant'];
/**
 * Coworking spaces: admins and assistants manage resources, see the live calendar, book for members
 * or internal use, move, cancel and block, as the space callables allow; moderators do not.
 */
export const SPACES_ADMIN_ROLES: readonly StaffRole[] = ['admin', 'assistant'];
/**
 * Invoices and credit notes (INV-3, INV-4): admins and assistants list, download and resend them, as
 * the rules and callables allow; moderators see no money data.
 */
export const INVOICE_ROLES: readonly StaffRole[] = ['admin', 'assistant'];
/** Correcting an issued invoice (a credit note, then a replacing invoice) is for admins only. */
export const INVOICE_CORRECTION_ROLES: readonly StaffRole[] = ['admin'];
/** The organisation's settings (legal entity, VAT, invoicing): updateSettings accepts admins only. */
export const SETTINGS_ROLES: readonly StaffRole[] = ['admin'];
/** The audit log records every staff action, with personal data: the rules let only admins read it. */
export const AUDIT_LOG_ROLES: readonly StaffRole[] = ['admin'];

/** Every member's bookings (sessions and spaces), with payments: admins and assistants, as the rules. */
export const BOOKINGS_ADMIN_ROLES: readonly StaffRole[] = ['admin', 'assistant'];
/** Every member's credit movements (money data): admins and assistants, as the ledger rules. */
export const LEDGER_ROLES: readonly StaffRole[] = ['admin', 'assistant'];

/** Exports carry money and personal data: startExport and the rules accept admins and assistants. */
export const EXPORT_ROLES: readonly StaffRole[] = ['admin', 'assistant'];

export function hasRole(role: StaffRole | null, allowed: readonly StaffRole[]): boolean {
  return role !== null && allowed.includes(role);
}

export function canManageRoles(role: StaffRole | null): boolean {
  return role === 'admin';
}
