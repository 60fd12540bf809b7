// The legend of the calendar grids: the four slot states, each with its look.
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SLOT_STATES } from '../slotStates.ts';
import { SLOT_LOOKS } from './slotStyles.ts';

export function StateLegend() {
  const { t } = useTranslation();
  return (
    <Stack
      direction="row"
      spacing={2}
      component="ul"
      aria-label={t('spacesAdmin.calendar.legend')}
      sx={{ listStyle: 'none', p: 0, m: 0, flexWrap: 'wrap', rowGap: 1 }}
    >
      {SLOT_STATES.map((state) => (
        <Stack key={state} component="li" direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Box
            aria-hidden
            sx={(theme) => ({
              width: 20,
              height: 14,
              border: 1,
              borderColor: 'divider',
              borderRadius: 0.5,
              ...SLOT_LOOKS[state](theme),
            })}
          />
          <Typography variant="body2">{t(`spacesAdmin.calendar.states.${state}`)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}
