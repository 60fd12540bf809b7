// Staff add or remove credits for one or several members at once, with a reason (CR-6), through
// adjustCredits: one transaction for all, so a member short of credits leaves every balance as it
// was and is named here. Used by the members page and by companies ("Créditer les membres").
import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ADJUSTMENT_REASON_MAX_LENGTH, MAX_ADJUSTMENT, type AdjustCreditsResult } from '@agora/domain';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { AdjustCreditsError, adjustCredits } from '../../../lib/firebase/billing.ts';
import { CallableError } from '../../../lib/firebase/callableError.ts';
import {
  adjustCreditsInput,
  adjustIssuesToFields,
  EMPTY_ADJUSTMENT,
  membersShortOfCredits,
  submissionKey,
  type AdjustDirection,
  type AdjustField,
  type AdjustFormValues,
  type AdjustMember,
} from '../adjustForm.ts';
import { useBalances } from '../hooks/useBalances.ts';
import { useDialogForm } from '../../../app/forms/useDialogForm.ts';
import { billingIssueText } from '../fieldErrors.ts';
import { useRequestId } from '../hooks/useRequestId.ts';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';

export type { AdjustMember } from '../adjustForm.ts';

/** The members to adjust, and the idempotency key of this opening of the dialog. */
export interface AdjustTarget {
  members: AdjustMember[];
  requestId: string;
}

/** Call from an event handler (the key is random): each opening gets its own key. */
export function newAdjustTarget(members: readonly AdjustMember[]): AdjustTarget {
  return { members: [...members], requestId: crypto.randomUUID() };
}

export function AdjustCreditsDialog(props: {
  target: AdjustTarget | null;
  onClose: () => void;
  /** Called with each member's new balance once the adjustment is applied. */
  onDone: (balances: AdjustCreditsResult['balances']) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      item={props.target}
      formKey={(target) => target.requestId}
      onClose={props.onClose}
      titleId="adjust-credits-title"
      title={t('billing.adjust.title')}
    >
      {(target, saving) => (
        <AdjustCreditsForm target={target} {...saving} onClose={props.onClose} onDone={props.onDone} />
      )}
    </FormDialog>
  );
}

function AdjustCreditsForm(
  props: Saving & {
    target: AdjustTarget;
    onClose: () => void;
    onDone: (balances: AdjustCreditsResult['balances']) => void;
  },
) {
  const { t } = useTranslation();
  const { target, busy } = props;
  const uids = target.members.map((member) => member.uid);
  const { balances } = useBalances(uids);
  const requestIdFor = useRequestId(target.requestId);
  const form = useDialogForm<AdjustFormValues, AdjustField>(
    EMPTY_ADJUSTMENT,
    props.setBusy,
    billingIssueText,
  );
  const { values, errors, issueText } = form;

  const failureText = (error: unknown, delta: number): string => {
    if (error instanceof CallableError && error.reason === 'insufficient-credits') {
      const serverUids = error instanceof AdjustCreditsError ? error.uids : [];
      const short = membersShortOfCredits(target.members, serverUids, balances, delta);
      const names = short.map((member) => member.name).join(', ');
      return t('billing.adjust.insufficient', { names: names || '—' });
    }
    if (error instanceof CallableError && error.code === 'not-found') return t('billing.adjust.notFound');
    if (error instanceof CallableError && error.issues.length > 0) {
      const mapped = adjustIssuesToFields(error.issues);
      form.setErrors(mapped.fields);
    }
    return t(`errors.callable.${callableErrorKey(error)}`);
  };

  const submit = () =>
    form.submit(
      adjustCreditsInput(values, uids, target.requestId),
      async (parsed) => {
        const result = await adjustCredits({ ...parsed, requestId: requestIdFor(submissionKey(parsed)) });
        props.onDone(result.balances);
      },
      (error, parsed) => failureText(error, parsed.delta),
    );

  return (
    <DialogForm busy={busy} onSubmit={submit} onCancel={props.onClose} submitLabel={t('billing.adjust.save')}>
      <Stack spacing={2.5}>
        <div>
          <Typography variant="subtitle2" component="h3" id="adjust-credits-members">
            {t('billing.adjust.members', { count: target.members.length })}
          </Typography>
          <List
            dense
            aria-labelledby="adjust-credits-members"
            sx={{ maxHeight: 220, overflowY: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}
          >
            {target.members.map((member) => (
              <ListItem key={member.uid} data-testid={`adjust-member-${member.uid}`}>
                <ListItemText
                  primary={member.name}
                  secondary={[
                    member.email,
                    balances[member.uid] !== undefined
                      ? t('billing.adjust.balance', { balance: balances[member.uid] })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
                />
              </ListItem>
            ))}
          </List>
          {errors.members && <FormHelperText error>{issueText(errors.members)}</FormHelperText>}
        </div>

        <FormControl disabled={busy}>
          <FormLabel id="adjust-credits-direction">{t('billing.adjust.direction')}</FormLabel>
          <RadioGroup
            row
            aria-labelledby="adjust-credits-direction"
            name="direction"
            value={values.direction}
            onChange={(event) => {
              const direction: AdjustDirection = event.target.value === 'remove' ? 'remove' : 'add';
              form.change({ direction }, ['amount']);
            }}
          >
            <FormControlLabel value="add" control={<Radio />} label={t('billing.adjust.add')} />
            <FormControlLabel value="remove" control={<Radio />} label={t('billing.adjust.remove')} />
          </RadioGroup>
        </FormControl>

        <TextField
          id="adjust-credits-amount"
          name="amount"
          type="number"
          label={t('billing.adjust.amount')}
          required
          disabled={busy}
          value={values.amount}
          onChange={(event) => form.change({ amount: event.target.value }, ['amount'])}
          {...form.feedback('amount', t('billing.adjust.amountHint'))}
          slotProps={{ htmlInput: { min: 1, max: MAX_ADJUSTMENT, step: 1, inputMode: 'numeric' } }}
        />

        <TextField
          id="adjust-credits-reason"
          name="reason"
          label={t('billing.adjust.reason')}
          required
          multiline
          minRows={2}
          disabled={busy}
          value={values.reason}
          onChange={(event) => form.change({ reason: event.target.value }, ['reason'])}
          {...form.feedback('reason', t('billing.adjust.reasonHint'))}
          slotProps={{ htmlInput: { maxLength: ADJUSTMENT_REASON_MAX_LENGTH } }}
        />

        {form.failure && (
          <Alert severity="error" role="alert">
            {form.failure}
          </Alert>
        )}
      </Stack>
    </DialogForm>
  );
}
