// Each audit action's text key under auditLog.actions: the stored names hold dots ('role.set'),
// which i18next would read as nested keys, so each gets a flat key of its own.
import { AUDIT_ACTIONS, type AuditAction } from '@agora/domain';

export const ACTION_LABEL_KEYS = {
  'role.set': 'roleSet',
  'settings.update': 'settingsUpdate',
  'credits.adjust': 'creditsAdjust',
  'message.resend': 'messageResend',
  'order.refund': 'orderRefund',
  'session.cancel': 'sessionCancel',
  'invoice.resend': 'invoiceResend',
  'invoice.correct': 'invoiceCorrect',
  'resource.save': 'resourceSave',
  'space.block': 'spaceBlock',
  'space.unblock': 'spaceUnblock',
  'resource.photo.add': 'resourcePhotoAdd',
  'resource.photo.remove': 'resourcePhotoRemove',
} as const satisfies Record<AuditAction, string>;

export type ActionLabelKey = (typeof ACTION_LABEL_KEYS)[AuditAction];

export function actionLabelKey(action: AuditAction): ActionLabelKey {
  return ACTION_LABEL_KEYS[action];
}

/** The action filter's value read from the address: one of AUDIT_ACTIONS, else all of them. */
export function toActionFilter(value: string | null): AuditAction | 'all' {
  return AUDIT_ACTIONS.find((action) => action === value) ?? 'all';
}
