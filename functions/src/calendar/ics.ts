// Calendar attachments (CAPS-4/5): an iCalendar file for any booking, session or event, built with
// the `ics` library so escaping, line folding and UTC times follow RFC 5545.
import { createEvent, type EventAttributes } from 'ics';

export interface CalendarEvent {
  /** Stable across updates of the same booking (e.g. `booking-<id>@<domain>`), so calendars replace it. */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  start: Date;
  end: Date;
  organizer?: { name: string; email: string };
  /** Bumped when the event changes, so calendars take the new version. */
  sequence?: number;
  /** Cancelled bookings send the same uid with status CANCELLED. */
  status?: 'CONFIRMED' | 'CANCELLED';
  /** DTSTAMP; defaults to now. */
  stamp?: Date;
}

/** The producer named in the file (PRODID). */
const PRODUCT_ID = '-//Agora//Reservations//FR';

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';

/** An .ics file holding one event, times in UTC; throws when the event is invalid. */
export function buildIcs(event: CalendarEvent): string {
  if (!(event.end.getTime() > event.start.getTime())) {
    throw new Error(`Calendar event ${event.uid} ends before it starts.`);
  }
  const attributes: EventAttributes & { timestamp: number } = {
    uid: event.uid,
    title: event.title,
    start: event.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    productId: PRODUCT_ID,
    method: 'PUBLISH',
    status: event.status ?? 'CONFIRMED',
    timestamp: (event.stamp ?? new Date()).getTime(),
    ...(event.description ? { description: event.description } : {}),
    ...(event.location ? { location: event.location } : {}),
    ...(event.url ? { url: event.url } : {}),
    ...(event.organizer ? { organizer: event.organizer } : {}),
    ...(event.sequence === undefined ? {} : { sequence: event.sequence }),
  };
  const { error, value } = createEvent(attributes);
  if (error || value === null) {
    throw new Error(`Invalid calendar event ${event.uid}: ${error?.message ?? 'no output'}`, {
      cause: error,
    });
  }
  return foldOctets(value);
}

/** RFC 5545 line length limit, in octets; `ics` counts characters, which accents push past it. */
const MAX_LINE_OCTETS = 75;

/** Unfolds the library's output and folds it again every 75 octets, never inside a character. */
export function foldOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const character of line) {
        const size = Buffer.byteLength(character, 'utf8');
        // Continuation lines start with a space, which counts towards their 75 octets.
        const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += character;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** The attachment an outbox mail carries for `event`. */
export function icsAttachment(event: CalendarEvent, filename = 'rendez-vous.ics') {
  return { filename, contentType: ICS_CONTENT_TYPE, content: buildIcs(event) };
}
