// A simple full-page message with one way out (not found, forbidden, errors).
import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

export function MessagePage(props: {
  title: string;
  text: string;
  actionLabel: string;
  actionTo: string;
  icon?: ReactNode;
}) {
  return (
    <Stack spacing={2} sx={{ alignItems: 'center', textAlign: 'center', py: 8, px: 2 }}>
      {props.icon}
      <Typography variant="h1" component="h1">
        {props.title}
      </Typography>
      <Typography color="text.secondary">{props.text}</Typography>
      <Button variant="contained" component={RouterLink} to={props.actionTo}>
        {props.actionLabel}
      </Button>
    </Stack>
  );
}
