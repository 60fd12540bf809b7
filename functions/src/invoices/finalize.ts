// After a document is numbered (INV-1, item 4): its PDF rendered from the stored fields, stored at
// a deterministic path (`invoices/<year>/<number>.pdf`), its SHA-256 kept on the document (written
// once), and the mail with the PDF attached queued once (`invoice-<invoiceId>`). Safe to run again
// at any point: a lost PDF is rebuilt byte for byte from the same fields.
import { createHash } from 'node:crypto';
import { invoiceDocSchema, type InvoiceDoc } from '@agora/domain';
import { db } from '../lib/admin.ts';
import { defaultBucket } from '../lib/bucket.ts';
import { appOrigin } from '../mail/links.ts';
import { queueMail } from '../mail/outbox.ts';
import { invoiceRef } from './issue.ts';
import { renderInvoicePdf } from './pdf.ts';
import { contentOf } from './sources.ts';

export const invoicePdfPath = (invoice: Pick<InvoiceDoc, 'year' | 'number'>) =>
  `invoices/${invoice.year}/${invoice.number}.pdf`;

const KIND_TITLES = { invoice: 'Facture', 'credit-note': 'Avoir', statement: 'Relevé' } as const;

export async function readInvoice(invoiceId: string): Promise<InvoiceDoc | null> {
  const snapshot = await invoiceRef(invoiceId).get();
  return snapshot.exists ? invoiceDocSchema.parse(snapshot.data()) : null;
}

export async function renderStoredInvoice(invoice: InvoiceDoc): Promise<Uint8Array> {
  return renderInvoicePdf({
    ...contentOf(invoice),
    number: invoice.number,
    issuedAt: invoice.issuedAt.toDate(),
  });
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The PDF bytes of an issued document, rendered and stored on first need; checked against the stored hash. */
export async function invoicePdf(invoiceId: string): Promise<{ invoice: InvoiceDoc; bytes: Uint8Array }> {
  const invoice = await readInvoice(invoiceId);
  if (!invoice) throw new Error(`invoice ${invoiceId} does not exist`);
  const file = defaultBucket().file(invoicePdfPath(invoice));
  if (invoice.pdf) {
    const [exists] = await file.exists();
    if (exists) {
      const [bytes] = await file.download();
      if (sha256(bytes) !== invoice.pdf.sha256)
        throw new Error(`stored PDF of ${invoice.number} does not match its SHA-256`);
      return { invoice, bytes };
    }
  }
  const bytes = await renderStoredInvoice(invoice);
  const digest = sha256(bytes);
  if (invoice.pdf && invoice.pdf.sha256 !== digest)
    throw new Error(`rebuilt PDF of ${invoice.number} differs from the one issued`);
  await file.save(Buffer.from(bytes), {
    contentType: 'application/pdf',
    resumable: false,
    metadata: { metadata: { sha256: digest } },
  });
  if (!invoice.pdf) {
    const pdf = { path: invoicePdfPath(invoice), sha256: digest, bytes: bytes.length };
    await db().runTransaction(async (tx) => {
      const current = await tx.get(invoiceRef(invoiceId));
      if (current.get('pdf') === undefined) tx.update(invoiceRef(invoiceId), { pdf, pdfSha256: digest });
    });
    return { invoice: { ...invoice, pdf, pdfSha256: digest }, bytes };
  }
  return { invoice, bytes };
}

/** PDF stored and the document emailed to the buyer (once per `mailId`). */
export async function finalizeInvoice(
  invoiceId: string,
  mailId = `invoice-${invoiceId}`,
): Promise<{ mailId: string | null }> {
  const { invoice } = await invoicePdf(invoiceId);
  const to = invoice.buyer.email;
  if (!to) return { mailId: null };
  const title = KIND_TITLES[invoice.kind];
  await queueMail(db(), mailId, {
    to,
    toName: invoice.buyer.name,
    uid: invoice.uid,
    template: 'notification',
    locale: 'fr',
    data: {
      title: `${title} n° ${invoice.number}`,
      paragraphs: [
        `Bonjour ${invoice.buyer.name},`,
        `Vous trouverez ci-joint ${invoice.kind === 'credit-note' ? 'l’avoir' : invoice.kind === 'statement' ? 'le relevé' : 'la facture'} n° ${invoice.number}.`,
        'Tous vos documents restent disponibles dans votre espace, rubrique « Mes factures ».',
      ],
      action: { label: 'Mes factures', url: `${appOrigin()}/account/invoices` },
    },
    attachments: [
      {
        filename: `${invoice.number}.pdf`,
        contentType: 'application/pdf',
        storagePath: invoicePdfPath(invoice),
      },
    ],
  });
  return { mailId };
}
