// Credits in and out for money received (CR-3, CR-4, PAY-4). A grant writes the ledger entry and a
// `payments/{paymentIntentId}` record of what the payment bought; a refund or dispute on that
// payment later takes back the matching credits, never more than the member still has: the rest is
// flagged to staff. Two steps each, because a Firestore transaction reads everything first.
import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import { creditsToReverse, paymentDocSchema, type LedgerKind, type PaymentDoc } from '@agora/domain';
import { db } from '../lib/admin.ts';
import { readWallet, writeLedgerEntry, type WalletState } from '../credits/ledger.ts';
import { writePaymentAlert } from './webhookEvents.ts';

export const paymentRef = (paymentIntentId: string) => db().collection('payments').doc(paymentIntentId);

export interface GrantInput {
  uid: string;
  orderId: string;
  credits: number;
  amountCents: number;
  /** `order_<orderId>` for a pack, `invoice_<invoiceId>` for a subscription period. */
  entryId: string;
  kind: Extract<LedgerKind, 'purchase' | 'subscription'>;
  ref: string;
  paymentIntentId: string | null;
  invoiceId?: string;
}

export interface GrantPlan {
  input: GrantInput;
  wallet: WalletState;
  paymentExists: boolean;
}

export async function readGrant(tx: Transaction, input: GrantInput): Promise<GrantPlan> {
  const wallet = await readWallet(tx, input.uid, input.entryId);
  const paymentExists = input.paymentIntentId
    ? (await tx.get(paymentRef(input.paymentIntentId))).exists
    : false;
  return { input, wallet, paymentExists };
}

/** Writes the entry and the payment record; a grant already applied writes nothing. */
export function writeGrant(tx: Transaction, plan: GrantPlan): { applied: boolean } {
  const { input, wallet } = plan;
  if (wallet.alreadyApplied) return { applied: false };
  writeLedgerEntry(tx, wallet, {
    uid: input.uid,
    entryId: input.entryId,
    delta: input.credits,
    kind: input.kind,
    ref: input.ref,
    actor: 'system',
  });
  if (input.paymentIntentId && !plan.paymentExists) {
    const now = FieldValue.serverTimestamp();
    tx.create(paymentRef(input.paymentIntentId), {
      uid: input.uid,
      orderId: input.orderId,
      ...(input.invoiceId === undefined ? {} : { invoiceId: input.invoiceId }),
      amountCents: input.amountCents,
      credits: input.credits,
      grantEntryId: input.entryId,
      refundedCents: 0,
      disputedCents: 0,
      reversedCredits: 0,
      unrecoveredCredits: 0,
      createdAt: now,
      updatedAt: now,
    });
  }
  return { applied: true };
}

export interface ReversalPlan {
  paymentIntentId: string;
  payment: PaymentDoc;
  wallet: WalletState;
  /** Credits the refund or dispute should take back in total, beyond what was already taken. */
  due: number;
  refundedCents: number;
  disputedCents: number;
}

/**
 * Reads what a refund (cumulative `refundedCents`, as Stripe reports it) or a dispute (adds
 * `disputedCents`) means for a payment. Null when the payment is not one of ours.
 */
export async function readReversal(
  tx: Transaction,
  paymentIntentId: string,
  entryId: string,
  change: { refundedCents?: number; addDisputedCents?: number },
): Promise<ReversalPlan | null> {
  const snapshot = await tx.get(paymentRef(paymentIntentId));
  if (!snapshot.exists) return null;
  const payment = paymentDocSchema.parse(snapshot.data());
  const refundedCents = Math.max(payment.refundedCents, change.refundedCents ?? 0);
  const disputedCents = payment.disputedCents + (change.addDisputedCents ?? 0);
  const due = creditsToReverse(payment, refundedCents + disputedCents);
  const wallet = await readWallet(tx, payment.uid, entryId);
  return { paymentIntentId, payment, wallet, due, refundedCents, disputedCents };
}

/**
 * Takes back what is due, capped at the balance; flags the rest to staff. Returns the credits taken
 * back. The payment record moves on even when nothing could be taken, so a later event does not
 * try again for the same amount.
 */
export function writeReversal(
  tx: Transaction,
  plan: ReversalPlan,
  entry: { entryId: string; ref: string; reason: string; eventId: string },
): number {
  if (plan.wallet.alreadyApplied) return 0;
  const taken = Math.min(plan.due, plan.wallet.balance);
  const missing = plan.due - taken;
  if (taken > 0) {
    writeLedgerEntry(tx, plan.wallet, {
      uid: plan.payment.uid,
      entryId: entry.entryId,
      delta: -taken,
      kind: 'reversal',
      ref: entry.ref,
      reason: entry.reason,
      actor: 'system',
    });
  }
  if (missing > 0) {
    writePaymentAlert(tx, {
      kind: 'refund-exceeds-balance',
      eventId: entry.eventId,
      uid: plan.payment.uid,
      orderId: plan.payment.orderId,
      missingCredits: missing,
      message: `${entry.reason} : ${missing} crédit(s) déjà utilisé(s) n’ont pas pu être repris (solde insuffisant).`,
    });
  }
  tx.update(paymentRef(plan.paymentIntentId), {
    refundedCents: plan.refundedCents,
    disputedCents: plan.disputedCents,
    reversedCredits: plan.payment.reversedCredits + plan.due,
    unrecoveredCredits: plan.payment.unrecoveredCredits + missing,
    updatedAt: FieldValue.serverTimestamp(),
  });
  return taken;
}
