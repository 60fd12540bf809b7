// Sign-in (ACC-2) with email and password; returns to the page that asked for it.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate, useLocation } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import type { FromState } from '../../../app/auth/guards.tsx';
import { authErrorKey, signIn, type AuthErrorKey } from '../../../lib/firebase/index.ts';

function safeFrom(state: unknown): string {
  const from = (state as FromState | null)?.from;
  // Only paths inside the app: never an absolute URL handed over in history state.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/account';
}

export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { status } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<AuthErrorKey | null>(null);

  // Signing in flips the session: the redirect happens here, for a fresh visit as for a submit.
  if (status === 'signedIn') return <Navigate to={safeFrom(location.state)} replace />;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (caught) {
      setError(authErrorKey(caught));
      setSubmitting(false);
    }
  };

  return (
    <Paper sx={{ p: { xs: 2, sm: 4 }, maxWidth: 480, mx: 'auto' }}>
      <Stack component="form" spacing={2} noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Typography variant="h1">{t('auth.signIn.title')}</Typography>
        <TextField
          id="sign-in-email"
          name="email"
          type="email"
          label={t('profile.fields.email')}
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id="sign-in-password"
          name="password"
          type="password"
          label={t('profile.fields.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {error && (
          <Alert severity="error" role="alert">
            {t(`errors.auth.${error}`)}
          </Alert>
        )}
        <Button type="submit" variant="contained" size="large" loading={submitting}>
          {t('auth.signIn.submit')}
        </Button>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ justifyContent: 'space-between' }}>
          <Link component={RouterLink} to="/forgot-password" state={{ email }}>
            {t('auth.signIn.forgot')}
          </Link>
          <Link component={RouterLink} to="/sign-up">
            {t('auth.signIn.noAccount')}
          </Link>
        </Stack>
      </Stack>
    </Paper>
  );
}
