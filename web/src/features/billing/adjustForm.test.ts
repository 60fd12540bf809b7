import { describe, expect, it } from 'vitest';
import {
  adjustCreditsInput,
  adjustIssuesToFields,
  EMPTY_ADJUSTMENT,
  membersShortOfCredits,
  submissionKey,
} from './adjustForm.ts';

const REQUEST_ID = '3f1c2a9e-8d4b-4c55-9a77-0b1e2d3c4f5a';

describe('adjustCreditsInput', () => {
  it('adds credits with a positive delta', () => {
    expect(
      adjustCreditsInput(
        { direction: 'add', amount: ' 5 ', reason: ' Geste commercial ' },
        ['u1', 'u2'],
        REQUEST_ID,
      ),
    ).toEqual({
      ok: true,
      value: { uids: ['u1', 'u2'], delta: 5, reason: 'Geste commercial', requestId: REQUEST_ID },
    });
  });

  it('removes credits with a negative delta', () => {
    const parsed = adjustCreditsInput(
      { direction: 'remove', amount: '3', reason: 'Erreur' },
      ['u1'],
      REQUEST_ID,
    );
    expect(parsed.ok && parsed.value.delta).toBe(-3);
  });

  it.each(['', '0', '-2', '2.5', '1,5', 'abc', '10001'])('refuses the amount %j', (amount) => {
    const parsed = adjustCreditsInput({ direction: 'add', amount, reason: 'Motif' }, ['u1'], REQUEST_ID);
    expect(parsed).toEqual({ ok: false, errors: { amount: 'creditsInvalid' } });
  });

  it('requires a reason and at least one member', () => {
    expect(adjustCreditsInput({ ...EMPTY_ADJUSTMENT, amount: '2', reason: '  ' }, [], REQUEST_ID)).toEqual({
      ok: false,
      errors: { reason: 'reasonRequired', members: 'uidsInvalid' },
    });
  });

  it('reports the amount and the reason together', () => {
    expect(adjustCreditsInput(EMPTY_ADJUSTMENT, ['u1'], REQUEST_ID)).toEqual({
      ok: false,
      errors: { amount: 'creditsInvalid', reason: 'reasonRequired' },
    });
  });
});

describe('adjustIssuesToFields', () => {
  it('puts server issues under the matching fields', () => {
    expect(
      adjustIssuesToFields([
        { path: 'delta', code: 'deltaInvalid', message: '' },
        { path: 'reason', code: 'tooLong', message: '' },
        { path: 'requestId', code: 'invalid', message: '' },
      ]),
    ).toEqual({
      fields: { amount: 'deltaInvalid', reason: 'tooLong' },
      other: [{ path: 'requestId', code: 'invalid', message: '' }],
    });
  });
});

describe('membersShortOfCredits', () => {
  const members = [
    { uid: 'u1', name: 'DURAND Alice', email: 'a@example.test' },
    { uid: 'u2', name: 'MARTIN Bob', email: 'b@example.test' },
  ];

  it('names the members the server reported', () => {
    expect(membersShortOfCredits(members, ['u2', 'gone'], {}, -5)).toEqual([
      members[1],
      { uid: 'gone', name: 'gone', email: '' },
    ]);
  });

  it('falls back on the known balances', () => {
    expect(membersShortOfCredits(members, [], { u1: 10, u2: 4 }, -5)).toEqual([members[1]]);
  });
});

describe('submissionKey', () => {
  it('is the same for the same content whatever the member order', () => {
    const a = submissionKey({ uids: ['u1', 'u2'], delta: 2, reason: 'x' });
    expect(submissionKey({ uids: ['u2', 'u1'], delta: 2, reason: 'x ' })).toBe(a);
    expect(submissionKey({ uids: ['u1', 'u2'], delta: -2, reason: 'x' })).not.toBe(a);
  });
});
