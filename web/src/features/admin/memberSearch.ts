// Client-side search within the loaded page: accents and case do not matter.
import type { StaffRole } from '@agora/domain';
import type { UserRecord } from '../../lib/firebase/index.ts';

export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

export function matchesSearch(member: UserRecord, search: string): boolean {
  const wanted = normalize(search);
  if (!wanted) return true;
  const { firstName = '', lastName = '', email = '' } = member.data;
  const haystack = normalize(`${firstName} ${lastName} ${lastName} ${firstName} ${email}`);
  return wanted.split(/\s+/).every((word) => haystack.includes(word));
}

export function displayName(member: UserRecord): string {
  const { firstName, lastName } = member.data;
  return [lastName?.toLocaleUpperCase(), firstName].filter(Boolean).join(' ') || member.uid;
}

/** The members list's role filter: everyone, members without a role, or one staff role. */
export type RoleFilter = 'all' | 'none' | StaffRole;

export function matchesRole(role: StaffRole | null, filter: RoleFilter): boolean {
  if (filter === 'all') return true;
  return filter === 'none' ? role === null : role === filter;
}
