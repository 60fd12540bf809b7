// `auditLog/{id}`: who did what to whom, when and why (ACC-3). Written by functions only.
import { z } from 'zod';
import { timestampSchema } from './common.ts';

export const AUDIT_ACTIONS = [
  'role.set',
  'settings.update',
  'credits.adjust',
  'message.resend',
  'order.refund',
  'session.cancel',
  'invoice.resend',
  'invoice.correct',
  'resource.save',
  'space.block',
  'space.unblock',
  'resource.photo.add',
  'resource.photo.remove',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditLogEntrySchema = z.object({
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  target: z.string(),
  reason: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  at: timestampSchema,
});
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;
