// Texts of the staff ledger list, both languages. Browser tests read some French labels verbatim.
import type { Widen } from '../../app/i18n/widen.ts';

export const ledgerAdminFr = {
  nav: 'Mouvements de crédits',
  title: 'Mouvements de crédits',
  intro:
    'Chaque crédit ajouté ou retiré, pour tous les membres ou un seul : achats, abonnements, réservations, remboursements et ajustements, 25 à la fois.',
  loadError: 'Les mouvements n’ont pas pu être chargés.',
  empty: 'Aucun mouvement pour le moment.',
  noMatch: 'Aucun mouvement ne correspond à ces critères.',
  filters: {
    label: 'Filtres des mouvements',
    kind: 'Nature',
    allKinds: 'Toutes',
    clear: 'Effacer les filtres',
  },
  columns: {
    date: 'Date',
    member: 'Membre',
    kind: 'Nature',
    delta: 'Crédits',
    balance: 'Solde après',
    ref: 'Origine',
    actor: 'Par',
  },
  actorSystem: 'Système',
  actorSelf: 'Le membre',
};

export const ledgerAdminEn: Widen<typeof ledgerAdminFr> = {
  nav: 'Credit movements',
  title: 'Credit movements',
  intro:
    'Every credit added or taken, for all members or one: purchases, subscriptions, bookings, refunds and adjustments, 25 at a time.',
  loadError: 'The movements could not be loaded.',
  empty: 'No movements yet.',
  noMatch: 'No movement matches these filters.',
  filters: {
    label: 'Movement filters',
    kind: 'Kind',
    allKinds: 'All',
    clear: 'Clear filters',
  },
  columns: {
    date: 'Date',
    member: 'Member',
    kind: 'Kind',
    delta: 'Credits',
    balance: 'Balance after',
    ref: 'Source',
    actor: 'By',
  },
  actorSystem: 'System',
  actorSelf: 'The member',
};
