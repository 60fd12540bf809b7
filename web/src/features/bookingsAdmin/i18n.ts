// Texts of the staff bookings list, both languages. Browser tests read some French labels verbatim.
import type { Widen } from '../../app/i18n/widen.ts';

export const bookingsAdminFr = {
  nav: 'Réservations',
  title: 'Réservations',
  intro:
    'Toutes les réservations de formations et d’espaces, par date de début, 25 à la fois : filtrez par type, statut, membre et période (les filtres restent dans l’adresse).',
  loadError: 'Les réservations n’ont pas pu être chargées.',
  empty: 'Aucune réservation pour le moment.',
  noMatch: 'Aucune réservation ne correspond à ces critères.',
  filters: {
    label: 'Filtres des réservations',
    kind: 'Type',
    allKinds: 'Tous les types',
    status: 'Statut',
    allStatuses: 'Tous les statuts',
    clear: 'Effacer les filtres',
  },
  kinds: { session: 'Formation', space: 'Espace' },
  methods: { credits: 'Crédits', card: 'Carte', plan: 'Abonnement', internal: 'Usage interne' },
  columns: {
    start: 'Début',
    member: 'Membre',
    kind: 'Type',
    title: 'Objet',
    seats: 'Places',
    payment: 'Paiement',
    status: 'Statut',
    bookedBy: 'Réservé par',
  },
  credits_one: '{{count}} crédit',
  credits_other: '{{count}} crédits',
  refunded: '{{count}} rendu(s)',
  bookedBySelf: 'Le membre',
  bookedBySystem: 'Liste d’attente',
  internal: 'Usage interne',
};

export const bookingsAdminEn: Widen<typeof bookingsAdminFr> = {
  nav: 'Bookings',
  title: 'Bookings',
  intro:
    'Every training session and space booking, by start date, 25 at a time: filter by type, status, member and period (filters stay in the address).',
  loadError: 'The bookings could not be loaded.',
  empty: 'No bookings yet.',
  noMatch: 'No booking matches these filters.',
  filters: {
    label: 'Booking filters',
    kind: 'Type',
    allKinds: 'All types',
    status: 'Status',
    allStatuses: 'All statuses',
    clear: 'Clear filters',
  },
  kinds: { session: 'Training', space: 'Space' },
  methods: { credits: 'Credits', card: 'Card', plan: 'Subscription', internal: 'Internal use' },
  columns: {
    start: 'Start',
    member: 'Member',
    kind: 'Type',
    title: 'What',
    seats: 'Seats',
    payment: 'Payment',
    status: 'Status',
    bookedBy: 'Booked by',
  },
  credits_one: '{{count}} credit',
  credits_other: '{{count}} credits',
  refunded: '{{count}} returned',
  bookedBySelf: 'The member',
  bookedBySystem: 'Waiting list',
  internal: 'Internal use',
};
