// Callable functions (contract in docs/architecture.md), with their errors made readable.
import { httpsCallable } from 'firebase/functions';
import type {
  BookSessionInput,
  BookSessionResult,
  CancelBookingInput,
  CancelBookingResult,
  CancelSessionInput,
  WaitlistInput,
  CorrectInvoiceInput,
  DownloadInvoiceResult,
  AdjustCreditsInput,
  AdjustCreditsResult,
  CreateCheckoutInput,
  CreateCheckoutResult,
  DemoPaymentsInput,
  ManageSubscriptionInput,
  RefundOrderInput,
  RequestVerificationEmailInput,
  ResendMessageInput,
  SaveProfileInput,
  SetUserRoleInput,
  StaffRole,
  downloadInvoiceInputSchema,
  resendInvoiceInputSchema,
  BookSpaceRequest,
  UpdateSettingsRequest,
  StartExportRequest,
  BookSpaceResult,
  MoveSpaceBookingInput,
  MoveSpaceBookingResult,
  SaveResourceRequest,
  blockSpaceInputSchema,
  unblockSpaceInputSchema,
  uploadResourcePhotoInputSchema,
  uploadLogoInputSchema,
  removeResourcePhotoInputSchema,
} from '@agora/domain';
import type { z } from 'zod';
import { functions } from './app.ts';
import { toCallableError, withoutUndefined } from './callableError.ts';

export { CallableError } from './callableError.ts';

async function call<Input, Output>(name: string, input: Input): Promise<Output> {
  try {
    const result = await httpsCallable<Input, Output>(functions, name)(withoutUndefined(input));
    return result.data;
  } catch (error) {
    throw toCallableError(error);
  }
}

export function callSaveProfile(input: SaveProfileInput): Promise<{ ok: true }> {
  return call('saveProfile', input);
}

export function callSetUserRole(input: SetUserRoleInput): Promise<{ role: StaffRole | null }> {
  return call('setUserRole', input);
}

/** Queues a copy of an outbox message (admin, assistant); answers the new message id. */
export function callResendMessage(input: ResendMessageInput): Promise<{ id: string }> {
  return call('resendMessage', input);
}

/** Queues the branded verification email for the signed-in user, in the given language. */
export function callRequestVerificationEmail(input: RequestVerificationEmailInput): Promise<{ id: string }> {
  return call('requestVerificationEmail', input);
}

// ---- Credits and payments (issue 4) ----

/** Creates a pending order and answers where to pay it (Stripe Checkout, or the demo checkout page). */
export function callCreateCheckout(input: CreateCheckoutInput): Promise<CreateCheckoutResult> {
  return call('createCheckout', input);
}

/** Staff add (delta > 0) or remove credits for one or several members, with a reason. */
export function callAdjustCredits(input: AdjustCreditsInput): Promise<AdjustCreditsResult> {
  return call('adjustCredits', input);
}

/** The member stops (at the period's end) or resumes a subscription's renewal. */
export function callManageSubscription(input: ManageSubscriptionInput): Promise<{ status: string }> {
  return call('manageSubscription', input);
}

/** Staff refund all or part of a paid order (credits are taken back when Stripe confirms). */
export function callRefundOrder(input: RefundOrderInput): Promise<{ refundId: string }> {
  return call('refundOrder', input);
}

/** Demo mode only: acts as Stripe would (pay, settle a SEPA debit, renew a subscription period). */
export function callDemoPayments(input: DemoPaymentsInput): Promise<{ events: string[] }> {
  return call('demoPayments', input);
}

// ---- Training sessions (issue 5) ----

/** Books a session with credits, for oneself or (staff) for the member `uid`. */
export function callBookSession(input: BookSessionInput): Promise<BookSessionResult> {
  return call('bookSession', input);
}

/** Cancels a booking (refunded inside the policy window; staff always). */
export function callCancelBooking(input: CancelBookingInput): Promise<CancelBookingResult> {
  return call('cancelBooking', input);
}

/** Staff cancel a whole session: everyone booked is refunded and told. */
export function callCancelSession(input: CancelSessionInput): Promise<{ cancelledBookings: number }> {
  return call('cancelSession', input);
}

