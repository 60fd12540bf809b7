import { describe, expect, it } from 'vitest';
import { actorLabel } from './auditActor.ts';

describe('actorLabel', () => {
  const names: Record<string, string> = { a1: 'DUPONT Jean' };
  const nameOf = (uid: string) => names[uid] ?? null;

  it('names the system, a known member, or shows the uid', () => {
    expect(actorLabel('system', nameOf)).toEqual({ kind: 'system' });
    expect(actorLabel('a1', nameOf)).toEqual({ kind: 'member', name: 'DUPONT Jean' });
    expect(actorLabel('zz9', nameOf)).toEqual({ kind: 'member', name: 'zz9' });
    expect(actorLabel('', nameOf)).toEqual({ kind: 'unknown' });
  });
});
