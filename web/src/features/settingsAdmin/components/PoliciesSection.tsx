// "Règles": how long before a booking members may still cancel it (and be refunded), and when
// they are reminded of it.
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { SettingsForm } from '../hooks/useSettingsForm.ts';
import { LeadTimesInput } from './LeadTimesInput.tsx';
import { SettingsSection } from './SettingsSection.tsx';

export function PoliciesSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  return (
    <SettingsSection id="settings-policies" title={t('settingsAdmin.sections.policies')}>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 6 }}>
          {/* Browser tests fill this field by its id. */}
          <TextField
            id="settings-cancellation-window"
            name="cancellationWindowHours"
            type="number"
            label={t('settingsAdmin.policies.cancellationWindow')}
            required
            disabled={form.busy}
            value={form.values.cancellationWindowHours}
            onChange={(event) => form.change({ cancellationWindowHours: event.target.value })}
            slotProps={{ htmlInput: { min: 0, max: 720, step: 1, inputMode: 'numeric' } }}
            {...form.feedback('cancellationWindowHours', t('settingsAdmin.policies.cancellationWindowHint'))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <LeadTimesInput form={form} />
        </Grid>
      </Grid>
    </SettingsSection>
  );
}
