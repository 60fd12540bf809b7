// Password reset request (ACC-2). The answer is the same whether or not an account exists.
import { useCallback, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import {
  authErrorKey,
  findEmulatorPasswordResetLink,
  sendPasswordReset,
  usesEmulators,
  type AuthErrorKey,
} from '../../../lib/firebase/index.ts';
import { EmulatorLinkBox } from '../components/EmulatorLinkBox.tsx';

function initialEmail(state: unknown): string {
  const email = (state as { email?: unknown } | null)?.email;
  return typeof email === 'string' ? email : '';
}

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const [email, setEmail] = useState(() => initialEmail(location.state));
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [sendCount, setSendCount] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<AuthErrorKey | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    const address = email.trim();
    try {
      await sendPasswordReset(address);
      setSentTo(address);
      setSendCount((n) => n + 1);
    } catch (caught) {
      const key = authErrorKey(caught);
      // Unknown accounts get the same answer as known ones (no account enumeration).
      if (key === 'invalidCredential') setSentTo(address);
      else setError(key);
    } finally {
      setSubmitting(false);
    }
  };

  // The in-app action page applies the code: the emulator's own page needs a newPassword parameter.
  const findLink = useCallback(async () => {
    if (!sentTo) return null;
    const code = await findEmulatorPasswordResetLink(sentTo);
    return code ? `/auth/action?mode=resetPassword&oobCode=${encodeURIComponent(code.oobCode)}` : null;
  }, [sentTo]);

  return (
    <Paper sx={{ p: { xs: 2, sm: 4 }, maxWidth: 480, mx: 'auto' }}>
      <Stack component="form" spacing={2} noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Typography variant="h1">{t('auth.forgot.title')}</Typography>
        <Typography color="text.secondary">{t('auth.forgot.intro')}</Typography>
        <TextField
          id="forgot-email"
          name="email"
          type="email"
          label={t('profile.fields.email')}
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        {sentTo && (
          <Alert severity="success" role="status">
            {t('auth.forgot.sent', { email: sentTo })}
          </Alert>
        )}
        {error && (
          <Alert severity="error" role="alert">
            {t(`errors.auth.${error}`)}
          </Alert>
        )}
        <Button type="submit" variant="contained" size="large" loading={submitting}>
          {t('auth.forgot.submit')}
        </Button>
        <Link component={RouterLink} to="/sign-in">
          {t('auth.forgot.back')}
        </Link>
        {usesEmulators && sentTo && (
          <EmulatorLinkBox
            title={t('demo.resetTitle')}
            linkLabel={t('demo.resetLink')}
            testId="emulator-password-reset-link"
            find={findLink}
            refreshKey={sendCount}
          />
        )}
      </Stack>
    </Paper>
  );
}
