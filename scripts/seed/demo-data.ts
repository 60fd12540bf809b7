// The demo organisation and accounts `npm start` and `emulators:exec` seed. Passwords are
// documented in the README; they only ever exist in the local emulators.
import { PRIVACY_POLICY_VERSION, type ProfileFields, type StaffRole } from '@agora/domain';

export const DEMO_PASSWORD = 'Agora-demo-2026';

export interface DemoAccount {
  uid: string;
  email: string;
  role: StaffRole | null;
  profile: ProfileFields;
}

const lyon = (line1: string) => ({ line1, postalCode: '69002', city: 'Lyon', country: 'FR' as const });

export const demoAccounts: DemoAccount[] = [
  {
    uid: 'demo-admin',
    email: 'admin@agora.test',
    role: 'admin',
    profile: {
      firstName: 'Sophie',
      lastName: 'Laurent',
      phone: '+33612345601',
      address: lyon('12 rue de la République'),
      birthDate: '1984-03-14',
      status: 'employee',
      smsOptIn: false,
    },
  },
  {
    uid: 'demo-assistant',
    email: 'assistant@agora.test',
    role: 'assistant',
    profile: {
      firstName: 'Thomas',
      lastName: 'Petit',
      phone: '+33612345602',
      address: lyon('5 quai Saint-Antoine'),
      birthDate: '1991-07-02',
      status: 'employee',
      smsOptIn: false,
    },
  },
  {
    uid: 'demo-moderator',
    email: 'moderateur@agora.test',
    role: 'moderator',
    profile: {
      firstName: 'Nadia',
      lastName: 'Benali',
      phone: '+33612345603',
      address: lyon('40 rue Mercière'),
      birthDate: '1995-11-23',
      status: 'employee',
      smsOptIn: false,
    },
  },
  {
    uid: 'demo-member-1',
    email: 'camille.martin@agora.test',
    role: null,
    profile: {
      firstName: 'Camille',
      lastName: 'Martin',
      phone: '+33622334455',
      address: {
        line1: '8 place Bellecour',
        line2: 'Bâtiment B',
        postalCode: '69002',
        city: 'Lyon',
        country: 'FR',
      },
      birthDate: '1988-05-30',
      status: 'self-employed',
      smsOptIn: true,
    },
  },
  {
    uid: 'demo-member-2',
    email: 'julien.bernard@agora.test',
    role: null,
    profile: {
      firstName: 'Julien',
      lastName: 'Bernard',
      phone: '+33633445566',
      address: { line1: '27 cours Lafayette', postalCode: '69006', city: 'Lyon', country: 'FR' },
      birthDate: '1979-12-09',
      status: 'job-seeker',
      smsOptIn: false,
    },
  },
  {
    uid: 'demo-member-3',
    email: 'lea.dubois@agora.test',
    role: null,
    profile: {
      firstName: 'Léa',
      lastName: 'Dubois',
      phone: '+33644556677',
      address: { line1: '3 rue Garibaldi', postalCode: '69003', city: 'Lyon', country: 'FR' },
      birthDate: '2003-02-17',
      status: 'student',
      smsOptIn: false,
    },
  },
];

export const demoOrganization = {
  legalEntity: {
    name: 'Les Ateliers Agora',
    legalForm: 'SAS',
    shareCapitalCents: 1_000_000,
    address: { line1: '18 rue de la Charité', postalCode: '69002', city: 'Lyon', country: 'FR' },
    siret: '84412345600017',
    vatNumber: 'FR32844123456',
    trainingDeclarationNumber: '84691234569',
    email: 'contact@agora.test',
    phone: '+33478000000',
  },
  vatRegime: 'standard',
  voucherMode: 'multi-purpose',
  timeZone: 'Europe/Paris',
  defaultLocale: 'fr',
  branding: { displayName: 'Les Ateliers Agora', primaryColor: '#1d4e89' },
  policies: { cancellationWindowHours: 24, reminderLeadTimesHours: [24, 2] },
  modules: {
    credits: true,
    sessions: true,
    spaces: true,
    events: true,
    content: true,
    directory: true,
    domiciliation: true,
  },
  invoicing: {
    prefixes: { invoice: 'F', creditNote: 'AV', statement: 'R' },
    creditValueCents: 900,
    trainingVatExempt: true,
    sessionVatRate: 20,
    mentions: {
      voucherOutOfScope:
        'Opération hors champ de la TVA : vente de bons à usages multiples (art. 256 ter du CGI).',
      voucherAlreadyTaxed:
        'Prestation réglée en crédits prépayés : TVA acquittée lors de l’achat des crédits (bon à usage unique).',
      trainingExemption:
        'Exonération de TVA, article 261-4-4° a du CGI (formation professionnelle continue).',
      franchise: 'TVA non applicable, article 293 B du CGI.',
      latePenalty:
        'Pénalités de retard : trois fois le taux d’intérêt légal, exigibles dès le lendemain de la date d’échéance.',
      recoveryIndemnity:
        'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (art. L441-10 et D441-5 du Code de commerce).',
      trainingDeclaration:
        'Déclaration d’activité enregistrée sous le numéro {number} auprès du préfet de région Auvergne-Rhône-Alpes. Cet enregistrement ne vaut pas agrément de l’État.',
    },
  },
} as const;

