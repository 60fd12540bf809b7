import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/node';
import type { StaffBookingRecord } from '../../lib/firebase/sessionsAdmin.ts';
import type { UserRecord } from '../../lib/firebase/users.ts';
import {
  attendeeRows,
  attendeesCsv,
  attendeesSheet,
  csvCell,
  exportFileName,
  type AttendeeRow,
  type ExportHeadings,
} from './export.ts';

const PARIS = 'Europe/Paris';
const HEADINGS: ExportHeadings = {
  lastName: 'Nom',
  firstName: 'Prénom',
  email: 'E-mail',
  phone: 'Téléphone',
  credits: 'Crédits',
  bookedAt: 'Réservé le',
  status: 'Statut',
};

function booking(id: string, uid: string, patch: Partial<StaffBookingRecord> = {}): StaffBookingRecord {
  return {
    id,
    uid,
    status: 'confirmed',
    rawStatus: 'confirmed',
    credits: 3,
    refundedCredits: null,
    bookedBy: uid,
    attempt: 1,
    createdAt: new Date('2026-10-01T08:05:00Z'),
    cancelledAt: null,
    ...patch,
  };
}

function profile(uid: string, data: UserRecord['data']): UserRecord {
  return { uid, data, raw: data, claimsUpdatedAtMillis: null };
}

const ROWS: AttendeeRow[] = [
  {
    lastName: 'Dupont; fils',
    firstName: 'Jean "Jo"',
    email: 'jean@example.org',
    phone: '06 12 34 56 78',
    credits: 3,
    // 25 October 2026, after the change to winter time: 09:30 UTC is 10:30 in Paris.
    bookedAt: new Date('2026-10-25T09:30:00Z'),
    status: 'Confirmée',
  },
  {
    lastName: 'Éluard',
    firstName: 'Paul\nAnne',
    email: 'paul@example.org',
    phone: '',
    credits: 2,
    bookedAt: new Date('2026-07-14T22:15:00Z'),
    status: 'Confirmée',
  },
];

describe('attendee rows', () => {
  it('keeps the confirmed bookings only, sorted by name, with French phone numbers', () => {
    const rows = attendeeRows(
      [
        booking('b1', 'u1'),
        booking('b2', 'u2', { status: 'cancelled' }),
        booking('b3', 'u3', { credits: 5 }),
        booking('b4', 'gone'),
      ],
      {
        u1: profile('u1', {
          lastName: 'Zola',
          firstName: 'Émile',
          email: 'e@example.org',
          phone: '+33612345678',
        }),
        u2: profile('u2', { lastName: 'Annulé', firstName: 'X' }),
        u3: profile('u3', { lastName: 'élise', firstName: 'Anne', phone: '+32470123456' }),
        gone: null,
      },
      'Confirmée',
    );
    expect(rows.map((row) => [row.lastName, row.firstName, row.phone, row.credits])).toEqual([
      ['élise', 'Anne', '+32470123456', 5],
      ['gone', '', '', 3],
      ['Zola', 'Émile', '06 12 34 56 78', 3],
    ]);
    expect(rows.every((row) => row.status === 'Confirmée')).toBe(true);
  });
});

describe('CSV export', () => {
  const csv = attendeesCsv(ROWS, HEADINGS, PARIS);

  it('starts with a UTF-8 byte order mark and separates values with semicolons', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1).split('\r\n')[0]).toBe('Nom;Prénom;E-mail;Téléphone;Crédits;Réservé le;Statut');
  });

  it('ends every line with CRLF and quotes separators, quotes and line breaks', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1)).toBe(
      'Nom;Prénom;E-mail;Téléphone;Crédits;Réservé le;Statut\r\n' +
        '"Dupont; fils";"Jean ""Jo""";jean@example.org;06 12 34 56 78;3;25/10/2026 10:30;Confirmée\r\n' +
        'Éluard;"Paul\nAnne";paul@example.org;;2;15/07/2026 00:15;Confirmée\r\n',
    );
  });

  it('writes booking times in Paris time, French format', () => {
    expect(csv).toContain(';25/10/2026 10:30;');
    expect(csv).toContain(';15/07/2026 00:15;');
  });

  it('never lets a value start a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+32470123456')).toBe("'+32470123456");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(12)).toBe('12');
    expect(csvCell('Jean-Pierre')).toBe('Jean-Pierre');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });
});

describe('.xlsx export', () => {
  it('writes a sheet Excel and read-excel-file read back, dates in Paris time', async () => {
    const sheet = attendeesSheet(ROWS, HEADINGS, PARIS, 'Participants');
    const buffer = await writeXlsxFile(sheet.data, sheet.options).toBuffer();
    const rows = await readSheet(buffer);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['Nom', 'Prénom', 'E-mail', 'Téléphone', 'Crédits', 'Réservé le', 'Statut']);
    expect(rows[1]).toEqual([
      'Dupont; fils',
      'Jean "Jo"',
      'jean@example.org',
      '06 12 34 56 78',
      3,
      new Date(Date.UTC(2026, 9, 25, 10, 30)),
      'Confirmée',
    ]);
    expect(rows[2]?.[0]).toBe('Éluard');
    expect(rows[2]?.[1]).toBe('Paul\nAnne');
    expect(rows[2]?.[3]).toBeNull();
    expect(rows[2]?.[5]).toEqual(new Date(Date.UTC(2026, 6, 15, 0, 15)));
  });

  it('keeps a sheet name Excel accepts', () => {
    const name = attendeesSheet([], HEADINGS, PARIS, 'Participants: [a/b]* très long nom de feuille').options
      .sheet;
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(name.startsWith('Participants')).toBe(true);
    expect(attendeesSheet([], HEADINGS, PARIS, '').options.sheet).toBe('Sheet1');
  });
});

describe('export file names', () => {
  it('name the session day in Paris and the title', () => {
    const session = { title: 'Excel avancé : niveau 2 !', startsAt: new Date('2026-10-24T22:30:00Z') };
    expect(exportFileName(session, 'csv', PARIS)).toBe('participants-2026-10-25-excel-avance-niveau-2.csv');
    expect(exportFileName({ title: '***', startsAt: null }, 'xlsx', PARIS)).toBe('participants-session.xlsx');
  });
});
