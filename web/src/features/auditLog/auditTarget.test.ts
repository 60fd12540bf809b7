import { describe, expect, it } from 'vitest';
import { describeTarget, targetUids } from './auditTarget.ts';

describe('describeTarget', () => {
  it('reads a bare uid as the member of the actions that target one', () => {
    expect(describeTarget('role.set', 'u1')).toEqual({ kind: 'member', uid: 'u1', link: null });
    expect(describeTarget('credits.adjust', 'u1')).toEqual({ kind: 'member', uid: 'u1', link: null });
    expect(describeTarget('invoice.correct', 'u1')).toEqual({
      kind: 'member',
      uid: 'u1',
      link: '/admin/invoices?member=u1',
    });
    expect(describeTarget(null, 'users/u2')).toEqual({ kind: 'member', uid: 'u2', link: null });
  });

  it('links resources, sessions, messages and settings to their staff pages', () => {
    expect(describeTarget('space.block', 'resources/salle-1')).toEqual({
      kind: 'resource',
      id: 'salle-1',
      link: '/admin/spaces/calendar?resource=salle-1',
    });
    expect(describeTarget('session.cancel', 's42')).toEqual({
      kind: 'session',
      id: 's42',
      link: '/admin/sessions/s42',
    });
    expect(describeTarget('message.resend', 'sms/m1')).toEqual({
      kind: 'message',
      channel: 'sms',
      id: 'm1',
      link: '/admin/messages?channel=sms',
    });
    expect(describeTarget('message.resend', 'mail/m1')).toMatchObject({
      channel: 'mail',
      link: '/admin/messages',
    });
    expect(describeTarget('settings.update', 'settings/organization')).toEqual({
      kind: 'settings',
      link: '/admin/settings',
    });
  });

  it('shows anything else as written', () => {
    expect(describeTarget('resource.save', 'u1')).toEqual({ kind: 'other', text: 'u1' });
    expect(describeTarget(null, 'u1')).toEqual({ kind: 'other', text: 'u1' });
    expect(describeTarget('role.set', 'a/b/c')).toEqual({ kind: 'other', text: 'a/b/c' });
    expect(describeTarget('role.set', '')).toEqual({ kind: 'other', text: '' });
  });
});

describe('targetUids', () => {
  it('lists each targeted member once', () => {
    expect(
      targetUids([
        { action: 'role.set', target: 'u1' },
        { action: 'order.refund', target: 'u1' },
        { action: 'space.block', target: 'resources/r1' },
        { action: null, target: 'users/u2' },
      ]),
    ).toEqual(['u1', 'u2']);
  });
});
