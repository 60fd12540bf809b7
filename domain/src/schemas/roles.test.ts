// ACC-3: roles come from the `role` claim; setUserRole input.
import { describe, expect, it } from 'vitest';
import { roleFromClaims, setUserRoleInputSchema } from './roles.ts';

describe('roleFromClaims', () => {
  it.each([
    [{ role: 'admin' }, 'admin'],
    [{ role: 'moderator', other: 1 }, 'moderator'],
    [{ role: 'superuser' }, null],
    [{}, null],
    [null, null],
  ])('reads %j as %s', (claims, role) => {
    expect(roleFromClaims(claims)).toBe(role);
  });
});

describe('setUserRoleInputSchema', () => {
  it('accepts a role or null and rejects anything else', () => {
    expect(setUserRoleInputSchema.parse({ uid: 'abc_123', role: null })).toEqual({
      uid: 'abc_123',
      role: null,
    });
    expect(setUserRoleInputSchema.safeParse({ uid: 'abc', role: 'owner' }).success).toBe(false);
    expect(setUserRoleInputSchema.safeParse({ uid: '../x', role: 'admin' }).success).toBe(false);
    expect(setUserRoleInputSchema.safeParse({ uid: 'abc', role: 'admin', extra: true }).success).toBe(false);
  });
});
