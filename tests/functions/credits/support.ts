// Seeds and reads wallets the way the credits tests need them.
import { Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import { testDb } from '../support/emulators.ts';

export const walletDoc = (uid: string) => testDb.collection('wallets').doc(uid);
export const ledger = (uid: string) => walletDoc(uid).collection('ledger');

/** A member's account document, which `adjustCredits` requires. */
export async function createMember(uid: string): Promise<void> {
  await testDb
    .collection('users')
    .doc(uid)
    .set({ firstName: 'Membre', lastName: uid, email: `${uid}@example.fr` });
}

/** Gives a member a balance the way a purchase would: one entry and the wallet. */
export async function seedBalance(uid: string, balance: number): Promise<void> {
  const createdAt = Timestamp.now();
  const batch = testDb.batch();
  batch.create(ledger(uid).doc('order_seed'), {
    delta: balance,
    balanceAfter: balance,
    kind: 'purchase',
    ref: 'orders/seed',
    actor: 'system',
    createdAt,
  });
  batch.create(walletDoc(uid), { balance, updatedAt: createdAt });
  await batch.commit();
}

export async function balanceOf(uid: string): Promise<number | undefined> {
  return (await walletDoc(uid).get()).get('balance') as number | undefined;
}

/** Ledger entries by id, with their server-side create and update times. */
export async function ledgerSnapshots(uid: string): Promise<Map<string, DocumentSnapshot>> {
  return new Map((await ledger(uid).get()).docs.map((doc) => [doc.id, doc]));
}
