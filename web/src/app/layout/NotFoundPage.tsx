// Unknown addresses inside the app.
import { useTranslation } from 'react-i18next';
import { MessagePage } from './MessagePage.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('errors.route.notFoundTitle')}
      text={t('errors.route.notFoundText')}
      actionLabel={t('nav.home')}
      actionTo="/"
    />
  );
}
