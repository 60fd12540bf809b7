import { describe, expect, it } from 'vitest';
import { toAuditRecord } from './auditLogRecord.ts';

const at = (iso: string) => ({ toDate: () => new Date(iso) });

describe('toAuditRecord', () => {
  it('reads an entry with its snapshots as stored', () => {
    const entry = toAuditRecord('a1', {
      actor: 'admin-uid',
      action: 'credits.adjust',
      target: 'member-uid',
      reason: ' Geste commercial ',
      before: 3,
      after: 8,
      at: at('2026-05-15T12:00:00Z'),
    });
    expect(entry).toEqual({
      id: 'a1',
      actor: 'admin-uid',
      action: 'credits.adjust',
      rawAction: 'credits.adjust',
      target: 'member-uid',
      reason: 'Geste commercial',
      before: 3,
      after: 8,
      at: new Date('2026-05-15T12:00:00Z'),
    });
  });

  it('keeps an unknown action as text and tells a missing snapshot from a null one', () => {
    const entry = toAuditRecord('a2', { actor: 'system', action: 'future.thing', after: null, reason: '  ' });
    expect(entry.action).toBeNull();
    expect(entry.rawAction).toBe('future.thing');
    expect(entry.before).toBeUndefined();
    expect(entry.after).toBeNull();
    expect(entry.reason).toBeNull();
    expect(entry.at).toBeNull();
    expect(entry.target).toBe('');
  });

  it('reads a document that is not a map as an empty entry', () => {
    expect(toAuditRecord('a3', 42)).toMatchObject({ id: 'a3', actor: '', action: null, rawAction: '' });
  });
});
