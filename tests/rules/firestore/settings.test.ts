// settings/{doc}: anyone reads, even signed out; admins write the other settings documents, while
// settings/organization is written by the updateSettings callable only (validated and audited,
// ADM-3): no client, admin included, creates, changes or deletes it.
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, setDoc, updateDoc } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const organization = {
  legalEntity: {
    name: 'Agora Coworking',
    legalForm: 'SAS',
    address: { line1: '10 rue du Port', postalCode: '13002', city: 'Marseille', country: 'FR' },
    siret: '12345678900011',
    email: 'contact@agora.example',
  },
  vatRegime: 'standard',
  voucherMode: 'multi-purpose',
  timeZone: 'Europe/Paris',
  defaultLocale: 'fr',
  branding: { displayName: 'Agora', primaryColor: '#1d4ed8' },
  policies: { cancellationWindowHours: 24, reminderLeadTimesHours: [24, 2] },
  modules: { credits: true, sessions: true },
};

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'settings/organization'), organization);
  await setDoc(doc(db, 'settings/legal'), { termsUrl: 'https://agora.example/cgv' });
});

const ops = {
  get: (db) => readExisting(doc(db, 'settings/organization')),
  list: (db) => readMatching(collection(db, 'settings'), 2),
  create: (db) => setDoc(doc(db, 'settings/home'), { headline: 'Bienvenue' }),
  update: (db) => updateDoc(doc(db, 'settings/organization'), { timeZone: 'Europe/Brussels' }),
  updateUnknownKey: (db) => updateDoc(doc(db, 'settings/organization'), { role: 'admin' }),
  updateInvalidVoucherMode: (db) => updateDoc(doc(db, 'settings/organization'), { voucherMode: 'free' }),
  updateLegalEntityToText: (db) => updateDoc(doc(db, 'settings/organization'), { legalEntity: 'Agora' }),
  updateOtherDoc: (db) => updateDoc(doc(db, 'settings/legal'), { termsUrl: 'https://agora.example/terms' }),
  delete: (db) => deleteDoc(doc(db, 'settings/legal')),
  deleteOrganization: (db) => deleteDoc(doc(db, 'settings/organization')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:                      { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  list:                     { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  create:                   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  update:                   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateUnknownKey:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateInvalidVoucherMode: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateLegalEntityToText:  { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateOtherDoc:           { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  delete:                   { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: true  },
  deleteOrganization:       { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('settings/{doc}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });

  describe('first set-up, when settings/organization does not exist yet', () => {
    it('not even an admin creates it from a browser; the same write works with the rules off', async () => {
      await rules.withoutRules((db) => deleteDoc(doc(db, 'settings/organization')));
      await expectAccess(false, setDoc(doc(rules.as('admin'), 'settings/organization'), organization));
      await expect(
        rules.withoutRules((db) => setDoc(doc(db, 'settings/organization'), organization)),
      ).resolves.toBeUndefined();
    });

    it('an admin creates another settings document (its allowed twin)', async () => {
      await expectAccess(true, setDoc(doc(rules.as('admin'), 'settings/home'), { headline: 'Bienvenue' }));
    });
  });
});
