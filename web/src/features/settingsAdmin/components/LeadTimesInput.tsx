// The reminder lead times as chips (removable) and a number field to add one: "add" only accepts
// what the schema takes, saying why otherwise; Enter in the field adds rather than saving the page.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CancelIcon from '@mui/icons-material/Cancel';
import { useTranslation } from 'react-i18next';
import type { SettingsForm } from '../hooks/useSettingsForm.ts';
import {
  addLeadTime,
  MAX_LEAD_TIME_HOURS,
  MAX_LEAD_TIMES,
  MIN_LEAD_TIME_HOURS,
  removeLeadTime,
  type LeadTimeError,
} from '../leadTimes.ts';

export function LeadTimesInput({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<LeadTimeError | null>(null);
  const list = form.values.reminderLeadTimesHours;
  const listError = form.issueText(form.errors.reminderLeadTimesHours);

  const add = () => {
    const result = addLeadTime(list, typed);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    form.change({ reminderLeadTimesHours: result.list });
    setTyped('');
    setError(null);
  };

  return (
    <Stack role="group" aria-labelledby="settings-reminders-label" spacing={1}>
      <Typography id="settings-reminders-label" variant="subtitle2" component="span">
        {t('settingsAdmin.policies.reminders')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {list.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('settingsAdmin.policies.noReminders')}
          </Typography>
        )}
        {list.map((hours) => (
          <Chip
            key={hours}
            data-testid={`settings-reminder-${hours}`}
            label={t('settingsAdmin.policies.reminderChip', { hours })}
            disabled={form.busy}
            onDelete={() => form.change({ reminderLeadTimesHours: removeLeadTime(list, hours) })}
            // Named for screen readers; a focused chip also goes with Delete or Backspace.
            deleteIcon={<CancelIcon titleAccess={t('settingsAdmin.policies.removeReminder', { hours })} />}
          />
        ))}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', maxWidth: 360 }}>
        <TextField
          id="settings-reminder-hours"
          type="number"
          size="small"
          label={t('settingsAdmin.policies.reminderHours')}
          disabled={form.busy || list.length >= MAX_LEAD_TIMES}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          error={error !== null}
          helperText={error ? form.issueText(error) : undefined}
          slotProps={{
            htmlInput: { min: MIN_LEAD_TIME_HOURS, max: MAX_LEAD_TIME_HOURS, step: 1, inputMode: 'numeric' },
          }}
        />
        <Button
          variant="outlined"
          onClick={add}
          disabled={form.busy || list.length >= MAX_LEAD_TIMES}
          sx={{ flexShrink: 0, mt: 0.25 }}
        >
          {t('settingsAdmin.policies.addReminder')}
        </Button>
      </Stack>
      <FormHelperText error={Boolean(listError)} sx={{ mt: 0 }}>
        {listError ?? t('settingsAdmin.policies.remindersHint')}
      </FormHelperText>
    </Stack>
  );
}
