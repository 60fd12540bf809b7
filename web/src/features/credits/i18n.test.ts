// The French labels the browser tests click or read, and the plural forms they rely on.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { LEDGER_KINDS, ORDER_STATUSES, SUBSCRIPTION_STATUSES } from '@agora/domain';
import { creditsEn, creditsFr } from './i18n.ts';

async function translator(language: 'fr' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { fr: { translation: { credits: creditsFr } }, en: { translation: { credits: creditsEn } } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('credits texts', () => {
  it('write the balance with the right plural', async () => {
    const t = await translator('fr');
    expect(t('credits.balance', { count: 1 })).toBe('Solde : 1 crédit');
    expect(t('credits.balance', { count: 12 })).toBe('Solde : 12 crédits');
    expect(t('credits.checkout.paid', { count: 5 })).toBe('Paiement confirmé : 5 crédits ajoutés');
    expect(t('credits.creditsPer.month', { count: 10 })).toBe('10 crédits par mois');
    expect(t('credits.count', { count: 5 })).toBe('5 crédits');
    const en = await translator('en');
    expect(en('credits.balance', { count: 1 })).toBe('Balance: 1 credit');
    expect(en('credits.balance', { count: 0 })).toBe('Balance: 0 credits');
  });

  it('keep the labels the browser tests use', async () => {
    const t = await translator('fr');
    expect(t('credits.shop.title')).toBe('Acheter des crédits');
    expect(t('credits.shop.buyLabel', { name: 'Pack 5' })).toBe('Acheter Pack 5');
    expect(t('credits.shop.subscribeLabel', { name: 'Mensuel' })).toBe('S’abonner à Mensuel');
    expect(t('credits.checkout.demoTitle')).toBe('Paiement (démonstration)');
    expect(t('credits.checkout.pay', { amount: '45,00 €' })).toMatch(/^Payer /);
    expect(t('credits.checkout.simulateAccept')).toBe('Simuler l’accord de la banque');
    expect(t('credits.checkout.simulateRefuse')).toBe('Simuler le refus de la banque');
    expect(t('credits.checkout.resume')).toBe('Reprendre là où j’en étais');
    expect(t('credits.wallet.title')).toBe('Mon portefeuille');
    expect(t('credits.wallet.kindFilter')).toBe('Type d’opération');
    expect(t('credits.subscription.resume')).toBe('Reprendre l’abonnement');
    expect(t('credits.subscription.renewDemo')).toBe('Simuler le renouvellement (démo)');
    expect(t('credits.actions.viewHistory')).toBe('Voir l’historique');
  });

  it('label every ledger kind, order status and subscription status', () => {
    for (const texts of [creditsFr, creditsEn]) {
      for (const kind of LEDGER_KINDS) expect(texts.ledgerKinds[kind]).toBeTruthy();
      for (const status of ORDER_STATUSES) expect(texts.orderStatuses[status]).toBeTruthy();
      for (const status of SUBSCRIPTION_STATUSES) expect(texts.subscription.statuses[status]).toBeTruthy();
    }
    expect(creditsFr.ledgerKinds).toEqual({
      purchase: 'Achat',
      subscription: 'Abonnement',
      booking: 'Réservation',
      refund: 'Remboursement',
      adjustment: 'Ajustement',
      expiry: 'Expiration',
      reversal: 'Annulation de paiement',
    });
  });
});
