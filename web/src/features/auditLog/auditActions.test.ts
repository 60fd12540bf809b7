import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '@agora/domain';
import { ACTION_LABEL_KEYS, actionLabelKey, toActionFilter } from './auditActions.ts';

describe('audit actions', () => {
  it('give every action its own flat text key', () => {
    const keys = AUDIT_ACTIONS.map(actionLabelKey);
    expect(new Set(keys).size).toBe(AUDIT_ACTIONS.length);
    for (const key of keys) expect(key).toMatch(/^[a-zA-Z]+$/);
    expect(Object.keys(ACTION_LABEL_KEYS)).toEqual([...AUDIT_ACTIONS]);
    expect(actionLabelKey('resource.photo.add')).toBe('resourcePhotoAdd');
  });

  it('read the action filter, anything unknown meaning all', () => {
    expect(toActionFilter('credits.adjust')).toBe('credits.adjust');
    expect(toActionFilter('credits')).toBe('all');
    expect(toActionFilter(null)).toBe('all');
  });
});
