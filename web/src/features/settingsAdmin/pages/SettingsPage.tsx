// /admin/settings ("Paramètres", admins only, ADM-3): the organisation's settings read live from
// settings/organization and edited as one document: checked with organizationSettingsSchema here,
// then saved through updateSettings, which checks it again and audits the change.
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { validationMessage } from '@agora/domain';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { record, text } from '../../../lib/firebase/fields.ts';
import { useLive } from '../../../app/hooks/useLive.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import {
  watchOrganizationSettings,
  type OrganizationSettingsDocument,
} from '../../../lib/firebase/organizationSettings.ts';
import { BrandingSection } from '../components/BrandingSection.tsx';
import { InvoicingSection } from '../components/InvoicingSection.tsx';
import { LegalEntitySection } from '../components/LegalEntitySection.tsx';
import { LocaleSection } from '../components/LocaleSection.tsx';
import { ModulesSection } from '../components/ModulesSection.tsx';
import { PoliciesSection } from '../components/PoliciesSection.tsx';
import { SaveBar } from '../components/SaveBar.tsx';
import { UnsavedChangesDialog } from '../components/UnsavedChangesDialog.tsx';
import { VatSection } from '../components/VatSection.tsx';
import { useSettingsForm } from '../hooks/useSettingsForm.ts';
import { useUnsavedChangesGuard } from '../hooks/useUnsavedChangesGuard.ts';
import { settingsIssuesToFields } from '../settingsFields.ts';
import { settingsFormValues } from '../settingsForm.ts';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useLive(watchOrganizationSettings);
  return (
    <Stack spacing={2}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('settingsAdmin.title')}
        </Typography>
        <Typography color="text.secondary">{t('settingsAdmin.intro')}</Typography>
      </div>
      {settings.status === 'error' && (
        <LoadErrorAlert message={t('settingsAdmin.loadError')} onRetry={settings.reload} />
      )}
      {settings.status === 'loading' && <LoadingScreen />}
      {/* Mounted once the document is read: the form starts from it and follows its live changes. */}
      {settings.value && <SettingsEditor document={settings.value} />}
    </Stack>
  );
}

function SettingsEditor({ document }: { document: OrganizationSettingsDocument }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const baseline = useMemo(() => settingsFormValues(document.raw, locale), [document.raw, locale]);
  // A stored document that fails the schema opens with its messages under the fields.
  const [stored] = useState(() => settingsIssuesToFields(document.issues));
  const form = useSettingsForm(baseline, stored.fields);
  const blocker = useUnsavedChangesGuard(form.dirty);
  const storedInvalid = document.exists && document.issues.length > 0;
  const logoUrl = text(record(record(document.raw)?.branding)?.logoUrl);
  const [notice, setNotice] = useState<Notice>(null);

  return (
    <Box
      component="form"
      noValidate
      aria-label={t('settingsAdmin.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void form.save();
      }}
    >
      <Stack spacing={2}>
        {!document.exists && <Alert severity="info">{t('settingsAdmin.notSaved')}</Alert>}
        {storedInvalid && (
          <Alert severity="warning">
            {t('settingsAdmin.invalidStored')}
            {stored.other.length > 0 && (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {stored.other.map((issue) => (
                  <li key={issue.path}>{`${issue.path} : ${validationMessage(issue.code, locale)}`}</li>
                ))}
              </Box>
            )}
          </Alert>
        )}
        {form.changedElsewhere && <Alert severity="warning">{t('settingsAdmin.changedElsewhere')}</Alert>}
        <LegalEntitySection form={form} />
        <VatSection form={form} />
        <InvoicingSection form={form} />
        <LocaleSection form={form} />
        <BrandingSection
          form={form}
          logoUrl={logoUrl}
          onLogoSaved={(message) => setNotice({ severity: 'success', message })}
        />
        <PoliciesSection form={form} />
        <ModulesSection form={form} />
        {/* A stored document that fails the schema may be saved as corrected without other edits. */}
        <SaveBar form={form} canSave={(form.dirty || storedInvalid) && !form.busy} />
      </Stack>
      <UnsavedChangesDialog blocker={blocker} />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Box>
  );
}
