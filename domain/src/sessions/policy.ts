// When a session can be booked or cancelled, and which reminders are due (CAPS-2, CAPS-5, CAPS-6).
// Pure: the callables, the scheduled function and the pages decide the same way.

const HOUR = 3_600_000;

export interface BookableSession {
  published: boolean;
  status: 'scheduled' | 'cancelled';
  startsAt: Date;
}

/** A session can be booked while published, scheduled and not started. */
export function isBookable(session: BookableSession, now: Date): boolean {
  return session.published && session.status === 'scheduled' && now.getTime() < session.startsAt.getTime();
}

/** The last moment a member may cancel with a refund. */
export function cancellationDeadline(startsAt: Date, windowHours: number): Date {
  return new Date(startsAt.getTime() - windowHours * HOUR);
}

/** Members may cancel up to `windowHours` before the start; staff always may. */
export function canMemberCancel(startsAt: Date, windowHours: number, now: Date): boolean {
  return now.getTime() <= cancellationDeadline(startsAt, windowHours).getTime();
}

/**
 * The reminder lead times (hours) due now for a booking: the moment `startsAt − lead` has come, the
 * session has not started, and the booking existed before that moment (a booking made later got
 * its confirmation instead, which says the same).
 */
export function dueReminders(
  booking: { startsAt: Date; bookedAt: Date },
  leadTimesHours: readonly number[],
  now: Date,
): number[] {
  if (now.getTime() >= booking.startsAt.getTime()) return [];
  return [...new Set(leadTimesHours)]
    .filter((lead) => {
      const at = booking.startsAt.getTime() - lead * HOUR;
      return now.getTime() >= at && booking.bookedAt.getTime() < at;
    })
    .sort((a, b) => b - a);
}
