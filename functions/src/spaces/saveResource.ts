// `saveResource` (staff, SPACE-1): creates or updates a resource's editable fields, validated by
// the same schema as the staff form, and audited. Photos are not part of it (resourcePhotos.ts).
// Changing hours, slot length or capacity never touches existing bookings: they keep their
// times, and the calendars show them as they are.
import { onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { saveResourceInputSchema, withoutUndefined } from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { db } from '../lib/admin.ts';
import { writeAuditLog } from '../lib/auditLog.ts';
import { resourceRef } from './spaceStore.ts';

export const handleSaveResource = callable(
  { input: saveResourceInputSchema, requireVerifiedEmail: true, roles: ['admin', 'assistant'] },
  async ({ resourceId, resource }, caller): Promise<{ resourceId: string }> => {
    const ref = resourceId ? resourceRef(resourceId) : db().collection('resources').doc();
    await db().runTransaction(async (tx) => {
      const current = await tx.get(ref);
      if (resourceId && !current.exists) {
        throw callableError('not-found', 'Cet espace n’existe pas.', { reason: 'invalid-input' });
      }
      const stamp = FieldValue.serverTimestamp();
      // Firestore refuses undefined: optional prices are removed when the form clears them.
      const fields = {
        ...resource,
        priceCents: resource.priceCents ?? FieldValue.delete(),
        creditCost: resource.creditCost ?? FieldValue.delete(),
        description: resource.description ?? FieldValue.delete(),
        updatedAt: stamp,
      };
      if (current.exists) tx.update(ref, fields);
      else
        tx.create(ref, {
          ...withoutUndefined(resource),
          photos: [],
          createdAt: stamp,
          updatedAt: stamp,
        });
      writeAuditLog(tx, {
        actor: caller.uid,
        action: 'resource.save',
        target: `resources/${ref.id}`,
        ...(current.exists ? { before: current.data() } : {}),
        after: resource,
      });
    });
    return { resourceId: ref.id };
  },
);

export const saveResource = onCall(callableOptions, handleSaveResource);
