// Create or edit a company (ACC-4): its identity and the member accounts linked to it, picked by
// searching the members by name or email. Written straight to companies/{id} under the rules.
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { MAX_COMPANY_MEMBERS } from '@agora/domain';
import { useAuth } from '../../../app/auth/authContext.ts';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { createCompany, updateCompany, type CompanyRecord } from '../../../lib/firebase/billing.ts';
import type { UserRecord } from '../../../lib/firebase/users.ts';
import { displayName, matchesSearch } from '../../admin/memberSearch.ts';
import {
  companyValuesFromRecord,
  companyWrite,
  EMPTY_COMPANY,
  parseCompanyForm,
  type CompanyField,
  type CompanyFormValues,
} from '../companyForm.ts';
import { useDialogForm } from '../../../app/forms/useDialogForm.ts';
import { billingIssueText } from '../fieldErrors.ts';
import { useMemberDirectory } from '../../../app/hooks/useMemberDirectory.ts';
import { useMembersById } from '../../../app/hooks/useMembersById.ts';
import { DialogForm, FormDialog, type Saving } from '../../../app/forms/FormDialog.tsx';

/** The dialog is open while set: `company` null creates a new one. */
export interface CompanyEditing {
  company: CompanyRecord | null;
}

const SHOWN_RESULTS = 8;

export function CompanyDialog(props: {
  editing: CompanyEditing | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      item={props.editing}
      formKey={(editing) => editing.company?.id ?? 'new'}
      onClose={props.onClose}
      titleId="company-dialog-title"
      title={
        props.editing?.company
          ? t('billing.companies.dialog.editTitle')
          : t('billing.companies.dialog.createTitle')
      }
      maxWidth="md"
    >
      {(editing, saving) => (
        <CompanyForm company={editing.company} {...saving} onClose={props.onClose} onSaved={props.onSaved} />
      )}
    </FormDialog>
  );
}

