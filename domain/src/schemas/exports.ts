// Server-side exports (ADM-2, issue 8 item 3): staff ask for a dataset in a format; a job document
// `exports/{id}` reports progress while a function builds the file, then where to download it.
import { z } from 'zod';
import { localDateSchema } from './spaces.ts';
import { timestampSchema } from './common.ts';

export const EXPORT_DATASETS = ['bookings', 'invoices', 'balances', 'ledger', 'statistics'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
/** A PDF is for reading: past this many rows it is refused (CSV and .xlsx have no limit). */
export const MAX_PDF_ROWS = 5_000;

/** `startExport` (admin, assistant). `from`/`to` bound the dates where the dataset has one. */
export const startExportInputSchema = z
  .strictObject({
    dataset: z.enum(EXPORT_DATASETS, { message: 'invalid' }),
    format: z.enum(EXPORT_FORMATS, { message: 'invalid' }),
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
  })
  .superRefine((input, context) => {
    if (input.from && input.to && input.to < input.from) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'bookingEndInvalid' });
    }
  });
export type StartExportRequest = z.input<typeof startExportInputSchema>;

export const exportJobDocSchema = z.object({
  dataset: z.enum(EXPORT_DATASETS),
  format: z.enum(EXPORT_FORMATS),
  from: z.string().optional(),
  to: z.string().optional(),
  status: z.enum(EXPORT_STATUSES),
  rowsDone: z.number().int().nonnegative(),
  requestedBy: z.string(),
  path: z.string().optional(),
  url: z.string().optional(),
  fileName: z.string().optional(),
  bytes: z.number().int().optional(),
  error: z.string().optional(),
  createdAt: timestampSchema,
  finishedAt: timestampSchema.optional(),
});
export type ExportJobDoc = z.output<typeof exportJobDocSchema>;
