// The `details.reason` values callables answer with (contract in docs/architecture.md).

export const ERROR_REASONS = [
  'insufficient-credits',
  'full',
  'already-booked',
  'not-bookable',
  'outside-cancel-window',
  'email-not-verified',
  'profile-incomplete',
  'invalid-input',
  'forbidden',
  // Credits and payments (issue 4).
  'product-unavailable',
  'promo-invalid',
  'not-refundable',
  'payments-unavailable',
  // Coworking spaces (issue 7).
  'closed',
  'blocked',
  'notice',
  'window',
  'misaligned',
  'seats',
  'payment-not-offered',
  'plan-required',
  'block-conflict',
  'not-movable',
  'too-many-photos',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/** One invalid field, as returned in `details.issues` of an `invalid-argument` error. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `address.postalCode`; empty for the whole input. */
  path: string;
  /** Stable message key (see validation-messages.ts), translated by the client. */
  code: string;
  /** The message in French, for logs and clients without the key. */
  message: string;
}

export interface ErrorDetails {
  reason: ErrorReason;
  issues?: FieldIssue[];
}
