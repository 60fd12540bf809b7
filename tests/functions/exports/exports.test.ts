// Server-side exports (ADM-2, issue 8 "Done when"): a 20,000-row bookings export is a valid .xlsx
// that reads back with the same row count and totals; CSV for French Excel; a PDF table; progress
// on the job document; staff only.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { readSheet } from 'read-excel-file/node';
import { extractText, getDocumentProxy } from 'unpdf';
import { startExport } from '../../../functions/src/index.ts';
import { runExport } from '../../../functions/src/exports/startExport.ts';
import { storage } from '../../../functions/src/lib/admin.ts';
import { call, rejection, signedIn } from '../support/callables.ts';

const ROWS = 20_000;
const start = Date.UTC(2026, 9, 1, 8);
const credits = (index: number) => index % 5;
const assistant = signedIn('assistant-1', { email: 'a@example.fr', email_verified: true, role: 'assistant' });

beforeAll(async () => {
  await resetEmulators();
  const writer = testDb.bulkWriter();
  for (let index = 0; index < ROWS; index += 1) {
    const startsAt = start + (index % 60) * 86_400_000 + (index % 10) * 3_600_000;
    void writer.set(testDb.doc(`bookings/b${String(index).padStart(5, '0')}`), {
      uid: `m${String(index % 500)}`,
      kind: index % 3 === 0 ? 'space' : 'session',
      title: index % 3 === 0 ? 'Salle Voltaire' : 'Excel : tableaux croisés',
      startsAt: Timestamp.fromMillis(startsAt),
      endsAt: Timestamp.fromMillis(startsAt + 3_600_000),
      status: 'confirmed',
      payment: { method: 'credits', credits: credits(index) },
      createdAt: Timestamp.fromMillis(startsAt - 86_400_000),
    });
  }
  await writer.close();
}, 300_000);
afterAll(closeEmulators);

async function exported(request: Record<string, unknown>) {
  const { exportId } = await call(startExport, request, assistant);
  await runExport(exportId);
  const job = (await testDb.doc(`exports/${exportId}`).get()).data();
  const path = String(job?.path ?? '');
  const [bytes] = path
    ? await storage()
        .bucket(`${process.env.GCLOUD_PROJECT ?? ''}.appspot.com`)
        .file(path)
        .download()
    : [Buffer.alloc(0)];
  return { job, bytes };
}

describe('exports', () => {
  it('20,000 bookings as .xlsx: the same row count and credit total read back', async () => {
    const { job, bytes } = await exported({ dataset: 'bookings', format: 'xlsx' });
    expect(job).toMatchObject({ status: 'done', rowsDone: ROWS, requestedBy: 'assistant-1' });
    const rows = await readSheet(bytes);
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows[0]).toEqual([
      'Réservation',
      'Type',
      'Intitulé',
      'Membre',
      'Début',
      'Fin',
      'Statut',
      'Paiement',
      'Crédits',
      'Montant TTC',
    ]);
    const total = rows.slice(1).reduce((sum, row) => sum + Number(row[8]), 0);
    expect(total).toBe(Array.from({ length: ROWS }, (_, index) => credits(index)).reduce((a, b) => a + b, 0));
    // Dates are real Excel dates, on the Paris clock (08:00Z on 1 October = 10:00 in Paris).
    const first = rows.find((row) => row[0] === 'b00000');
    expect(first?.[4]).toEqual(new Date(Date.UTC(2026, 9, 1, 10)));
    // The token URL serves the file.
    const response = await fetch(String(job?.url));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).length).toBe(bytes.length);
  }, 180_000);

  it('CSV for French Excel: BOM, semicolons, one line per row, a period bound in Paris days', async () => {
    const { job, bytes } = await exported({
      dataset: 'bookings',
      format: 'csv',
      from: '2026-10-01',
      to: '2026-10-01',
    });
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFFRéservation;Type;Intitulé;')).toBe(true);
    const lines = text.split('\r\n').filter((line) => line !== '');
    // 1 October only: the bookings whose index % 60 === 0.
    expect(lines.length - 1).toBe(
      Array.from({ length: ROWS }, (_, index) => index).filter((index) => index % 60 === 0).length,
    );
    expect(job?.rowsDone).toBe(lines.length - 1);
  }, 120_000);

  it('PDF: a readable table for a short period; refused in French past 5,000 rows', async () => {
    const { job, bytes } = await exported({
      dataset: 'bookings',
      format: 'pdf',
      from: '2026-10-02',
      to: '2026-10-02',
    });
    expect(job?.status).toBe('done');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text).toContain('Réservations');
    expect(text).toContain('b00001 Formation Excel : tableaux cro');
    expect(text).toContain('Confirmée');
    const tooBig = await exported({ dataset: 'bookings', format: 'pdf' });
    expect(tooBig.job).toMatchObject({
      status: 'failed',
      error: 'Plus de 5000 lignes : choisissez CSV ou Excel, ou une période plus courte.',
    });
  }, 180_000);

  it('members and moderators cannot start one (the assistant above can)', async () => {
    for (const role of [null, 'moderator']) {
      const caller = signedIn('x', {
        email: 'x@example.fr',
        email_verified: true,
        ...(role ? { role } : {}),
      });
      expect((await rejection(call(startExport, { dataset: 'ledger', format: 'csv' }, caller))).code).toBe(
        'permission-denied',
      );
    }
  });
});
