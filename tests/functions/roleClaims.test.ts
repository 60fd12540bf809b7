// The claim merge on its own: a role change never drops a claim another feature set.
import { describe, expect, it } from 'vitest';
import { withRole } from '../../functions/src/accounts/roleClaims.ts';

describe('withRole', () => {
  it('sets the role next to the other claims', () => {
    expect(withRole({ plan: 'pro' }, 'assistant')).toEqual({ plan: 'pro', role: 'assistant' });
  });

  it('replaces a previous role', () => {
    expect(withRole({ role: 'moderator', plan: 'pro' }, 'admin')).toEqual({ plan: 'pro', role: 'admin' });
  });

  it('removes only the role when null', () => {
    expect(withRole({ role: 'admin', plan: 'pro' }, null)).toEqual({ plan: 'pro' });
  });

  it('starts from no claims', () => {
    expect(withRole(undefined, 'moderator')).toEqual({ role: 'moderator' });
    expect(withRole(undefined, null)).toEqual({});
  });
});
