// Shown when a signed-in user opens a page their role does not allow.
import LockOutlined from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import { MessagePage } from './MessagePage.tsx';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <MessagePage
      icon={<LockOutlined color="action" fontSize="large" />}
      title={t('errors.route.forbiddenTitle')}
      text={t('errors.route.forbiddenText')}
      actionLabel={t('nav.account')}
      actionTo="/account"
    />
  );
}
