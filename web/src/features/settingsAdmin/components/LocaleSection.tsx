// "Fuseau horaire et langue": the IANA zone every date is shown and counted in (chosen from the
// runtime's list, or typed), and the language of emails and of the site by default.
import { useMemo } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@agora/domain';
import type { SettingsForm } from '../hooks/useSettingsForm.ts';
import { timeZoneOptions } from '../timeZones.ts';
import { SettingsSection } from './SettingsSection.tsx';

export function LocaleSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const { values, busy } = form;
  // The list is built once: the zone typed stays valid input even when it is not listed.
  const zones = useMemo(() => timeZoneOptions(form.baseline.timeZone), [form.baseline.timeZone]);
  return (
    <SettingsSection id="settings-locale" title={t('settingsAdmin.sections.locale')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <Autocomplete
            id="settings-time-zone"
            freeSolo
            options={zones}
            disabled={busy}
            value={values.timeZone}
            inputValue={values.timeZone}
            onInputChange={(_event, text) => {
              if (text !== values.timeZone) form.change({ timeZone: text });
            }}
            onChange={(_event, zone) => form.change({ timeZone: zone ?? '' })}
            renderInput={(params) => (
              <TextField
                {...params}
                name="timeZone"
                label={t('settingsAdmin.locale.timeZone')}
                required
                {...form.feedback('timeZone', t('settingsAdmin.locale.timeZoneHint'))}
              />
            )}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            id="settings-default-locale"
            name="defaultLocale"
            select
            label={t('settingsAdmin.locale.defaultLocale')}
            disabled={busy}
            value={values.defaultLocale}
            onChange={(event) => {
              const locale = LOCALES.find((candidate) => candidate === event.target.value);
              if (locale) form.change({ defaultLocale: locale });
            }}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            {...form.feedback('defaultLocale', t('settingsAdmin.locale.defaultLocaleHint'))}
          >
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {t(`settingsAdmin.locale.locales.${locale}`)}
              </option>
            ))}
          </TextField>
        </Grid>
      </Grid>
    </SettingsSection>
  );
}
