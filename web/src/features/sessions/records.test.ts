// The Firestore readers of the sessions pages: lenient with half-written or older documents,
// strict where it matters (no link other than http(s), no booking of another kind). The SDK
// instances are replaced: nothing connects.
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_CANCELLATION_WINDOW_HOURS,
  catalogueConstraints,
  toCancellationWindowHours,
  toLmsUrl,
  toSessionBookingRecord,
  toSessionRecord,
} from '../../lib/firebase/sessions.ts';

vi.mock('../../lib/firebase/app.ts', () => ({ db: {}, auth: {}, functions: {}, app: {} }));

const at = (iso: string) => ({ toDate: () => new Date(iso) });

describe('toSessionRecord', () => {
  const stored = {
    title: ' Excel avancé ',
    description: '',
    topic: 'Bureautique',
    trainer: 'Claire Martin',
    startsAt: at('2026-12-01T08:00:00Z'),
    endsAt: at('2026-12-01T11:00:00Z'),
    mode: 'online',
    capacity: 10,
    creditCost: 3,
    published: true,
    status: 'scheduled',
    seatsBooked: 4,
  };

  it('reads a stored session, with defaults for what older documents lack', () => {
    expect(toSessionRecord('s1', stored)).toEqual({
      id: 's1',
      title: 'Excel avancé',
      description: null,
      topic: 'Bureautique',
      trainer: 'Claire Martin',
      startsAt: new Date('2026-12-01T08:00:00Z'),
      endsAt: new Date('2026-12-01T11:00:00Z'),
      mode: 'online',
      place: null,
      capacity: 10,
      creditCost: 3,
      published: true,
      status: 'scheduled',
      seatsBooked: 4,
      waitlistCount: 0,
      cancelReason: null,
    });
  });

  it('drops a session without title, dates, capacity or cost, and never offers an unknown status', () => {
    expect(toSessionRecord('s', { ...stored, title: '  ' })).toBeNull();
    expect(toSessionRecord('s', { ...stored, startsAt: '2026-12-01' })).toBeNull();
    expect(toSessionRecord('s', { ...stored, capacity: undefined })).toBeNull();
    expect(toSessionRecord('s', { ...stored, creditCost: 'three' })).toBeNull();
    expect(toSessionRecord('s', null)).toBeNull();
    expect(toSessionRecord('s', { ...stored, status: 'postponed' })?.status).toBe('cancelled');
  });
});

describe('toSessionBookingRecord', () => {
  it('reads a session booking with its payment and refund', () => {
    expect(
      toSessionBookingRecord('session_s1_alice', {
        uid: 'alice',
        kind: 'session',
        sessionId: 's1',
        title: 'Excel avancé',
        startsAt: at('2026-12-01T08:00:00Z'),
        endsAt: at('2026-12-01T11:00:00Z'),
        status: 'cancelled',
        payment: { method: 'credits', credits: 3 },
        attempt: 2,
        refundedCredits: 3,
        cancelledAt: at('2026-11-20T10:00:00Z'),
        createdAt: at('2026-11-10T10:00:00Z'),
      }),
    ).toMatchObject({
      id: 'session_s1_alice',
      sessionId: 's1',
      status: 'cancelled',
      credits: 3,
      refundedCredits: 3,
      attempt: 2,
      cancelledAt: new Date('2026-11-20T10:00:00Z'),
    });
  });

  it('leaves out other kinds of booking and keeps an unknown status as stored', () => {
    const base = {
      kind: 'session',
      sessionId: 's1',
      startsAt: at('2026-12-01T08:00:00Z'),
      endsAt: at('2026-12-01T11:00:00Z'),
    };
    expect(toSessionBookingRecord('b', { ...base, kind: 'space' })).toBeNull();
    expect(toSessionBookingRecord('b', { ...base, sessionId: undefined })).toBeNull();
    expect(toSessionBookingRecord('b', { ...base, status: 'waiting' })).toMatchObject({
      status: null,
      rawStatus: 'waiting',
      credits: 0,
      attempt: 1,
    });
  });
});

describe('toLmsUrl', () => {
  it('keeps web addresses only', () => {
    expect(toLmsUrl({ lmsUrl: 'https://lms.example.org/course/42' })).toBe(
      'https://lms.example.org/course/42',
    );
    expect(toLmsUrl({ lmsUrl: 'javascript:alert(1)' })).toBeNull();
    expect(toLmsUrl({ lmsUrl: 'not a url' })).toBeNull();
    expect(toLmsUrl({})).toBeNull();
  });
});

describe('toCancellationWindowHours', () => {
  it('reads the policy, or the server’s default', () => {
    expect(toCancellationWindowHours({ policies: { cancellationWindowHours: 48 } })).toBe(48);
    expect(toCancellationWindowHours({ policies: { cancellationWindowHours: 0 } })).toBe(0);
    expect(toCancellationWindowHours({})).toBe(DEFAULT_CANCELLATION_WINDOW_HOURS);
    expect(toCancellationWindowHours(undefined)).toBe(24);
  });
});

describe('catalogueConstraints', () => {
  it('always filters on published (the rules require it), then the range and the order', () => {
    const from = new Date('2026-11-20T00:00:00Z');
    expect(catalogueConstraints({ from, to: null }).map((c) => c.type)).toEqual([
      'where',
      'where',
      'orderBy',
      'limit',
    ]);
    expect(catalogueConstraints({ from, to: new Date('2026-12-01T00:00:00Z') })).toHaveLength(5);
  });
});
