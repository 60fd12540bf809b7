// What an audit entry's `target` names, read with its action (functions write a bare uid for a
// member, a bare id for a session, 'resources/<id>', 'mail/<id>', 'settings/organization'), and the
// staff page that shows it, where one exists.
import type { AuditAction } from '@agora/domain';

export type AuditTarget =
  | { kind: 'member'; uid: string; link: string | null }
  | { kind: 'resource'; id: string; link: string }
  | { kind: 'session'; id: string; link: string }
  | { kind: 'message'; channel: 'mail' | 'sms'; id: string; link: string }
  | { kind: 'settings'; link: string }
  | { kind: 'other'; text: string };

/** Actions whose bare target is a member's uid. */
const MEMBER_ACTIONS: readonly AuditAction[] = [
  'role.set',
  'credits.adjust',
  'order.refund',
  'invoice.resend',
  'invoice.correct',
];

const ID = /^[A-Za-z0-9_-]{1,128}$/;

function member(action: AuditAction | null, uid: string): AuditTarget {
  // The invoice list filters by member; no other staff page shows one member yet.
  const link =
    action === 'invoice.resend' || action === 'invoice.correct'
      ? `/admin/invoices?member=${encodeURIComponent(uid)}`
      : null;
  return { kind: 'member', uid, link };
}

export function describeTarget(action: AuditAction | null, target: string): AuditTarget {
  const [collection, id, ...rest] = target.split('/');
  if (rest.length === 0 && id !== undefined && ID.test(id)) {
    switch (collection) {
      case 'users':
        return member(action, id);
      case 'resources':
        return { kind: 'resource', id, link: `/admin/spaces/calendar?resource=${encodeURIComponent(id)}` };
      case 'sessions':
        return { kind: 'session', id, link: `/admin/sessions/${encodeURIComponent(id)}` };
      case 'mail':
      case 'sms':
        return {
          kind: 'message',
          channel: collection,
          id,
          link: collection === 'sms' ? '/admin/messages?channel=sms' : '/admin/messages',
        };
      case 'settings':
        return { kind: 'settings', link: '/admin/settings' };
      default:
        break;
    }
  }
  if (ID.test(target) && action !== null) {
    if (MEMBER_ACTIONS.includes(action)) return member(action, target);
    if (action === 'session.cancel') {
      return { kind: 'session', id: target, link: `/admin/sessions/${encodeURIComponent(target)}` };
    }
  }
  return { kind: 'other', text: target };
}

/** The uids of the members the entries target, to look their names up. */
export function targetUids(entries: readonly { action: AuditAction | null; target: string }[]): string[] {
  const uids = new Set<string>();
  for (const entry of entries) {
    const target = describeTarget(entry.action, entry.target);
    if (target.kind === 'member') uids.add(target.uid);
  }
  return [...uids];
}
