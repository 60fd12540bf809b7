// /checkout/cancelled?order=<id>: the member left the payment page without paying. Nothing was
// charged; the order stays pending and is simply never paid.
import { useTranslation } from 'react-i18next';
import { MessagePage } from '../../../app/layout/MessagePage.tsx';

export function CheckoutCancelledPage() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('credits.checkout.cancelledTitle')}
      text={t('credits.checkout.cancelledText')}
      actionLabel={t('credits.actions.backToShop')}
      actionTo="/shop"
    />
  );
}
