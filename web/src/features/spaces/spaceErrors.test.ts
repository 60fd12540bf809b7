// Space callable failures in words: translated reasons, field issues, or the server's sentence.
import { describe, expect, it } from 'vitest';
import { CallableError } from '../../lib/firebase/callableError.ts';
import { spaceError, spaceErrorFix } from './spaceErrors.ts';

describe('spaceError', () => {
  it('translates the booking reasons', () => {
    expect(spaceError(new CallableError('failed-precondition', 'Plus de place.', 'full', [])).key).toBe(
      'full',
    );
    expect(spaceError(new CallableError('failed-precondition', '', 'insufficient-credits', [])).key).toBe(
      'insufficientCredits',
    );
    expect(spaceError(new CallableError('failed-precondition', '', 'outside-cancel-window', [])).key).toBe(
      'outsideCancelWindow',
    );
    expect(spaceError(new CallableError('failed-precondition', '', 'payments-unavailable', [])).key).toBe(
      'paymentUnavailable',
    );
  });

  it('keeps the field issues of an invalid input', () => {
    const issue = { path: 'seats', code: 'seatsInvalid', message: 'Choisissez un nombre entier de places.' };
    expect(spaceError(new CallableError('invalid-argument', 'invalid', 'invalid-input', [issue]))).toEqual({
      key: 'invalidInput',
      issues: [issue],
      serverMessage: null,
    });
  });

  it('shows the server sentence for a refusal it cannot name', () => {
    expect(
      spaceError(new CallableError('failed-precondition', 'Ce créneau est bloqué par l’équipe.', null, [])),
    ).toEqual({ key: 'generic', issues: [], serverMessage: 'Ce créneau est bloqué par l’équipe.' });
    expect(spaceError(new CallableError('internal', 'INTERNAL', null, []))).toEqual({
      key: 'generic',
      issues: [],
      serverMessage: null,
    });
    expect(spaceError(new CallableError('unavailable', 'offline', null, [])).key).toBe('network');
    expect(spaceError(new Error('boom')).key).toBe('generic');
  });
});

describe('spaceErrorFix', () => {
  it('leads to the page that fixes the cause', () => {
    expect(spaceErrorFix('insufficientCredits', '/spaces/room-1')).toEqual({
      to: '/shop?returnTo=/spaces/room-1',
      label: 'buyCredits',
    });
    expect(spaceErrorFix('profileIncomplete', '/spaces/room-1')).toEqual({
      to: '/account/profile',
      label: 'completeProfile',
    });
    expect(spaceErrorFix('full', '/spaces/room-1')).toBeNull();
  });
});