export const demoConsentVersion = PRIVACY_POLICY_VERSION;

/** The shop (CR-1, CR-4): three packs and a monthly plan, prices VAT included. */
export const demoProducts = [
  { id: 'pack-1', kind: 'credit-pack', name: 'Pack 1 crédit', credits: 1, priceCents: 1000, sortOrder: 1 },
  {
    id: 'pack-5',
    kind: 'credit-pack',
    name: 'Pack 5 crédits',
    description: 'Le format idéal pour suivre un cycle de formations.',
    credits: 5,
    priceCents: 4500,
    sortOrder: 2,
  },
  {
    id: 'pack-10',
    kind: 'credit-pack',
    name: 'Pack 10 crédits',
    credits: 10,
    priceCents: 8500,
    sortOrder: 3,
  },
  {
    id: 'abonnement-10',
    kind: 'subscription',
    name: 'Abonnement 10 crédits par mois',
    description: '10 crédits chaque mois, résiliable à tout moment.',
    credits: 10,
    priceCents: 7900,
    interval: 'month',
    sortOrder: 4,
  },
].map((product) => ({ ...product, vatRate: 20, active: true }));

/** Opening balances of the demo members, written as one ledger entry each (balance = sum of ledger). */
export const demoOpeningBalances: Record<string, number> = {
  'demo-member-1': 8,
  'demo-member-2': 3,
};

/** Training sessions (CAPS-1), placed relative to the day the demo starts, Paris time. */
export const demoSessions = [
  {
    id: 'demo-excel-tcd',
    daysFromNow: 7,
    hour: 9,
    hours: 3,
    title: 'Excel : tableaux croisés dynamiques',
    description:
      'Construire, filtrer et mettre en forme des tableaux croisés dynamiques à partir de données réelles.',
    topic: 'Bureautique',
    trainer: 'Claire Dubois',
    mode: 'online',
    capacity: 12,
    creditCost: 2,
    lmsUrl: 'https://lms.agora.test/cours/excel-tcd',
  },
  {
    id: 'demo-prise-de-parole',
    daysFromNow: 9,
    hour: 14,
    hours: 4,
    title: 'Prise de parole en public',
    description:
      'Structurer un message, gérer le trac, capter l’attention : exercices filmés en petit groupe.',
    topic: 'Communication',
    trainer: 'Marc Lefèvre',
    mode: 'onsite',
    place: 'Salle Bellecour, 18 rue de la Charité, 69002 Lyon',
    capacity: 8,
    creditCost: 3,
    lmsUrl: 'https://lms.agora.test/cours/prise-de-parole',
  },
  {
    id: 'demo-compta-independants',
    daysFromNow: 14,
    hour: 10,
    hours: 2,
    title: 'Comptabilité pour indépendants',
    description: 'Les bases : facturation, TVA, charges sociales, outils.',
    topic: 'Gestion',
    trainer: 'Claire Dubois',
    mode: 'online',
    capacity: 20,
    creditCost: 1,
    lmsUrl: 'https://lms.agora.test/cours/compta',
  },
] as const;

const weekdays = [{ open: '08:00', close: '20:00' }];
const everyDay = {
  '0': weekdays,
  '1': weekdays,
  '2': weekdays,
  '3': weekdays,
  '4': weekdays,
  '5': weekdays,
  '6': weekdays,
};

/** Coworking resources (SPACE-1), checked against the staff form's schema when seeded. */
export const demoResources = [
  {
    id: 'salle-voltaire',
    name: 'Salle Voltaire',
    kind: 'meeting-room',
    description: 'Salle de réunion lumineuse pour 8 personnes, écran 65 pouces et visioconférence.',
    // One booking at a time: the room is booked whole.
    capacity: 1,
    amenities: ['8 personnes', 'Écran 65"', 'Visioconférence', 'Tableau blanc'],
    openingHours: everyDay,
    closedDates: [],
    slotMinutes: 60,
    bufferMinutes: 0,
    minNoticeMinutes: 60,
    bookingWindowDays: 60,
    priceCents: 2500,
    creditCost: 2,
    includedInPlan: false,
    active: true,
  },
  {
    id: 'open-space',
    name: 'Open space',
    kind: 'hot-desk',
    description: 'Postes en accès libre, par demi-journée.',
    capacity: 20,
    amenities: ['Wi-Fi fibre', 'Café', 'Casiers'],
    openingHours: everyDay,
    closedDates: [],
    slotMinutes: 240,
    bufferMinutes: 0,
    minNoticeMinutes: 0,
    bookingWindowDays: 30,
    creditCost: 1,
    includedInPlan: true,
    active: true,
  },
  {
    id: 'bureau-lumiere',
    name: 'Bureau Lumière',
    kind: 'private-office',
    description: 'Bureau fermé pour 2 personnes, à la journée.',
    capacity: 1,
    amenities: ['2 postes', 'Fenêtre sur cour'],
    openingHours: everyDay,
    closedDates: [],
    slotMinutes: 240,
    bufferMinutes: 0,
    minNoticeMinutes: 120,
    bookingWindowDays: 90,
    priceCents: 4000,
    creditCost: 3,
    includedInPlan: false,
    active: true,
  },
];
