// The attendee list of a session as a file (CAPS-7): the rows, the CSV text and the .xlsx sheet.
// Pure (the download itself is in downloads.ts), so what Excel receives is unit-tested. The CSV
// is what French Excel opens without an import wizard: UTF-8 with a byte order mark (else accents
// break), `;` between values (`,` is the decimal separator in French), CRLF line ends.
import { CSV_BOM, CSV_LINE_END, CSV_SEPARATOR, csvCell } from '@agora/domain';
import type { StaffBookingRecord } from '../../lib/firebase/sessionsAdmin.ts';
import type { UserRecord } from '../../lib/firebase/users.ts';
import { displayPhone, slugify } from './display.ts';
import { frenchDateTimeIn, isoDateIn, wallClockAt } from './zonedTime.ts';

export interface AttendeeRow {
  lastName: string;
  firstName: string;
  email: string;
  phone: string;
  credits: number;
  bookedAt: Date | null;
  status: string;
}

/** The columns, in file order; their headings come from sessionsAdmin.export.columns. */
export const EXPORT_COLUMNS = [
  'lastName',
  'firstName',
  'email',
  'phone',
  'credits',
  'bookedAt',
  'status',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportHeadings = Record<ExportColumn, string>;

/**
 * The confirmed attendees, by last then first name. A member whose profile is gone still counts:
 * their uid stands in for the name, so the list matches the seats taken.
 */
export function attendeeRows(
  bookings: readonly StaffBookingRecord[],
  profiles: Readonly<Record<string, UserRecord | null | undefined>>,
  confirmedLabel: string,
): AttendeeRow[] {
  return bookings
    .filter((booking) => booking.status === 'confirmed')
    .map((booking) => {
      const profile = profiles[booking.uid]?.data;
      return {
        lastName: profile?.lastName ?? (profile?.firstName ? '' : booking.uid),
        firstName: profile?.firstName ?? '',
        email: profile?.email ?? '',
        phone: displayPhone(profile?.phone),
        credits: booking.credits,
        bookedAt: booking.createdAt,
        status: confirmedLabel,
      };
    })
    .sort(
      (a, b) =>
        a.lastName.localeCompare(b.lastName, 'fr', { sensitivity: 'base' }) ||
        a.firstName.localeCompare(b.firstName, 'fr', { sensitivity: 'base' }),
    );
}

// The CSV conventions French Excel needs (BOM, `;`, CRLF, defused formulas) live in the domain,
// shared with the server-side exports.
export { CSV_BOM, CSV_SEPARATOR, csvCell } from '@agora/domain';

function rowValues(row: AttendeeRow, timeZone: string): (string | number)[] {
  return [
    row.lastName,
    row.firstName,
    row.email,
    row.phone,
    row.credits,
    row.bookedAt ? frenchDateTimeIn(row.bookedAt, timeZone) : '',
    row.status,
  ];
}

/** The CSV file's text: byte order mark, heading line, one line per attendee, each ended by CRLF. */
export function attendeesCsv(
  rows: readonly AttendeeRow[],
  headings: ExportHeadings,
  timeZone: string,
): string {
  const lines = [
    EXPORT_COLUMNS.map((column) => headings[column]),
    ...rows.map((row) => rowValues(row, timeZone)),
  ].map((values) => values.map(csvCell).join(CSV_SEPARATOR) + CSV_LINE_END);
  return CSV_BOM + lines.join('');
}

// ---- .xlsx (write-excel-file) ----

/** A cell as write-excel-file takes it (structurally its Cell type, kept here so the package stays lazy). */
export type XlsxCell =
  | { value: string; type?: StringConstructor; fontWeight?: 'bold' }
  | { value: number; type: NumberConstructor }
  | { value: Date; type: DateConstructor; format: string }
  | null;

export interface XlsxSheet {
  data: XlsxCell[][];
  options: { sheet: string; columns: { width: number }[]; stickyRowsCount: number };
}

export const XLSX_DATE_FORMAT = 'dd/mm/yyyy hh:mm';

/**
 * An instant as an Excel date showing the zone's wall clock. Excel dates have no zone and
 * write-excel-file reads a Date in UTC: the Date given carries the Paris clock in its UTC fields.
 */
export function excelWallClock(instant: Date, timeZone: string): Date {
  const { year, month, day, hour, minute } = wallClockAt(instant, timeZone);
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

const COLUMN_WIDTHS: Record<ExportColumn, number> = {
  lastName: 22,
  firstName: 18,
  email: 32,
  phone: 18,
  credits: 9,
  bookedAt: 18,
  status: 14,
};

/** The sheet: bold headings kept in view, credits as numbers, booking times as real dates. */
export function attendeesSheet(
  rows: readonly AttendeeRow[],
  headings: ExportHeadings,
  timeZone: string,
  sheetName: string,
): XlsxSheet {
  const text = (value: string): XlsxCell => ({ value, type: String });
  return {
    data: [
      EXPORT_COLUMNS.map((column): XlsxCell => ({ value: headings[column], fontWeight: 'bold' })),
      ...rows.map((row): XlsxCell[] => [
        text(row.lastName),
        text(row.firstName),
        text(row.email),
        text(row.phone),
        { value: row.credits, type: Number },
        row.bookedAt
          ? { value: excelWallClock(row.bookedAt, timeZone), type: Date, format: XLSX_DATE_FORMAT }
          : null,
        text(row.status),
      ]),
    ],
    options: {
      // Excel refuses sheet names over 31 characters or with []:*?/\.
      sheet:
        sheetName
          .replace(/[[\]:*?/\\]/g, ' ')
          .slice(0, 31)
          .trim() || 'Sheet1',
      columns: EXPORT_COLUMNS.map((column) => ({ width: COLUMN_WIDTHS[column] })),
      stickyRowsCount: 1,
    },
  };
}

/** `participants-2026-10-24-excel-avance.csv`: the session's day (in the zone) and title. */
export function exportFileName(
  session: { title: string; startsAt: Date | null },
  extension: 'csv' | 'xlsx',
  timeZone: string,
): string {
  const day = session.startsAt ? `${isoDateIn(session.startsAt, timeZone)}-` : '';
  return `participants-${day}${slugify(session.title)}.${extension}`;
}
