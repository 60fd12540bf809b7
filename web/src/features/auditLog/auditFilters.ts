// The audit list's filters: kept in the address (?action=&actor=&from=&to=) so a filtered list
// survives a reload and can be shared, and turned into the Firestore query. Action and actor are
// equality filters with an index each, beside the `at` range; with both chosen, Firestore filters
// the actor (fewer entries per person than per action) and the action is checked on the entries
// read.
import type { AuditAction } from '@agora/domain';
import type { AuditQuery, AuditRecord } from '../../lib/firebase/auditLog.ts';
import { addDays, isIsoDate, startOfDay, type IsoDate } from '../sessions/time.ts';
import { toActionFilter } from './auditActions.ts';

export interface AuditFilters {
  action: AuditAction | 'all';
  /** A uid, or 'system'. */
  actor: string | null;
  /** First day of the period (inclusive), in the organisation's calendar. */
  from: IsoDate | null;
  /** Last day of the period (inclusive). */
  to: IsoDate | null;
}

export const NO_FILTERS: AuditFilters = { action: 'all', actor: null, from: null, to: null };

const ACTOR = /^[A-Za-z0-9_-]{1,128}$/;

/** A uid as Firebase Auth writes them, or 'system': what the actor filter accepts. */
export function isActorId(value: string): boolean {
  return ACTOR.test(value);
}

/** Reads the filters from the address; a value the list does not know reads as no filter. */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const day = (value: string | null): IsoDate | null => (isIsoDate(value) ? value : null);
  const actor = params.get('actor');
  let from = day(params.get('from'));
  let to = day(params.get('to'));
  // A period written backwards (shared by hand) means the same days.
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    action: toActionFilter(params.get('action')),
    actor: actor !== null && isActorId(actor) ? actor : null,
    from,
    to,
  };
}

/** The address parameters of the filters (only those set, in a fixed order). */
export function filtersToParams(filters: AuditFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.action !== 'all') params.action = filters.action;
  if (filters.actor) params.actor = filters.actor;
  if (filters.from) params.from = filters.from;
  if (filters.to) params.to = filters.to;
  return params;
}

export function hasFilters(filters: AuditFilters): boolean {
  return Object.keys(filtersToParams(filters)).length > 0;
}

/** Names one filtered list: a new key starts the list over from the newest entry. */
export function filtersKey(filters: AuditFilters): string {
  return new URLSearchParams(filtersToParams(filters)).toString();
}

export interface AuditQueryPlan {
  query: AuditQuery;
  /** The check made on each entry read; null when Firestore filtered everything. */
  keep: ((entry: Pick<AuditRecord, 'action'>) => boolean) | null;
}

/**
 * The Firestore part of the filters and what is left to check on the entries read. The days become
 * instants at midnight in the organisation's zone, the last day included (up to the next midnight).
 */
export function auditQueryPlan(filters: AuditFilters, timeZone: string): AuditQueryPlan {
  const action = filters.action === 'all' ? null : filters.action;
  const both = action !== null && filters.actor !== null;
  return {
    query: {
      action: both ? null : action,
      actor: filters.actor,
      atFrom: filters.from ? startOfDay(filters.from, timeZone) : null,
      atBefore: filters.to ? startOfDay(addDays(filters.to, 1), timeZone) : null,
    },
    keep: both ? (entry) => entry.action === action : null,
  };
}
