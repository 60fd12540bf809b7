// /admin/sessions (admins, assistants): the training sessions, upcoming first, live (seats taken
// move as members book); past sessions on demand. Sessions are created and edited in a dialog,
// published or unpublished from the list; attendees are one click away.
import { useCallback, useState } from 'react';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import {
  setSessionPublished,
  watchPastSessions,
  watchUpcomingSessions,
  type StaffSessionRecord,
} from '../../../lib/firebase/sessionsAdmin.ts';
import { SessionDialog, type SessionEditing } from '../components/SessionDialog.tsx';
import { SessionsTable } from '../components/SessionsTable.tsx';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

const PAST_PAGE = 50;

interface PastSessions {
  sessions: StaffSessionRecord[];
  hasMore: boolean;
}

export function SessionsPage() {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  // What counts as past is fixed when the page opens: a session ending meanwhile stays listed.
  const [now] = useState(() => new Date());
  const [params, setParams] = useSearchParams();
  const showPast = params.get('past') === '1';
  const [pastCount, setPastCount] = useState(PAST_PAGE);
  const [editing, setEditing] = useState<SessionEditing | null>(null);
  const [publishing, setPublishing] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const subscribeUpcoming = useCallback<Watch<StaffSessionRecord[]>>(
    (callback, onError) => watchUpcomingSessions(now, callback, onError),
    [now],
  );
  const upcoming = useLive(subscribeUpcoming);
  const subscribePast = useCallback<Watch<PastSessions>>(
    (callback, onError) =>
      showPast
        ? watchPastSessions(now, pastCount, (sessions, hasMore) => callback({ sessions, hasMore }), onError)
        : () => undefined,
    [now, pastCount, showPast],
  );
  const past = useLive(subscribePast);

  const togglePast = (checked: boolean) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (checked) next.set('past', '1');
        else next.delete('past');
        return next;
      },
      { replace: true },
    );
  };

  const publish = async (session: StaffSessionRecord, published: boolean) => {
    setPublishing(session.id);
    try {
      await setSessionPublished(session.id, published);
      setNotice({
        severity: 'success',
        message: published
          ? t('sessionsAdmin.list.published', { title: session.title })
          : t('sessionsAdmin.list.unpublished', { title: session.title }),
      });
    } catch {
      setNotice({ severity: 'error', message: t('sessionsAdmin.list.publishError') });
    } finally {
      setPublishing(null);
    }
  };

  const tableProps = {
    timeZone,
    publishing,
    onEdit: (session: StaffSessionRecord) => setEditing({ session }),
    onPublish: (session: StaffSessionRecord, published: boolean) => void publish(session, published),
  };
  return (
    <Stack spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="h1">{t('sessionsAdmin.list.title')}</Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ session: null })}>
          {t('sessionsAdmin.list.new')}
        </Button>
      </Stack>
      <Typography color="text.secondary">{t('sessionsAdmin.list.intro')}</Typography>

      {upcoming.status === 'loading' && <LoadingScreen />}
      {upcoming.status === 'error' && (
        <LoadErrorAlert message={t('sessionsAdmin.list.loadError')} onRetry={upcoming.reload} />
      )}
      {upcoming.status === 'ready' && (
        <SessionsTable
          label={t('sessionsAdmin.list.title')}
          sessions={upcoming.value ?? []}
          empty={t('sessionsAdmin.list.empty')}
          {...tableProps}
        />
      )}

      <FormControlLabel
        control={<Switch checked={showPast} onChange={(event) => togglePast(event.target.checked)} />}
        label={t('sessionsAdmin.list.showPast')}
      />
      {showPast && (
        <Stack spacing={1}>
          <Typography variant="h2" id="past-sessions-title">
            {t('sessionsAdmin.list.pastHeading')}
          </Typography>
          {past.status === 'error' ? (
            <LoadErrorAlert message={t('sessionsAdmin.list.pastLoadError')} onRetry={past.reload} />
          ) : past.latest === undefined ? (
            <LoadingScreen />
          ) : (
            <>
              <SessionsTable
                label={t('sessionsAdmin.list.pastHeading')}
                sessions={past.latest.sessions}
                empty={t('sessionsAdmin.list.pastEmpty')}
                past
                {...tableProps}
              />
              {past.latest.hasMore && (
                <Button
                  sx={{ alignSelf: 'center' }}
                  loading={past.status === 'loading'}
                  onClick={() => setPastCount((count) => count + PAST_PAGE)}
                >
                  {t('sessionsAdmin.list.loadMorePast')}
                </Button>
              )}
            </>
          )}
        </Stack>
      )}

      <SessionDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice({ severity: 'success', message: t('sessionsAdmin.list.saved') });
        }}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
