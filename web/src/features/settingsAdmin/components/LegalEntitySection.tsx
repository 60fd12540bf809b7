// "Entité juridique": who issues the invoices, as printed on them (name, form, capital, address,
// SIRET, VAT and training declaration numbers, contact).
import { useMemo } from 'react';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/i18n/index.ts';
import { countryOptions } from '../../accounts/countries.ts';
import type { SettingsForm } from '../hooks/useSettingsForm.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { SettingsTextField } from './SettingsTextField.tsx';

export function LegalEntitySection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countries = useMemo(() => countryOptions(locale, form.values.country), [locale, form.values.country]);
  return (
    <SettingsSection
      id="settings-legal-entity"
      title={t('settingsAdmin.sections.legalEntity')}
      intro={t('settingsAdmin.legalEntity.intro')}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 8 }}>
          <SettingsTextField
            form={form}
            field="legalName"
            id="settings-legal-name"
            label={t('settingsAdmin.legalEntity.name')}
            required
            maxLength={200}
            autoComplete="organization"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <SettingsTextField
            form={form}
            field="legalForm"
            id="settings-legal-form"
            label={t('settingsAdmin.legalEntity.legalForm')}
            hint={t('settingsAdmin.legalEntity.legalFormHint')}
            required
            maxLength={100}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SettingsTextField
            form={form}
            field="siret"
            id="settings-siret"
            label={t('settingsAdmin.legalEntity.siret')}
            hint={t('settingsAdmin.legalEntity.siretHint')}
            required
            inputMode="numeric"
            maxLength={20}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SettingsTextField
            form={form}
            field="vatNumber"
            id="settings-vat-number"
            label={t('settingsAdmin.legalEntity.vatNumber')}
            maxLength={24}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SettingsTextField
            form={form}
            field="shareCapital"
            id="settings-share-capital"
            label={t('settingsAdmin.legalEntity.shareCapital')}
            hint={t('settingsAdmin.legalEntity.shareCapitalHint')}
            inputMode="decimal"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SettingsTextField
            form={form}
            field="trainingDeclarationNumber"
            id="settings-training-declaration-number"
            label={t('settingsAdmin.legalEntity.trainingDeclarationNumber')}
            hint={t('settingsAdmin.legalEntity.trainingDeclarationNumberHint')}
            maxLength={24}
          />
        </Grid>
        <Grid size={12}>
          <SettingsTextField
            form={form}
            field="line1"
            id="settings-address-line1"
            label={t('settingsAdmin.legalEntity.line1')}
            required
            maxLength={200}
            autoComplete="address-line1"
          />
        </Grid>
        <Grid size={12}>
          <SettingsTextField
            form={form}
            field="line2"
            id="settings-address-line2"
            label={t('settingsAdmin.legalEntity.line2')}
            maxLength={200}
            autoComplete="address-line2"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <SettingsTextField
            form={form}
            field="postalCode"
            id="settings-postal-code"
            label={t('settingsAdmin.legalEntity.postalCode')}
            required
            maxLength={12}
            autoComplete="postal-code"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <SettingsTextField
            form={form}
            field="city"
            id="settings-city"
            label={t('settingsAdmin.legalEntity.city')}
            required
            maxLength={100}
            autoComplete="address-level2"
          />
        </Grid>
        <Grid size={12}>
          <TextField
            id="settings-country"
            name="country"
            select
            label={t('settingsAdmin.legalEntity.country')}
            required
            disabled={form.busy}
            value={form.values.country}
            onChange={(event) => form.change({ country: event.target.value })}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            {...form.feedback('country')}
          >
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SettingsTextField
            form={form}
            field="email"
            id="settings-email"
            type="email"
            label={t('settingsAdmin.legalEntity.email')}
            required
            maxLength={254}
            autoComplete="email"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SettingsTextField
            form={form}
            field="phone"
            id="settings-phone"
            type="tel"
            label={t('settingsAdmin.legalEntity.phone')}
            maxLength={32}
            autoComplete="tel"
          />
        </Grid>
      </Grid>
    </SettingsSection>
  );
}
