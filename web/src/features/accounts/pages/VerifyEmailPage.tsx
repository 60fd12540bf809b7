// Email verification (ACC-1/ACC-2): resend the link, then "I have verified" reloads the account.
// The email is the branded welcome-verification message, queued through the outbox by the
// requestVerificationEmail callable in the interface language. In demo mode the emulator's link is
// shown (the Auth emulator records the links the Admin SDK generates too); it verifies and comes
// back here (continue URL).
import { useCallback, useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import { callableErrorKey, type CallableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import {
  authErrorKey,
  callRequestVerificationEmail,
  findEmulatorVerificationLink,
  reloadUser,
  sendVerificationEmail,
  usesEmulators,
  type AuthErrorKey,
} from '../../../lib/firebase/index.ts';
import { EmulatorLinkBox } from '../components/EmulatorLinkBox.tsx';

type Feedback =
  | { kind: 'sent' }
  | { kind: 'notYet' }
  | { kind: 'error'; key: AuthErrorKey }
  | { kind: 'sendError'; key: CallableErrorKey }
  | null;

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useAuth();
  const locale = useLocale();
  const email = session?.email ?? '';
  const verified = session?.emailVerified ?? false;
  const [busy, setBusy] = useState<'resend' | 'check' | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [linkRefresh, setLinkRefresh] = useState(0);

  // Coming back from the verification link: pick up the new state without a click.
  useEffect(() => {
    reloadUser().catch(() => undefined);
  }, []);

  const findLink = useCallback(
    async () => (await findEmulatorVerificationLink(email))?.oobLink ?? null,
    [email],
  );

  // Demo mode only, once per visit: should the emulator hold no link for this address (the
  // welcome email could not be queued), ask Firebase Auth for one so the demo can go on.
  const fallbackUsed = useRef(false);
  const generateFallbackLink = useCallback(async () => {
    if (!usesEmulators || fallbackUsed.current) return false;
    fallbackUsed.current = true;
    await sendVerificationEmail();
    return true;
  }, []);

  const resend = async () => {
    setBusy('resend');
    setFeedback(null);
    try {
      await callRequestVerificationEmail({ locale });
      setFeedback({ kind: 'sent' });
      setLinkRefresh((n) => n + 1);
    } catch (error) {
      setFeedback({ kind: 'sendError', key: callableErrorKey(error) });
      // Refused because the address was verified meanwhile (another tab): show it.
      reloadUser().catch(() => undefined);
    } finally {
      setBusy(null);
    }
  };

  const check = async () => {
    setBusy('check');
    setFeedback(null);
    try {
      if (await reloadUser()) {
        await navigate('/account', { replace: true });
        return;
      }
      setFeedback({ kind: 'notYet' });
    } catch (error) {
      setFeedback({ kind: 'error', key: authErrorKey(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper sx={{ p: { xs: 2, sm: 4 }, maxWidth: 640, mx: 'auto' }}>
      <Stack spacing={2}>
        <Typography variant="h1">{t('auth.verify.title')}</Typography>
        {verified ? (
          <Alert severity="success">{t('auth.verify.verified', { email })}</Alert>
        ) : (
          <>
            <Typography>{t('auth.verify.sentTo', { email })}</Typography>
            <Typography color="text.secondary">{t('auth.verify.why')}</Typography>
          </>
        )}
        {feedback?.kind === 'sent' && <Alert severity="success">{t('auth.verify.resent')}</Alert>}
        {feedback?.kind === 'notYet' && (
          <Alert severity="warning" role="alert">
            {t('auth.verify.notYet')}
          </Alert>
        )}
        {feedback?.kind === 'error' && (
          <Alert severity="error" role="alert">
            {t(`errors.auth.${feedback.key}`)}
          </Alert>
        )}
        {feedback?.kind === 'sendError' && (
          <Alert severity="error" role="alert">
            {t(`errors.callable.${feedback.key}`)}
          </Alert>
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <Button
            variant="contained"
            onClick={() => void check()}
            loading={busy === 'check'}
            disabled={busy !== null}
          >
            {t('auth.verify.checked')}
          </Button>
          {!verified && (
            <Button
              variant="outlined"
              onClick={() => void resend()}
              loading={busy === 'resend'}
              disabled={busy !== null}
            >
              {t('auth.verify.resend')}
            </Button>
          )}
        </Stack>
        {usesEmulators && !verified && email && (
          <EmulatorLinkBox
            title={t('demo.verificationTitle')}
            linkLabel={t('demo.verificationLink')}
            testId="emulator-verification-link"
            note={t('demo.verificationInMessages')}
            find={findLink}
            onNotFound={generateFallbackLink}
            refreshKey={linkRefresh}
          />
        )}
      </Stack>
    </Paper>
  );
}
