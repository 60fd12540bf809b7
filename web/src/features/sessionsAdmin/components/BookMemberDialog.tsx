// Staff book a session on a member's behalf (CAPS-7, group bookings): search the member by name or
// email, check their balance, then bookSession({sessionId, uid}) debits them as if they had booked
// themselves. The server's refusals are told in words naming the member.
import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';
import { callBookSession } from '../../../lib/firebase/callables.ts';
import { getMemberBalance, type StaffSessionRecord } from '../../../lib/firebase/sessionsAdmin.ts';
import type { UserRecord } from '../../../lib/firebase/users.ts';
import { displayName, matchesSearch, normalize } from '../../admin/memberSearch.ts';
import { bookingFailure } from '../display.ts';
import { useMemberDirectory } from '../../../app/hooks/useMemberDirectory.ts';

const SHOWN_RESULTS = 8;
const MIN_SEARCH = 2;

export function BookMemberDialog(props: {
  /** The session to book; the dialog is open while set. */
  session: StaffSessionRecord | null;
  /** Members holding a confirmed booking: shown, not offered. */
  bookedUids: ReadonlySet<string>;
  onClose: () => void;
  onBooked: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      item={props.session}
      formKey={(session) => session.id}
      onClose={props.onClose}
      titleId="book-member-title"
      title={t('sessionsAdmin.book.title')}
    >
      {(session, saving) => (
        <BookMemberForm
          session={session}
          bookedUids={props.bookedUids}
          {...saving}
          onClose={props.onClose}
          onBooked={props.onBooked}
        />
      )}
    </FormDialog>
  );
}

type Balance = { uid: string; balance: number | null };

function BookMemberForm(
  props: Saving & {
    session: StaffSessionRecord;
    bookedUids: ReadonlySet<string>;
    onClose: () => void;
    onBooked: (name: string) => void;
  },
) {
  const { t } = useTranslation();
  const { session, bookedUids, busy, setBusy } = props;
  const directory = useMemberDirectory(true);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [balance, setBalance] = useState<Balance | null>(null);

  const searching = normalize(search).length >= MIN_SEARCH;
  const results = useMemo(
    () =>
      searching
        ? directory.members
            .filter((member) => matchesSearch(member, search))
            .sort((a, b) => displayName(a).localeCompare(displayName(b)))
        : [],
    [directory.members, search, searching],
  );
  const shown = results.slice(0, SHOWN_RESULTS);
  // A search narrowed to one member picks them: type the email, then "Inscrire".
  const member: UserRecord | null =
    shown.find((candidate) => candidate.uid === chosen) ??
    (results.length === 1 ? (results[0] ?? null) : null);
  const memberUid = member?.uid ?? null;

  useEffect(() => {
    if (memberUid === null) return;
    let active = true;
    getMemberBalance(memberUid).then(
      (value) => active && setBalance({ uid: memberUid, balance: value }),
      () => active && setBalance({ uid: memberUid, balance: null }),
    );
    return () => {
      active = false;
    };
  }, [memberUid]);

  const cost = t('sessionsAdmin.cost', { count: session.creditCost });
  const failureText = (error: unknown, name: string): string => {
    const failed = bookingFailure(error);
    return failed
      ? t(`sessionsAdmin.book.errors.${failed}`, { name, cost })
      : t(`errors.callable.${callableErrorKey(error)}`);
  };

  const submit = async () => {
    if (!member || bookedUids.has(member.uid)) return;
    const name = displayName(member);
    setFailure(null);
    setBusy(true);
    try {
      await callBookSession({ sessionId: session.id, uid: member.uid });
      props.onBooked(name);
    } catch (error) {
      setFailure(failureText(error, name));
    } finally {
      setBusy(false);
    }
  };

  const memberBalance = balance !== null && balance.uid === memberUid ? balance.balance : undefined;
  return (
    <DialogForm
      busy={busy}
      onSubmit={submit}
      onCancel={props.onClose}
      submitLabel={t('sessionsAdmin.book.confirm')}
      submitDisabled={!member || bookedUids.has(member.uid)}
    >
      <Stack spacing={2}>
        <Typography color="text.secondary">
          <strong>{session.title}</strong> — {t('sessionsAdmin.book.intro', { cost })}
        </Typography>
        <TextField
          id="book-member-search"
          type="search"
          label={t('sessionsAdmin.book.search')}
          helperText={t('sessionsAdmin.book.searchHint')}
          disabled={busy}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setFailure(null);
          }}
          slotProps={{ htmlInput: { autoComplete: 'off' } }}
          autoFocus
        />
        {directory.status === 'loading' && searching && (
          <Typography variant="body2" color="text.secondary">
            {t('sessionsAdmin.book.searchLoading')}
          </Typography>
        )}
        {directory.status === 'error' && (
          <LoadErrorAlert message={t('sessionsAdmin.book.searchError')} onRetry={directory.retry} />
        )}
        {directory.status === 'ready' && searching && results.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('sessionsAdmin.book.noResults')}
          </Typography>
        )}
        {shown.length > 0 && (
          <RadioGroup
            aria-label={t('sessionsAdmin.book.results')}
            name="member"
            value={memberUid ?? ''}
            onChange={(event) => {
              setChosen(event.target.value);
              setFailure(null);
            }}
          >
            {shown.map((candidate) => {
              const booked = bookedUids.has(candidate.uid);
              return (
                <FormControlLabel
                  key={candidate.uid}
                  value={candidate.uid}
                  data-testid={`book-candidate-${candidate.uid}`}
                  disabled={busy || booked}
                  control={<Radio />}
                  sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.5 } }}
                  label={
                    <Box sx={{ py: 0.5 }}>
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        {displayName(candidate)}
                      </Typography>
                      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                        {[candidate.data.email, booked ? t('sessionsAdmin.book.alreadyBooked') : null]
                          .filter(Boolean)
                          .join(' · ')}
                      </Typography>
                    </Box>
                  }
                />
              );
            })}
          </RadioGroup>
        )}
        {results.length > SHOWN_RESULTS && (
          <Typography variant="body2" color="text.secondary">
            {t('sessionsAdmin.book.moreResults')}
          </Typography>
        )}
        {directory.truncated && (
          <Typography variant="body2" color="text.secondary">
            {t('sessionsAdmin.book.directoryTruncated', { count: directory.members.length })}
          </Typography>
        )}
        {member && (
          <Typography variant="body2" data-testid="book-member-balance">
            {displayName(member)} —{' '}
            {memberBalance === undefined
              ? t('sessionsAdmin.book.balanceLoading')
              : memberBalance === null
                ? '—'
                : t('sessionsAdmin.book.balance', { count: memberBalance })}
          </Typography>
        )}
        {failure && (
          <Alert severity="error" role="alert">
            {failure}
          </Alert>
        )}
      </Stack>
    </DialogForm>
  );
}
