// Handler for Firebase Auth email links (/auth/action?mode=...&oobCode=...), when the project's
// email templates point here: verifies the address or sets a new password.
import { useEffect, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { PASSWORD_MIN_LENGTH, newPasswordIssues } from '@agora/domain';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import {
  applyEmailVerificationCode,
  authErrorKey,
  checkPasswordResetCode,
  confirmNewPassword,
  type AuthErrorKey,
} from '../../../lib/firebase/index.ts';
import { useFieldErrorText } from '../hooks/useFieldErrorText.ts';
import type { FieldError } from '../profileForm.ts';

// One request per code, even when React mounts the page twice (a used code cannot be applied again).
const pending = new Map<string, Promise<unknown>>();
function once<T>(key: string, run: () => Promise<T>): Promise<T> {
  const existing = pending.get(key) as Promise<T> | undefined;
  if (existing) return existing;
  const started = run();
  pending.set(key, started);
  return started;
}

type CodeState<T> =
  { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; key: AuthErrorKey };

/** Runs a module-level action on a code once and follows its outcome. */
function useActionCode<T>(
  action: string,
  run: (oobCode: string) => Promise<T>,
  oobCode: string,
): CodeState<T> {
  const key = `${action}:${oobCode}`;
  const [state, setState] = useState<{ key: string; value: CodeState<T> } | null>(null);
  useEffect(() => {
    let active = true;
    const started = `${action}:${oobCode}`;
    once(started, () => run(oobCode)).then(
      (value) => active && setState({ key: started, value: { status: 'ok', value } }),
      (error: unknown) =>
        active && setState({ key: started, value: { status: 'error', key: authErrorKey(error) } }),
    );
    return () => {
      active = false;
    };
  }, [action, run, oobCode]);
  return state && state.key === key ? state.value : { status: 'loading' };
}

function VerifyEmailAction({ oobCode }: { oobCode: string }) {
  const { t } = useTranslation();
  const state = useActionCode('verify', applyEmailVerificationCode, oobCode);
  if (state.status === 'loading') return <LoadingScreen />;
  return (
    <Stack spacing={2}>
      <Typography variant="h1">{t('auth.action.verifyTitle')}</Typography>
      {state.status === 'ok' ? (
        <Alert severity="success">{t('auth.action.verified')}</Alert>
      ) : (
        <Alert severity="error" role="alert">
          {t(`errors.auth.${state.key}`)}
        </Alert>
      )}
      <Button
        variant="contained"
        component={RouterLink}
        to={state.status === 'ok' ? '/account' : '/verify-email'}
      >
        {t('common.continue')}
      </Button>
    </Stack>
  );
}

function ResetPasswordAction({ oobCode }: { oobCode: string }) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const state = useActionCode('reset', checkPasswordResetCode, oobCode);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ password?: FieldError; confirmation?: FieldError }>({});
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<'done' | AuthErrorKey | null>(null);

  if (state.status === 'loading') return <LoadingScreen />;
  if (state.status === 'error') {
    return (
      <Stack spacing={2}>
        <Typography variant="h1">{t('auth.action.resetTitle')}</Typography>
        <Alert severity="error" role="alert">
          {t(`errors.auth.${state.key}`)}
        </Alert>
        <Button variant="contained" component={RouterLink} to="/forgot-password">
          {t('auth.action.newLink')}
        </Button>
      </Stack>
    );
  }
  const email = state.value;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The same rules as at sign-up, from the domain.
    const next: typeof errors = {};
    for (const issue of newPasswordIssues(password, confirmation, email)) {
      const field = issue.path === 'password' ? 'password' : 'confirmation';
      next[field] = { kind: 'validation', code: issue.code };
    }
    setErrors(next);
    if (next.password || next.confirmation) return;
    setSubmitting(true);
    try {
      await confirmNewPassword(oobCode, password);
      setResult('done');
    } catch (error) {
      setResult(authErrorKey(error));
    } finally {
      setSubmitting(false);
    }
  };

  if (result === 'done') {
    return (
      <Stack spacing={2}>
        <Typography variant="h1">{t('auth.action.resetTitle')}</Typography>
        <Alert severity="success">{t('auth.action.passwordChanged')}</Alert>
        <Button variant="contained" component={RouterLink} to="/sign-in">
          {t('nav.signIn')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack component="form" spacing={2} noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Typography variant="h1">{t('auth.action.resetTitle')}</Typography>
      <Typography color="text.secondary">{t('auth.action.resetFor', { email })}</Typography>
      <TextField
        id="reset-password"
        type="password"
        label={t('auth.action.newPassword')}
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={Boolean(errors.password)}
        helperText={errorText(errors.password) ?? t('auth.signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
      />
      <TextField
        id="reset-password-confirmation"
        type="password"
        label={t('profile.fields.passwordConfirmation')}
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        error={Boolean(errors.confirmation)}
        helperText={errorText(errors.confirmation)}
      />
      {result && (
        <Alert severity="error" role="alert">
          {t(`errors.auth.${result}`)}
        </Alert>
      )}
      <Button type="submit" variant="contained" loading={submitting}>
        {t('auth.action.savePassword')}
      </Button>
    </Stack>
  );
}

export function AuthActionPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const mode = params.get('mode');
  const oobCode = params.get('oobCode');

  let content;
  if (oobCode && mode === 'verifyEmail') content = <VerifyEmailAction oobCode={oobCode} />;
  else if (oobCode && mode === 'resetPassword') content = <ResetPasswordAction oobCode={oobCode} />;
  else {
    content = (
      <Stack spacing={2}>
        <Typography variant="h1">{t('auth.action.invalidTitle')}</Typography>
        <Alert severity="error">{t('errors.auth.invalidActionCode')}</Alert>
        <Button variant="contained" component={RouterLink} to="/">
          {t('nav.home')}
        </Button>
      </Stack>
    );
  }
  return <Paper sx={{ p: { xs: 2, sm: 4 }, maxWidth: 560, mx: 'auto' }}>{content}</Paper>;
}
