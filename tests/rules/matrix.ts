// Role-matrix tables: one row per operation, one boolean per actor, expanded into it.each cases so
// every denied cell runs next to its allowed twin.
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import type { DocumentReference, Firestore, Query } from 'firebase/firestore';
import { getDoc, getDocs } from 'firebase/firestore';
import { ACTORS, LABEL, type Actor } from './roles.ts';

/** One client operation against the seeded data, run as whichever actor's Firestore it is given. */
export type Operation = (db: Firestore) => Promise<unknown>;

export type Row = Record<Actor, boolean>;
export type Matrix<Op extends string> = Record<Op, Row>;

export interface Case<Op extends string> {
  op: Op;
  actor: Actor;
  who: string;
  allowed: boolean;
  verdict: 'allowed' | 'denied';
}

export function cases<Op extends string>(matrix: Matrix<Op>): Case<Op>[] {
  return (Object.keys(matrix) as Op[]).flatMap((op) =>
    ACTORS.map((actor) => {
      const allowed = matrix[op][actor];
      return { op, actor, who: LABEL[actor], allowed, verdict: allowed ? 'allowed' : 'denied' } as const;
    }),
  );
}

/**
 * Rows no actor may perform. Each needs a control showing the same operation succeeds with the rules
 * off; otherwise a broken operation (bad path, missing seed) would pass as "denied".
 */
export function deniedToEveryone<Op extends string>(matrix: Matrix<Op>): Op[] {
  return (Object.keys(matrix) as Op[]).filter((op) => ACTORS.every((actor) => !matrix[op][actor]));
}

export async function expectAccess(allowed: boolean, attempt: Promise<unknown>): Promise<void> {
  if (allowed) await assertSucceeds(attempt);
  else await assertFails(attempt);
}

/** Reads the seeded document and fails unless it exists, so an allowed read of the wrong path cannot pass. */
export async function readExisting(ref: DocumentReference): Promise<void> {
  const snapshot = await getDoc(ref);
  if (!snapshot.exists()) throw new Error(`${ref.path} was read but does not exist: check the seed.`);
}

/** Runs the query and fails unless it returns exactly the expected number of seeded documents. */
export async function readMatching(query: Query, expected: number): Promise<void> {
  const snapshot = await getDocs(query);
  if (snapshot.size !== expected) {
    throw new Error(`The query returned ${snapshot.size} documents, expected ${expected}: check the seed.`);
  }
}
