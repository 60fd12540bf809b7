// The member's space bookings: states, order, what may be done and what cancelling gives back.
import { describe, expect, it } from 'vitest';
import type { SpaceBookingRecord } from '../../lib/firebase/spaces.ts';
import {
  canChange,
  cancelTerms,
  groupSpaceBookings,
  paymentMethod,
  spaceBookingState,
  wasMoved,
} from './spaceBookings.ts';

const now = new Date('2026-06-03T08:00:00Z');

function booking(overrides: Partial<SpaceBookingRecord> = {}): SpaceBookingRecord {
  return {
    id: 'b1',
    uid: 'u1',
    resourceId: 'room-1',
    title: 'Salle Lumière',
    startsAt: new Date('2026-06-04T07:00:00Z'),
    endsAt: new Date('2026-06-04T09:00:00Z'),
    seats: 2,
    status: 'confirmed',
    rawStatus: 'confirmed',
    method: 'credits',
    credits: 4,
    amountCents: null,
    refundedCredits: null,
    internal: false,
    note: null,
    holdExpiresAt: null,
    moves: 0,
    bookedBy: null,
    cancelledAt: null,
    createdAt: null,
    ...overrides,
  };
}

describe('spaceBookingState', () => {
  it('reads the status, a lapsed hold and a move', () => {
    expect(spaceBookingState(booking(), now)).toBe('confirmed');
    expect(spaceBookingState(booking({ status: 'cancelled' }), now)).toBe('cancelled');
    expect(spaceBookingState(booking({ moves: 1 }), now)).toBe('confirmed');
    expect(wasMoved(booking({ moves: 1 }))).toBe(true);
    expect(wasMoved(booking())).toBe(false);
    const hold = { status: 'pending_payment' as const, holdExpiresAt: new Date('2026-06-03T08:20:00Z') };
    expect(spaceBookingState(booking(hold), now)).toBe('pending');
    expect(spaceBookingState(booking(hold), new Date('2026-06-03T08:20:00Z'))).toBe('expired');
    expect(spaceBookingState(booking({ status: null, rawStatus: 'weird' }), now)).toBe('unknown');
  });
});

describe('groupSpaceBookings', () => {
  it('lists upcoming bookings soonest first, then the history most recent first', () => {
    const later = booking({
      id: 'later',
      startsAt: new Date('2026-06-10T07:00:00Z'),
      endsAt: new Date('2026-06-10T08:00:00Z'),
    });
    const soon = booking({ id: 'soon' });
    const past = booking({
      id: 'past',
      startsAt: new Date('2026-06-01T07:00:00Z'),
      endsAt: new Date('2026-06-01T08:00:00Z'),
    });
    const older = booking({
      id: 'older',
      startsAt: new Date('2026-05-01T07:00:00Z'),
      endsAt: new Date('2026-05-01T08:00:00Z'),
    });
    const cancelled = booking({
      id: 'cancelled',
      status: 'cancelled',
      startsAt: new Date('2026-06-20T07:00:00Z'),
      endsAt: new Date('2026-06-20T08:00:00Z'),
    });
    const groups = groupSpaceBookings([older, later, cancelled, past, soon], now);
    expect(groups.upcoming.map((b) => b.id)).toEqual(['soon', 'later']);
    expect(groups.history.map((b) => b.id)).toEqual(['cancelled', 'past', 'older']);
  });

  it('keeps a booking under way among the upcoming ones', () => {
    const running = booking({
      startsAt: new Date('2026-06-03T07:00:00Z'),
      endsAt: new Date('2026-06-03T09:00:00Z'),
    });
    expect(groupSpaceBookings([running], now).upcoming).toHaveLength(1);
    expect(canChange(running, now)).toBe(false);
    expect(canChange(booking(), now)).toBe(true);
    expect(canChange(booking({ status: 'pending_payment' }), now)).toBe(false);
  });
});

describe('cancelTerms', () => {
  it('refunds credits until the window before the start', () => {
    // Starts 4 June 07:00 UTC; a 24-hour window ends 3 June 07:00 UTC.
    expect(cancelTerms(booking(), 12, now)).toEqual({
      deadline: new Date('2026-06-03T19:00:00Z'),
      inWindow: true,
      refund: { kind: 'credits', count: 4 },
    });
    expect(cancelTerms(booking(), 24, now)).toEqual({
      deadline: new Date('2026-06-03T07:00:00Z'),
      inWindow: false,
      refund: { kind: 'creditsLost', count: 4 },
    });
  });

  it('says what happens to a card payment or a plan booking', () => {
    expect(cancelTerms(booking({ method: 'card', credits: 0, amountCents: 3000 }), 12, now).refund).toEqual({
      kind: 'card',
    });
    expect(cancelTerms(booking({ method: 'plan', credits: 0 }), 12, now).refund).toEqual({ kind: 'plan' });
    expect(paymentMethod(booking({ method: 'cash' }))).toBe('other');
  });
});
