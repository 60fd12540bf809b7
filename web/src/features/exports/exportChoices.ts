// The choices of the export form and how a job's state reads: the order of the menus, the native
// selects' strings back to domain values, and the colour of each status chip.
import { EXPORT_DATASETS, EXPORT_FORMATS, type ExportDataset, type ExportFormat } from '@agora/domain';
import type { ExportStatus } from '../../lib/firebase/exportRecord.ts';

/** The domain's order: bookings, invoices, balances, ledger, statistics. */
export const DATASET_CHOICES: readonly ExportDataset[] = EXPORT_DATASETS;
export const FORMAT_CHOICES: readonly ExportFormat[] = EXPORT_FORMATS;

export const toDataset = (value: string): ExportDataset =>
  DATASET_CHOICES.find((choice) => choice === value) ?? 'bookings';

export const toFormat = (value: string): ExportFormat =>
  FORMAT_CHOICES.find((choice) => choice === value) ?? 'csv';

/** A status unknown to this interface counts as under way: the server has not said it is over. */
export function isUnderway(status: ExportStatus | null): boolean {
  return status !== 'done' && status !== 'failed';
}

export const EXPORT_STATUS_COLORS = {
  queued: 'default',
  running: 'info',
  done: 'success',
  failed: 'error',
} as const satisfies Record<ExportStatus, 'default' | 'info' | 'success' | 'error'>;

export type ExportPeriodKind = 'between' | 'since' | 'until' | 'all';

/** How a job's period reads in the list: both edges, one, or none (the whole history). */
export function periodKind(job: { from: string | null; to: string | null }): ExportPeriodKind {
  if (job.from !== null && job.to !== null) return 'between';
  if (job.from !== null) return 'since';
  if (job.to !== null) return 'until';
  return 'all';
}
