// The Firestore reader of the invoice pages: lenient with half-written or older documents (no PDF
// yet, unknown kind), and the query each filter makes. The SDK instances are replaced: nothing
// connects.
import { describe, expect, it, vi } from 'vitest';
import { invoiceQueryConstraints, toInvoiceRecord } from '../../lib/firebase/invoices.ts';

vi.mock('../../lib/firebase/app.ts', () => ({ db: {}, auth: {}, functions: {}, app: {} }));

const at = (iso: string) => ({ toDate: () => new Date(iso) });

const stored = {
  number: 'F-2026-000123',
  kind: 'invoice',
  sequence: 123,
  year: 2026,
  uid: 'member_1',
  source: { type: 'order', id: 'order_1' },
  buyer: {
    name: 'Hélène Aubigné',
    address: { line1: '3 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'FR' },
  },
  lines: [
    {
      description: ' Pack 10 crédits ',
      quantity: 1,
      unitNetCents: 7500,
      vatRate: 20,
      netCents: 7500,
      vatCents: 1500,
      grossCents: 9000,
    },
    {
      description: 'Frais',
      quantity: 1,
      unitNetCents: 0,
      vatRate: null,
      netCents: 0,
      vatCents: 0,
      grossCents: 0,
    },
  ],
  totals: { netCents: 7500, vatCents: 1500, grossCents: 9000, byRate: [] },
  issuedAt: at('2026-05-15T10:00:00Z'),
  payment: { label: 'Carte bancaire' },
  pdf: { path: 'invoices/2026/F-2026-000123.pdf', sha256: 'abc', bytes: 12345 },
};

describe('toInvoiceRecord', () => {
  it('reads a stored invoice', () => {
    expect(toInvoiceRecord('inv_1', stored)).toEqual({
      id: 'inv_1',
      number: 'F-2026-000123',
      kind: 'invoice',
      rawKind: 'invoice',
      uid: 'member_1',
      sourceType: 'order',
      buyer: {
        name: 'Hélène Aubigné',
        address: { line1: '3 rue des Lilas', line2: null, postalCode: '69003', city: 'Lyon', country: 'FR' },
        email: null,
        company: null,
      },
      buyerName: 'Hélène Aubigné',
      subject: 'Pack 10 crédits',
      lineCount: 2,
      netCents: 7500,
      vatCents: 1500,
      grossCents: 9000,
      issuedAt: new Date('2026-05-15T10:00:00Z'),
      paymentLabel: 'Carte bancaire',
      corrects: null,
      correctedBy: null,
      pdfReady: true,
    });
  });

  it('reads the links of a correction', () => {
    const creditNote = toInvoiceRecord('cn_1', {
      ...stored,
      kind: 'credit-note',
      number: 'A-2026-000001',
      corrects: { invoiceId: 'inv_1', number: 'F-2026-000123' },
    });
    expect(creditNote.corrects).toEqual({ id: 'inv_1', number: 'F-2026-000123' });
    const corrected = toInvoiceRecord('inv_1', {
      ...stored,
      correctedBy: { creditNoteId: 'cn_1', number: 'A-2026-000001' },
    });
    expect(corrected.correctedBy).toEqual({ id: 'cn_1', number: 'A-2026-000001' });
  });

  it('shows a document still without its PDF, or older than the schema', () => {
    const pending = toInvoiceRecord('inv_2', { ...stored, pdf: undefined });
    expect(pending.pdfReady).toBe(false);
    const odd = toInvoiceRecord('inv_3', { kind: 'receipt', lines: 'none', totals: { grossCents: 'x' } });
    expect(odd).toMatchObject({
      number: '',
      kind: null,
      rawKind: 'receipt',
      uid: '',
      buyer: null,
      subject: '',
      lineCount: 0,
      grossCents: null,
      issuedAt: null,
      pdfReady: false,
    });
    expect(toInvoiceRecord('inv_4', null).kind).toBeNull();
  });
});

describe('invoiceQueryConstraints', () => {
  const none = { uid: null, kind: null, issuedFrom: null, issuedBefore: null };
  const types = (spec: Parameters<typeof invoiceQueryConstraints>[0]) =>
    invoiceQueryConstraints(spec, { after: null, size: 26 }).map((c) => c.type);

  it('orders newest first, limited, without filters', () => {
    expect(types(none)).toEqual(['orderBy', 'limit']);
  });

  it('adds one filter per criterion, the period on the ordering field', () => {
    expect(types({ ...none, uid: 'u1' })).toEqual(['where', 'orderBy', 'limit']);
    expect(
      types({
        uid: 'u1',
        kind: 'invoice',
        issuedFrom: new Date('2026-01-01T00:00:00Z'),
        issuedBefore: new Date('2026-02-01T00:00:00Z'),
      }),
    ).toEqual(['where', 'where', 'where', 'where', 'orderBy', 'limit']);
  });
});
