// What the session page offers: the same rules as the callables (domain policy), decided from
// the live session, the member's booking and balance.
import { describe, expect, it } from 'vitest';
import type { SessionBookingRecord, SessionRecord } from '../../lib/firebase/sessions.ts';
import { cancelPolicy, sessionPanelState, shopPathFor, type SessionPanelInput } from './bookingState.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

const session: SessionRecord = {
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
};

const booking = (status: SessionBookingRecord['status']): SessionBookingRecord => ({
  id: 'session_s1_alice',
  uid: 'alice',
  sessionId: 's1',
  title: session.title,
  startsAt: session.startsAt,
  endsAt: session.endsAt,
  status,
  rawStatus: status,
  credits: 3,
  refundedCredits: status === 'cancelled' ? 3 : null,
  attempt: 1,
  cancelledAt: null,
  createdAt: null,
});

const input = (patch: Partial<SessionPanelInput> = {}): SessionPanelInput => ({
  session,
  now: NOW,
  signedIn: true,
  booking: null,
  balance: 5,
  ...patch,
});

describe('sessionPanelState', () => {
  it('offers booking when seats and balance allow', () => {
    expect(sessionPanelState(input())).toEqual({ kind: 'bookable' });
    expect(sessionPanelState(input({ balance: 3 }))).toEqual({ kind: 'bookable' });
  });

  it('says how many credits are missing', () => {
    expect(sessionPanelState(input({ balance: 1 }))).toEqual({ kind: 'insufficient', missing: 2 });
    expect(sessionPanelState(input({ balance: 0 }))).toEqual({ kind: 'insufficient', missing: 3 });
  });

  it('sends visitors to sign in, and offers the waiting list when full', () => {
    expect(sessionPanelState(input({ signedIn: false, booking: undefined, balance: null }))).toEqual({
      kind: 'signedOut',
    });
    expect(sessionPanelState(input({ session: { ...session, seatsBooked: 10 } }))).toEqual({ kind: 'full' });
    expect(sessionPanelState(input({ session: { ...session, seatsBooked: 10 }, balance: 0 }))).toEqual({
      kind: 'full',
    });
  });

  it('shows the booking first, even full or started', () => {
    expect(sessionPanelState(input({ booking: booking('confirmed') }))).toEqual({
      kind: 'booked',
      started: false,
    });
    expect(
      sessionPanelState(input({ booking: booking('confirmed'), session: { ...session, seatsBooked: 10 } })),
    ).toEqual({ kind: 'booked', started: false });
    expect(
      sessionPanelState(input({ booking: booking('confirmed'), now: new Date('2026-12-01T09:00:00Z') })),
    ).toEqual({ kind: 'booked', started: true });
  });

  it('lets a member book again after cancelling', () => {
    expect(sessionPanelState(input({ booking: booking('cancelled') }))).toEqual({ kind: 'bookable' });
  });

  it('closes cancelled, started and unpublished sessions', () => {
    expect(
      sessionPanelState(
        input({ session: { ...session, status: 'cancelled' }, booking: booking('cancelled') }),
      ),
    ).toEqual({ kind: 'cancelled' });
    expect(sessionPanelState(input({ now: new Date('2026-12-01T08:00:00Z') }))).toEqual({ kind: 'started' });
    expect(sessionPanelState(input({ signedIn: false, now: new Date('2026-12-01T08:30:00Z') }))).toEqual({
      kind: 'started',
    });
    expect(sessionPanelState(input({ session: { ...session, published: false } }))).toEqual({
      kind: 'closed',
    });
  });

  it('waits for the booking and the balance before deciding', () => {
    expect(sessionPanelState(input({ booking: undefined }))).toEqual({ kind: 'loading' });
    expect(sessionPanelState(input({ balance: null }))).toEqual({ kind: 'loading' });
  });
});

describe('cancelPolicy', () => {
  it('allows cancelling until the window before the start', () => {
    const startsAt = new Date('2026-12-01T08:00:00Z');
    expect(cancelPolicy(startsAt, 24, new Date('2026-11-30T08:00:00Z'))).toEqual({
      allowed: true,
      deadline: new Date('2026-11-30T08:00:00Z'),
    });
    expect(cancelPolicy(startsAt, 24, new Date('2026-11-30T08:00:01Z')).allowed).toBe(false);
    expect(cancelPolicy(startsAt, 0, new Date('2026-12-01T07:59:00Z')).allowed).toBe(true);
  });
});

describe('shopPathFor', () => {
  it('sends to the shop with the way back to the session', () => {
    expect(shopPathFor('abc-123')).toBe('/shop?returnTo=/sessions/abc-123');
  });
});
