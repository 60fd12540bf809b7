// Preview data for every template, in each language: `npm run mail:preview` renders it and the
// rendering tests snapshot it, so what a person previews is what the tests pin.
import type { Locale, MailTemplate, MailTemplateData, SmsTemplate, SmsTemplateData } from '@agora/domain';
import type { Branding } from './branding.ts';

export const previewBranding: Branding = {
  organizationName: 'Les Ateliers Agora',
  primaryColor: '#0f5c4d',
  legalFooter: [
    'Les Ateliers Agora SAS, au capital de 10 000 €',
    '12 rue des Tanneurs, 69001 Lyon',
    'SIRET 812 345 678 00024 – Déclaration d’activité de formation n° 84 69 12345 69',
  ].join('\n'),
};

const verificationUrl = (lang: Locale) =>
  `https://agora.example.fr/auth/action?mode=verifyEmail&oobCode=Xy7kQ2mN9pLr4tVb&lang=${lang}`;

export const mailFixtures: { [K in MailTemplate]: Record<Locale, MailTemplateData<K>> } = {
  'welcome-verification': {
    fr: { firstName: 'Camille', verificationUrl: verificationUrl('fr') },
    en: { firstName: 'Camille', verificationUrl: verificationUrl('en') },
  },
  notification: {
    fr: {
      title: 'Votre réservation est confirmée',
      paragraphs: [
        'Votre place pour l’atelier « Prise de parole en public » est réservée.',
        'Mardi 3 mars, de 9 h à 12 h 30\nSalle Voltaire, 12 rue des Tanneurs, 69001 Lyon',
        'Vous pouvez annuler sans frais jusqu’à 48 heures avant le début de la séance.',
      ],
      action: { label: 'Voir ma réservation', url: 'https://agora.example.fr/bookings/bk_7Hq2' },
    },
    en: {
      title: 'Your booking is confirmed',
      paragraphs: [
        'Your place in the “Public speaking” workshop is booked.',
        'Tuesday 3 March, 9:00 am to 12:30 pm\nSalle Voltaire, 12 rue des Tanneurs, 69001 Lyon',
        'You can cancel free of charge until 48 hours before the session starts.',
      ],
      action: { label: 'View my booking', url: 'https://agora.example.fr/bookings/bk_7Hq2' },
    },
  },
};

export const smsFixtures: { [K in SmsTemplate]: Record<Locale, SmsTemplateData<K>> } = {
  notification: {
    fr: { text: 'Rappel : atelier « Prise de parole en public » demain à 9 h, salle Voltaire.' },
    en: { text: 'Reminder: “Public speaking” workshop tomorrow at 9:00 am, Salle Voltaire.' },
  },
};
