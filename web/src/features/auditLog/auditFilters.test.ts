import { describe, expect, it } from 'vitest';
import {
  auditQueryPlan,
  filtersFromParams,
  filtersKey,
  filtersToParams,
  hasFilters,
  isActorId,
  NO_FILTERS,
} from './auditFilters.ts';

describe('audit filters in the address', () => {
  it('read what the list knows and drop the rest', () => {
    const params = new URLSearchParams('action=role.set&actor=admin-uid&from=2026-05-01&to=2026-05-31&x=1');
    expect(filtersFromParams(params)).toEqual({
      action: 'role.set',
      actor: 'admin-uid',
      from: '2026-05-01',
      to: '2026-05-31',
    });
    expect(filtersFromParams(new URLSearchParams('action=nope&actor=a/b&from=2026-02-30'))).toEqual(
      NO_FILTERS,
    );
  });

  it('put a period written backwards in order', () => {
    const filters = filtersFromParams(new URLSearchParams('from=2026-06-10&to=2026-06-01'));
    expect([filters.from, filters.to]).toEqual(['2026-06-01', '2026-06-10']);
  });

  it('write only the filters set, in a fixed order', () => {
    const filters = { action: 'settings.update', actor: null, from: null, to: '2026-05-31' } as const;
    expect(filtersToParams(filters)).toEqual({ action: 'settings.update', to: '2026-05-31' });
    expect(filtersKey(filters)).toBe('action=settings.update&to=2026-05-31');
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(filtersKey(NO_FILTERS)).toBe('');
  });

  it('accept a uid or system as actor', () => {
    expect(isActorId('system')).toBe(true);
    expect(isActorId('Xy_9-z')).toBe(true);
    expect(isActorId('a b')).toBe(false);
    expect(isActorId('')).toBe(false);
  });
});

describe('auditQueryPlan', () => {
  it('turns the days into instants in the organisation’s zone, the last day included', () => {
    const plan = auditQueryPlan(
      { action: 'all', actor: null, from: '2026-03-29', to: '2026-03-29' },
      'Europe/Paris',
    );
    expect(plan.query).toEqual({
      action: null,
      actor: null,
      // 29 March 2026 is the switch to summer time: the day lasts 23 hours in Paris.
      atFrom: new Date('2026-03-28T23:00:00Z'),
      atBefore: new Date('2026-03-29T22:00:00Z'),
    });
    expect(plan.keep).toBeNull();
  });

  it('filters one equality in Firestore when only one is chosen', () => {
    const byAction = auditQueryPlan({ ...NO_FILTERS, action: 'order.refund' }, 'Europe/Paris');
    expect([byAction.query.action, byAction.query.actor, byAction.keep]).toEqual([
      'order.refund',
      null,
      null,
    ]);
    const byActor = auditQueryPlan({ ...NO_FILTERS, actor: 'admin-uid' }, 'Europe/Paris');
    expect([byActor.query.action, byActor.query.actor, byActor.keep]).toEqual([null, 'admin-uid', null]);
  });

  it('filters the actor in Firestore and checks the action on the entries read when both are chosen', () => {
    const plan = auditQueryPlan({ ...NO_FILTERS, action: 'role.set', actor: 'admin-uid' }, 'Europe/Paris');
    expect(plan.query.action).toBeNull();
    expect(plan.query.actor).toBe('admin-uid');
    expect(plan.keep?.({ action: 'role.set' })).toBe(true);
    expect(plan.keep?.({ action: 'credits.adjust' })).toBe(false);
    expect(plan.keep?.({ action: null })).toBe(false);
  });
});
