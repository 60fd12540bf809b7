// Privacy policy placeholder: the version members consent to (ACC-1); the final text comes later.
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PRIVACY_POLICY_VERSION } from '@agora/domain';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';

const SECTIONS = ['data', 'purposes', 'retention', 'rights'] as const;

export function PrivacyPage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const controller = organization.legalName ?? organization.displayName;

  return (
    <Paper sx={{ p: { xs: 2, sm: 4 }, maxWidth: 860, mx: 'auto' }}>
      <Stack spacing={2}>
        <Typography variant="h1">{t('privacy.title')}</Typography>
        <Typography color="text.secondary">
          {t('privacy.version', { version: PRIVACY_POLICY_VERSION })}
        </Typography>
        <Alert severity="info">{t('privacy.draft')}</Alert>
        <Typography>{t('privacy.controller', { name: controller })}</Typography>
        {SECTIONS.map((section) => (
          <section key={section}>
            <Typography variant="h3" component="h2" gutterBottom>
              {t(`privacy.sections.${section}.title`)}
            </Typography>
            <Typography>{t(`privacy.sections.${section}.text`)}</Typography>
          </section>
        ))}
        {organization.contactEmail && (
          <Typography>{t('privacy.contact', { email: organization.contactEmail })}</Typography>
        )}
      </Stack>
    </Paper>
  );
}
