// The waiting list of a full session (issue 5, item 7): join or leave it. A freed seat goes to the
// first in line whose balance allows it, booked and notified by email by the server; the live
// booking then replaces this panel.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { callJoinWaitlist, callLeaveWaitlist } from '../../../lib/firebase/callables.ts';
import type { SessionRecord } from '../../../lib/firebase/sessions.ts';
import { sessionErrorKey, type SessionErrorKey } from '../sessionErrors.ts';
import { SessionErrorAlert } from './SessionErrorAlert.tsx';

export function WaitlistPanel(props: {
  session: SessionRecord;
  onList: boolean;
  /** The member's balance, null while loading. */
  balance: number | null;
}) {
  const { t } = useTranslation();
  const { session, onList } = props;
  const [busy, setBusy] = useState<'join' | 'leave' | null>(null);
  const [position, setPosition] = useState<number | null>(null);
  const [left, setLeft] = useState(false);
  const [error, setError] = useState<SessionErrorKey | null>(null);

  const join = async () => {
    setBusy('join');
    setError(null);
    setLeft(false);
    try {
      const result = await callJoinWaitlist({ sessionId: session.id });
      setPosition(result.position);
    } catch (caught) {
      setError(sessionErrorKey(caught));
    } finally {
      setBusy(null);
    }
  };

  const leave = async () => {
    setBusy('leave');
    setError(null);
    try {
      await callLeaveWaitlist({ sessionId: session.id });
      setPosition(null);
      setLeft(true);
    } catch (caught) {
      setError(sessionErrorKey(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack spacing={1.5} data-testid="waitlist">
      {onList ? (
        <>
          <Alert severity="info">
            <AlertTitle>{t('sessions.waitlist.onList')}</AlertTitle>
            {position !== null && t('sessions.waitlist.position', { position })}
          </Alert>
          <Button
            variant="outlined"
            loading={busy === 'leave'}
            disabled={busy !== null}
            onClick={() => void leave()}
          >
            {t('sessions.waitlist.leave')}
          </Button>
        </>
      ) : (
        <>
          <Typography sx={{ fontWeight: 600 }}>{t('sessions.waitlist.full')}</Typography>
          <Button
            variant="contained"
            loading={busy === 'join'}
            disabled={busy !== null}
            onClick={() => void join()}
          >
            {t('sessions.waitlist.join')}
          </Button>
        </>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('sessions.waitlist.explain')}
      </Typography>
      {props.balance !== null && props.balance < session.creditCost && (
        <Typography variant="body2" color="warning.main">
          {t('sessions.waitlist.balanceHint', { count: session.creditCost })}
        </Typography>
      )}
      {left && !onList && (
        <Alert severity="success" role="status">
          {t('sessions.waitlist.left')}
        </Alert>
      )}
      <SessionErrorAlert error={error} />
    </Stack>
  );
}
