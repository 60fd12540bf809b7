// The export form as plain data, and the `startExport` request it makes. Dates are calendar days
// (`YYYY-MM-DD`, the organisation's days, as the server reads them); an empty edge leaves the
// period open on that side. Soldes de crédits are a snapshot of today: they take no period.
import { isLocalDate, type ExportDataset, type ExportFormat, type StartExportRequest } from '@agora/domain';

export interface ExportFormValues {
  dataset: ExportDataset;
  format: ExportFormat;
  /** First day included, or null for "from the beginning". */
  from: string | null;
  /** Last day included, or null for "up to now". */
  to: string | null;
}

/** CSV first: it opens in Excel and has no size limit. */
export const INITIAL_EXPORT_FORM: ExportFormValues = {
  dataset: 'bookings',
  format: 'csv',
  from: null,
  to: null,
};

/** Whether the dataset is dated, so that a period applies (balances are as of now). */
export function datasetHasPeriod(dataset: ExportDataset): boolean {
  return dataset !== 'balances';
}

const day = (value: string | null): string | undefined =>
  value !== null && isLocalDate(value) ? value : undefined;

export type ExportFormError = 'endBeforeStart';

/** What stops the form from being sent, checked as the server will (to before from is refused). */
export function exportFormError(values: ExportFormValues): ExportFormError | null {
  if (!datasetHasPeriod(values.dataset)) return null;
  const from = day(values.from);
  const to = day(values.to);
  return from !== undefined && to !== undefined && to < from ? 'endBeforeStart' : null;
}

/** The callable's input: dates only where the dataset has some, and only real days. */
export function buildExportRequest(values: ExportFormValues): StartExportRequest {
  const from = datasetHasPeriod(values.dataset) ? day(values.from) : undefined;
  const to = datasetHasPeriod(values.dataset) ? day(values.to) : undefined;
  return {
    dataset: values.dataset,
    format: values.format,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}
