// Who a booking is for, in words: "Usage interne — <note>", the member's name, or a placeholder
// while their profile loads.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembersById } from '../../../app/hooks/useMembersById.ts';
import type { SpaceBookingRecord } from '../../../lib/firebase/spaces.ts';
import { bookingWho } from '../display.ts';

export function useWhoText(members: MembersById): (booking: SpaceBookingRecord) => string {
  const { t } = useTranslation();
  return useCallback(
    (booking) => {
      const who = bookingWho(booking, members);
      if (who.kind === 'internal') {
        const label = t('spacesAdmin.calendar.internal');
        return booking.note ? `${label} — ${booking.note}` : label;
      }
      if (who.name !== null) return who.name;
      // Absent: still loading; null: no profile (a deleted account).
      return who.uid !== null && members[who.uid] === undefined
        ? t('spacesAdmin.calendar.loadingMember')
        : t('spacesAdmin.calendar.unknownMember');
    },
    [members, t],
  );
}
