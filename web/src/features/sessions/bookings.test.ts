// The member's bookings sorted into the tabs "À venir", "Passées", "Annulées" and the dashboard.
import { describe, expect, it } from 'vitest';
import type { SessionBookingRecord } from '../../lib/firebase/sessions.ts';
import { bookingTab, groupBookings, nextConfirmedBookings } from './bookings.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

function booking(
  id: string,
  startsAt: string,
  patch: Partial<SessionBookingRecord> = {},
): SessionBookingRecord {
  const start = new Date(startsAt);
  return {
    id,
    uid: 'alice',
    sessionId: id,
    title: `Session ${id}`,
    startsAt: start,
    endsAt: new Date(start.getTime() + 2 * 3_600_000),
    status: 'confirmed',
    rawStatus: 'confirmed',
    credits: 2,
    refundedCredits: null,
    attempt: 1,
    cancelledAt: null,
    createdAt: null,
    ...patch,
  };
}

describe('bookingTab', () => {
  it('puts cancelled bookings apart, whatever their date', () => {
    expect(bookingTab(booking('a', '2026-12-01T08:00:00Z', { status: 'cancelled' }), NOW)).toBe('cancelled');
    expect(bookingTab(booking('b', '2026-11-01T08:00:00Z', { status: 'cancelled' }), NOW)).toBe('cancelled');
  });

  it('keeps a running session upcoming until it ends, then past', () => {
    expect(bookingTab(booking('running', '2026-11-20T09:00:00Z'), NOW)).toBe('upcoming');
    expect(bookingTab(booking('ended', '2026-11-20T07:00:00Z'), NOW)).toBe('past');
    expect(bookingTab(booking('future', '2026-11-21T07:00:00Z'), NOW)).toBe('upcoming');
  });
});

describe('groupBookings', () => {
  it('sorts upcoming soonest first, past and cancelled most recent first', () => {
    const groups = groupBookings(
      [
        booking('up-late', '2026-12-10T08:00:00Z'),
        booking('past-old', '2026-10-01T08:00:00Z'),
        booking('up-soon', '2026-11-21T08:00:00Z'),
        booking('past-recent', '2026-11-15T08:00:00Z'),
        booking('cancel-old', '2026-12-05T08:00:00Z', {
          status: 'cancelled',
          cancelledAt: new Date('2026-11-01T08:00:00Z'),
        }),
        booking('cancel-new', '2026-12-01T08:00:00Z', {
          status: 'cancelled',
          cancelledAt: new Date('2026-11-19T08:00:00Z'),
        }),
      ],
      NOW,
    );
    expect(groups.upcoming.map((b) => b.id)).toEqual(['up-soon', 'up-late']);
    expect(groups.past.map((b) => b.id)).toEqual(['past-recent', 'past-old']);
    expect(groups.cancelled.map((b) => b.id)).toEqual(['cancel-new', 'cancel-old']);
  });

  it('gives three empty tabs for no booking', () => {
    expect(groupBookings([], NOW)).toEqual({ upcoming: [], past: [], cancelled: [] });
  });
});

describe('nextConfirmedBookings', () => {
  it('gives the next confirmed sessions, soonest first, at most the count', () => {
    const next = nextConfirmedBookings(
      [
        booking('d', '2026-12-20T08:00:00Z'),
        booking('cancelled', '2026-11-21T08:00:00Z', { status: 'cancelled' }),
        booking('c', '2026-12-10T08:00:00Z'),
        booking('ended', '2026-11-19T08:00:00Z'),
        booking('a', '2026-11-20T09:00:00Z'),
        booking('b', '2026-11-25T08:00:00Z'),
      ],
      NOW,
      3,
    );
    expect(next.map((b) => b.id)).toEqual(['a', 'b', 'c']);
  });
});