/** Joins the waitlist of a full session; a freed seat is booked automatically (credits permitting). */
export function callJoinWaitlist(input: WaitlistInput): Promise<{ position: number }> {
  return call('joinWaitlist', input);
}

export function callLeaveWaitlist(input: WaitlistInput): Promise<{ ok: true }> {
  return call('leaveWaitlist', input);
}

// ---- Invoices (issue 6) ----

/** The PDF of an invoice, credit note or statement (its owner, admins, assistants), in base64. */
export function callDownloadInvoice(
  input: z.input<typeof downloadInvoiceInputSchema>,
): Promise<DownloadInvoiceResult> {
  return call('downloadInvoice', input);
}

/** Staff email the document to its buyer again (admin, assistant); answers the outbox message id. */
export function callResendInvoice(input: z.input<typeof resendInvoiceInputSchema>): Promise<{ id: string }> {
  return call('resendInvoice', input);
}

/**
 * An admin corrects an issued invoice: a credit note cancels it and, when `buyer` is given, a new
 * invoice replaces it (both linked to the original, which is never changed).
 */
export function callCorrectInvoice(
  input: CorrectInvoiceInput,
): Promise<{ creditNoteId: string; invoiceId?: string }> {
  return call('correctInvoice', input);
}

// ---- Coworking spaces (issue 7) ----

/**
 * Books a resource: credits (debited at once), card (a hold, answers the checkout `url`) or plan.
 * Staff add `uid` (for a member) or `internal: true`.
 */
export function callBookSpace(input: BookSpaceRequest): Promise<BookSpaceResult> {
  return call('bookSpace', input);
}

/** Moves a space booking to another time of the same resource (policy as for cancelling). */
export function callMoveSpaceBooking(input: MoveSpaceBookingInput): Promise<MoveSpaceBookingResult> {
  return call('moveSpaceBooking', input);
}

/** Staff create (no `resourceId`) or update a resource; answers its id. */
export function callSaveResource(input: SaveResourceRequest): Promise<{ resourceId: string }> {
  return call('saveResource', input);
}

/** Staff block a resource over a span (maintenance, private use); answers the block id. */
export function callBlockSpace(input: z.input<typeof blockSpaceInputSchema>): Promise<{ blockId: string }> {
  return call('blockSpace', input);
}

export function callUnblockSpace(input: z.input<typeof unblockSpaceInputSchema>): Promise<{ ok: true }> {
  return call('unblockSpace', input);
}

/** Staff add a photo (JPEG, PNG or WebP in base64); the server checks, resizes and stores it. */
export function callUploadResourcePhoto(
  input: z.input<typeof uploadResourcePhotoInputSchema>,
): Promise<{ photoId: string }> {
  return call('uploadResourcePhoto', input);
}

export function callRemoveResourcePhoto(
  input: z.input<typeof removeResourcePhotoInputSchema>,
): Promise<{ ok: true }> {
  return call('removeResourcePhoto', input);
}

// ---- Back office (issue 8) ----

/** Admins set the organisation's logo (JPEG, PNG or WebP in base64); stored as a small PNG. */
export function callUploadLogo(input: z.input<typeof uploadLogoInputSchema>): Promise<{ logoUrl: string }> {
  return call('uploadLogo', input);
}

export function callRemoveLogo(): Promise<{ removed: boolean }> {
  return call('removeLogo', {});
}

/** An admin saves the organisation's settings (validated and audited); answers the changed sections. */
export function callUpdateSettings(input: UpdateSettingsRequest): Promise<{ changed: string[] }> {
  return call('updateSettings', input);
}

/** Staff recompute the dashboard aggregates now (they are otherwise rebuilt every hour). */
export function callRefreshStats(): Promise<{ computedAt: string; periods: number }> {
  return call('refreshStats', {});
}

/** Staff queue a server-side export; its progress and link appear on `exports/{exportId}`. */
export function callStartExport(input: StartExportRequest): Promise<{ exportId: string }> {
  return call('startExport', input);
}
