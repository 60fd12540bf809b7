// Staff book a session on a member's behalf (CAPS-7, group bookings): search the member by name or
// email, check their balance, then bookSession({sessionId, uid}) debits them as if they had booked
// themselves. The server's refusals are told in words naming the member.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';
import { MemberPicker } from '../../../app/members/MemberPicker.tsx';
import { callBookSession } from '../../../lib/firebase/callables.ts';
import { getMemberBalance, type StaffSessionRecord } from '../../../lib/firebase/sessionsAdmin.ts';
import type { UserRecord } from '../../../lib/firebase/users.ts';
import { displayName } from '../../admin/memberSearch.ts';
import { bookingFailure } from '../display.ts';

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
  // Set by the picker, which also picks the only match of a search: type the email, then "Inscrire".
  const [member, setMember] = useState<UserRecord | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [balance, setBalance] = useState<Balance | null>(null);
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
        <MemberPicker
          busy={busy}
          value={member}
          onChange={(chosen) => {
            setMember(chosen);
            setFailure(null);
          }}
          onSearchChange={() => setFailure(null)}
          searchId="book-member-search"
          candidateTestIdPrefix="book-candidate-"
          chosenTestId="book-member-balance"
          chosenDetail={() =>
            memberBalance === undefined
              ? t('sessionsAdmin.book.balanceLoading')
              : memberBalance === null
                ? '—'
                : t('sessionsAdmin.book.balance', { count: memberBalance })
          }
          unavailable={(candidate) =>
            bookedUids.has(candidate.uid) ? t('sessionsAdmin.book.alreadyBooked') : null
          }
          autoFocus
        />
        {failure && (
          <Alert severity="error" role="alert">
            {failure}
          </Alert>
        )}
      </Stack>
    </DialogForm>
  );
}
