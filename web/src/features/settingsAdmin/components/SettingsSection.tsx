// One section of the settings page: a titled panel (its heading names it for screen readers),
// an optional line on what it is for, then its fields.
import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export function SettingsSection(props: { id: string; title: string; intro?: string; children: ReactNode }) {
  const titleId = `${props.id}-title`;
  return (
    <Paper component="section" aria-labelledby={titleId} sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack spacing={2}>
        <div>
          <Typography id={titleId} variant="h2" sx={{ fontSize: '1.25rem' }}>
            {props.title}
          </Typography>
          {props.intro && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {props.intro}
            </Typography>
          )}
        </div>
        {props.children}
      </Stack>
    </Paper>
  );
}
