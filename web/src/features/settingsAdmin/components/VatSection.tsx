// "TVA et crédits": the VAT regime and whether credits are multi- or single-purpose vouchers (which
// decides when VAT is invoiced: on each booking, or when the credits are bought).
import Grid from '@mui/material/Grid';
import { useTranslation } from 'react-i18next';
import { VAT_REGIMES, VOUCHER_MODES } from '@agora/domain';
import type { SettingsForm } from '../hooks/useSettingsForm.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { SettingsSection } from './SettingsSection.tsx';

export function VatSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  return (
    <SettingsSection id="settings-vat" title={t('settingsAdmin.sections.vat')}>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 6 }}>
          <ChoiceGroup
            id="settings-vat-regime"
            label={t('settingsAdmin.vat.regime')}
            choices={VAT_REGIMES}
            value={form.values.vatRegime}
            onChange={(vatRegime) => form.change({ vatRegime })}
            choiceLabel={(regime) => t(`settingsAdmin.vat.regimes.${regime}`)}
            choiceHelp={(regime) => t(`settingsAdmin.vat.regimeHelp.${regime}`)}
            disabled={form.busy}
            error={form.issueText(form.errors.vatRegime)}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <ChoiceGroup
            id="settings-voucher-mode"
            label={t('settingsAdmin.vat.voucherMode')}
            choices={VOUCHER_MODES}
            value={form.values.voucherMode}
            onChange={(voucherMode) => form.change({ voucherMode })}
            choiceLabel={(mode) => t(`settingsAdmin.vat.voucherModes.${mode}`)}
            choiceHelp={(mode) => t(`settingsAdmin.vat.voucherHelp.${mode}`)}
            disabled={form.busy}
            error={form.issueText(form.errors.voucherMode)}
          />
        </Grid>
      </Grid>
    </SettingsSection>
  );
}
