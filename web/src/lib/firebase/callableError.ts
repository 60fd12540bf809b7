// Callable errors and inputs, free of SDK instances (unit-testable): the HttpsError code, the
// contract's `details.reason` and the field issues; inputs cleaned for the callable protocol.
import { FirebaseError } from 'firebase/app';
import { ERROR_REASONS, type ErrorReason, type FieldIssue } from '@agora/domain';

/** A callable failure: the HttpsError code, the contract's `details.reason` and field issues. */
export class CallableError extends Error {
  readonly code: string;
  readonly reason: ErrorReason | null;
  readonly issues: FieldIssue[];

  constructor(code: string, message: string, reason: ErrorReason | null, issues: FieldIssue[]) {
    super(message);
    this.name = 'CallableError';
    this.code = code;
    this.reason = reason;
    this.issues = issues;
  }
}

function isFieldIssue(value: unknown): value is FieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  const issue = value as Record<string, unknown>;
  return typeof issue.path === 'string' && typeof issue.code === 'string';
}

export function toCallableError(error: unknown): CallableError {
  if (!(error instanceof FirebaseError)) {
    return new CallableError('unknown', String(error), null, []);
  }
  const code = error.code.replace(/^functions\//, '');
  const details = (error as FirebaseError & { details?: unknown }).details;
  const record = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  const reason = ERROR_REASONS.find((r) => r === record.reason) ?? null;
  const issues = Array.isArray(record.issues) ? record.issues.filter(isFieldIssue) : [];
  return new CallableError(code, error.message, reason, issues);
}

// Drops undefined properties: the callable protocol encodes them as null, which schemas with
// optional fields (e.g. address.line2) reject.
export { withoutUndefined } from '@agora/domain';
