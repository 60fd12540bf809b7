// CAPS-4/5: the .ics attached to booking mails, read back line by line (no emulator needed).
import { describe, expect, it } from 'vitest';
import { ICS_CONTENT_TYPE, buildIcs, icsAttachment } from '../../../functions/src/calendar/ics.ts';

const event = {
  uid: 'booking-b1@agora.test',
  title: 'Atelier céramique, niveau 1',
  description: 'Apportez un tablier.\nParking rue des Tisserands.',
  location: '3 rue des Tisserands, 69001 Lyon',
  url: 'https://agora.example.fr/reservations/b1',
  // 10:00 in Paris (summer time): 08:00 UTC.
  start: new Date('2026-06-15T08:00:00Z'),
  end: new Date('2026-06-15T10:30:00Z'),
  organizer: { name: 'Les Ateliers Agora', email: 'contact@ateliers-agora.test' },
  stamp: new Date('2026-06-01T12:00:00Z'),
};

/** Unfolds RFC 5545 continuation lines and splits the file into its content lines. */
function contentLines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
}

describe('buildIcs', () => {
  it('builds one published event with UTC times, its uid and summary', () => {
    const ics = buildIcs(event);
    const lines = contentLines(ics);

    expect(ics.endsWith('\r\n')).toBe(true);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Agora//Reservations//FR');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('UID:booking-b1@agora.test');
    expect(lines).toContain('SUMMARY:Atelier céramique\\, niveau 1');
    expect(lines).toContain('DTSTART:20260615T080000Z');
    expect(lines).toContain('DTEND:20260615T103000Z');
    expect(lines).toContain('DTSTAMP:20260601T120000Z');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('DESCRIPTION:Apportez un tablier.\\nParking rue des Tisserands.');
    expect(lines).toContain('LOCATION:3 rue des Tisserands\\, 69001 Lyon');
    expect(lines).toContain('URL:https://agora.example.fr/reservations/b1');
    expect(lines.find((line) => line.startsWith('ORGANIZER'))).toBe(
      'ORGANIZER;CN="Les Ateliers Agora":MAILTO:contact@ateliers-agora.test',
    );
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('folds every line within 75 octets without losing or splitting a character', () => {
    const description = 'Un atelier très détaillé, café offert. '.repeat(20).trim();
    const ics = buildIcs({ ...event, description });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(contentLines(ics)).toContain(`DESCRIPTION:${description.replaceAll(',', '\\,')}`);
  });

  it('marks a cancellation with the same uid and a higher sequence', () => {
    const lines = contentLines(buildIcs({ ...event, status: 'CANCELLED', sequence: 1 }));
    expect(lines).toContain('UID:booking-b1@agora.test');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SEQUENCE:1');
  });

  it('refuses an event that ends before it starts', () => {
    expect(() => buildIcs({ ...event, end: event.start })).toThrow(/ends before it starts/);
  });

  it('gives the attachment an outbox mail carries', () => {
    expect(icsAttachment(event)).toEqual({
      filename: 'rendez-vous.ics',
      contentType: ICS_CONTENT_TYPE,
      content: buildIcs(event),
    });
  });
});
