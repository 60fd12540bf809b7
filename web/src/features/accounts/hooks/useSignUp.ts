// The sign-up sequence (ACC-1): validate, create the Auth account, then store the profile through
// saveProfile, whose first save queues the branded welcome email with the verification link (the
// outbox, server side: no client can skip or repeat it). A failed profile save can be retried
// without creating the account again (the user is then already signed in with that email).
import { useCallback, useState } from 'react';
import {
  PRIVACY_POLICY_VERSION,
  profileInputFromSignUp,
  signUpFormSchema,
  type FieldIssue,
} from '@agora/domain';
import {
  authErrorKey,
  callSaveProfile,
  CallableError,
  currentUserEmail,
  signUp,
} from '../../../lib/firebase/index.ts';
import {
  mapIssues,
  mapZodError,
  profileFieldsInput,
  type FieldErrors,
  type ProfileFormValues,
} from '../profileForm.ts';

export interface SignUpValues extends ProfileFormValues {
  email: string;
  password: string;
  passwordConfirmation: string;
  consent: boolean;
}

export type SignUpFormError =
  | { kind: 'auth'; key: ReturnType<typeof authErrorKey> }
  | { kind: 'signedInAsOther'; email: string }
  | { kind: 'profileNotSaved'; code: string }
  | { kind: 'invalid'; issues: FieldIssue[] };

export type SignUpResult = { ok: true } | { ok: false; fields: FieldErrors; form: SignUpFormError | null };

const FIELD_AUTH_ERRORS = {
  emailAlreadyInUse: 'email',
  invalidEmail: 'email',
  weakPassword: 'password',
} as const;

function signUpInput(values: SignUpValues) {
  return {
    ...profileFieldsInput(values),
    email: values.email,
    password: values.password,
    passwordConfirmation: values.passwordConfirmation,
    consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: values.consent },
  };
}

function invalid(fields: FieldErrors, other: FieldIssue[]): SignUpResult {
  return { ok: false, fields, form: other.length > 0 ? { kind: 'invalid', issues: other } : null };
}

async function runSignUp(values: SignUpValues): Promise<SignUpResult> {
  const parsed = signUpFormSchema.safeParse(signUpInput(values));
  if (!parsed.success) {
    const { fields, other } = mapZodError(parsed.error);
    // The schema compares the passwords only once every other field is valid: say it now.
    if (!fields.passwordConfirmation && values.password !== values.passwordConfirmation) {
      fields.passwordConfirmation = { kind: 'validation', code: 'passwordsDiffer' };
    }
    return invalid(fields, other);
  }
  const form = parsed.data;

  const signedInEmail = currentUserEmail();
  if (signedInEmail && signedInEmail.toLowerCase() !== form.email.toLowerCase()) {
    return { ok: false, fields: {}, form: { kind: 'signedInAsOther', email: signedInEmail } };
  }
  if (!signedInEmail) {
    try {
      await signUp(form.email, form.password);
    } catch (error) {
      const key = authErrorKey(error);
      const field =
        key in FIELD_AUTH_ERRORS ? FIELD_AUTH_ERRORS[key as keyof typeof FIELD_AUTH_ERRORS] : null;
      if (field) return { ok: false, fields: { [field]: { kind: 'auth', key } }, form: null };
      return { ok: false, fields: {}, form: { kind: 'auth', key } };
    }
  }

  try {
    await callSaveProfile(profileInputFromSignUp(form));
  } catch (error) {
    if (error instanceof CallableError && error.issues.length > 0) {
      const { fields, other } = mapIssues(error.issues);
      return invalid(fields, other);
    }
    const code = error instanceof CallableError ? error.code : 'unknown';
    return { ok: false, fields: {}, form: { kind: 'profileNotSaved', code } };
  }
  return { ok: true };
}

export function useSignUp() {
  const [submitting, setSubmitting] = useState(false);
  const submit = useCallback(async (values: SignUpValues) => {
    setSubmitting(true);
    try {
      return await runSignUp(values);
    } finally {
      setSubmitting(false);
    }
  }, []);
  return { submit, submitting };
}
