import { describe, expect, it } from 'vitest';
import { auditChanges, auditJson, auditValue, toPlainData } from './auditDiff.ts';

const at = (iso: string) => ({ toDate: () => new Date(iso) });

describe('auditChanges', () => {
  it('lists the changed paths of nested maps, old → new', () => {
    const before = {
      policies: { cancellationWindowHours: 24, reminderLeadTimesHours: [24, 2] },
      branding: { displayName: 'Agora', primaryColor: '#1d4e89' },
    };
    const after = {
      policies: { cancellationWindowHours: 48, reminderLeadTimesHours: [24, 2] },
      branding: { displayName: 'Agora', primaryColor: '#1d4e89', logoPath: 'branding/logo.png' },
    };
    expect(auditChanges(before, after)).toEqual([
      { path: 'policies.cancellationWindowHours', kind: 'changed', before: 24, after: 48 },
      { path: 'branding.logoPath', kind: 'added', before: undefined, after: 'branding/logo.png' },
    ]);
  });

  it('reads single values (a role, a balance) at the root', () => {
    expect(auditChanges('assistant', 'admin')).toEqual([
      { path: '', kind: 'changed', before: 'assistant', after: 'admin' },
    ]);
    expect(auditChanges(null, 'moderator')).toEqual([
      { path: '', kind: 'changed', before: null, after: 'moderator' },
    ]);
    expect(auditChanges(3, 3)).toEqual([]);
  });

  it('lists every value of a creation or a removal', () => {
    const start = at('2026-05-01T08:00:00Z');
    expect(auditChanges(undefined, { blockId: 'b1', start })).toEqual([
      { path: 'blockId', kind: 'added', before: undefined, after: 'b1' },
      { path: 'start', kind: 'added', before: undefined, after: start },
    ]);
    expect(auditChanges({ blockId: 'b1' }, undefined)).toEqual([
      { path: 'blockId', kind: 'removed', before: 'b1', after: undefined },
    ]);
    expect(auditChanges(undefined, undefined)).toEqual([]);
  });

  it('compares lists and instants as whole values', () => {
    expect(
      auditChanges(
        { amenities: ['Wi-Fi'], updatedAt: at('2026-05-01T08:00:00Z') },
        { amenities: ['Wi-Fi', 'Écran'], updatedAt: at('2026-05-01T08:00:00Z') },
      ),
    ).toEqual([{ path: 'amenities', kind: 'changed', before: ['Wi-Fi'], after: ['Wi-Fi', 'Écran'] }]);
  });
});

describe('raw JSON', () => {
  it('writes instants as ISO strings, indented', () => {
    expect(toPlainData({ at: at('2026-05-01T08:00:00Z'), list: [new Date('2026-01-01T00:00:00Z')] })).toEqual(
      {
        at: '2026-05-01T08:00:00.000Z',
        list: ['2026-01-01T00:00:00.000Z'],
      },
    );
    expect(auditJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(auditJson(undefined)).toBe('');
    expect(auditJson(null)).toBe('null');
  });
});

describe('auditValue', () => {
  it('describes each side of a change for its cell', () => {
    expect(auditValue(undefined)).toEqual({ kind: 'absent' });
    expect(auditValue(null)).toEqual({ kind: 'empty' });
    expect(auditValue('')).toEqual({ kind: 'empty' });
    expect(auditValue(true)).toEqual({ kind: 'boolean', value: true });
    expect(auditValue('admin')).toEqual({ kind: 'text', text: 'admin' });
    expect(auditValue(5.5)).toEqual({ kind: 'text', text: '5.5' });
    expect(auditValue([24, 2])).toEqual({ kind: 'text', text: '[24,2]' });
    expect(auditValue({ a: 'b' })).toEqual({ kind: 'text', text: '{"a":"b"}' });
    expect(auditValue(at('2026-05-01T08:00:00Z'))).toEqual({
      kind: 'date',
      date: new Date('2026-05-01T08:00:00Z'),
    });
  });
});
