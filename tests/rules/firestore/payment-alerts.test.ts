// paymentAlerts/{id}: what staff must look at after a Stripe event (a refund larger than the
// remaining balance, an amount that does not match its order). Admins and assistants read them and
// mark them resolved, or open again; nothing else changes from a client (the webhook writes them).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, deleteField, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const refundAlert = {
  kind: 'refund-exceeds-balance',
  uid: 'alice',
  orderId: 'o1',
  eventId: 'evt_1',
  missingCredits: 4,
  message: 'Refund of order o1: 4 credits already spent.',
  resolved: false,
  createdAt: new Date('2026-11-01T10:00:00Z'),
};

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'paymentAlerts/a1'), refundAlert);
  await setDoc(doc(db, 'paymentAlerts/a2'), {
    kind: 'unknown-order',
    eventId: 'evt_2',
    message: 'checkout.session.completed for an unknown order.',
    resolved: true,
    createdAt: new Date('2026-11-02T10:00:00Z'),
  });
});

const ops = {
  get: (db) => readExisting(doc(db, 'paymentAlerts/a1')),
  listOpen: (db) => readMatching(query(collection(db, 'paymentAlerts'), where('resolved', '==', false)), 1),
  listAll: (db) => readMatching(collection(db, 'paymentAlerts'), 2),
  create: (db) => setDoc(doc(db, 'paymentAlerts/a3'), { ...refundAlert, eventId: 'evt_3' }),
  resolve: (db) => updateDoc(doc(db, 'paymentAlerts/a1'), { resolved: true }),
  reopen: (db) => updateDoc(doc(db, 'paymentAlerts/a2'), { resolved: false }),
  resolveAsText: (db) => updateDoc(doc(db, 'paymentAlerts/a1'), { resolved: 'yes' }),
  resolveAndEditMessage: (db) =>
    updateDoc(doc(db, 'paymentAlerts/a1'), { resolved: true, message: 'Nothing to see.' }),
  resolveAndAddNote: (db) => updateDoc(doc(db, 'paymentAlerts/a1'), { resolved: true, note: 'called' }),
  updateOtherField: (db) => updateDoc(doc(db, 'paymentAlerts/a1'), { missingCredits: 0 }),
  removeResolved: (db) => updateDoc(doc(db, 'paymentAlerts/a1'), { resolved: deleteField() }),
  delete: (db) => deleteDoc(doc(db, 'paymentAlerts/a2')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:                   { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listOpen:              { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listAll:               { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  create:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  resolve:               { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  reopen:                { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  resolveAsText:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  resolveAndEditMessage: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  resolveAndAddNote:     { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateOtherField:      { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  removeResolved:        { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:                { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('paymentAlerts/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
