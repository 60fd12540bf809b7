// The foot of the settings page, kept in view while scrolling: whether edits are pending, the last
// save's outcome (the sections it changed, or why it failed) and the one "Enregistrer" button,
// which saves the whole document and is off while nothing changed.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { changedSections } from '../changedSections.ts';
import type { SettingsForm } from '../hooks/useSettingsForm.ts';

export function SaveBar(props: { form: SettingsForm; canSave: boolean }) {
  const { t } = useTranslation();
  const { form } = props;
  const { outcome } = form;

  const savedText = (changed: readonly string[]) => {
    const { known, unknown } = changedSections(changed);
    const names = [...known.map((section) => t(`settingsAdmin.changed.${section}`)), ...unknown];
    return names.length === 0
      ? t('settingsAdmin.savedNothing')
      : t('settingsAdmin.saved', { sections: names.join(', ') });
  };

  return (
    <Paper
      elevation={3}
      variant="elevation"
      sx={{ position: 'sticky', bottom: 0, zIndex: 1, p: 2 }}
      aria-live="polite"
    >
      <Stack spacing={1.5}>
        {outcome?.kind === 'saved' && (
          <Alert severity="success" data-testid="settings-saved">
            {savedText(outcome.changed)}
          </Alert>
        )}
        {outcome?.kind === 'failed' && (
          <Alert severity="error" role="alert" data-testid="settings-save-failed">
            {outcome.message}
            {outcome.issues.length > 0 && (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {outcome.issues.map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </Box>
            )}
          </Alert>
        )}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
          <Typography variant="body2" color={form.dirty ? 'warning.main' : 'text.secondary'}>
            {form.dirty ? t('settingsAdmin.dirty') : t('settingsAdmin.unchanged')}
          </Typography>
          <Button
            type="submit"
            variant="contained"
            data-testid="save-settings"
            loading={form.busy}
            disabled={!props.canSave}
          >
            {t('settingsAdmin.save')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