function CompanyForm(
  props: Saving & { company: CompanyRecord | null; onClose: () => void; onSaved: () => void },
) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const { company, busy } = props;
  const form = useDialogForm<CompanyFormValues, CompanyField>(
    () => (company ? companyValuesFromRecord(company) : EMPTY_COMPANY),
    props.setBusy,
    billingIssueText,
  );
  const { values, errors, change, feedback, issueText } = form;
  const [search, setSearch] = useState('');
  const directory = useMemberDirectory(true);
  // Names of the members already linked, even those beyond the directory's limit.
  const linked = useMembersById(company?.memberUids ?? []);

  const byUid = useMemo(() => {
    const map = new Map<string, UserRecord>();
    for (const member of Object.values(linked)) if (member) map.set(member.uid, member);
    for (const member of directory.members) map.set(member.uid, member);
    return map;
  }, [linked, directory.members]);

  const results = useMemo(() => {
    if (search.trim() === '') return [];
    const chosen = new Set(values.memberUids);
    return directory.members
      .filter((member) => !chosen.has(member.uid) && matchesSearch(member, search))
      .sort((a, b) => displayName(a).localeCompare(displayName(b)));
  }, [directory.members, search, values.memberUids]);

  const nameOf = (uid: string) => {
    const member = byUid.get(uid);
    return member ? displayName(member) : uid;
  };
  const full = values.memberUids.length >= MAX_COMPANY_MEMBERS;

  const submit = () =>
    form.submit(
      parseCompanyForm(values),
      async (fields) => {
        // Staff pages are signed in; without a session there is no one to record as the creator.
        if (!session) return;
        const write = companyWrite(fields);
        if (company) await updateCompany(company.id, write);
        else await createCompany(write, session.uid);
        props.onSaved();
      },
      () => t('billing.companies.saveError'),
    );

  return (
    <DialogForm
      busy={busy}
      onSubmit={submit}
      onCancel={props.onClose}
      submitLabel={t('billing.companies.dialog.save')}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={12}>
          <TextField
            id="company-name"
            name="name"
            label={t('billing.companies.dialog.name')}
            required
            disabled={busy}
            value={values.name}
            onChange={(event) => change({ name: event.target.value })}
            slotProps={{ htmlInput: { maxLength: 200 } }}
            {...feedback('name')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            id="company-siren"
            name="siren"
            label={t('billing.companies.dialog.siren')}
            disabled={busy}
            value={values.siren}
            onChange={(event) => change({ siren: event.target.value })}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
            {...feedback('siren', t('billing.companies.dialog.sirenHint'))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            id="company-vat-number"
            name="vatNumber"
            label={t('billing.companies.dialog.vatNumber')}
            disabled={busy}
            value={values.vatNumber}
            onChange={(event) => change({ vatNumber: event.target.value })}
            slotProps={{ htmlInput: { autoComplete: 'off' } }}
            {...feedback('vatNumber', t('billing.companies.dialog.vatNumberHint'))}
          />
        </Grid>
        <Grid size={12}>
          <TextField
            id="company-billing-email"
            name="billingEmail"
            type="email"
            label={t('billing.companies.dialog.billingEmail')}
            disabled={busy}
            value={values.billingEmail}
            onChange={(event) => change({ billingEmail: event.target.value })}
            slotProps={{ htmlInput: { maxLength: 254, autoComplete: 'off' } }}
            {...feedback('billingEmail')}
          />
        </Grid>

        <Grid size={{ xs: 12, md: 6 }}>
          <Stack spacing={1}>
            <Typography variant="subtitle2" component="h3" id="company-members-title">
              {t('billing.companies.dialog.members')}{' '}
              <Typography component="span" variant="body2" color="text.secondary">
                (
                {t('billing.companies.dialog.membersCount', {
                  count: values.memberUids.length,
                  max: MAX_COMPANY_MEMBERS,
                })}
                )
              </Typography>
            </Typography>
            {values.memberUids.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {t('billing.companies.dialog.noMembers')}
              </Typography>
            ) : (
              <List
                dense
                aria-labelledby="company-members-title"
                sx={{
                  maxHeight: 260,
                  overflowY: 'auto',
                  border: 1,
                  borderColor: 'divider',
                  borderRadius: 1,
                }}
              >
                {values.memberUids.map((uid) => {
                  const name = nameOf(uid);
                  return (
                    <ListItem
                      key={uid}
                      data-testid={`company-member-${uid}`}
                      secondaryAction={
                        <Button
                          size="small"
                          disabled={busy}
                          aria-label={t('billing.companies.dialog.removeLabel', { name })}
                          onClick={() => change({ memberUids: values.memberUids.filter((u) => u !== uid) })}
                        >
                          {t('billing.companies.dialog.remove')}
                        </Button>
                      }
                    >
                      <ListItemText
                        primary={name}
                        secondary={byUid.get(uid)?.data.email}
                        sx={{ pr: 8 }}
                        slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
                      />
                    </ListItem>
                  );
                })}
              </List>
            )}
            {errors.memberUids && <FormHelperText error>{issueText(errors.memberUids)}</FormHelperText>}
          </Stack>
        </Grid>

        <Grid size={{ xs: 12, md: 6 }}>
          <Stack spacing={1}>
            <TextField
              id="company-member-search"
              type="search"
              label={t('billing.companies.dialog.search')}
              helperText={
                full
                  ? t('billing.companies.dialog.full', { max: MAX_COMPANY_MEMBERS })
                  : t('billing.companies.dialog.searchHint')
              }
              disabled={busy || full}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              slotProps={{ htmlInput: { autoComplete: 'off' } }}
            />
            {directory.status === 'loading' && search.trim() !== '' && (
              <Typography variant="body2" color="text.secondary">
                {t('billing.companies.dialog.searchLoading')}
              </Typography>
            )}
            {directory.status === 'error' && (
              <LoadErrorAlert message={t('billing.companies.dialog.searchError')} onRetry={directory.retry} />
            )}
            {directory.status === 'ready' && search.trim() !== '' && results.length === 0 && (
              <Typography variant="body2" color="text.secondary">
                {t('billing.companies.dialog.noResults')}
              </Typography>
            )}
            {results.length > 0 && (
              <List dense aria-label={t('billing.companies.dialog.search')}>
                {results.slice(0, SHOWN_RESULTS).map((member) => {
                  const name = displayName(member);
                  return (
                    <ListItem
                      key={member.uid}
                      data-testid={`company-candidate-${member.uid}`}
                      secondaryAction={
                        <Button
                          size="small"
                          disabled={busy || full}
                          aria-label={t('billing.companies.dialog.addLabel', { name })}
                          onClick={() => change({ memberUids: [...values.memberUids, member.uid] })}
                        >
                          {t('billing.companies.dialog.add')}
                        </Button>
                      }
                    >
                      <ListItemText
                        primary={name}
                        secondary={member.data.email}
                        sx={{ pr: 8 }}
                        slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
                      />
                    </ListItem>
                  );
                })}
              </List>
            )}
            {directory.truncated && (
              <Typography variant="body2" color="text.secondary">
                {t('billing.companies.dialog.directoryTruncated', { count: directory.members.length })}
              </Typography>
            )}
            {results.length > SHOWN_RESULTS && (
              <Typography variant="body2" color="text.secondary">
                {t('billing.companies.dialog.moreResults')}
              </Typography>
            )}
          </Stack>
        </Grid>

        {form.failure && (
          <Grid size={12}>
            <Alert severity="error" role="alert">
              {form.failure}
            </Alert>
          </Grid>
        )}
      </Grid>
    </DialogForm>
  );
}
