// The wallet ledger (CR-5..7): the only code that changes a balance. Each change is a ledger entry
// with a deterministic id (its idempotency key) written in the same transaction as the new balance,
// so the balance is always the sum of the entries, never negative, and a replay changes nothing.
// Firestore transactions need every read before the first write, hence two steps: read the state
// of every wallet a transaction touches, then write the entries.
import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import { nextBalance, type ErrorDetails, type LedgerKind } from '@agora/domain';
import { db } from '../lib/admin.ts';
import { callableError } from '../lib/errors.ts';

/** What a caller knows of a change before it is applied. */
export interface LedgerEntryInput {
  uid: string;
  /** Deterministic id, e.g. `order_<orderId>`, `booking_<bookingId>`, `adjustment_<requestId>_<uid>`. */
  entryId: string;
  delta: number;
  kind: LedgerKind;
  /** What the entry comes from, e.g. `orders/<orderId>`. */
  ref: string;
  reason?: string;
  /** Uid of whoever caused the change, or `system`. */
  actor: string;
}

/** A wallet as read inside a transaction, before any write. */
export interface WalletState {
  uid: string;
  entryId: string;
  /** Current balance; 0 when the wallet does not exist yet. */
  balance: number;
  walletExists: boolean;
  /** The entry already exists: applying it again must change nothing. */
  alreadyApplied: boolean;
}

/** An `insufficient-credits` error also says whose balance was too low. */
export interface InsufficientCreditsDetails extends ErrorDetails {
  reason: 'insufficient-credits';
  uids: string[];
}

export const walletRef = (uid: string) => db().collection('wallets').doc(uid);
export const ledgerRef = (uid: string, entryId: string) => walletRef(uid).collection('ledger').doc(entryId);

/** Step 1: reads the wallet and whether the entry exists (both locked until the transaction ends). */
export async function readWallet(tx: Transaction, uid: string, entryId: string): Promise<WalletState> {
  const [wallet, entry] = await tx.getAll(walletRef(uid), ledgerRef(uid, entryId));
  const balance: unknown = wallet?.get('balance');
  return {
    uid,
    entryId,
    balance: wallet?.exists === true && typeof balance === 'number' ? balance : 0,
    walletExists: wallet?.exists === true,
    alreadyApplied: entry?.exists === true,
  };
}

/** The balance an entry leads to from this state: unchanged for a replay, null when too low. */
export function balanceAfter(state: WalletState, delta: number): number | null {
  if (state.alreadyApplied) return state.balance;
  const next = nextBalance(state.balance, delta);
  return next.ok ? next.balance : null;
}

export function insufficientCredits(uids: readonly string[]): Error {
  const details: InsufficientCreditsDetails = { reason: 'insufficient-credits', uids: [...uids] };
  return callableError(
    'failed-precondition',
    uids.length === 1
      ? `Crédits insuffisants pour le compte ${uids[0]} : aucun solde n’a été modifié.`
      : `Crédits insuffisants pour les comptes ${uids.join(', ')} : aucun solde n’a été modifié.`,
    details,
  );
}

/**
 * Step 2: writes the entry and the new balance, after every read of the transaction. Returns the
 * balance after it; a replay writes nothing and returns the current balance; a debit larger than
 * the balance throws `insufficient-credits` before writing anything.
 */
export function writeLedgerEntry(tx: Transaction, state: WalletState, entry: LedgerEntryInput): number {
  if (state.uid !== entry.uid || state.entryId !== entry.entryId) {
    throw new Error(`wallet state read for ${state.uid}/${state.entryId}, not ${entry.uid}/${entry.entryId}`);
  }
  if (!Number.isSafeInteger(entry.delta) || entry.delta === 0) {
    throw new RangeError(`ledger delta must be a non-zero integer, got ${entry.delta}`);
  }
  if (state.alreadyApplied) return state.balance;
  const balance = balanceAfter(state, entry.delta);
  if (balance === null) throw insufficientCredits([entry.uid]);

  const now = FieldValue.serverTimestamp();
  tx.create(ledgerRef(entry.uid, entry.entryId), {
    delta: entry.delta,
    balanceAfter: balance,
    kind: entry.kind,
    ref: entry.ref,
    ...(entry.reason === undefined ? {} : { reason: entry.reason }),
    actor: entry.actor,
    createdAt: now,
  });
  if (state.walletExists) tx.update(walletRef(entry.uid), { balance, updatedAt: now });
  else tx.create(walletRef(entry.uid), { balance, updatedAt: now });
  return balance;
}

/** Both steps, for a transaction that changes one wallet and reads nothing else after. */
export async function applyLedgerEntry(
  tx: Transaction,
  entry: LedgerEntryInput,
): Promise<{ balance: number; applied: boolean }> {
  const state = await readWallet(tx, entry.uid, entry.entryId);
  return { balance: writeLedgerEntry(tx, state, entry), applied: !state.alreadyApplied };
}

/**
 * Runs a money transaction. Wallets are hot documents (a member booking while staff adjust); more
 * attempts than the SDK's default 5 let contended transactions finish instead of failing.
 */
export function runLedgerTransaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return db().runTransaction(fn, { maxAttempts: 25 });
}
