// wallets/{uid}/ledger/{entryId}: the member, admins and assistants read the entries; no client
// writes. Every member's entries at once (a collection-group query, the staff list of credit
// movements) are for admins and assistants only.
import { describe, expect, it } from 'vitest';
import {
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  orderBy,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

function entry(uid: string, ref: string, delta: number, balanceAfter: number) {
  return {
    delta,
    balanceAfter,
    kind: 'purchase',
    ref,
    actor: uid,
    createdAt: new Date('2026-11-01T10:00:00Z'),
  };
}

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'wallets/alice'), { balance: 10, updatedAt: new Date('2026-11-01T10:00:00Z') });
  await setDoc(doc(db, 'wallets/alice/ledger/order_o1'), entry('alice', 'orders/o1', 10, 10));
  await setDoc(doc(db, 'wallets/bob/ledger/order_o2'), entry('bob', 'orders/o2', 5, 5));
});

const ops = {
  get: (db) => readExisting(doc(db, 'wallets/alice/ledger/order_o1')),
  list: (db) => readMatching(collection(db, 'wallets/alice/ledger'), 1),
  listByKind: (db) =>
    readMatching(query(collection(db, 'wallets/alice/ledger'), where('kind', '==', 'purchase')), 1),
  listAllMembers: (db) => readMatching(collectionGroup(db, 'ledger'), 2),
  listAllByKindNewestFirst: (db) =>
    readMatching(
      query(collectionGroup(db, 'ledger'), where('kind', '==', 'purchase'), orderBy('createdAt', 'desc')),
      2,
    ),
  create: (db) => setDoc(doc(db, 'wallets/alice/ledger/adjustment_1'), entry('alice', 'manual', 50, 60)),
  update: (db) => updateDoc(doc(db, 'wallets/alice/ledger/order_o1'), { delta: 500, balanceAfter: 500 }),
  delete: (db) => deleteDoc(doc(db, 'wallets/alice/ledger/order_o1')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  get:            { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  list:           { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  listByKind:     { anonymous: false, member: true,  other: false, moderator: false, assistant: true,  admin: true  },
  listAllMembers: { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listAllByKindNewestFirst:
                  { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  create:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  update:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('wallets/{uid}/ledger/{entryId}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  // Rows denied to everyone: the same operation works with the rules off, so the denial is theirs.
  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
