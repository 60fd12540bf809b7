import { describe, expect, it } from 'vitest';
import {
  choiceFromParams,
  memberFromParams,
  orderFromParams,
  paramsOf,
  periodFromParams,
  periodRange,
} from './listParams.ts';

const params = (text: string) => new URLSearchParams(text);

describe('list filters in the address', () => {
  it('reads a period, turning one written backwards around and dropping what is not a day', () => {
    expect(periodFromParams(params('from=2026-11-01&to=2026-11-30'))).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(periodFromParams(params('from=2026-11-30&to=2026-11-01'))).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(periodFromParams(params('from=hier&to=2026-02-30'))).toEqual({ from: null, to: null });
  });

  it('reads the order (newest first by default), a member uid and a known choice', () => {
    expect(orderFromParams(params(''))).toBe('desc');
    expect(orderFromParams(params('order=asc'))).toBe('asc');
    expect(orderFromParams(params('order=up'))).toBe('desc');
    expect(memberFromParams(params('member=ana_42'))).toBe('ana_42');
    expect(memberFromParams(params('member=a/b'))).toBeNull();
    expect(choiceFromParams(params('kind=space'), 'kind', ['session', 'space'])).toBe('space');
    expect(choiceFromParams(params('kind=desk'), 'kind', ['session', 'space'])).toBe('all');
  });

  it('writes only what differs from no filter', () => {
    expect(
      paramsOf([
        ['kind', 'all'],
        ['status', 'cancelled'],
        ['member', null],
        ['order', 'desc'],
      ]),
    ).toEqual({ status: 'cancelled' });
    expect(paramsOf([['order', 'asc']])).toEqual({ order: 'asc' });
  });

  it('turns the days into instants on the Paris clock, the last day included', () => {
    // 25 October 2026: clocks go back in Paris (UTC+2 before, UTC+1 after).
    expect(periodRange({ from: '2026-10-25', to: '2026-10-25' }, 'Europe/Paris')).toEqual({
      from: new Date('2026-10-24T22:00:00Z'),
      before: new Date('2026-10-25T23:00:00Z'),
    });
    expect(periodRange({ from: null, to: null }, 'Europe/Paris')).toEqual({ from: null, before: null });
  });
});
