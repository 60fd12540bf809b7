// Demo mode only: reads the links the Auth emulator "sent", since no email leaves the machine.
import { authEmulatorUrl, projectId, usesEmulators } from './config.ts';

export interface EmulatorOobCode {
  email: string;
  requestType: string;
  oobCode: string;
  oobLink: string;
}

function isOobCode(value: unknown): value is EmulatorOobCode {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['email', 'requestType', 'oobCode', 'oobLink'].every((key) => typeof record[key] === 'string');
}

async function findLatestOobCode(email: string, requestType: string): Promise<EmulatorOobCode | null> {
  if (!usesEmulators) return null;
  const response = await fetch(`${authEmulatorUrl}/emulator/v1/projects/${projectId}/oobCodes`);
  if (!response.ok) throw new Error(`Auth emulator answered ${response.status}`);
  const body: unknown = await response.json();
  const codes = (body as { oobCodes?: unknown }).oobCodes;
  if (!Array.isArray(codes)) return null;
  const wanted = email.trim().toLowerCase();
  // The emulator lists codes in creation order: the last match is the most recent link.
  const matches = codes
    .filter(isOobCode)
    .filter((c) => c.email.toLowerCase() === wanted && c.requestType === requestType);
  return matches.at(-1) ?? null;
}

/** Latest email verification link for this address (applies the code, then returns to the app). */
export function findEmulatorVerificationLink(email: string): Promise<EmulatorOobCode | null> {
  return findLatestOobCode(email, 'VERIFY_EMAIL');
}

/** Latest password reset code for this address. */
export function findEmulatorPasswordResetLink(email: string): Promise<EmulatorOobCode | null> {
  return findLatestOobCode(email, 'PASSWORD_RESET');
}
