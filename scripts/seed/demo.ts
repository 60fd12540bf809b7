// Seeds the emulators with the demo organisation and accounts. Idempotent: accounts have fixed
// uids and are updated in place, so it runs on every start, with or without persisted data.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore, Timestamp } from 'firebase-admin/firestore';
import {
  DEMO_PROJECT_ID,
  localDateOf,
  organizationSettingsSchema,
  productFieldsSchema,
  resourceFieldsSchema,
  withoutUndefined,
  roleFromClaims,
  wallTimeToInstant,
} from '@agora/domain';
import {
  DEMO_PASSWORD,
  demoAccounts,
  demoConsentVersion,
  demoOpeningBalances,
  demoOrganization,
  demoProducts,
  demoSessions,
  demoResources,
} from './demo-data.ts';

function assertEmulators(): void {
  for (const name of ['FIRESTORE_EMULATOR_HOST', 'FIREBASE_AUTH_EMULATOR_HOST']) {
    if (!process.env[name])
      throw new Error(`seed: ${name} is not set; the demo seed only runs against the emulators`);
  }
}

export async function seedDemo(projectId: string = DEMO_PROJECT_ID): Promise<void> {
  assertEmulators();
  const app = getApps()[0] ?? initializeApp({ projectId });
  const auth = getAuth(app);
  const db = getFirestore(app);

  await db.doc('settings/organization').set(organizationSettingsSchema.parse(demoOrganization));

  for (const account of demoAccounts) {
    const displayName = `${account.profile.firstName} ${account.profile.lastName}`;
    const props = { email: account.email, password: DEMO_PASSWORD, emailVerified: true, displayName };
    const existing = await auth.getUser(account.uid).catch(() => null);
    if (existing) await auth.updateUser(account.uid, props);
    else await auth.createUser({ uid: account.uid, ...props });
    // Merge, never overwrite, as setUserRole does.
    const claims = { ...(existing?.customClaims ?? {}) };
    if (account.role) claims.role = account.role;
    else delete claims.role;
    await auth.setCustomUserClaims(account.uid, claims);

    const ref = db.doc(`users/${account.uid}`);
    const snapshot = await ref.get();
    await ref.set(
      {
        ...account.profile,
        email: account.email,
        consent: {
          policyVersion: demoConsentVersion,
          accepted: true,
          acceptedAt: FieldValue.serverTimestamp(),
        },
        role: roleFromClaims(claims),
        createdAt: snapshot.exists ? snapshot.get('createdAt') : FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      },
      { merge: true },
    );
  }

  for (const { id, ...product } of demoProducts) {
    const ref = db.doc(`products/${id}`);
    // Kept as an admin left them when data persists: created once.
    if ((await ref.get()).exists) continue;
    const now = FieldValue.serverTimestamp();
    await ref.set({ ...productFieldsSchema.parse(product), createdAt: now, updatedAt: now });
  }

  for (const { id, daysFromNow, hour, hours, lmsUrl, ...session } of demoSessions) {
    const ref = db.doc(`sessions/${id}`);
    if ((await ref.get()).exists) continue;
    const startsAt = parisTime(daysFromNow, hour);
    const now = FieldValue.serverTimestamp();
    const batch = db.batch();
    batch.set(ref, {
      ...session,
      startsAt: Timestamp.fromDate(startsAt),
      endsAt: Timestamp.fromDate(new Date(startsAt.getTime() + hours * 3_600_000)),
      published: true,
      status: 'scheduled',
      seatsBooked: 0,
      waitlistCount: 0,
      createdAt: now,
      updatedAt: now,
    });
    batch.set(db.doc(`sessions/${id}/private/access`), { lmsUrl });
    await batch.commit();
  }

  for (const { id, ...resource } of demoResources) {
    const ref = db.doc(`resources/${id}`);
    if ((await ref.get()).exists) continue;
    const now = FieldValue.serverTimestamp();
    await ref.set({
      ...withoutUndefined(resourceFieldsSchema.parse(resource)),
      photos: [],
      createdAt: now,
      updatedAt: now,
    });
  }

  for (const [uid, balance] of Object.entries(demoOpeningBalances)) {
    // Same shape as any ledger change: one entry and the wallet, created together once.
    await db.runTransaction(async (tx) => {
      const wallet = db.doc(`wallets/${uid}`);
      if ((await tx.get(wallet)).exists) return;
      const now = FieldValue.serverTimestamp();
      tx.create(wallet.collection('ledger').doc('adjustment_demo-opening'), {
        delta: balance,
        balanceAfter: balance,
        kind: 'adjustment',
        ref: 'adjustment/demo-opening',
        reason: 'Solde d’ouverture (démo)',
        actor: 'system',
        createdAt: now,
      });
      tx.create(wallet, { balance, updatedAt: now });
    });
  }
  console.error(
    `agora: demo seed applied (${demoAccounts.length} accounts, settings/organization, ${demoProducts.length} products, ${demoSessions.length} sessions, ${demoResources.length} resources)`,
  );
}

/** `hour`:00 in Paris, `days` from today (DST-correct: the domain's wall-time conversion). */
function parisTime(days: number, hour: number): Date {
  const day = localDateOf(Date.now() + days * 86_400_000, 'Europe/Paris');
  return new Date(wallTimeToInstant(day, hour * 60, 'Europe/Paris', 'earliest'));
}
