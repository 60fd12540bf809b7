// Member and staff access to issued documents (INV-3, INV-4): download (owner, admin, assistant;
// the PDF is checked against its stored SHA-256 and read server-side, Storage being closed to
// clients), resend (admin, assistant), correct (admin: a credit note cancelling the invoice, and a
// new invoice with the corrected buyer; the original is never modified beyond naming its credit note).
import { onCall } from 'firebase-functions/v2/https';
import {
  correctInvoiceInputSchema,
  downloadInvoiceInputSchema,
  resendInvoiceInputSchema,
  withBuyer,
  type DownloadInvoiceResult,
} from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { writeAuditLog } from '../lib/auditLog.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { assertOwnerOrManager } from '../lib/access.ts';
import { finalizeInvoice, invoicePdf, readInvoice } from './finalize.ts';
import { issueDocument } from './issue.ts';
import { readInvoiceSettings } from './parties.ts';
import { cancelInvoice, contentOf } from './sources.ts';

export const handleDownloadInvoice = callable(
  { input: downloadInvoiceInputSchema, requireVerifiedEmail: true },
  async ({ invoiceId }, caller): Promise<DownloadInvoiceResult> => {
    const invoice = await readInvoice(invoiceId);
    // The same answer for "does not exist" and "not yours": ids are not to be probed.
    if (!invoice) throw callableError('not-found', 'Document introuvable.');
    assertOwnerOrManager(caller, invoice.uid);
    const { bytes } = await invoicePdf(invoiceId);
    return {
      filename: `${invoice.number}.pdf`,
      contentType: 'application/pdf',
      base64: Buffer.from(bytes).toString('base64'),
    };
  },
);

export const handleResendInvoice = callable(
  { input: resendInvoiceInputSchema, requireVerifiedEmail: true, roles: ['admin', 'assistant'] },
  async ({ invoiceId }, caller): Promise<{ id: string }> => {
    const invoice = await readInvoice(invoiceId);
    if (!invoice) throw callableError('not-found', 'Document introuvable.');
    const mailId = `invoice-${invoiceId}-resend-${Date.now()}`;
    const { mailId: queued } = await finalizeInvoice(invoiceId, mailId);
    if (!queued) throw callableError('failed-precondition', 'Ce client n’a pas d’adresse e-mail.');
    await db().runTransaction(async (tx) => {
      writeAuditLog(tx, {
        actor: caller.uid,
        action: 'invoice.resend',
        target: invoice.uid,
        after: { invoiceId, mailId },
      });
    });
    return { id: queued };
  },
);

export const handleCorrectInvoice = callable(
  { input: correctInvoiceInputSchema, requireVerifiedEmail: true, roles: ['admin'] },
  async ({ invoiceId, reason, buyer }, caller): Promise<{ creditNoteId: string; invoiceId?: string }> => {
    const original = await readInvoice(invoiceId);
    if (!original) throw callableError('not-found', 'Document introuvable.');
    if (original.kind !== 'invoice' || original.correctedBy) {
      throw callableError('failed-precondition', 'Seule une facture non encore corrigée peut l’être.', {
        reason: 'not-refundable',
      });
    }
    const creditNote = await cancelInvoice(invoiceId, reason);
    if (!creditNote) throw callableError('failed-precondition', 'Cette facture ne peut pas être corrigée.');
    await finalizeInvoice(creditNote.invoiceId);
    let replacementId: string | undefined;
    if (buyer) {
      const settings = await readInvoiceSettings();
      const replacement = withBuyer(contentOf(original), buyer, settings.invoicing.mentions, {
        invoiceId,
        number: original.number,
      });
      const issued = await issueDocument({
        invoiceId: `correction_${invoiceId}`,
        uid: original.uid,
        source: { type: 'correction', id: invoiceId },
        content: replacement,
        invoicing: settings.invoicing,
      });
      // No precondition on a correction: it is always issued.
      if (issued) {
        await finalizeInvoice(issued.invoiceId);
        replacementId = issued.invoiceId;
      }
    }
    await db().runTransaction(async (tx) => {
      writeAuditLog(tx, {
        actor: caller.uid,
        action: 'invoice.correct',
        target: original.uid,
        reason,
        before: { invoiceId, number: original.number },
        after: { creditNoteId: creditNote.invoiceId, ...(replacementId ? { invoiceId: replacementId } : {}) },
      });
    });
    return { creditNoteId: creditNote.invoiceId, ...(replacementId ? { invoiceId: replacementId } : {}) };
  },
);

export const downloadInvoice = onCall(callableOptions, handleDownloadInvoice);
export const resendInvoice = onCall(callableOptions, handleResendInvoice);
export const correctInvoice = onCall(callableOptions, handleCorrectInvoice);
