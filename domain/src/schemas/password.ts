// Password policy (ACC-1), after CNIL's 2022 recommendation and NIST SP 800-63B: length over
// composition rules, no common or repetitive passwords, nothing taken from the account itself.
import { z } from 'zod';
import { issueKey, type ValidationMessageKey } from '../validation-messages.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// A short deny-list of the passwords (and their French favourites) that leak lists show first.
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890ab',
  'azertyuiop12',
  'azertyuiopqs',
  'motdepasse123',
  'motdepasse1234',
  'password1234',
  'password12345',
  'passwordpassword',
  'qwertyuiop12',
  'iloveyou1234',
  'jetaime123456',
  'soleil123456',
  'bonjour123456',
  'azerty123456',
  'qwerty123456',
  'admin1234567',
  'welcome12345',
  'changeme1234',
]);

/** True when a password is mostly one or two repeated characters or a keyboard/number run. */
function isRepetitive(password: string): boolean {
  const distinct = new Set(password.toLowerCase()).size;
  if (distinct <= 3) return true;
  const runs = [
    '0123456789',
    'abcdefghijklmnopqrstuvwxyz',
    'azertyuiopqsdfghjklmwxcvbn',
    'qwertyuiopasdfghjklzxcvbnm',
  ];
  const lower = password.toLowerCase();
  return runs.some((run) => run.includes(lower) || (lower.length <= run.length * 2 && run + run === lower));
}

export const passwordSchema = z
  .string({ message: 'required' })
  .min(PASSWORD_MIN_LENGTH, { message: 'passwordTooShort' })
  .max(PASSWORD_MAX_LENGTH, { message: 'passwordTooLong' })
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()) && !isRepetitive(p), {
    message: 'passwordTooWeak',
  });

/** Adds the check that needs the email: the password must not contain its local part. */
export function passwordNotContainingEmail(password: string, email: string): boolean {
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  return local.length < 4 || !password.toLowerCase().includes(local);
}

export interface NewPasswordIssue {
  path: 'password' | 'passwordConfirmation';
  code: ValidationMessageKey;
}

/** The rules that tie a new password to its confirmation and to the account's email. */
export function crossFieldPasswordIssues(
  password: string,
  confirmation: string,
  email: string,
): NewPasswordIssue[] {
  const issues: NewPasswordIssue[] = [];
  if (!passwordNotContainingEmail(password, email))
    issues.push({ path: 'password', code: 'passwordContainsEmail' });
  if (password !== confirmation) issues.push({ path: 'passwordConfirmation', code: 'passwordsDiffer' });
  return issues;
}

/** Every rule a new password meets, at sign-up and at reset alike (one issue per field at most). */
export function newPasswordIssues(password: string, confirmation: string, email: string): NewPasswordIssue[] {
  const parsed = passwordSchema.safeParse(password);
  const cross = crossFieldPasswordIssues(password, confirmation, email);
  if (parsed.success) return cross;
  const first = parsed.error.issues[0];
  const own: NewPasswordIssue = { path: 'password', code: first ? issueKey(first) : 'invalid' };
  return [own, ...cross.filter((issue) => issue.path !== 'password')];
}
