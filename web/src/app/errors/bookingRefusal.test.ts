import { describe, expect, it } from 'vitest';
import { CallableError } from '../../lib/firebase/callableError.ts';
import { bookingRefusal } from './bookingRefusal.ts';

describe('bookingRefusal', () => {
  const refused = (reason: ConstructorParameters<typeof CallableError>[2]) =>
    new CallableError('failed-precondition', 'refused', reason, []);

  it('names the refusals a message explains', () => {
    expect(bookingRefusal(refused('insufficient-credits'))).toBe('insufficientCredits');
    expect(bookingRefusal(refused('full'))).toBe('full');
    expect(bookingRefusal(refused('already-booked'))).toBe('alreadyBooked');
    expect(bookingRefusal(refused('not-bookable'))).toBe('notBookable');
    expect(bookingRefusal(refused('profile-incomplete'))).toBe('profileIncomplete');
    expect(bookingRefusal(refused('email-not-verified'))).toBe('emailNotVerified');
    expect(bookingRefusal(refused('outside-cancel-window'))).toBe('outsideCancelWindow');
  });

  it('leaves other errors to the generic messages', () => {
    expect(bookingRefusal(refused(null))).toBeNull();
    expect(bookingRefusal(refused('forbidden'))).toBeNull();
    expect(bookingRefusal(refused('blocked'))).toBeNull();
    expect(bookingRefusal(new Error('network'))).toBeNull();
  });
});
