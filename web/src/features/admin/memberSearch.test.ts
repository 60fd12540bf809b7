import { describe, expect, it } from 'vitest';
import type { UserRecord } from '../../lib/firebase/users.ts';
import { displayName, matchesRole, matchesSearch } from './memberSearch.ts';

const member = (data: UserRecord['data'], uid = 'u1'): UserRecord => ({
  uid,
  data,
  raw: data,
  claimsUpdatedAtMillis: null,
});

describe('member search', () => {
  const helene = member({ firstName: 'Hélène', lastName: "D'Aubigné", email: 'helene@example.test' });

  it('ignores accents and case, and matches every word in any order', () => {
    expect(matchesSearch(helene, 'helene')).toBe(true);
    expect(matchesSearch(helene, 'AUBIGNE hél')).toBe(true);
    expect(matchesSearch(helene, 'example.test')).toBe(true);
    expect(matchesSearch(helene, 'martin')).toBe(false);
    expect(matchesSearch(helene, '   ')).toBe(true);
  });

  it('shows LAST first, or the uid when the profile has no name yet', () => {
    expect(displayName(helene)).toBe("D'AUBIGNÉ Hélène");
    expect(displayName(member({}, 'abc'))).toBe('abc');
  });
});

describe('role filter', () => {
  it('keeps everyone, members without a role, or one role', () => {
    expect(matchesRole(null, 'all')).toBe(true);
    expect(matchesRole('admin', 'all')).toBe(true);
    expect(matchesRole(null, 'none')).toBe(true);
    expect(matchesRole('moderator', 'none')).toBe(false);
    expect(matchesRole('assistant', 'assistant')).toBe(true);
    expect(matchesRole('admin', 'assistant')).toBe(false);
  });
});
