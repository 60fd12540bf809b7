// `adjustCredits` (contract, CR-7): staff add or remove credits for one or many members, with a
// mandatory reason. One transaction for all of them: if one balance would go negative, nobody's
// changes. The client's `requestId` makes the entry ids deterministic, so a double click or a
// retried call is applied once.
import { onCall } from 'firebase-functions/v2/https';
import { adjustCreditsInputSchema, type AdjustCreditsResult } from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { writeAuditLog } from '../lib/auditLog.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import {
  balanceAfter,
  insufficientCredits,
  readWallet,
  runLedgerTransaction,
  writeLedgerEntry,
} from './ledger.ts';

/** The ledger entry id of one member's share of an adjustment. */
export const adjustmentEntryId = (requestId: string, uid: string) => `adjustment_${requestId}_${uid}`;

export const handleAdjustCredits = callable(
  { input: adjustCreditsInputSchema, requireVerifiedEmail: true, roles: ['admin', 'assistant'] },
  async ({ uids, delta, reason, requestId }, caller): Promise<AdjustCreditsResult> =>
    runLedgerTransaction(async (tx) => {
      // Every read first: the members' accounts, then their wallets and entries.
      const users = await tx.getAll(...uids.map((uid) => db().collection('users').doc(uid)));
      const unknown = uids.filter((_, index) => users[index]?.exists !== true);
      if (unknown.length > 0) {
        throw callableError(
          'not-found',
          `Compte introuvable : ${unknown.join(', ')}. Aucun solde n’a été modifié.`,
        );
      }
      const states = await Promise.all(
        uids.map((uid) => readWallet(tx, uid, adjustmentEntryId(requestId, uid))),
      );

      const short = states.filter((state) => balanceAfter(state, delta) === null).map((state) => state.uid);
      if (short.length > 0) throw insufficientCredits(short);

      const balances: Record<string, number> = {};
      for (const state of states) {
        const balance = writeLedgerEntry(tx, state, {
          uid: state.uid,
          entryId: state.entryId,
          delta,
          kind: 'adjustment',
          ref: `adjustment/${requestId}`,
          reason,
          actor: caller.uid,
        });
        balances[state.uid] = balance;
        if (!state.alreadyApplied) {
          writeAuditLog(tx, {
            actor: caller.uid,
            action: 'credits.adjust',
            target: state.uid,
            reason,
            before: state.balance,
            after: balance,
          });
        }
      }
      return { balances };
    }),
);

export const adjustCredits = onCall(callableOptions, handleAdjustCredits);
