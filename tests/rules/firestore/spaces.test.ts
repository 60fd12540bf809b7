// Coworking spaces (SPACE-1..3): resources are public when active (the catalogue) and all of them
// readable by admins and assistants; capacity documents spaceDays/{resourceId_localDate} name no
// member and are read by any signed-in user (availability); spaceBlocks (who blocked and why) are
// read by admins and assistants. No client writes anywhere: saveResource, bookSpace, blockSpace
// and the photo upload own them, so nobody can free a seat or hide a block from a browser.
import { describe, expect, it } from 'vitest';
import { collection, deleteDoc, doc, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { useRulesEnvironment } from '../env.ts';
import { cases, deniedToEveryone, expectAccess, readExisting, readMatching } from '../matrix.ts';
import type { Matrix, Operation } from '../matrix.ts';

const hours = { open: '09:00', close: '18:00' };
function room(active: boolean) {
  return {
    name: active ? 'Salle Voltaire' : 'Salle en travaux',
    kind: 'meeting-room',
    capacity: 6,
    amenities: ['Écran'],
    openingHours: { '0': [], '1': [hours], '2': [hours], '3': [hours], '4': [hours], '5': [hours], '6': [] },
    closedDates: [],
    slotMinutes: 60,
    bufferMinutes: 0,
    minNoticeMinutes: 0,
    bookingWindowDays: 60,
    creditCost: 2,
    includedInPlan: false,
    active,
    photos: [],
  };
}
const day = {
  resourceId: 'voltaire',
  localDate: '2026-12-01',
  holds: { space_req_abc12345: { start: 1_764_576_000_000, end: 1_764_583_200_000, seats: 2 } },
  blocks: {},
};
const block = {
  resourceId: 'voltaire',
  start: new Date('2026-12-01T16:00:00Z'),
  end: new Date('2026-12-01T17:00:00Z'),
  reason: 'maintenance',
  note: 'Remplacement du vidéoprojecteur',
  days: ['2026-12-01'],
  status: 'active',
  createdBy: 'assistant',
  createdAt: new Date('2026-11-20T10:00:00Z'),
};

const rules = useRulesEnvironment(async (db) => {
  await setDoc(doc(db, 'resources/voltaire'), room(true));
  await setDoc(doc(db, 'resources/travaux'), room(false));
  await setDoc(doc(db, 'spaceDays/voltaire_2026-12-01'), day);
  await setDoc(doc(db, 'spaceBlocks/b1'), block);
});

const ops = {
  getActive: (db) => readExisting(doc(db, 'resources/voltaire')),
  getInactive: (db) => readExisting(doc(db, 'resources/travaux')),
  listActive: (db) => readMatching(query(collection(db, 'resources'), where('active', '==', true)), 1),
  listAll: (db) => readMatching(collection(db, 'resources'), 2),
  createResource: (db) => setDoc(doc(db, 'resources/new'), room(true)),
  updateResource: (db) => updateDoc(doc(db, 'resources/voltaire'), { capacity: 60 }),
  deleteResource: (db) => deleteDoc(doc(db, 'resources/voltaire')),
  getDay: (db) => readExisting(doc(db, 'spaceDays/voltaire_2026-12-01')),
  listDays: (db) =>
    readMatching(
      query(
        collection(db, 'spaceDays'),
        where('resourceId', '==', 'voltaire'),
        where('localDate', '>=', '2026-11-30'),
        where('localDate', '<=', '2026-12-02'),
      ),
      1,
    ),
  freeSeats: (db) => updateDoc(doc(db, 'spaceDays/voltaire_2026-12-01'), { holds: {} }),
  takeSeats: (db) => setDoc(doc(db, 'spaceDays/voltaire_2026-12-02'), { ...day, localDate: '2026-12-02' }),
  getBlock: (db) => readExisting(doc(db, 'spaceBlocks/b1')),
  listBlocks: (db) => readMatching(collection(db, 'spaceBlocks'), 1),
  removeBlock: (db) => updateDoc(doc(db, 'spaceBlocks/b1'), { status: 'removed' }),
  createBlock: (db) => setDoc(doc(db, 'spaceBlocks/b2'), block),
} satisfies Record<string, Operation>;

// prettier-ignore
const matrix: Matrix<keyof typeof ops> = {
  getActive:      { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  getInactive:    { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listActive:     { anonymous: true,  member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  listAll:        { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  createResource: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  updateResource: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  deleteResource: { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  getDay:         { anonymous: false, member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  listDays:       { anonymous: false, member: true,  other: true,  moderator: true,  assistant: true,  admin: true  },
  freeSeats:      { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  takeSeats:      { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  getBlock:       { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  listBlocks:     { anonymous: false, member: false, other: false, moderator: false, assistant: true,  admin: true  },
  removeBlock:    { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
  createBlock:    { anonymous: false, member: false, other: false, moderator: false, assistant: false, admin: false },
};

describe('resources, spaceDays, spaceBlocks', () => {
  it.each(cases(matrix))('$who: $op is $verdict', async ({ op, actor, allowed }) => {
    await expectAccess(allowed, ops[op](rules.as(actor)));
  });

  it.each(deniedToEveryone(matrix))('control: %s succeeds with the rules off', async (op) => {
    await expect(rules.withoutRules(ops[op])).resolves.toBeUndefined();
  });
});
