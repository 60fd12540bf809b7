// Saves the profile page form through saveProfile; the consent is sent again with the current
// policy version (ticked anew only when the accepted version is older).
import { useCallback, useState } from 'react';
import { PRIVACY_POLICY_VERSION, saveProfileInputSchema, type FieldIssue } from '@agora/domain';
import { callSaveProfile, CallableError } from '../../../lib/firebase/index.ts';
import { callableErrorKey, type CallableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import {
  mapIssues,
  mapZodError,
  profileFieldsInput,
  type FieldErrors,
  type ProfileFormValues,
} from '../profileForm.ts';

export type SaveProfileResult =
  { ok: true } | { ok: false; fields: FieldErrors; other: FieldIssue[]; error: CallableErrorKey | null };

export function useSaveProfile() {
  const [saving, setSaving] = useState(false);

  const save = useCallback(
    async (values: ProfileFormValues, consentAccepted: boolean): Promise<SaveProfileResult> => {
      const parsed = saveProfileInputSchema.safeParse({
        ...profileFieldsInput(values),
        consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: consentAccepted },
      });
      if (!parsed.success) return { ok: false, ...mapZodError(parsed.error), error: null };
      setSaving(true);
      try {
        await callSaveProfile(parsed.data);
        return { ok: true };
      } catch (error) {
        if (error instanceof CallableError && error.issues.length > 0) {
          return { ok: false, ...mapIssues(error.issues), error: null };
        }
        return { ok: false, fields: {}, other: [], error: callableErrorKey(error) };
      } finally {
        setSaving(false);
      }
    },
    [],
  );

  return { save, saving };
}
