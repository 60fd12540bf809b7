// The French labels the browser tests read, and a label for every audit action in both languages.
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '@agora/domain';
import { actionLabelKey } from './auditActions.ts';
import { auditLogEn, auditLogFr } from './i18n.ts';

describe('audit log texts', () => {
  it('keep the labels the browser tests use', () => {
    expect(auditLogFr).toMatchObject({
      nav: 'Journal d’audit',
      actor: { system: 'Système' },
      pager: { newer: 'Plus récent', older: 'Plus ancien' },
      actions: { settingsUpdate: 'Modification des paramètres', roleSet: 'Changement de rôle' },
    });
  });

  it('label every action in both languages, each differently', () => {
    for (const texts of [auditLogFr, auditLogEn]) {
      const labels = AUDIT_ACTIONS.map((action) => texts.actions[actionLabelKey(action)]);
      for (const label of labels) expect(label).toBeTruthy();
      expect(new Set(labels).size).toBe(AUDIT_ACTIONS.length);
    }
  });
});
