// "Modules": one switch per part of the site the organisation offers its members.
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import { useTranslation } from 'react-i18next';
import { MODULES } from '@agora/domain';
import type { SettingsForm } from '../hooks/useSettingsForm.ts';
import { SettingsSection } from './SettingsSection.tsx';

export function ModulesSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const { modules } = form.values;
  const error = form.issueText(form.errors.modules);
  return (
    <SettingsSection
      id="settings-modules"
      title={t('settingsAdmin.sections.modules')}
      intro={t('settingsAdmin.modules.intro')}
    >
      <FormGroup sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        {MODULES.map((module) => (
          <FormControlLabel
            key={module}
            control={
              <Switch
                id={`settings-module-${module}`}
                checked={modules[module]}
                disabled={form.busy}
                onChange={(event) => form.change({ modules: { ...modules, [module]: event.target.checked } })}
              />
            }
            label={t(`settingsAdmin.modules.names.${module}`)}
          />
        ))}
      </FormGroup>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </SettingsSection>
  );
}
