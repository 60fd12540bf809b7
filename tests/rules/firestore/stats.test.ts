// stats/{id}: dashboard aggregates, money included (ADM-1): admins and assistants read; moderators,
// members and visitors do not; nobody writes from a browser (rebuildStats, refreshStats do).
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, setDoc, updateDoc } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'stats/day-2026-11-20'), { period: '2026-11-20', signups: 3, revenueCents: 9000 });
  await setDoc(doc(db, 'stats/current'), { members: 120, activeSubscriptions: 14, computedAt: new Date() });
});

const ops = {
  getDay: (db) => readExisting(doc(db, 'stats/day-2026-11-20')),
  getCurrent: (db) => readExisting(doc(db, 'stats/current')),
  list: (db) => readMatching(collection(db, 'stats'), 2),
  inflateRevenue: (db) => updateDoc(doc(db, 'stats/day-2026-11-20'), { revenueCents: 1_000_000 }),
  create: (db) => setDoc(doc(db, 'stats/day-2026-11-21'), { period: '2026-11-21', signups: 1 }),
  delete: (db) => deleteDoc(doc(db, 'stats/current')),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  getDay:         { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  getCurrent:     { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  list:           { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  inflateRevenue: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  create:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  delete:         { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('stats/{id}', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
