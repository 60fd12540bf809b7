// A meeting room for the unit tests: four seats, hourly slots on weekdays 09:00-12:00 and
// 14:00-18:00 in Paris, one hour's notice, bookable 30 days ahead.
import type { ResourceFields } from '@agora/domain';

const WEEKDAY_HOURS = [
  { open: '09:00', close: '12:00' },
  { open: '14:00', close: '18:00' },
];

export function testResource(overrides: Partial<ResourceFields> = {}): ResourceFields {
  return {
    name: 'Salle Lumière',
    kind: 'meeting-room',
    capacity: 4,
    amenities: ['Écran', 'Tableau blanc'],
    openingHours: {
      '0': [],
      '1': WEEKDAY_HOURS,
      '2': WEEKDAY_HOURS,
      '3': WEEKDAY_HOURS,
      '4': WEEKDAY_HOURS,
      '5': WEEKDAY_HOURS,
      '6': [],
    },
    closedDates: [],
    slotMinutes: 60,
    bufferMinutes: 0,
    minNoticeMinutes: 60,
    bookingWindowDays: 30,
    creditCost: 2,
    priceCents: 1500,
    includedInPlan: false,
    active: true,
    ...overrides,
  };
}

export const PARIS = 'Europe/Paris';
