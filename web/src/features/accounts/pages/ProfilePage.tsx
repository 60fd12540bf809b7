// /account/profile: the member's profile from users/{uid}, and its edit form (saveProfile).
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { isProfileComplete, PRIVACY_POLICY_VERSION, type FieldIssue } from '@agora/domain';
import { useAuth } from '../../../app/auth/authContext.ts';
import type { CallableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import type { UserRecord } from '../../../lib/firebase/index.ts';
import { ConsentField } from '../components/ConsentField.tsx';
import { IssuesAlert } from '../components/FormErrorAlert.tsx';
import { ProfileFields } from '../components/ProfileFields.tsx';
import { ProfileSummary } from '../components/ProfileSummary.tsx';
import { focusFirstError } from '../components/focusFirstError.ts';
import { useFieldErrorText } from '../hooks/useFieldErrorText.ts';
import { useSaveProfile } from '../hooks/useSaveProfile.ts';
import { fieldsOf, profileValuesFromUser, withoutErrors, type FieldErrors } from '../profileForm.ts';

function ProfileForm({ user }: { user: UserRecord | null }) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const { save, saving } = useSaveProfile();
  // Filled once from the document; later snapshots (our own save) do not overwrite typing.
  const [values, setValues] = useState(() => profileValuesFromUser(user?.data));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<CallableErrorKey | null>(null);
  const [saved, setSaved] = useState(false);
  const consentIsCurrent = user?.data.consent?.policyVersion === PRIVACY_POLICY_VERSION;
  const [consent, setConsent] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setOther([]);
    const result = await save(values, consentIsCurrent || consent);
    if (result.ok) {
      setErrors({});
      setSaved(true);
      return;
    }
    setErrors(result.fields);
    setOther(result.other);
    setFailure(result.error);
    focusFirstError();
  };

  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack component="form" spacing={3} noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Typography variant="h2">{t('profile.page.editTitle')}</Typography>
        <ProfileFields
          values={values}
          errors={errors}
          disabled={saving}
          onChange={(patch) => {
            setValues((current) => ({ ...current, ...patch }));
            setErrors((current) => withoutErrors(current, fieldsOf(patch)));
          }}
        />
        {!consentIsCurrent && (
          <ConsentField
            checked={consent}
            disabled={saving}
            errorText={errorText(errors.consent)}
            onChange={(checked) => {
              setConsent(checked);
              setErrors((current) => withoutErrors(current, ['consent']));
            }}
          />
        )}
        {other.length > 0 && <IssuesAlert title={t('errors.form.invalid')} issues={other} />}
        {failure && (
          <Alert severity="error" role="alert">
            {t(`errors.callable.${failure}`)}
          </Alert>
        )}
        <Button
          type="submit"
          variant="contained"
          size="large"
          loading={saving}
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('profile.page.save')}
        </Button>
      </Stack>
      <Snackbar
        open={saved}
        autoHideDuration={5000}
        onClose={() => setSaved(false)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setSaved(false)}>
          {t('profile.page.saved')}
        </Alert>
      </Snackbar>
    </Paper>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const { session, user, userStatus, role } = useAuth();
  if (!session || userStatus === 'loading' || userStatus === 'idle') return <LoadingScreen />;
  return (
    <Stack spacing={3} sx={{ maxWidth: 860, mx: 'auto' }}>
      <Typography variant="h1">{t('profile.page.title')}</Typography>
      {userStatus === 'error' && <Alert severity="error">{t('profile.page.loadError')}</Alert>}
      {userStatus === 'ready' && !isProfileComplete(user?.raw) && (
        <Alert severity="warning">{t('profile.page.incomplete')}</Alert>
      )}
      <ProfileSummary session={session} user={user} role={role} />
      <ProfileForm key={session.uid} user={user} />
    </Stack>
  );
}
