// Message keys used by every schema, with their French and English texts. Schemas put a key in
// each issue; web and functions translate it, so a user reads the same sentence whichever side
// rejected the input.
import type { z } from 'zod';
import type { Locale } from './constants.ts';
import type { FieldIssue } from './errors.ts';

export const validationMessages = {
  required: { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  invalid: { fr: 'Valeur invalide.', en: 'Invalid value.' },
  tooLong: { fr: 'Texte trop long.', en: 'Text is too long.' },
  unknownField: { fr: 'Champ inconnu.', en: 'Unknown field.' },
  nameInvalid: {
    fr: 'Utilisez des lettres, espaces, apostrophes ou tirets (100 caractères au plus).',
    en: 'Use letters, spaces, apostrophes or hyphens (100 characters at most).',
  },
  emailInvalid: { fr: 'Adresse e-mail invalide.', en: 'Invalid email address.' },
  phoneInvalid: {
    fr: 'Numéro de téléphone invalide (ex. 06 12 34 56 78 ou +33 6 12 34 56 78).',
    en: 'Invalid phone number (e.g. +33 6 12 34 56 78).',
  },
  birthDateInvalid: {
    fr: 'Date de naissance invalide (format AAAA-MM-JJ).',
    en: 'Invalid date of birth (format YYYY-MM-DD).',
  },
  birthDateOutOfRange: {
    fr: 'Vous devez avoir au moins 15 ans, et la date doit être postérieure au 1er janvier 1900.',
    en: 'You must be at least 15, and the date must be after 1 January 1900.',
  },
  postalCodeInvalid: {
    fr: 'Code postal invalide (5 chiffres en France).',
    en: 'Invalid postal code (5 digits in France).',
  },
  countryInvalid: {
    fr: 'Pays invalide (code ISO à deux lettres, ex. FR).',
    en: 'Invalid country (two-letter ISO code, e.g. FR).',
  },
  statusInvalid: { fr: 'Choisissez un statut dans la liste.', en: 'Choose a status from the list.' },
  consentRequired: {
    fr: 'Vous devez accepter la politique de confidentialité.',
    en: 'You must accept the privacy policy.',
  },
  policyVersionOutdated: {
    fr: 'La politique de confidentialité a changé : rechargez la page et acceptez la nouvelle version.',
    en: 'The privacy policy has changed: reload the page and accept the new version.',
  },
  passwordTooShort: {
    fr: 'Le mot de passe doit contenir au moins 12 caractères.',
    en: 'The password must be at least 12 characters long.',
  },
  passwordTooLong: {
    fr: 'Le mot de passe doit contenir au plus 128 caractères.',
    en: 'The password must be at most 128 characters long.',
  },
  passwordTooWeak: {
    fr: 'Mot de passe trop courant ou trop répétitif : choisissez une phrase ou une suite moins prévisible.',
    en: 'Password too common or repetitive: choose a passphrase or a less predictable sequence.',
  },
  passwordContainsEmail: {
    fr: 'Le mot de passe ne doit pas contenir votre adresse e-mail.',
    en: 'The password must not contain your email address.',
  },
  passwordsDiffer: { fr: 'Les mots de passe ne correspondent pas.', en: 'Passwords do not match.' },
  roleInvalid: { fr: 'Rôle inconnu.', en: 'Unknown role.' },
  uidInvalid: { fr: 'Identifiant de compte invalide.', en: 'Invalid account id.' },
  uidsInvalid: {
    fr: 'Choisissez entre 1 et 100 membres, chacun une seule fois.',
    en: 'Choose between 1 and 100 members, each only once.',
  },
  deltaInvalid: {
    fr: 'Indiquez un nombre entier de crédits, non nul, entre -10 000 et 10 000.',
    en: 'Enter a whole number of credits, not zero, between -10,000 and 10,000.',
  },
  reasonRequired: { fr: 'Indiquez le motif de cette opération.', en: 'Enter the reason for this operation.' },
  creditsInvalid: {
    fr: 'Indiquez un nombre entier de crédits entre 1 et 10 000.',
    en: 'Enter a whole number of credits between 1 and 10,000.',
  },
  priceInvalid: {
    fr: 'Indiquez un prix entre 0,50 € et 10 000 €.',
    en: 'Enter a price between €0.50 and €10,000.',
  },
  vatRateInvalid: {
    fr: 'Choisissez un taux de TVA : 20 %, 10 %, 5,5 %, 2,1 % ou 0 %.',
    en: 'Choose a VAT rate: 20%, 10%, 5.5%, 2.1% or 0%.',
  },
  intervalInvalid: {
    fr: 'Un abonnement a une périodicité (mois ou année) ; un pack n’en a pas.',
    en: 'A subscription has a billing interval (month or year); a pack has none.',
  },
  productInvalid: { fr: 'Produit inconnu.', en: 'Unknown product.' },
  quantityInvalid: {
    fr: 'Choisissez une quantité entre 1 et 20.',
    en: 'Choose a quantity between 1 and 20.',
  },
  amountInvalid: {
    fr: 'Indiquez un montant positif en centimes.',
    en: 'Enter a positive amount in cents.',
  },
  sirenInvalid: { fr: 'Le SIREN compte 9 chiffres.', en: 'A SIREN has 9 digits.' },
  capacityInvalid: {
    fr: 'Indiquez un nombre de places entre 1 et 500.',
    en: 'Enter a number of seats between 1 and 500.',
  },
  creditCostInvalid: {
    fr: 'Indiquez un coût entier entre 1 et 100 crédits.',
    en: 'Enter a whole cost between 1 and 100 credits.',
  },
  localDateInvalid: { fr: 'Date invalide (format AAAA-MM-JJ).', en: 'Invalid date (format YYYY-MM-DD).' },
  openingHoursInvalid: {
    fr: 'Horaires au format HH:MM, dans l’ordre, fermeture après ouverture, chacun en créneaux entiers.',
    en: 'Opening hours must be HH:MM ranges, in order, closing after opening, each holding whole slots.',
  },
  amenitiesTooMany: { fr: '30 équipements au plus.', en: '30 amenities at most.' },
  slotMinutesInvalid: {
    fr: 'Un créneau dure de 15 à 480 minutes et divise la journée.',
    en: 'Slot length must be 15 to 480 minutes and divide the day.',
  },
  bufferMinutesInvalid: {
    fr: 'Le battement entre réservations va de 0 à 240 minutes.',
    en: 'Buffer must be 0 to 240 minutes.',
  },
  minNoticeInvalid: {
    fr: 'Le délai de prévenance va de 0 à 10 080 minutes.',
    en: 'Minimum notice must be 0 to 10,080 minutes.',
  },
  bookingWindowInvalid: {
    fr: 'L’horizon de réservation va de 1 à 365 jours.',
    en: 'Booking window must be 1 to 365 days.',
  },
  resourcePriceRequired: {
    fr: 'Indiquez un prix, un coût en crédits, ou incluez l’espace dans un forfait.',
    en: 'Set a price, a credit cost, or include it in a plan.',
  },
  seatsInvalid: {
    fr: 'Choisissez un nombre entier de places entre 1 et 500.',
    en: 'Choose a whole number of seats between 1 and 500.',
  },
  bookingEndInvalid: { fr: 'La fin doit suivre le début.', en: 'The end must come after the start.' },
  siretInvalid: { fr: 'Le SIRET compte 14 chiffres.', en: 'A SIRET has 14 digits.' },
  timeZoneInvalid: {
    fr: 'Fuseau horaire inconnu (ex. Europe/Paris).',
    en: 'Unknown time zone (e.g. Europe/Paris).',
  },
  colorInvalid: { fr: 'Couleur au format #RRGGBB.', en: 'Colour as #RRGGBB.' },
  cancellationWindowInvalid: {
    fr: 'Indiquez un nombre entier d’heures entre 0 et 720.',
    en: 'Enter a whole number of hours between 0 and 720.',
  },
  reminderLeadTimesInvalid: {
    fr: 'Jusqu’à 5 rappels, chacun entre 1 et 720 heures avant.',
    en: 'Up to 5 reminders, each 1 to 720 hours before.',
  },
  photoTooLarge: { fr: 'Photo trop lourde : 5 Mo au plus.', en: 'Photo too large: 5 MB at most.' },
  photoTypeInvalid: {
    fr: 'Format non reconnu : envoyez une photo JPEG, PNG ou WebP.',
    en: 'Unrecognised format: send a JPEG, PNG or WebP photo.',
  },
  logoTooLarge: { fr: 'Logo trop lourd : 5 Mo au plus.', en: 'Logo too large: 5 MB at most.' },
  logoTypeInvalid: {
    fr: 'Format non reconnu : envoyez un logo PNG, JPEG ou WebP.',
    en: 'Unrecognised format: send a PNG, JPEG or WebP logo.',
  },
  blockTooLong: { fr: 'Un blocage dure 62 jours au plus.', en: 'A block lasts 62 days at most.' },
  sessionEndInvalid: {
    fr: 'La fin doit suivre le début, 14 heures au plus.',
    en: 'The end must come after the start, 14 hours at most.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ValidationMessageKey = keyof typeof validationMessages;

export function isValidationMessageKey(key: string): key is ValidationMessageKey {
  return Object.hasOwn(validationMessages, key);
}

/** The text of a message key in a locale; unknown keys fall back to the generic message. */
export function validationMessage(key: string, locale: Locale): string {
  return (isValidationMessageKey(key) ? validationMessages[key] : validationMessages.invalid)[locale];
}

/** Message key of a zod issue: the key a schema set, else one derived from the issue code. */
export function issueKey(issue: z.core.$ZodIssue): ValidationMessageKey {
  if (isValidationMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big':
      return 'tooLong';
    case 'unrecognized_keys':
      return 'unknownField';
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid';
    default:
      return 'invalid';
  }
}

/** Flattens a zod error into field issues, messages in the given locale (French by default). */
export function toFieldIssues(error: z.ZodError, locale: Locale = 'fr'): FieldIssue[] {
  return error.issues.map((issue) => {
    const code = issueKey(issue);
    const path =
      issue.code === 'unrecognized_keys'
        ? [...issue.path, ...issue.keys].join('.')
        : issue.path.map(String).join('.');
    return { path, code, message: validationMessages[code][locale] };
  });
}
