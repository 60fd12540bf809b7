// A failed action in words, with the way to the page that fixes its cause when the person can fix
// it (verify the email, complete the profile, buy credits): one look for every member-facing failure.
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';

export function FixableErrorAlert(props: {
  /** The page that fixes the cause and its link's text; null when there is none. */
  fix: { to: string; label: string } | null;
  children: ReactNode;
}) {
  const { fix } = props;
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        fix ? (
          <Button color="inherit" size="small" component={RouterLink} to={fix.to}>
            {fix.label}
          </Button>
        ) : undefined
      }
    >
      {props.children}
    </Alert>
  );
}
