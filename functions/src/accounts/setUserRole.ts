// `setUserRole` (contract): an admin grants or removes a staff role. The `role` custom claim is the
// authority (rules and callables read it from ID tokens); `users/{uid}.role` mirrors it for staff
// lists, and `claimsUpdatedAt` tells the member's open app to refresh its token.
import { FieldValue } from 'firebase-admin/firestore';
import type { UserRecord } from 'firebase-admin/auth';
import { onCall } from 'firebase-functions/v2/https';
import { roleFromClaims, setUserRoleInputSchema, type StaffRole } from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { auth, db } from '../lib/admin.ts';
import { callable } from '../lib/callable.ts';
import { writeAuditLog } from '../lib/auditLog.ts';
import { callableError, hasErrorCode } from '../lib/errors.ts';
import { withRole } from './roleClaims.ts';

export const handleSetUserRole = callable(
  { input: setUserRoleInputSchema, requireVerifiedEmail: true, roles: ['admin'] },
  async ({ uid, role }, caller): Promise<{ role: StaffRole | null }> => {
    if (uid === caller.uid && role !== 'admin') {
      // Only an admin changes roles, so an admin who cannot demote themselves always leaves at
      // least one admin behind: the deployment can never lock itself out of its settings.
      throw callableError(
        'failed-precondition',
        'Vous ne pouvez pas retirer votre propre rôle d’administrateur : demandez-le à un autre administrateur.',
        { reason: 'forbidden' },
      );
    }
    // The token's role claim can be an hour old: an admin demoted meanwhile must not be able to
    // change roles (including restoring their own) until it expires.
    const callerRecord = await getUserOrNull(caller.uid);
    if (roleFromClaims(callerRecord?.customClaims) !== 'admin') {
      throw callableError('permission-denied', 'Vous n’avez pas les droits nécessaires pour cette action.', {
        reason: 'forbidden',
      });
    }
    const target = await getUserOrNull(uid);
    if (target === null) {
      throw callableError('not-found', 'Ce compte n’existe pas ou a été supprimé.');
    }

    // Claims first, Firestore second. The claim is what grants access; the document only mirrors
    // it and signals the client. Written the other way round, a failure between the two steps
    // would leave a mirror and an audit entry for a role nobody holds, and the client would
    // refresh its token for nothing. This order can only fail with the claim set and its record
    // missing, and a retry completes it: setting the same claims again is harmless, and the
    // record step below still sees the mirror lagging and writes it once.
    const claimsRole = roleFromClaims(target.customClaims);
    if (claimsRole !== role) {
      await auth().setCustomUserClaims(uid, withRole(target.customClaims, role));
    }

    const userRef = db().collection('users').doc(uid);
    await db().runTransaction(async (tx) => {
      const mirroredRole = roleFromClaims((await tx.get(userRef)).data());
      // Nothing changed and everything is recorded: a replay writes nothing.
      if (claimsRole === role && mirroredRole === role) return;
      // After a partial failure the claim already holds the new role; the mirror still holds the
      // role as it was last recorded, which is what the audit trail must show as `before`.
      const before = claimsRole !== role ? claimsRole : mirroredRole;
      tx.set(userRef, { role, claimsUpdatedAt: FieldValue.serverTimestamp() }, { merge: true });
      writeAuditLog(tx, { actor: caller.uid, action: 'role.set', target: uid, before, after: role });
    });
    return { role };
  },
);

export const setUserRole = onCall(callableOptions, handleSetUserRole);

async function getUserOrNull(uid: string): Promise<UserRecord | null> {
  try {
    return await auth().getUser(uid);
  } catch (error) {
    if (hasErrorCode(error, 'auth/user-not-found')) return null;
    throw error;
  }
}
