// Server-side exports (ADM-2): `startExport` (admin, assistant) queues a job `exports/{id}`; the
// trigger builds the file page by page, writing progress (`rowsDone`) the page shows live, stores
// it in Storage with a download token and marks the job done with its URL. A retried trigger
// finds the job done (or restarts a failed run from scratch): the file is the same either way.
import { onCall } from 'firebase-functions/v2/https';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { FieldValue } from 'firebase-admin/firestore';
import {
  MAX_PDF_ROWS,
  REGION,
  exportJobDocSchema,
  startExportInputSchema,
  wallTimeToInstant,
  nextLocalDate,
} from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { callable } from '../lib/callable.ts';
import { db } from '../lib/admin.ts';
import { saveWithDownloadToken } from '../lib/bucket.ts';
import { readPolicies } from '../sessions/sessionStore.ts';
import { DATASETS, type Cell } from './datasets.ts';
import { toCsv, toPdf, toXlsx } from './render.ts';

const exportRef = (id: string) => db().collection('exports').doc(id);
const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export const handleStartExport = callable(
  { input: startExportInputSchema, requireVerifiedEmail: true, roles: ['admin', 'assistant'] },
  async ({ dataset, format, from, to }, caller): Promise<{ exportId: string }> => {
    const ref = db().collection('exports').doc();
    await ref.create({
      dataset,
      format,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      status: 'queued',
      rowsDone: 0,
      requestedBy: caller.uid,
      createdAt: FieldValue.serverTimestamp(),
    });
    return { exportId: ref.id };
  },
);

/** Builds the file of job `id`; safe to run again (a done job is left as it is). */
export async function runExport(id: string, now: Date = new Date()): Promise<void> {
  const job = exportJobDocSchema.parse((await exportRef(id).get()).data());
  if (job.status === 'done') return;
  const { timeZone } = await readPolicies();
  const dataset = DATASETS[job.dataset];
  const range = {
    ...(job.from ? { from: new Date(wallTimeToInstant(job.from, 0, timeZone, 'earliest')) } : {}),
    ...(job.to ? { to: new Date(wallTimeToInstant(nextLocalDate(job.to), 0, timeZone, 'earliest')) } : {}),
  };
  await exportRef(id).update({ status: 'running', rowsDone: 0 });
  try {
    const rows: Cell[][] = [];
    for await (const page of dataset.pages(range)) {
      rows.push(...page);
      if (job.format === 'pdf' && rows.length > MAX_PDF_ROWS) {
        throw new Error(
          `Plus de ${String(MAX_PDF_ROWS)} lignes : choisissez CSV ou Excel, ou une période plus courte.`,
        );
      }
      await exportRef(id).update({ rowsDone: rows.length });
    }
    const table = { title: dataset.title, columns: dataset.columns, rows, timeZone };
    const data =
      job.format === 'csv'
        ? toCsv(table)
        : job.format === 'xlsx'
          ? await toXlsx(table)
          : await toPdf(table, now);
    const stamp = now.toISOString().slice(0, 10);
    const fileName = `${job.dataset}-${job.from ?? 'debut'}-${job.to ?? stamp}.${job.format}`;
    const path = `exports/${id}/${fileName}`;
    const { url } = await saveWithDownloadToken(path, data, {
      contentType: CONTENT_TYPES[job.format],
      contentDisposition: `attachment; filename="${fileName}"`,
    });
    await exportRef(id).update({
      status: 'done',
      rowsDone: rows.length,
      path,
      fileName,
      bytes: data.length,
      url,
      finishedAt: FieldValue.serverTimestamp(),
    });
  } catch (error) {
    await exportRef(id).update({
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
      finishedAt: FieldValue.serverTimestamp(),
    });
  }
}

export const startExport = onCall(callableOptions, handleStartExport);

export const buildExport = onDocumentCreated(
  { document: 'exports/{exportId}', region: REGION, timeoutSeconds: 540, memory: '1GiB' },
  async (event) => {
    await runExport(event.params.exportId);
  },
);
