// "Identité visuelle": the name shown, the main colour (picked or typed as #RRGGBB: the picker
// follows the text once it is complete) and the logo, uploaded on its own (LogoField).
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { colorInputValue } from '../colors.ts';
import type { SettingsForm } from '../hooks/useSettingsForm.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { LogoField } from './LogoField.tsx';
import { SettingsTextField } from './SettingsTextField.tsx';

export function BrandingSection({
  form,
  logoUrl,
  onLogoSaved,
}: {
  form: SettingsForm;
  logoUrl: string | null;
  onLogoSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <SettingsSection id="settings-branding" title={t('settingsAdmin.sections.branding')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SettingsTextField
            form={form}
            field="displayName"
            id="settings-display-name"
            label={t('settingsAdmin.branding.displayName')}
            hint={t('settingsAdmin.branding.displayNameHint')}
            required
            maxLength={100}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Box
              component="input"
              type="color"
              aria-label={t('settingsAdmin.branding.colorPicker')}
              disabled={form.busy}
              value={colorInputValue(form.values.primaryColor)}
              onChange={(event) => form.change({ primaryColor: event.target.value })}
              sx={{
                width: 56,
                height: 56,
                p: 0.5,
                flexShrink: 0,
                border: 1,
                borderColor: 'divider',
                borderRadius: 1,
                bgcolor: 'background.paper',
                cursor: 'pointer',
              }}
            />
            <SettingsTextField
              form={form}
              field="primaryColor"
              id="settings-primary-color"
              label={t('settingsAdmin.branding.primaryColor')}
              hint={t('settingsAdmin.branding.primaryColorHint')}
              required
              maxLength={7}
            />
          </Stack>
        </Grid>
        <Grid size={12}>
          <LogoField logoUrl={logoUrl} onSaved={onLogoSaved} />
        </Grid>
      </Grid>
    </SettingsSection>
  );
}
