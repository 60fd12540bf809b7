// `resendMessage`: staff send a message again (a member lost it, or it failed). The original
// stays as it was, for the record; the copy is a new message `<originalId>~r<k>`, rendered again
// with today's branding, and the request is written to the audit log.
import type { Transaction } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import {
  MAX_RESENDS,
  mailMessageSchema,
  resendId,
  resendMessageInputSchema,
  smsMessageSchema,
  type OutboxChannel,
} from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { callable } from '../lib/callable.ts';
import { writeAuditLog } from '../lib/auditLog.ts';
import { callableError } from '../lib/errors.ts';
import { pendingFields, smsRecipient } from './outbox.ts';

export const handleResendMessage = callable(
  { input: resendMessageInputSchema, requireVerifiedEmail: true, roles: ['admin', 'assistant'] },
  async ({ channel, id }, caller): Promise<{ id: string }> => {
    const outbox = db().collection(channel);
    const newId = await db().runTransaction(async (tx) => {
      const original = await tx.get(outbox.doc(id));
      if (!original.exists) {
        throw callableError('not-found', 'Ce message n’existe pas ou a été supprimé.');
      }
      const copy = messageToCopy(channel, original.data());
      if (channel === 'sms' && copy.uid !== undefined) await requireSmsOptIn(tx, copy.uid);
      const target = await firstFreeResendId(tx, channel, id);
      tx.create(outbox.doc(target), { ...copy, resendOf: id, requestedBy: caller.uid, ...pendingFields() });
      writeAuditLog(tx, {
        actor: caller.uid,
        action: 'message.resend',
        target: `${channel}/${id}`,
        after: `${channel}/${target}`,
      });
      return target;
    });
    return { id: newId };
  },
);

export const resendMessage = onCall(callableOptions, handleResendMessage);

/** What a resend copies: recipient, template, locale, data and attachments; never its history. */
function messageToCopy(channel: OutboxChannel, document: unknown) {
  const parsed = (channel === 'mail' ? mailMessageSchema : smsMessageSchema).safeParse(document);
  if (!parsed.success) {
    throw callableError(
      'failed-precondition',
      'Ce message est incomplet ou d’un ancien format : il ne peut pas être renvoyé.',
    );
  }
  const {
    delivery: _delivery,
    rendered: _rendered,
    createdAt: _createdAt,
    resendOf: _of,
    requestedBy: _by,
    ...copy
  } = parsed.data;
  return copy;
}

async function requireSmsOptIn(tx: Transaction, uid: string): Promise<void> {
  const profile = await tx.get(db().collection('users').doc(uid));
  if (smsRecipient(profile.data()) === null) {
    throw callableError(
      'failed-precondition',
      'Ce membre n’accepte plus les SMS : le message ne peut pas être renvoyé par SMS.',
      { reason: 'forbidden' },
    );
  }
}

/** `<root>~r1`, `~r2`...: the first that does not exist yet, read inside the transaction. */
async function firstFreeResendId(tx: Transaction, channel: OutboxChannel, id: string): Promise<string> {
  for (let k = 1; k <= MAX_RESENDS; k++) {
    const candidate = resendId(id, k);
    if (!(await tx.get(db().collection(channel).doc(candidate))).exists) return candidate;
  }
  throw callableError(
    'resource-exhausted',
    `Ce message a déjà été renvoyé ${MAX_RESENDS} fois : vérifiez l’adresse du destinataire avant de réessayer.`,
  );
}
