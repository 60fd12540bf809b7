// `exports/{id}` (a server-side export job) as the exports page shows it: read leniently, so a job
// written by an older function, or with a dataset, format or status this interface does not know
// yet, still lists. Free of SDK instances: unit-tested on its own.
import {
  EXPORT_DATASETS,
  EXPORT_FORMATS,
  EXPORT_STATUSES,
  type ExportDataset,
  type ExportFormat,
} from '@agora/domain';
import { count, date, oneOf, record, text } from './fields.ts';

export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export interface ExportRecord {
  id: string;
  /** Null when unknown to this interface (shown from `rawDataset`). */
  dataset: ExportDataset | null;
  rawDataset: string;
  format: ExportFormat | null;
  /** Null when unknown: the page then treats the job as still under way. */
  status: ExportStatus | null;
  rawStatus: string;
  rowsDone: number;
  /** First and last day asked for (`YYYY-MM-DD`), null when open. */
  from: string | null;
  to: string | null;
  requestedBy: string;
  /** Set once done: the download link carries its token, so it works without signing in to Storage. */
  url: string | null;
  fileName: string | null;
  bytes: number | null;
  /** The server's message (in French) when the job failed. */
  error: string | null;
  /** Null until the server timestamp is written (a pending local write reads as null). */
  createdAt: Date | null;
  finishedAt: Date | null;
}

const nonEmpty = (value: unknown): string | null => {
  const trimmed = text(value)?.trim();
  return trimmed ? trimmed : null;
};

export function toExportRecord(id: string, raw: unknown): ExportRecord {
  const data = record(raw) ?? {};
  const rawDataset = text(data.dataset) ?? '';
  const rawStatus = text(data.status) ?? '';
  const rowsDone = count(data.rowsDone);
  const bytes = count(data.bytes);
  return {
    id,
    dataset: oneOf(EXPORT_DATASETS, rawDataset),
    rawDataset,
    format: oneOf(EXPORT_FORMATS, data.format),
    status: oneOf(EXPORT_STATUSES, rawStatus),
    rawStatus,
    rowsDone: rowsDone !== null && rowsDone > 0 ? Math.floor(rowsDone) : 0,
    from: nonEmpty(data.from),
    to: nonEmpty(data.to),
    requestedBy: text(data.requestedBy) ?? '',
    url: nonEmpty(data.url),
    fileName: nonEmpty(data.fileName),
    bytes: bytes !== null && bytes >= 0 ? bytes : null,
    error: nonEmpty(data.error),
    createdAt: date(data.createdAt),
    finishedAt: date(data.finishedAt),
  };
}
