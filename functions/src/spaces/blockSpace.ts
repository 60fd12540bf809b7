// `blockSpace` / `unblockSpace` (staff, SPACE-3): take a resource out of booking over a span
// (maintenance, private use). The block is written into every day document it covers, in one
// transaction that also reads those days (and the day before: a booking then may run past
// midnight) and refuses when a booking already holds seats in the span: the booking racing the
// block and the block then always end consistent (one of the two wins, the other is told why).
import { onCall } from 'firebase-functions/v2/https';
import { FieldPath, FieldValue, Timestamp } from 'firebase-admin/firestore';
import {
  blockSpaceInputSchema,
  localDateOf,
  nextLocalDate,
  spaceBlockDocSchema,
  spaceBlockId,
  unblockSpaceInputSchema,
} from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { db } from '../lib/admin.ts';
import { writeAuditLog } from '../lib/auditLog.ts';
import { readPolicies } from '../sessions/sessionStore.ts';
import {
  daysAround,
  parseResource,
  readOccupancy,
  resourceRef,
  spaceBlockRef,
  spaceDayRef,
} from './spaceStore.ts';

const staff = ['admin', 'assistant'] as const;

export const handleBlockSpace = callable(
  { input: blockSpaceInputSchema, requireVerifiedEmail: true, roles: staff },
  async ({ resourceId, start, end, reason, note }, caller): Promise<{ blockId: string }> => {
    const policies = await readPolicies();
    const startMs = Date.parse(start);
    const endMs = Date.parse(end);
    const blockId = spaceBlockId(resourceId, startMs, endMs);
    const covered: string[] = [];
    const lastDay = localDateOf(endMs - 1, policies.timeZone);
    for (let day = localDateOf(startMs, policies.timeZone); day <= lastDay; day = nextLocalDate(day))
      covered.push(day);

    return db().runTransaction(async (tx) => {
      const { occupancy, extra } = await readOccupancy(
        tx,
        resourceId,
        daysAround(startMs, endMs, policies.timeZone),
        [resourceRef(resourceId), spaceBlockRef(blockId)],
      );
      parseResource(extra[0]);
      if (extra[1]?.exists && extra[1].get('status') === 'active') return { blockId };
      // As availability sees it: a booking clashes when its own time meets the block (its turnover
      // buffer may run into a maintenance slot).
      const nowMs = Date.now();
      const clashing = occupancy.bookings.filter(
        (hold) =>
          hold.start < endMs &&
          startMs < hold.end &&
          (hold.heldUntil === undefined || hold.heldUntil > nowMs),
      );
      if (clashing.length > 0) {
        throw callableError(
          'failed-precondition',
          `${String(clashing.length)} réservation${clashing.length > 1 ? 's' : ''} occupe${clashing.length > 1 ? 'nt' : ''} déjà ce créneau : déplacez-les ou annulez-les avant de bloquer.`,
          { reason: 'block-conflict' },
        );
      }
      const stamp = FieldValue.serverTimestamp();
      for (const day of covered) {
        tx.set(
          spaceDayRef(resourceId, day),
          {
            resourceId,
            localDate: day,
            blocks: { [blockId]: { start: startMs, end: endMs, reason } },
            updatedAt: stamp,
          },
          { merge: true },
        );
      }
      tx.set(spaceBlockRef(blockId), {
        resourceId,
        start: Timestamp.fromMillis(startMs),
        end: Timestamp.fromMillis(endMs),
        reason,
        ...(note ? { note } : {}),
        days: covered,
        status: 'active',
        createdBy: caller.uid,
        createdAt: stamp,
      });
      writeAuditLog(tx, {
        actor: caller.uid,
        action: 'space.block',
        target: `resources/${resourceId}`,
        ...(note ? { reason: note } : {}),
        after: { blockId, start, end, reason },
      });
      return { blockId };
    });
  },
);

export const handleUnblockSpace = callable(
  { input: unblockSpaceInputSchema, requireVerifiedEmail: true, roles: staff },
  async ({ blockId }, caller): Promise<{ ok: true }> => {
    await db().runTransaction(async (tx) => {
      const snapshot = await tx.get(spaceBlockRef(blockId));
      if (!snapshot.exists)
        throw callableError('not-found', 'Ce blocage n’existe pas.', { reason: 'invalid-input' });
      const block = spaceBlockDocSchema.parse(snapshot.data());
      if (block.status === 'removed') return;
      const days = await tx.getAll(...block.days.map((day) => spaceDayRef(block.resourceId, day)));
      const stamp = FieldValue.serverTimestamp();
      block.days.forEach((day, index) => {
        if (!days[index]?.exists) return;
        tx.update(
          spaceDayRef(block.resourceId, day),
          new FieldPath('blocks', blockId),
          FieldValue.delete(),
          'updatedAt',
          stamp,
        );
      });
      tx.update(spaceBlockRef(blockId), { status: 'removed', removedBy: caller.uid, removedAt: stamp });
      writeAuditLog(tx, {
        actor: caller.uid,
        action: 'space.unblock',
        target: `resources/${block.resourceId}`,
        before: { blockId },
      });
    });
    return { ok: true };
  },
);

export const blockSpace = onCall(callableOptions, handleBlockSpace);
export const unblockSpace = onCall(callableOptions, handleUnblockSpace);
