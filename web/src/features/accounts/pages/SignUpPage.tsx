// Sign-up (ACC-1): credentials, full profile, GDPR consent; then on to email verification.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '@agora/domain';
import { useAuth } from '../../../app/auth/authContext.ts';
import { signOut } from '../../../lib/firebase/index.ts';
import { ConsentField } from '../components/ConsentField.tsx';
import { IssuesAlert } from '../components/FormErrorAlert.tsx';
import { ProfileFields } from '../components/ProfileFields.tsx';
import { focusFirstError } from '../components/focusFirstError.ts';
import { useFieldErrorText } from '../hooks/useFieldErrorText.ts';
import { useSignUp, type SignUpFormError, type SignUpValues } from '../hooks/useSignUp.ts';
import { EMPTY_PROFILE, fieldsOf, withoutErrors, type FieldErrors, type FieldName } from '../profileForm.ts';

const INITIAL_VALUES: SignUpValues = {
  ...EMPTY_PROFILE,
  email: '',
  password: '',
  passwordConfirmation: '',
  consent: false,
};

function AlreadySignedIn({ email }: { email: string | null }) {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: { xs: 2, sm: 4 }, maxWidth: 640, mx: 'auto' }}>
      <Stack spacing={2}>
        <Typography variant="h1">{t('auth.signUp.title')}</Typography>
        <Alert severity="info">{t('auth.signUp.alreadySignedIn', { email: email ?? '' })}</Alert>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <Button variant="contained" component={RouterLink} to="/account">
            {t('nav.account')}
          </Button>
          <Button variant="outlined" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}

function FormError({ error }: { error: SignUpFormError }) {
  const { t } = useTranslation();
  switch (error.kind) {
    case 'auth':
      return (
        <Alert severity="error" role="alert">
          {t(`errors.auth.${error.key}`)}
        </Alert>
      );
    case 'signedInAsOther':
      return (
        <Alert severity="error" role="alert">
          {t('auth.signUp.signedInAsOther', { email: error.email })}
        </Alert>
      );
    case 'profileNotSaved':
      return (
        <Alert severity="error" role="alert">
          {t('auth.signUp.profileNotSaved')}
        </Alert>
      );
    case 'invalid':
      return <IssuesAlert title={t('errors.form.invalid')} issues={error.issues} />;
  }
}

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { status, session } = useAuth();
  const { submit, submitting } = useSignUp();
  const errorText = useFieldErrorText();
  const [values, setValues] = useState<SignUpValues>(INITIAL_VALUES);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<SignUpFormError | null>(null);
  // Once submitted, the new account signs in: keep showing the form until the flow ends.
  const [started, setStarted] = useState(false);

  if (status === 'signedIn' && !started) return <AlreadySignedIn email={session?.email ?? null} />;

  const update = (patch: Partial<SignUpValues>, fields: readonly FieldName[]) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => withoutErrors(current, fields));
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStarted(true);
    setFormError(null);
    const result = await submit(values);
    if (result.ok) {
      await navigate('/verify-email', { replace: true });
      return;
    }
    setErrors(result.fields);
    setFormError(result.form);
    focusFirstError();
  };

  const feedback = (name: FieldName, hint?: string) => ({
    error: Boolean(errors[name]),
    helperText: errorText(errors[name]) ?? hint,
  });

  return (
    <Paper sx={{ p: { xs: 2, sm: 4 }, maxWidth: 760, mx: 'auto' }}>
      <Stack component="form" spacing={3} noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div>
          <Typography variant="h1" gutterBottom>
            {t('auth.signUp.title')}
          </Typography>
          <Typography color="text.secondary">{t('auth.signUp.intro')}</Typography>
        </div>

        <Typography variant="h3" component="h2">
          {t('auth.signUp.credentials')}
        </Typography>
        <TextField
          id="sign-up-email"
          name="email"
          type="email"
          label={t('profile.fields.email')}
          autoComplete="email"
          required
          disabled={submitting}
          value={values.email}
          onChange={(event) => update({ email: event.target.value }, ['email'])}
          {...feedback('email')}
        />
        <TextField
          id="sign-up-password"
          name="password"
          type="password"
          label={t('profile.fields.password')}
          autoComplete="new-password"
          required
          disabled={submitting}
          value={values.password}
          onChange={(event) => update({ password: event.target.value }, ['password', 'passwordConfirmation'])}
          {...feedback('password', t('auth.signUp.passwordHint', { min: PASSWORD_MIN_LENGTH }))}
        />
        <TextField
          id="sign-up-password-confirmation"
          name="passwordConfirmation"
          type="password"
          label={t('profile.fields.passwordConfirmation')}
          autoComplete="new-password"
          required
          disabled={submitting}
          value={values.passwordConfirmation}
          onChange={(event) => update({ passwordConfirmation: event.target.value }, ['passwordConfirmation'])}
          {...feedback('passwordConfirmation')}
        />

        <ProfileFields
          values={values}
          errors={errors}
          disabled={submitting}
          onChange={(patch) => update(patch, fieldsOf(patch))}
        />

        <Typography variant="h3" component="h2">
          {t('auth.signUp.consents')}
        </Typography>
        <ConsentField
          checked={values.consent}
          disabled={submitting}
          errorText={errorText(errors.consent)}
          onChange={(consent) => update({ consent }, ['consent'])}
        />

        {formError && <FormError error={formError} />}

        <Button type="submit" variant="contained" size="large" loading={submitting}>
          {t('auth.signUp.submit')}
        </Button>
        <Typography variant="body2">
          {t('auth.signUp.haveAccount')}{' '}
          <Link component={RouterLink} to="/sign-in">
            {t('nav.signIn')}
          </Link>
        </Typography>
      </Stack>
    </Paper>
  );
}
