// The actors of the role matrix (ACC-3) and the Firestore each of them sees: a visitor, two members
// (alice owns the seeded data, bob does not) and one user per staff role, all with verified emails.
import type { RulesTestContext, RulesTestEnvironment } from '@firebase/rules-unit-testing';
import type { Firestore } from 'firebase/firestore';

export const ACTORS = ['anonymous', 'member', 'other', 'moderator', 'assistant', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];
export type SignedInActor = Exclude<Actor, 'anonymous'>;

/** The uid each signed-in actor signs in with; seeded member data belongs to `member` (alice). */
export const UID: Record<SignedInActor, string> = {
  member: 'alice',
  other: 'bob',
  moderator: 'mona',
  assistant: 'sam',
  admin: 'ada',
};

/** The `role` custom claim of each actor; members carry none. */
const ROLE: Record<SignedInActor, 'admin' | 'assistant' | 'moderator' | undefined> = {
  member: undefined,
  other: undefined,
  moderator: 'moderator',
  assistant: 'assistant',
  admin: 'admin',
};

/** How an actor is named in test titles. */
export const LABEL: Record<Actor, string> = {
  anonymous: 'anonymous visitor',
  member: 'member alice (owner)',
  other: 'other member bob',
  moderator: 'moderator',
  assistant: 'assistant',
  admin: 'admin',
};

export function contextFor(env: RulesTestEnvironment, actor: Actor): RulesTestContext {
  if (actor === 'anonymous') return env.unauthenticatedContext();
  const uid = UID[actor];
  const role = ROLE[actor];
  return env.authenticatedContext(uid, {
    email: `${uid}@example.test`,
    email_verified: true,
    ...(role ? { role } : {}),
  });
}

/**
 * The test library hands out the compat Firestore; the modular functions accept it (they unwrap it
 * at run time) but its type lacks two members of the modular class, hence the one cast.
 */
export function modularFirestore(context: RulesTestContext): Firestore {
  return context.firestore() as unknown as Firestore;
}

export function firestoreAs(env: RulesTestEnvironment, actor: Actor): Firestore {
  return modularFirestore(contextFor(env, actor));
}
