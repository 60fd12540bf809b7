// `joinWaitlist` / `leaveWaitlist` (issue 5 item 7): a member waits for a seat of a full session.
// `sessions/{id}/waitlist/{uid}` keeps the order (joinedAt, server time); `waitlistCount` on the
// session lets the catalogue show the line without reading it. A freed seat is handed out by
// cancelBooking.
import { onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { isBookable, waitlistInputSchema } from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { readRecipient } from './recipient.ts';
import { alreadyBooked, readSeat } from './seatBooking.ts';
import { notBookable } from './bookSession.ts';
import { parseSession, sessionRef, waitlistRef } from './sessionStore.ts';

export const handleJoinWaitlist = callable(
  { input: waitlistInputSchema, requireVerifiedEmail: true },
  async ({ sessionId }, caller): Promise<{ position: number }> => {
    await readRecipient(caller.uid);
    const entry = waitlistRef(sessionId).doc(caller.uid);
    await db().runTransaction(async (tx) => {
      const [sessionSnapshot, existing] = await tx.getAll(sessionRef(sessionId), entry);
      if (!sessionSnapshot?.exists) throw notBookable('Formation introuvable.');
      const session = parseSession(sessionId, sessionSnapshot.data());
      if (!isBookable(session.data, new Date())) throw notBookable();
      const seat = await readSeat(tx, sessionId, caller.uid);
      if (alreadyBooked(seat)) {
        throw callableError('already-exists', 'Vous êtes déjà inscrit(e) à cette formation.', {
          reason: 'already-booked',
        });
      }
      if (session.data.seatsBooked < session.data.capacity) {
        throw callableError('failed-precondition', 'Il reste des places : réservez directement.', {
          reason: 'not-bookable',
        });
      }
      if (existing?.exists) return;
      tx.create(entry, { uid: caller.uid, joinedAt: FieldValue.serverTimestamp() });
      tx.update(sessionRef(sessionId), { waitlistCount: session.data.waitlistCount + 1 });
    });
    const joinedAt = (await entry.get()).get('joinedAt') as FirebaseFirestore.Timestamp;
    const ahead = await waitlistRef(sessionId).where('joinedAt', '<', joinedAt).count().get();
    return { position: ahead.data().count + 1 };
  },
);

export const handleLeaveWaitlist = callable(
  { input: waitlistInputSchema, requireVerifiedEmail: true },
  async ({ sessionId }, caller): Promise<{ ok: true }> => {
    const entry = waitlistRef(sessionId).doc(caller.uid);
    await db().runTransaction(async (tx) => {
      const existing = await tx.get(entry);
      if (!existing.exists) return;
      tx.delete(entry);
      tx.update(sessionRef(sessionId), { waitlistCount: FieldValue.increment(-1) });
    });
    return { ok: true };
  },
);

export const joinWaitlist = onCall(callableOptions, handleJoinWaitlist);
export const leaveWaitlist = onCall(callableOptions, handleLeaveWaitlist);
