// Sessions, members and balances as the booking tests need them. Import after ../support/emulators.ts.
import { Timestamp } from 'firebase-admin/firestore';
import { testDb } from '../support/emulators.ts';
import { COMPLETE_PROFILE } from '../payments/support.ts';
import { signedIn } from '../support/callables.ts';

const HOUR = 3_600_000;

export async function createSession(
  id: string,
  fields: Partial<{
    capacity: number;
    creditCost: number;
    startsAt: Date;
    published: boolean;
    status: string;
    seatsBooked: number;
    lmsUrl: string;
  }> = {},
): Promise<void> {
  const startsAt = fields.startsAt ?? new Date(Date.now() + 72 * HOUR);
  const batch = testDb.batch();
  batch.set(testDb.collection('sessions').doc(id), {
    title: `Formation ${id}`,
    topic: 'Bureautique',
    trainer: 'Claire Dubois',
    startsAt: Timestamp.fromDate(startsAt),
    endsAt: Timestamp.fromDate(new Date(startsAt.getTime() + 3 * HOUR)),
    mode: 'online',
    capacity: fields.capacity ?? 10,
    creditCost: fields.creditCost ?? 1,
    published: fields.published ?? true,
    status: fields.status ?? 'scheduled',
    seatsBooked: fields.seatsBooked ?? 0,
    waitlistCount: 0,
    createdAt: Timestamp.now(),
    updatedAt: Timestamp.now(),
  });
  if (fields.lmsUrl !== undefined) {
    batch.set(testDb.doc(`sessions/${id}/private/access`), { lmsUrl: fields.lmsUrl });
  }
  await batch.commit();
}

/** Members with a complete profile and a balance (one opening ledger entry), in batches. */
export async function createMembers(uids: readonly string[], balance: number): Promise<void> {
  for (let start = 0; start < uids.length; start += 100) {
    const batch = testDb.batch();
    for (const uid of uids.slice(start, start + 100)) {
      batch.set(testDb.collection('users').doc(uid), {
        ...COMPLETE_PROFILE,
        firstName: 'Membre',
        lastName: uid,
        email: `${uid}@example.fr`,
      });
      if (balance > 0) {
        const createdAt = Timestamp.now();
        batch.set(testDb.doc(`wallets/${uid}/ledger/adjustment_opening`), {
          delta: balance,
          balanceAfter: balance,
          kind: 'adjustment',
          ref: 'adjustment/opening',
          actor: 'system',
          createdAt,
        });
        batch.set(testDb.doc(`wallets/${uid}`), { balance, updatedAt: createdAt });
      }
    }
    await batch.commit();
  }
}

export const member = (uid: string) => signedIn(uid, { email: `${uid}@example.fr`, email_verified: true });
export const assistant = signedIn('assistant-1', {
  email: 'assistant-1@example.fr',
  email_verified: true,
  role: 'assistant',
});

export async function sessionData(id: string) {
  return (await testDb.collection('sessions').doc(id).get()).data();
}

export async function confirmedBookings(sessionId: string): Promise<string[]> {
  const snapshot = await testDb
    .collection('bookings')
    .where('sessionId', '==', sessionId)
    .where('status', '==', 'confirmed')
    .get();
  return snapshot.docs.map((doc) => doc.get('uid') as string).sort();
}

export async function bookingDebits(sessionId: string): Promise<number> {
  const snapshot = await testDb.collectionGroup('ledger').where('kind', '==', 'booking').get();
  return snapshot.docs.filter((doc) => (doc.get('ref') as string).includes(`session_${sessionId}_`)).length;
}

export interface StoredMail {
  id: string;
  data?: Record<string, unknown>;
  attachments?: { filename: string; contentType: string; content?: string }[];
  [field: string]: unknown;
}

export async function mailsFor(uid: string): Promise<StoredMail[]> {
  const snapshot = await testDb.collection('mail').where('uid', '==', uid).get();
  return snapshot.docs.map((doc) => ({ id: doc.id, ...doc.data() }));
}
